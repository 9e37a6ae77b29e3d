// Event names follow one rule (shared CONVENTIONS: "Event names"): `wr-<thing>-change` for a state
// change, a past participle for a finished fact (`wr-booking-confirmed`), `-request` for an intent
// the host acts on. A renamed event keeps its old name as a deprecated alias (core's
// DEPRECATED_EVENTS, sent by WrElement.emit), documented on the element.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const SOURCES = [...readdirSync(join(root, 'packages')).map((p) => `packages/${p}/src`), 'kiosk/src']

/** Names that do not follow the rule yet, each with what it would become; not to grow. */
const NOT_YET: Record<string, string> = {}

/** Past participles that do not end in -ed. */
const IRREGULAR = new Set(['reset', 'shown', 'sent', 'done', 'begun'])

function files(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(join(root, dir))) {
    const path = `${dir}/${name}`
    if (statSync(join(root, path)).isDirectory()) out.push(...files(path))
    else if (path.endsWith('.ts')) out.push(path)
  }
  return out
}

/** Particles after a participle: signed-in, signed-out. */
const PARTICLES = new Set(['in', 'out', 'up', 'off'])

function follows(name: string): boolean {
  const words = name.split('-')
  const last = PARTICLES.has(words.at(-1)!) ? words.at(-2)! : words.at(-1)!
  return name.endsWith('-change') || name.endsWith('-request') || last.endsWith('ed') || IRREGULAR.has(last)
}

const deprecated = Object.fromEntries(
  [...readFileSync(join(root, 'packages/core/src/element.ts'), 'utf8').matchAll(/^\s*'(wr-[a-z-]+)': '(wr-[a-z-]+)',$/gm)].map((m) => [m[1]!, m[2]!]),
)

/** Every event an element sends (emit / new CustomEvent) or documents (@event), with where. */
const events = new Map<string, string[]>()
const documented = new Map<string, string>()
for (const dir of SOURCES) {
  let list: string[]
  try {
    list = files(dir)
  } catch {
    continue
  }
  for (const file of list) {
    const text = readFileSync(join(root, file), 'utf8')
    for (const m of text.matchAll(/(?:emit(?:<[^>]*>)?|new CustomEvent(?:<[^>]*>)?)\(\s*'(wr-[a-z-]+)'/g)) events.set(m[1]!, [...(events.get(m[1]!) ?? []), file])
    for (const m of text.matchAll(/@event (wr-[a-z-]+) - (.*)$/gm)) {
      events.set(m[1]!, [...(events.get(m[1]!) ?? []), file])
      documented.set(m[1]!, m[2]!)
    }
  }
}

describe('event names', () => {
  it('finds the events and the deprecated aliases', () => {
    assert.ok(events.size > 30, `only ${events.size} events found`)
    assert.ok(Object.keys(deprecated).length >= 12, 'DEPRECATED_EVENTS not found in core/src/element.ts')
  })

  it('every event is a -change, a past participle or a -request (or an old name kept as an alias)', () => {
    const wrong = [...events].filter(([name]) => !follows(name) && !(name in deprecated) && !(name in NOT_YET)).map(([name, where]) => `${name} (${[...new Set(where)].join(', ')})`)
    assert.deepEqual(wrong, [])
  })

  it('every new name follows the rule, and every old name is documented as deprecated where the new one is', () => {
    for (const [old, name] of Object.entries(deprecated)) {
      assert.ok(follows(name), `${name} (new name for ${old}) does not follow the rule`)
      assert.ok(documented.has(name), `${name} is not documented with @event`)
      assert.match(documented.get(old) ?? '', /^Deprecated/, `${old} is not documented as deprecated`)
    }
  })

  it('the names not yet renamed are still in use (remove them here once renamed)', () => {
    for (const name of Object.keys(NOT_YET)) assert.ok(events.has(name), `${name} is gone: drop it from NOT_YET`)
  })
})
