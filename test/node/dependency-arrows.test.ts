// The dependency arrows of shared/DESIGN.md ("Layout"), enforced: rules and core depend on
// nothing of ours; feature packages on core (screening also on rules) and never on each other;
// the county service on the contracts (booking's subpaths without elements, the console's staff API
// schemas, and of screening only the application contract `@workroom/screening/application-contract`)
// and rules; the console on core, the contracts (booking's, the application contract) and rules;
// the kiosk on everything. Each package's package.json lists what its sources import.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const WORKSPACES = ['core', 'rules', 'screening', 'booking', 'education', 'directory', 'server', 'console', 'kiosk'] as const
type Workspace = (typeof WORKSPACES)[number]

const ALLOWED: Record<Workspace, readonly Workspace[]> = {
  rules: [],
  core: [],
  screening: ['core', 'rules'],
  booking: ['core'],
  education: ['core'],
  directory: ['core'],
  server: ['booking', 'console', 'screening', 'rules', 'core'],
  console: ['core', 'booking', 'screening', 'rules'],
  kiosk: ['core', 'rules', 'screening', 'booking', 'education', 'directory'],
}
/** Booking entry points that carry elements: the county service must not pull them in. */
const ELEMENT_ENTRIES = ['@workroom/booking', '@workroom/booking/define']
/** Of screening, the county service and the console may import the application contract alone (no elements, no DOM). */
const APPLICATION_CONTRACT = '@workroom/screening/application-contract'

const dirOf = (w: Workspace) => (w === 'kiosk' ? 'kiosk/src' : `packages/${w}/src`)
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*\(\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8')
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]!).filter(Boolean)
}

function sources(w: Workspace): string[] {
  const dir = dirOf(w)
  if (!existsSync(join(root, dir))) return []
  return readdirSync(join(root, dir), { recursive: true })
    .map((f) => `${dir}/${String(f).split('\\').join('/')}`)
    .filter((f) => /\.(ts|mjs)$/.test(f) && !f.endsWith('.d.ts') && !/(^|\/)(node_modules|dist)\//.test(f))
}

describe('dependency arrows (DESIGN.md)', () => {
  for (const w of WORKSPACES) {
    const files = sources(w)
    if (!files.length) continue
    it(`${w} imports only ${ALLOWED[w].length ? ALLOWED[w].join(', ') : 'nothing of ours'}, and never reaches into another package by path`, () => {
      const wrong: string[] = []
      for (const file of files) {
        for (const spec of importsOf(file)) {
          const ours = /^@workroom\/([a-z-]+)/.exec(spec)?.[1]
          if (ours && ours !== w && !ALLOWED[w].includes(ours as Workspace)) wrong.push(`${file}: ${spec}`)
          if (w === 'server' && ELEMENT_ENTRIES.includes(spec)) wrong.push(`${file}: ${spec} (elements; use a contract subpath)`)
          if (w === 'server' && ours === 'console' && spec !== '@workroom/console/api') wrong.push(`${file}: ${spec} (the console's staff API schemas only)`)
          if ((w === 'server' || w === 'console') && ours === 'screening' && spec !== APPLICATION_CONTRACT) wrong.push(`${file}: ${spec} (the application contract only)`)
          if (spec.startsWith('.')) {
            const target = relative(root, resolve(root, dirname(file), spec))
            const own = w === 'kiosk' ? 'kiosk/' : `packages/${w}/`
            if (!target.startsWith(own)) wrong.push(`${file}: ${spec} (outside ${own})`)
          }
        }
      }
      assert.deepEqual(wrong, [])
    })
  }

  it('every package lists the packages of ours its sources import', () => {
    const missing: string[] = []
    for (const w of WORKSPACES) {
      const dir = w === 'kiosk' ? 'kiosk' : `packages/${w}`
      let manifest: { dependencies?: Record<string, string>; devDependencies?: Record<string, string>; peerDependencies?: Record<string, string>; name: string }
      try {
        manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'))
      } catch {
        continue
      }
      const listed = new Set(Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.devDependencies }))
      const used = new Set(sources(w).flatMap(importsOf).map((s) => /^(@workroom\/[a-z-]+)/.exec(s)?.[1]).filter((s): s is string => !!s && s !== manifest.name))
      for (const u of used) if (!listed.has(u)) missing.push(`${manifest.name} imports ${u} but does not list it`)
    }
    assert.deepEqual(missing, [])
  })
})
