import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

// Every namespace ships zh-Hans (primary) and en, with exactly the same keys, and every key a
// component asks for exists. Plural forms (_one, _other, …) count as one key.
const root = new URL('../../', import.meta.url).pathname
// A folder with its own locales/ (a kiosk screen with its own namespace) is checked on its own.
function nestedLocaleDirs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'locales')
    .flatMap((e) => {
      const sub = join(dir, e.name)
      return [...(existsSync(join(sub, 'locales')) ? [join(sub, 'locales')] : []), ...nestedLocaleDirs(sub)]
    })
}
const localeDirs = [
  ...readdirSync(join(root, 'packages')).map((p) => join(root, 'packages', p, 'src', 'locales')),
  join(root, 'kiosk', 'src', 'locales'),
  ...nestedLocaleDirs(join(root, 'kiosk', 'src')),
].filter((d) => existsSync(d))

type Tree = { [k: string]: string | Tree }
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out.set(key.replace(/_(zero|one|two|few|many|other)$/, ''), v)
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv)
  }
  return out
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    if (statSync(p).isDirectory()) return f === 'locales' || existsSync(join(p, 'locales')) ? [] : sourceFiles(p)
    return p.endsWith('.ts') ? [p] : []
  })
}

// A package may keep the words of lazily loaded pages in locales/<part>/ (same namespace, loaded with them).
function partDirs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'zh-Hans.json')))
    .map((e) => join(dir, e.name))
}

describe('translations', () => {
  it('finds locale folders to check', () => assert.ok(localeDirs.length >= 1))

  for (const dir of [...localeDirs, ...localeDirs.flatMap(partDirs)]) {
    const name = dir.slice(root.length)
    it(`${name} has zh-Hans and en with the same keys, none empty`, () => {
      const zh = flatten(JSON.parse(readFileSync(join(dir, 'zh-Hans.json'), 'utf8')))
      const en = flatten(JSON.parse(readFileSync(join(dir, 'en.json'), 'utf8')))
      const missingEn = [...zh.keys()].filter((k) => !en.has(k))
      const missingZh = [...en.keys()].filter((k) => !zh.has(k))
      assert.deepEqual({ missingEn, missingZh }, { missingEn: [], missingZh: [] })
      const empty = [...zh, ...en].filter(([, v]) => v.trim() === '').map(([k]) => k)
      assert.deepEqual(empty, [])
    })

    if (localeDirs.flatMap(partDirs).includes(dir)) continue
    it(`${name}: every key used in the code exists`, () => {
      const zh = flatten(JSON.parse(readFileSync(join(dir, 'zh-Hans.json'), 'utf8')))
      for (const part of partDirs(dir)) for (const [k, v] of flatten(JSON.parse(readFileSync(join(part, 'zh-Hans.json'), 'utf8')))) zh.set(k, v)
      const src = join(dir, '..')
      const used = new Set<string>()
      for (const f of sourceFiles(src)) {
        for (const m of readFileSync(f, 'utf8').matchAll(/\bl\.t\(\s*'([^'`$]+)'/g)) used.add(m[1]!)
      }
      const missing = [...used].filter((k) => !k.includes(':') && !zh.has(k))
      assert.deepEqual(missing, [])
    })
  }
})
