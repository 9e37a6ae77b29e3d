import type { Concept } from '@workroom/core/vocabulary'
import type { Audience, Block, CaseStory, ContentPack, Lesson, LocalizedText } from './schema.js'

export type EntryKind = 'lesson' | 'case'

export interface SearchHit {
  kind: EntryKind
  id: string
  score: number
}

interface Doc {
  kind: EntryKind
  id: string
  audiences: readonly Audience[]
  topic: string
  title: string
  keywords: string[]
  summary: string
  body: string
  initials: string[]
}

export interface SearchIndex {
  lang: string
  docs: Doc[]
}

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'or', 'is', 'are', 'my', 'i', 'me', 'what', 'how', 'do', 'can', 'in', 'on', 'for', 'with', 'if', '的', '了', '吗', '呢', '怎么', '怎么办', '什么', '我', '我的', '被', '是', '在', '和', '有', '要'])

let segmenter: Intl.Segmenter | undefined
/** Words of a text: Intl.Segmenter's dictionary segmentation for Chinese, word boundaries for English. */
export function words(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })
  const out: string[] = []
  for (const s of segmenter.segment(text.toLowerCase())) {
    if (s.isWordLike && !STOP.has(s.segment)) out.push(s.segment)
  }
  return out
}

function both(x: LocalizedText): string {
  return `${x['zh-Hans']} ${x.en ?? ''}`
}

function blocksText(blocks: readonly Block[]): string {
  const parts: string[] = []
  for (const b of blocks) {
    if ('text' in b) parts.push(both(b.text))
    if (b.type === 'list') for (const i of b.items) parts.push(both(i))
    if (b.type === 'image') parts.push(both(b.alt))
  }
  return parts.join(' ')
}

function doc(kind: EntryKind, item: Lesson | CaseStory, body: string, lang: string): Doc {
  void lang
  const low = (x: LocalizedText) => both(x).toLowerCase()
  return {
    kind,
    id: item.id,
    audiences: item.audiences,
    topic: item.topic,
    title: low(item.title),
    keywords: (item.keywords ?? []).flatMap((k) => [k['zh-Hans'], k.en ?? ''].filter(Boolean).map((w) => w.toLowerCase())),
    summary: low(item.summary),
    body: body.toLowerCase(),
    initials: item.initials ?? [],
  }
}

/** Builds the search index for one language (titles, keywords, summaries and every block's text). */
export function buildIndex(pack: ContentPack, lang: string): SearchIndex {
  const docs: Doc[] = []
  for (const lesson of pack.lessons) {
    const body = [...lesson.pages.map((p) => `${both(p.heading)} ${blocksText(p.blocks)}`), ...lesson.keyPoints.map(both)].join(' ')
    docs.push(doc('lesson', lesson, body, lang))
  }
  for (const story of pack.cases) {
    const panels = (story.panels ?? []).map((p) => both(p.text)).join(' ')
    const body = [panels, ...[story.happened, story.law, story.resolved, story.youCan].map((b) => blocksText(b ?? []))].join(' ')
    docs.push(doc('case', story, body, lang))
  }
  return { lang, docs }
}

function count(hay: string, needle: string, cap: number): number {
  let n = 0
  for (let i = hay.indexOf(needle); i !== -1 && n < cap; i = hay.indexOf(needle, i + needle.length)) n++
  return n
}

/**
 * Ranks lessons and case stories for a query. A word in the title counts most, then the
 * resident's own words (keywords), the summary, then the body. Lessons come before case stories
 * on a tie, and an audience filter keeps entries for any of the chosen groups.
 *
 * `concepts` are what the shared vocabulary (`@workroom/core/vocabulary`, the screener's too)
 * makes of the query: "老板不给钱" also searches 工资, 欠薪 … and the work topic. Each concept adds
 * at most a little, so what the resident typed still counts most.
 */
export function search(index: SearchIndex, query: string, audiences: readonly Audience[] = [], concepts: readonly Concept[] = []): SearchHit[] {
  const q = query.trim().toLowerCase()
  const filtered = audiences.length ? index.docs.filter((d) => d.audiences.some((a) => audiences.includes(a))) : index.docs
  if (!q) return filtered.map((d) => ({ kind: d.kind, id: d.id, score: 0 }))
  let terms = words(q)
  // Single characters (不, 给) match almost everything; keep them only when nothing else is left.
  // When the dictionary splits a short term into single characters (家暴 → 家 暴), search the whole term.
  const long = terms.filter((w) => w.length > 1 || !/[\u3400-\u9fff]/.test(w))
  terms = long.length ? long : [q]
  // A one-character query ("税") or a query of stop words still searches for what was typed.
  if (terms.length === 0) terms = [q]
  const latin = /^[a-z]+$/.test(q)
  // A concept whose word is (nearly) all the resident typed — "老板不给钱", "boss" — says what the
  // query means better than its pieces (老板 alone is in a work-injury story): it may add more.
  const compact = q.replace(/\s+/g, '')
  const related = concepts.map((c) => {
    const said = Math.max(0, ...[...c.zh, ...c.en].filter((w) => q.includes(w)).map((w) => w.replace(/\s+/g, '').length))
    return { topics: c.topics, cap: said >= compact.length * 0.6 ? 30 : 15, words: [...c.zh, ...c.en].filter((w) => w !== q && !terms.includes(w)) }
  })
  const hits: SearchHit[] = []
  for (const d of filtered) {
    let score = 0
    if (d.title.includes(q)) score += 20
    if (d.keywords.some((k) => k === q)) score += 16
    for (const term of terms) {
      if (d.title.includes(term)) score += 10
      if (d.keywords.some((k) => k.includes(term))) score += 6
      if (d.summary.includes(term)) score += 3
      score += count(d.body, term, 5)
    }
    if (latin && d.initials.some((i) => i.startsWith(q))) score += q.length >= 2 ? 12 : 2
    for (const c of related) {
      let extra = 0
      for (const w of c.words) {
        if (d.title.includes(w)) extra += 4
        if (d.keywords.some((k) => k.includes(w))) extra += 3
        if (d.summary.includes(w)) extra += 2
        if (extra < c.cap && d.body.includes(w)) extra += 1
      }
      // The concept's topic: a little on top of a match, and on its own enough to be listed last.
      if (c.topics.includes(d.topic)) extra += extra > 0 || score > 0 ? 3 : 1
      score += Math.min(extra, c.cap)
    }
    if (score > 0) hits.push({ kind: d.kind, id: d.id, score })
  }
  return hits.sort((a, b) => b.score - a.score || (a.kind === b.kind ? 0 : a.kind === 'lesson' ? -1 : 1))
}
