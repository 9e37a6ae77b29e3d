// Tiny file finder (Node 20 has no fs.glob): files under `dir` whose path ends with `suffix`.
import { readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'

const SKIP = /(^|\/)(node_modules|dist|storybook-static|coverage)(\/|$)/

/** Repo-relative POSIX paths, sorted, of files under `dir` ending in `suffix`. */
export function findFiles(root, dir, suffix) {
  const abs = join(root, dir)
  if (!existsSync(abs)) return []
  return readdirSync(abs, { recursive: true, withFileTypes: false })
    .map((p) => `${dir}/${String(p).split('\\').join('/')}`)
    .filter((p) => p.endsWith(suffix) && !SKIP.test(p))
    .sort()
}
