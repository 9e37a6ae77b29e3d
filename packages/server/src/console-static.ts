// The built county console's files (dist/console), served at /console/ under a strict
// Content-Security-Policy: only the service's own scripts, styles and API; Lit's one Trusted Types
// policy; no framing, no inline script, no eval.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

export const DEFAULT_CONSOLE_DIR = fileURLToPath(new URL('../../../dist/console/', import.meta.url))

export const CONSOLE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; manifest-src 'self'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html"

export const CONSOLE_HEADERS = {
  'content-security-policy': CONSOLE_CSP,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.webmanifest': 'application/manifest+json',
}

const cache = new Map<string, Buffer>()

/** One file of the console, or its index.html for any path that is not a file (the app routes itself). */
export function consoleFile(dir: string | undefined, rel: string): { status: number; headers: Record<string, string>; body: Buffer | string } {
  const base = normalize(dir ?? DEFAULT_CONSOLE_DIR)
  const index = join(base, 'index.html')
  if (!existsSync(index))
    return { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }, body: 'The county console is not built: run npm run build.\n' }
  let path = normalize(join(base, decodeURIComponentSafe(rel)))
  if (!path.startsWith(base.endsWith(sep) ? base : base + sep) || !existsSync(path) || !statSync(path).isFile()) path = index
  const hashed = path.includes(`${sep}assets${sep}`)
  let body = cache.get(path)
  if (!body) {
    body = readFileSync(path)
    if (hashed) cache.set(path, body)
  }
  return {
    status: 200,
    headers: { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-store' },
    body,
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return ''
  }
}
