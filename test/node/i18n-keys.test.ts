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

// Tibetan and Uyghur: drafts written beside the Chinese, checked like English where they exist:
// no key missing or extra, the same {{placeholders}}, and each string in its own script (a string
// equal to the Chinese or English one, such as 12348, is allowed: nothing to translate).
const SCRIPT = { bo: /[\u0F00-\u0FFF]/, ug: /[\u0600-\u06FF]/ } as const
const placeholders = (v: string): string => [...v.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort().join(',')

/** Problems of one translation against the Chinese: missing, extra, placeholders, script. */
function checkTranslation(zh: Map<string, string>, en: Map<string, string>, own: Map<string, string>, lang: keyof typeof SCRIPT) {
  return {
    missing: [...zh.keys()].filter((k) => !own.has(k)),
    extra: [...own.keys()].filter((k) => !zh.has(k)),
    placeholders: [...own].filter(([k, v]) => zh.has(k) && placeholders(v) !== placeholders(zh.get(k)!)).map(([k]) => k),
    script: [...own]
      .filter(([k, v]) => /\p{L}/u.test(v.replace(/\{\{[^}]*\}\}/g, '')) && !SCRIPT[lang].test(v) && v !== zh.get(k) && v !== en.get(k))
      .map(([k]) => k),
  }
}
const clean = { missing: [], extra: [], placeholders: [], script: [] }

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

    for (const lang of ['bo', 'ug'] as const) {
      if (!existsSync(join(dir, `${lang}.json`))) continue
      it(`${name}/${lang}.json has every key, the same placeholders, in its own script`, () => {
        const zh = flatten(JSON.parse(readFileSync(join(dir, 'zh-Hans.json'), 'utf8')))
        const en = flatten(JSON.parse(readFileSync(join(dir, 'en.json'), 'utf8')))
        const own = flatten(JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')))
        assert.deepEqual(checkTranslation(zh, en, own, lang), clean)
      })
    }

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

// The rule pack's and the starter lessons' text in Tibetan and Uyghur: sparse files (only that
// language's strings, at the paths the Chinese has), in the language's own script.
describe('pack text in Tibetan and Uyghur', () => {
  const packs = [
    ['packages/rules/src/packs/national.json', 'packages/rules/src/packs/national.json', 'packages/rules/src/packs/national.text.LANG.json'],
  ] as const
  const starter = 'packages/education/src/content/starter.zh-Hans-en.json'
  // A pack's localized leaves: "path.zh-Hans" → text, from a whole pack or a PackText.
  const leaves = (tree: unknown, lang: string, prefix = ''): Map<string, string> => {
    const out = new Map<string, string>()
    if (Array.isArray(tree)) tree.forEach((v, i) => leaves(v, lang, `${prefix}${i}.`).forEach((x, k) => out.set(k, x)))
    else if (tree && typeof tree === 'object')
      for (const [k, v] of Object.entries(tree)) {
        if (k === lang && typeof v === 'string') out.set(prefix.slice(0, -1), v)
        else if (typeof v === 'object') leaves(v, lang, `${prefix}${k}.`).forEach((x, kk) => out.set(kk, x))
      }
    return out
  }
  for (const lang of ['bo', 'ug'] as const) {
    for (const [zhFile, enFile, pattern] of packs) {
      const file = pattern.replace('LANG', lang)
      if (!existsSync(join(root, file))) continue
      it(`${file} holds only paths the Chinese has, with the same placeholders, in its script`, () => {
        const zh = leaves(JSON.parse(readFileSync(join(root, zhFile), 'utf8')), 'zh-Hans')
        const en = leaves(JSON.parse(readFileSync(join(root, enFile), 'utf8')), 'en')
        const own = leaves(JSON.parse(readFileSync(join(root, file), 'utf8')), lang)
        const { extra, placeholders: p, script } = checkTranslation(zh, en, own, lang)
        assert.deepEqual({ extra, placeholders: p, script }, { extra: [], placeholders: [], script: [] })
      })
    }
    const file = `packages/education/src/content/starter.text.${lang}.json`
    if (!existsSync(join(root, file))) continue
    it(`${file} holds only paths the starter pack has, in its script`, () => {
      const pack = JSON.parse(readFileSync(join(root, starter), 'utf8'))
      const own = leaves(JSON.parse(readFileSync(join(root, file), 'utf8')), lang)
      const { extra, placeholders: p, script } = checkTranslation(leaves(pack, 'zh-Hans'), leaves(pack, 'en'), own, lang)
      assert.deepEqual({ extra, placeholders: p, script }, { extra: [], placeholders: [], script: [] })
    })
  }
})
