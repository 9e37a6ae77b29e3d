import * as z from 'zod/mini'
import { AUDIENCES, ILLUSTRATIONS, MEDIA_LIMITS, NEXT_STEPS, PICTURES } from './constants.js'
import { guardModuleEvaluation } from '@workroom/core/prototype-guard'
import { LANGUAGES } from '@workroom/core/languages'

// Schemas are built as this module loads: out of reach of a page's extended prototypes.
guardModuleEvaluation()

export { AUDIENCES, ILLUSTRATIONS, MEDIA_LIMITS, NEXT_STEPS, PICTURES }

/**
 * The content pack format: what county staff write, as JSON. Everything a resident reads is
 * localized text inside structured blocks; nothing is ever treated as HTML.
 */

const text = z.string().check(z.minLength(1, { message: 'education:schema.empty' }))

/** Text in every shipped language: zh-Hans is required, English is expected, Tibetan and Uyghur where translated. */
export const LocalizedText = z.object({
  'zh-Hans': text,
  en: z.optional(z.string()),
  bo: z.optional(z.string()),
  ug: z.optional(z.string()),
})
export type LocalizedText = z.infer<typeof LocalizedText>

/**
 * An https URL or a plain relative path (letters, digits, - _ . /). No scheme other than https,
 * so javascript:, data: and protocol-relative addresses never reach an src attribute.
 */
const SAFE_URL = /^(https:\/\/[^\s"'<>\\]+|(\.{1,2}\/|\/)?[\w-][\w\-./]*)$/i

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'education:schema.id' }))

export const Audience = z.enum(AUDIENCES)
export type Audience = z.infer<typeof Audience>

/** One legal source: a law and the article (and item) a passage rests on. */
export const Source = z.object({
  law: LocalizedText,
  article: z.int().check(z.positive({ message: 'education:schema.article' })),
  item: z.optional(z.int().check(z.positive())),
  /** Year of the version cited (e.g. 2020 for the Civil Code). */
  year: z.optional(z.int()),
})
export type Source = z.infer<typeof Source>

export const Illustration = z.enum(ILLUSTRATIONS)
export type Illustration = z.infer<typeof Illustration>

/** A scene of the shared picture set (`@workroom/core/illustrations`), named by id; its text alternative ships with the set. */
export const PictureId = z.enum(PICTURES)
export type PictureId = z.infer<typeof PictureId>

const Heading = z.object({ type: z.literal('heading'), text: LocalizedText })
const Paragraph = z.object({ type: z.literal('paragraph'), text: LocalizedText })
const List = z.object({ type: z.literal('list'), ordered: z.optional(z.boolean()), items: z.array(LocalizedText).check(z.minLength(1)) })
const KeyPoint = z.object({ type: z.literal('key-point'), text: LocalizedText })
const Step = z.object({ type: z.literal('step'), illustration: Illustration, text: LocalizedText })
const Citation = z.object({ type: z.literal('citation'), source: Source, text: LocalizedText })
const Image = z.object({
  type: z.literal('image'),
  /** A path relative to the pack, or an https URL; never data: or javascript:. */
  src: z.string().check(z.regex(SAFE_URL, { message: 'education:schema.src' })),
  alt: LocalizedText,
  caption: z.optional(LocalizedText),
})
const Video = z.object({ type: z.literal('video'), media: id })
/** A picture of the set, large, with an optional caption in plain words. */
const Picture = z.object({ type: z.literal('picture'), picture: PictureId, caption: z.optional(LocalizedText) })
const Callout = z.object({ type: z.literal('callout'), tone: z.enum(['info', 'warning', 'help']), text: LocalizedText })

export const Block = z.discriminatedUnion('type', [Heading, Paragraph, List, KeyPoint, Step, Citation, Image, Video, Callout, Picture])
export type Block = z.infer<typeof Block>
export type BlockType = Block['type']

const blocks = z.array(Block).check(z.minLength(1, { message: 'education:schema.noBlocks' }))

export const Topic = z.object({
  id,
  title: LocalizedText,
  illustration: Illustration,
  /**
   * A course taken in order (the 法律明白人 track): its lessons are numbered and the library shows
   * how far this device has got, with "continue" to the next lesson not yet finished.
   */
  track: z.optional(z.boolean()),
})
export type Topic = z.infer<typeof Topic>

/**
 * Recorded narration: an audio media id, or one per language (`["p1-zh", "p1-bo"]`, each media
 * item saying the `lang` it speaks). A resident hears the one in their language and never a
 * recording in another: with none in theirs, read-aloud uses the machine's voice, or says it cannot.
 */
const Narration = z.union([id, z.array(id).check(z.minLength(1), z.maxLength(8))])

/**
 * A lesson page opens with its picture, then plain words; statute text (citation blocks) is
 * shown behind a "法律原文" disclosure. `audio` names a recorded narration of the page.
 */
export const LessonPage = z.object({ heading: LocalizedText, picture: z.optional(PictureId), blocks, audio: z.optional(Narration) })
export type LessonPage = z.infer<typeof LessonPage>

