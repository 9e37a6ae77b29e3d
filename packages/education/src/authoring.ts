// Rules for how a pack is written, beyond what makes it loadable: what `workroom-content check`
// enforces before a pack goes to the villages. A pack that breaks them still loads (a county's
// older pack keeps working), but the check fails so the author fixes it.
import type { Block, ContentPack } from './schema.js'
import type { PackIssue } from './issues.js'

/**
 * Sizes a kiosk precaches: the pack's JSON, all its video and audio together, and each picture
 * file (an `image` block or a video's poster; the shared picture set is budgeted in core).
 */
export const PACK_BUDGET = { packKB: 400, mediaMB: 60, pictureKB: 300 } as const

const PLAIN: ReadonlySet<Block['type']> = new Set(['paragraph', 'key-point', 'list', 'step', 'callout'])

/** Share of lesson pages that open with a picture (0–1). */
export function pictureShare(pack: ContentPack): number {
  const pages = pack.lessons.flatMap((l) => l.pages)
  return pages.length ? pages.filter((p) => p.picture).length / pages.length : 1
}

/** 1-based position of the first right answer of every question, in pack order. */
export function answerPositions(pack: ContentPack): number[] {
  return pack.quizzes.flatMap((q) => q.questions.map((x) => x.options.findIndex((o) => x.correct.includes(o.id)) + 1))
}

export function authoringProblems(pack: ContentPack, packBytes = 0): PackIssue[] {
  const issues: PackIssue[] = []
  pack.lessons.forEach((lesson, i) =>
    lesson.pages.forEach((page, j) => {
      const path = `lessons[${i}].pages[${j}]`
      if (!page.picture) issues.push({ path: `${path}.picture`, code: 'pagePicture' })
      const citations = page.blocks.filter((b) => b.type === 'citation').length
      if (citations > 1) issues.push({ path: `${path}.blocks`, code: 'citationsPerPage', params: { count: citations } })
      if (!page.blocks.some((b) => PLAIN.has(b.type))) issues.push({ path: `${path}.blocks`, code: 'plainWords' })
    }),
  )
  pack.cases.forEach((story, i) => {
    if (!story.panels?.length) issues.push({ path: `cases[${i}].panels`, code: 'storyPanels' })
  })
  const positions = answerPositions(pack)
  if (positions.length >= 3 && positions.every((p) => p === positions[0])) issues.push({ path: 'quizzes', code: 'answerPositions', params: { position: positions[0] ?? 0 } })
  else if (positions.length >= 6) {
    // Shuffling hides the order from residents, but a pack read on paper or by another tool should
    // not teach "it is always B": no place may hold more than two thirds of the right answers.
    for (const at of new Set(positions)) {
      const n = positions.filter((p) => p === at).length
      if (n * 3 > positions.length * 2) issues.push({ path: 'quizzes', code: 'answerPositionsSkewed', params: { position: at, count: n, total: positions.length } })
    }
  }
  if (packBytes > PACK_BUDGET.packKB * 1024) issues.push({ path: '', code: 'packTooBig', params: { kb: Math.round(packBytes / 1024), max: PACK_BUDGET.packKB } })
  const media = pack.media.reduce((s, m) => s + (m.bytes ?? 0), 0)
  if (media > PACK_BUDGET.mediaMB * 1024 * 1024) issues.push({ path: 'media', code: 'mediaBudget', params: { mb: (media / 1024 / 1024).toFixed(1), max: PACK_BUDGET.mediaMB } })
  return issues
}
