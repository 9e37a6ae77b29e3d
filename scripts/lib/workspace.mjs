// Workspace facts the scripts share: the root, and each package with its package.json.
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../..', import.meta.url))

/** Packages under packages/, each `{ dir, name, short, pkg }` (short: `core` for @workroom/core). */
export function packages() {
  const base = join(root, 'packages')
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(base, d.name, 'package.json')))
    .map((d) => {
      const dir = join(base, d.name)
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
      return { dir, name: pkg.name, short: d.name, pkg }
    })
}

/** Seconds since `start`, for the timing lines every script prints. */
export const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`