/** What every item in the library has: where it sits, how it is shown and how it is found. */
const catalogueEntry = {
  id,
  topic: id,
  title: LocalizedText,
  summary: LocalizedText,
  illustration: Illustration,
  audiences: z.array(Audience),
  /** Extra search words (synonyms residents use): 欠薪, 讨薪… */
  keywords: z.optional(z.array(LocalizedText)),
  /** Pinyin initials for typing on a keyboard without an IME, e.g. "qx" for 欠薪. */
  initials: z.optional(z.array(z.string().check(z.regex(/^[a-z]+$/, { message: 'education:schema.initials' })))),
}

export const Lesson = z.object({
  ...catalogueEntry,
  pages: z.array(LessonPage).check(z.minLength(1, { message: 'education:schema.noPages' })),
  keyPoints: z.array(LocalizedText).check(z.minLength(1)),
  sources: z.array(Source).check(z.minLength(1, { message: 'education:schema.noSources' })),
  quiz: z.optional(id),
})
export type Lesson = z.infer<typeof Lesson>

export const NextStep = z.enum(NEXT_STEPS)
export type NextStep = z.infer<typeof NextStep>

/** One panel of a picture story (连环画): a picture and one or two plain sentences. */
export const StoryPanel = z.object({
  picture: PictureId,
  text: LocalizedText,
  /** A recorded narration of this panel (an audio media id, or one per language). */
  audio: z.optional(Narration),
})
export type StoryPanel = z.infer<typeof StoryPanel>

export const CaseStory = z.object({
  ...catalogueEntry,
  /** The story told in 4–8 pictures (以案释法 as a picture story). */
  panels: z.optional(z.array(StoryPanel).check(z.minLength(4, { message: 'education:schema.panels' }), z.maxLength(8, { message: 'education:schema.panels' }))),
  /** Older packs tell the story in text: what happened and how it was resolved. */
  happened: z.optional(blocks),
  /** What the law says: shown behind a "法律原文" disclosure. */
  law: z.optional(blocks),
  resolved: z.optional(blocks),
  youCan: blocks,
  sources: z.array(Source).check(z.minLength(1, { message: 'education:schema.noSources' })),
  /** Where the resident can go next from this story; the host decides what each does. */
  next: z.optional(z.array(NextStep)),
})
export type CaseStory = z.infer<typeof CaseStory>

export const QuizOption = z.object({ id, text: LocalizedText })
export const QuizQuestion = z.object({
  id,
  prompt: LocalizedText,
  multiple: z.optional(z.boolean()),
  options: z.array(QuizOption).check(z.minLength(2, { message: 'education:schema.options' })),
  correct: z.array(id).check(z.minLength(1, { message: 'education:schema.correct' })),
  /** Why, in one sentence. */
  explanation: LocalizedText,
  /** The picture shown with the feedback. */
  picture: z.optional(PictureId),
  source: z.optional(Source),
})
export type QuizQuestion = z.infer<typeof QuizQuestion>

export const Quiz = z.object({
  id,
  topic: id,
  title: LocalizedText,
  questions: z.array(QuizQuestion).check(z.minLength(1)),
})
export type Quiz = z.infer<typeof Quiz>

export const Captions = z.object({
  src: z.string().check(z.regex(SAFE_URL, { message: 'education:schema.vtt' }), z.regex(/\.vtt$/i, { message: 'education:schema.vtt' })),
  lang: z.enum(LANGUAGES),
  label: z.string().check(z.minLength(1)),
})
/**
 * A video (with WebVTT captions in zh-Hans and en) or a recorded audio narration (with its
 * transcript). `type`, `bytes` and `seconds` let the kiosk check and precache it before playing.
 */
export const Media = z.object({
  id,
  /** `video` when absent (packs older than audio). */
  kind: z.optional(z.enum(['video', 'audio'])),
  topic: z.optional(id),
  title: LocalizedText,
  src: z.string().check(z.regex(SAFE_URL, { message: 'education:schema.src' })),
  /** MIME type, e.g. video/mp4, audio/mpeg. */
  type: z.optional(z.string()),
  bytes: z.optional(z.int().check(z.positive())),
  seconds: z.optional(z.number().check(z.positive())),
  poster: z.optional(z.string().check(z.regex(SAFE_URL, { message: 'education:schema.src' }))),
  captions: z.optional(z.array(Captions)),
  transcript: LocalizedText,
  /** The language a recording speaks (zh-Hans when absent): a Tibetan page plays only a Tibetan narration. */
  lang: z.optional(z.enum(LANGUAGES)),
})
export type Media = z.infer<typeof Media>

export const ContentPack = z.object({
  format: z.literal('workroom-content/1'),
  id,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, { message: 'education:schema.version' })),
  /** Authoring date, YYYY-MM-DD. */
  authored: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'education:schema.date' })),
  publisher: LocalizedText,
  topics: z.array(Topic).check(z.minLength(1)),
  lessons: z.array(Lesson),
  cases: z.array(CaseStory),
  quizzes: z.array(Quiz),
  media: z.array(Media),
})
export type ContentPack = z.infer<typeof ContentPack>
