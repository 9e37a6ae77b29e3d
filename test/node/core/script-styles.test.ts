import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

// Styles that work for every script and both directions: no `word-break: break-all` (it cuts
// Tibetan syllables apart; lines break after the tsheg by default), and only logical properties in
// element styles (margin-inline-start, inset-inline-end…), so Uyghur mirrors by dir="rtl" alone.
const root = new URL('../../../', import.meta.url).pathname
const dirs = [...readdirSync(join(root, 'packages')).map((p) => join(root, 'packages', p, 'src')), join(root, 'kiosk', 'src')]

function files(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  return names.flatMap((f) => {
    const p = join(dir, f)
    if (statSync(p).isDirectory()) return f === 'node_modules' || f === 'dist' ? [] : files(p)
    return /\.(ts|css)$/.test(f) ? [p] : []
  })
}

/** The text of every css`` template (and every .css file) in the sources. */
function styles(): { file: string; css: string }[] {
  return dirs.flatMap(files).flatMap((file) => {
    const text = readFileSync(file, 'utf8')
    if (file.endsWith('.css')) return [{ file, css: text }]
    return [...text.matchAll(/css`([\s\S]*?)`/g)].map((m) => ({ file, css: m[1]! }))
  })
}

const PHYSICAL = /(?<![-\w])(margin-left|margin-right|padding-left|padding-right|border-left|border-right|left|right)\s*:|text-align\s*:\s*(left|right)|float\s*:\s*(left|right)/

describe('styles for every script and direction', () => {
  const all = styles()

  it('finds the element styles', () => assert.ok(all.length > 30, `only ${all.length} style blocks`))

  it('never sets word-break: break-all (it cuts Tibetan syllables)', () => {
    const bad = all.filter((s) => /word-break\s*:\s*break-all/.test(s.css)).map((s) => s.file.slice(root.length))
    assert.deepEqual(bad, [])
  })

  it('uses logical properties only, so right-to-left Uyghur mirrors', () => {
    const bad = all.flatMap((s) => s.css.split('\n').filter((line) => PHYSICAL.test(line) && !/print|@page/.test(line)).map((line) => `${s.file.slice(root.length)}: ${line.trim()}`))
    assert.deepEqual(bad, [])
  })
})
