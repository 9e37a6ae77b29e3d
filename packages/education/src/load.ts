import { ContentPack, MEDIA_LIMITS } from './schema.js'
import { problemFromZod, type ZodIssueLike } from '@workroom/core'
import { ContentPackError, type PackIssue } from './issues.js'

export { ContentPackError, describeIssue, formatPath, type PackIssue } from './issues.js'
export { pick } from './pick.js'

const fromZod = (issue: ZodIssueLike): PackIssue => problemFromZod(issue, 'education:schema.')

/** Checks that hold across the pack: ids unique, references resolve, answers exist. */
function crossCheck(pack: ContentPack): PackIssue[] {
  const issues: PackIssue[] = []
  const topics = new Set(pack.topics.map((x) => x.id))
  const quizzes = new Set(pack.quizzes.map((x) => x.id))
  const media = new Set(pack.media.filter((x) => (x.kind ?? 'video') === 'video').map((x) => x.id))
  const audio = new Map(pack.media.filter((x) => x.kind === 'audio').map((x) => [x.id, x.lang ?? 'zh-Hans']))
  // Each narration names a recording; one per language (two in one language: which would play?).
  const audioRef = (ref: string | readonly string[] | undefined, path: string) => {
    const langs = new Set<string>()
    ;(typeof ref === 'string' ? [ref] : (ref ?? [])).forEach((id, k) => {
      const at = typeof ref === 'string' ? path : `${path}[${k}]`
      const lang = audio.get(id)
      if (!lang) issues.push({ path: at, code: 'unknownAudio', params: { id } })
      else if (langs.has(lang)) issues.push({ path: at, code: 'narrationTwice', params: { id, lang } })
      else langs.add(lang)
    })
  }
  const seen = new Map<string, string>()
  const unique = (kind: string, list: { id: string }[]) =>
    list.forEach((item, i) => {
      const key = `${kind}:${item.id}`
      if (seen.has(key)) issues.push({ path: `${kind}[${i}].id`, code: 'duplicateId', params: { id: item.id, first: seen.get(key)! } })
      else seen.set(key, `${kind}[${i}]`)
    })
  unique('topics', pack.topics)
  unique('lessons', pack.lessons)
  unique('cases', pack.cases)
  unique('quizzes', pack.quizzes)
  unique('media', pack.media)
  const videoRefs = (blocks: { type: string; media?: string }[], path: string) =>
    blocks.forEach((b, i) => {
      if (b.type === 'video' && b.media && !media.has(b.media)) issues.push({ path: `${path}[${i}].media`, code: 'unknownMedia', params: { id: b.media } })
    })
  pack.lessons.forEach((lesson, i) => {
    if (!topics.has(lesson.topic)) issues.push({ path: `lessons[${i}].topic`, code: 'unknownTopic', params: { id: lesson.topic } })
    if (lesson.quiz && !quizzes.has(lesson.quiz)) issues.push({ path: `lessons[${i}].quiz`, code: 'unknownQuiz', params: { id: lesson.quiz } })
    lesson.pages.forEach((p, j) => {
      videoRefs(p.blocks, `lessons[${i}].pages[${j}].blocks`)
      audioRef(p.audio, `lessons[${i}].pages[${j}].audio`)
    })
  })
  pack.cases.forEach((story, i) => {
    if (!topics.has(story.topic)) issues.push({ path: `cases[${i}].topic`, code: 'unknownTopic', params: { id: story.topic } })
    for (const part of ['happened', 'law', 'resolved', 'youCan'] as const) videoRefs(story[part] ?? [], `cases[${i}].${part}`)
    story.panels?.forEach((panel, j) => audioRef(panel.audio, `cases[${i}].panels[${j}].audio`))
  })
  pack.quizzes.forEach((quiz, i) => {
    if (!topics.has(quiz.topic)) issues.push({ path: `quizzes[${i}].topic`, code: 'unknownTopic', params: { id: quiz.topic } })
    quiz.questions.forEach((q, j) => {
      const options = new Set(q.options.map((o) => o.id))
      q.correct.forEach((c, k) => {
        if (!options.has(c)) issues.push({ path: `quizzes[${i}].questions[${j}].correct[${k}]`, code: 'unknownOption', params: { id: c } })
      })
      if (!q.multiple && q.correct.length > 1) issues.push({ path: `quizzes[${i}].questions[${j}].correct`, code: 'singleManyCorrect' })
    })
  })
  pack.media.forEach((m, i) => {
    if (m.topic && !topics.has(m.topic)) issues.push({ path: `media[${i}].topic`, code: 'unknownTopic', params: { id: m.topic } })
    issues.push(...mediaProblems(m, `media[${i}]`))
  })
  return issues
}

/** What a kiosk needs to know before it precaches and plays a media item: type, size, length, captions. */
function mediaProblems(m: ContentPack['media'][number], path: string): PackIssue[] {
  const kind = m.kind ?? 'video'
  const limits = MEDIA_LIMITS[kind]
  const out: PackIssue[] = []
  if (!m.type) out.push({ path: `${path}.type`, code: 'mediaType', params: { values: limits.types.join(', ') } })
  else if (!(limits.types as readonly string[]).includes(m.type)) out.push({ path: `${path}.type`, code: 'mediaType', params: { values: limits.types.join(', ') } })
  if (m.bytes === undefined) out.push({ path: `${path}.bytes`, code: 'required' })
  else if (m.bytes > limits.maxBytes) out.push({ path: `${path}.bytes`, code: 'mediaTooBig', params: { mb: limits.maxBytes / 1024 / 1024 } })
  if (m.seconds === undefined) out.push({ path: `${path}.seconds`, code: 'required' })
  else if (m.seconds > limits.maxSeconds) out.push({ path: `${path}.seconds`, code: 'mediaTooLong', params: { seconds: limits.maxSeconds } })
  if (kind === 'video') {
    const langs = new Set((m.captions ?? []).map((c) => c.lang))
    for (const lang of ['zh-Hans', 'en'] as const)
      if (!langs.has(lang)) out.push({ path: `${path}.captions`, code: 'captionsMissing', params: { lang } })
  }
  return out
}

/**
 * Validates a content pack (parsed JSON or a JSON string). Returns the typed pack, or throws a
 * `ContentPackError` naming every bad path. Callers keep their last good pack on error.
 */
export function loadContentPack(json: unknown): ContentPack {
  let input = json
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json)
    } catch (e) {
      throw new ContentPackError([{ path: '', code: 'notJson', params: { detail: (e as Error).message } }])
    }
  }
  const result = ContentPack.safeParse(input, { reportInput: true })
  if (!result.success) throw new ContentPackError(result.error.issues.map((i) => fromZod(i as unknown as ZodIssueLike)))
  const issues = crossCheck(result.data)
  if (issues.length) throw new ContentPackError(issues)
  return result.data
}
