import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { gzipSync } from 'node:zlib'
import { build, type Metafile } from 'esbuild'

// The embed entry a county page loads first: everything reachable by static imports from
// src/library.ts (core, Lit, i18next included; content, English strings and lazy views excluded).
const root = new URL('../../../', import.meta.url).pathname

async function bundle() {
  const r = await build({
    entryPoints: [`${root}packages/education/src/library.ts`],
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    outdir: '/virtual-out',
    write: false,
    metafile: true,
    conditions: ['source'],
    tsconfig: `${root}tsconfig.json`,
    target: 'es2022',
    logLevel: 'silent',
  })
  const gz = new Map(r.outputFiles.map((f) => [f.path.replace('/virtual-out/', ''), gzipSync(f.contents, { level: 9 }).length]))
  return { gz, meta: r.metafile as Metafile }
}

function staticClosure(meta: Metafile, entry: string): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const imp of meta.outputs[file]?.imports ?? []) if (imp.kind === 'import-statement') visit(imp.path)
  }
  visit(entry)
  return seen
}

describe('size', () => {
  it('the <wr-library> embed entry is at most 44.5 KB gzip with core, Lit and i18next', async () => {
    const { gz, meta } = await bundle()
    const entry = Object.keys(meta.outputs).find((k) => meta.outputs[k]!.entryPoint?.endsWith('src/library.ts'))!
    const files = staticClosure(meta, entry)
    const total = [...files].reduce((n, f) => n + (gz.get(f.replace(/^.*virtual-out\//, '')) ?? 0), 0) / 1024
    const inputs = [...files].flatMap((f) => Object.keys(meta.outputs[f]!.inputs))
    assert.ok(inputs.some((i) => i.includes('i18next')) && inputs.some((i) => i.includes('lit-html')), 'core deps are counted')
    assert.ok(!inputs.some((i) => i.includes('starter.zh-Hans-en.json')), 'content is not in the entry')
    console.log(`library entry: ${total.toFixed(1)} KB gz`)
    assert.ok(total <= 44.5, `${total.toFixed(1)} KB gz`)
  })
})
