// The published packages as a user gets them: `npm pack` of each public package (only the files
// its package.json ships), unpacked into a fresh node_modules, then every entry point imported
// and every CLI run in plain Node (no `source` condition, no tsx), the way a county's own Node
// back end or a webmaster's build uses them.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, before, describe, it } from 'node:test'

const root = fileURLToPath(new URL('../../', import.meta.url))
const PUBLIC = ['core', 'rules', 'screening', 'booking', 'education']
let dir = ''

interface Manifest {
  name: string
  exports: Record<string, unknown>
  bin?: Record<string, string>
}
const manifest = (pkg: string): Manifest => JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8'))

function run(cmd: string, args: string[], cwd = dir) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } })
  return { code: r.status, out: r.stdout, err: r.stderr }
}
/** Plain `node`, as a user runs it: no loaders, no export conditions of ours. */
const node = (...args: string[]) => run(process.execPath, args)

before(
  async () => {
    // Up to date after `npm run build` (CI builds first); otherwise this builds dist/ from the sources.
    const tsc = run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'], root)
    assert.equal(tsc.code, 0, `tsc -b failed:\n${tsc.out}${tsc.err}`)
    dir = mkdtempSync(join(tmpdir(), 'workroom-packages-'))
    const modules = join(dir, 'node_modules')
    mkdirSync(join(modules, '@workroom'), { recursive: true })
    for (const pkg of PUBLIC) {
      const packed = run('npm', ['pack', '--silent', '--pack-destination', dir, `./packages/${pkg}`], root)
      assert.equal(packed.code, 0, packed.err)
      const tarball = join(dir, packed.out.trim().split('\n').pop()!)
      const to = join(modules, '@workroom', pkg)
      mkdirSync(to)
      const untar = run('tar', ['-xzf', tarball, '-C', to, '--strip-components=1'])
      assert.equal(untar.code, 0, untar.err)
    }
    // Their dependencies from the repository's install (the registry is not what is under test).
    for (const name of readdirSync(join(root, 'node_modules'))) {
      if (name === '@workroom' || name.startsWith('.')) continue
      symlinkSync(join(root, 'node_modules', name), join(modules, name))
    }
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'county-backend', private: true, type: 'module' }))
  },
  { timeout: 300_000 },
)
after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('the packed packages in plain Node', () => {
  it('every entry point of every public package imports', () => {
    const specs = PUBLIC.flatMap((pkg) => {
      const m = manifest(pkg)
      return Object.keys(m.exports)
        .filter((k) => !k.includes('*'))
        .map((k) => (k === '.' ? m.name : `${m.name}/${k.slice(2)}`))
    })
    assert.ok(specs.length >= 25, `only ${specs.length} entry points`)
    const script = `const failed = []
for (const spec of ${JSON.stringify(specs)}) {
  try { await import(spec, spec.endsWith('.json') ? { with: { type: 'json' } } : undefined) } catch (e) { failed.push(spec + ': ' + (e.code ?? '') + ' ' + e.message.split('\\n')[0]) }
}
console.log(JSON.stringify(failed))`
    writeFileSync(join(dir, 'imports.mjs'), script)
    const r = node('imports.mjs')
    assert.equal(r.code, 0, r.err)
    assert.deepEqual(JSON.parse(r.out.trim().split('\n').pop()!), [])
  })

  it("a county's Node back end books through @workroom/booking's ledger and reads its OpenAPI document", () => {
    writeFileSync(
      join(dir, 'backend.mjs'),
      `import { MemoryProvider, demoConfig, parseBookingConfig, instantOf } from '@workroom/booking'
import { contractDocument } from '@workroom/booking/openapi'
const config = parseBookingConfig(demoConfig)
if (!config.ok) throw new Error('demo config refused')
const now = instantOf('2026-03-02', 8 * 60)
const p = new MemoryProvider({ config: config.config, now: () => now })
const { slots } = await p.listSlots({ serviceId: 'adviser' })
const hold = await p.hold({ slotId: slots[0].id, idempotencyKey: crypto.randomUUID() })
const consent = { version: '2026-1', given: true, at: new Date(now).toISOString() }
const b = await p.confirm({ holdId: hold.holdId, details: { name: '张秀英', mobile: '13800138000', needs: [] }, consent, idempotencyKey: crypto.randomUUID() })
console.log(JSON.stringify({ code: b.code, start: b.start, paths: Object.keys(contractDocument().paths).length }))`,
    )
    const r = node('backend.mjs')
    assert.equal(r.code, 0, r.err)
    const out = JSON.parse(r.out.trim().split('\n').pop()!)
    assert.match(out.code, /^\d{8}$/, 'a booking code of eight digits')
    assert.equal(out.start, '2026-03-03T09:00:00+08:00')
    assert.ok(out.paths > 3)
  })

  it("the README's `workroom-content check <file>`: accepts the starter pack, refuses a broken one by name", () => {
    const bin = join(dir, 'node_modules/@workroom/education', manifest('education').bin!['workroom-content']!)
    const good = node(bin, 'check', join(dir, 'node_modules/@workroom/education/src/content/starter.zh-Hans-en.json'))
    assert.equal(good.code, 0, good.err)
    assert.match(good.out, /The pack is valid/)
    writeFileSync(join(dir, 'broken.json'), '{"id": "x", "topics": [{}]}')
    const bad = node(bin, 'check', join(dir, 'broken.json'))
    assert.notEqual(bad.code, 0)
    assert.doesNotMatch(bad.err, /ERR_|at .*\.js:\d+/)
    assert.ok((bad.out + bad.err).trim().length > 0)
  })

  it("the README's `workroom-rules check <file>`: checks a regional overlay", () => {
    const bin = join(dir, 'node_modules/@workroom/rules', manifest('rules').bin!['workroom-rules']!)
    const r = node(bin, 'check', join(root, 'packages/rules/src/packs/regions/CN-GD-ZS.json'))
    assert.equal(r.code, 0, r.err)
    assert.match(r.out, /= 2592 元/)
    writeFileSync(join(dir, 'not-json.json'), '{')
    const bad = node(bin, 'check', join(dir, 'not-json.json'))
    assert.notEqual(bad.code, 0)
    assert.doesNotMatch(bad.err, /ERR_|at .*\.js:\d+/)
  })
})
