// Search speed over the starter content pack: node --conditions source --import tsx bench/education.ts
// Prints milliseconds per query for a fixed query set (target ≤ 5 ms per query).
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { loadContentPack } from '../packages/education/src/load.ts'
import { buildIndex, search } from '../packages/education/src/search.ts'
import { matchConcepts } from '../packages/core/src/vocabulary.ts'

const text = readFileSync(new URL('../packages/education/src/content/starter.zh-Hans-en.json', import.meta.url), 'utf8')
const t0 = performance.now()
const pack = loadContentPack(text)
const t1 = performance.now()
const index = buildIndex(pack, 'zh-Hans')
const t2 = performance.now()

const QUERIES = ['欠薪', '离婚', '宅基地', '诈骗', '老板不给工资怎么办', '家暴', '赡养老人', '工伤认定', '交通事故赔偿', '法律援助', 'unpaid wages', 'divorce', 'qx', 'zjd', '老板不给钱', '儿子不给钱', '墙', '保健品']
const ROUNDS = 200

console.log(`pack: ${pack.lessons.length} lessons, ${pack.cases.length} case stories; validate ${(t1 - t0).toFixed(2)} ms, index ${(t2 - t1).toFixed(2)} ms`)
for (const q of QUERIES) search(index, q) // warm up
let worst = 0
for (const q of QUERIES) {
  const start = performance.now()
  let hits = 0
  // As <wr-library> searches: the shared vocabulary's concepts for the query, then the ranking.
  for (let i = 0; i < ROUNDS; i++) hits = search(index, q, [], matchConcepts(q)).length
  const ms = (performance.now() - start) / ROUNDS
  worst = Math.max(worst, ms)
  console.log(`${q.padEnd(12)} ${ms.toFixed(3)} ms/query  ${hits} hits  top: ${search(index, q, [], matchConcepts(q))[0]?.id ?? '-'}`)
}
console.log(`worst ${worst.toFixed(3)} ms/query (target ≤ 5 ms) ${worst <= 5 ? 'OK' : 'OVER'}`)
