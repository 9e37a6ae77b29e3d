// The embed bundles a county website copies: one ESM file per element family in dist/embed/, each
// under its plain name (screening.js: always the newest) and a versioned one (screening-0.1.0.js:
// never changes once published), sharing content-hashed chunks under chunks/. Every file gets a
// Subresource Integrity hash (sha384), written to integrity.json and printed by the build.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { bundle } from './vite-bundle.mjs'
import { packages, root } from './workspace.mjs'

/** The entries: each package's define.ts, and the library alone (smaller than all of education). */
export function embedEntries() {
  const entries = {}
  const versions = {}
  for (const { dir, short, pkg } of packages()) {
    if (!existsSync(join(dir, 'src', 'define.ts'))) continue
    entries[short] = join(dir, 'src', 'define.ts')
    versions[short] = pkg.version
  }
  const library = join(root, 'packages', 'education', 'src', 'library.ts')
  if (existsSync(library)) {
    entries.library = library
    versions.library = versions.education
  }
  return { entries, versions }
}

/** Gzip -9 bytes a page loads before the element can render: the entry and its static imports, transitively. */
export function upfront(chunks, entryFile) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const seen = new Set()
  const visit = (c) => {
    if (!c || seen.has(c)) return
    seen.add(c)
    for (const i of c.imports) visit(byName.get(i))
  }
  visit(byName.get(entryFile))
  return [...seen].reduce((sum, c) => sum + gzipSync(c.code, { level: 9 }).length, 0)
}

export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`

/**
 * Builds the embed into `outDir`. Returns `entries` ({ name, file, versioned, integrity, gzip of
 * the file, upfrontGzip: with everything it imports before the first render }),
 * `files` (every .js with its integrity) and the chunk count.
 */
export async function buildEmbed(outDir) {
  const { entries, versions } = embedEntries()
  if (!Object.keys(entries).length) return { entries: [], files: [], chunks: 0 }
  const chunks = await bundle({ entries, outDir })
  const out = []
  for (const name of Object.keys(entries)) {
    const file = `${name}.js`
    const versioned = `${name}-${versions[name]}.js`
    copyFileSync(join(outDir, file), join(outDir, versioned))
    const bytes = readFileSync(join(outDir, file))
    out.push({ name, file, versioned, integrity: sri(bytes), gzip: gzipSync(bytes, { level: 9 }).length, upfrontGzip: upfront(chunks, file) })
  }
  const files = readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => ({ file: f.split('\\').join('/'), integrity: sri(readFileSync(join(outDir, f))) }))
  writeFileSync(join(outDir, 'integrity.json'), JSON.stringify(Object.fromEntries(files.map((f) => [f.file, f.integrity])), null, 2) + '\n')
  return { entries: out, files, chunks: chunks.length - out.length, dir: relative(root, outDir) }
}
