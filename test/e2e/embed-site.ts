// A county website for end-to-end tests of the embed: the built embed under /workroom/, the test
// pages under /pages/, the benchmark's pages under /bench/, the README's examples under /readme/, a booking service for one office
// under /api/booking/offices/xx-sfs/ (the contract's routes, answered by a MemoryProvider), the
// built Storybook under /storybook/ (the reference screenshots), all on 127.0.0.1, with the
// README's Content-Security-Policy on every page.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import type { Browser, BrowserContext, Page, Route } from 'playwright-core'
import { buildEmbed } from '../../scripts/lib/embed.mjs'
import { launchChromium, root } from '../../scripts/lib/kiosk.mjs'
import { MemoryProvider } from '../../packages/booking/src/ledger.ts'
import { demoConfig } from '../../packages/booking/src/demo-config.ts'
import { ROUTES, type Operation } from '../../packages/booking/src/contract.ts'

export const OFFICE_PATH = '/api/booking/offices/xx-sfs'
export const OFFICE = { id: 'xx-sfs', name: { 'zh-Hans': 'XX县司法局XX司法所', en: 'XX Judicial Office' }, phone: '0951-1234567', address: { 'zh-Hans': 'XX镇XX路 1 号' } }

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' }

/** The CSP the README tells counties to send, read from the README itself. */
export function readmeCsp(): string {
  const line = readFileSync(join(root, 'README.md'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Content-Security-Policy: '))
  if (!line) throw new Error('README.md gives no Content-Security-Policy line')
  return line.slice('Content-Security-Policy: '.length).trim()
}

export interface ReadmeExample {
  html: string
  /** A ```js block that follows it, served as a module script after the elements. */
  js?: string
}

/** The ```html and ```js blocks of the README's embedding section, as written. */
export function readmeExamples(): ReadmeExample[] {
  const text = readFileSync(join(root, 'README.md'), 'utf8')
  const section = text.slice(text.indexOf('## Embedding in a county web page'), text.indexOf('### Content-Security-Policy'))
  const examples: ReadmeExample[] = []
  for (const m of section.matchAll(/```(html|js)\n([\s\S]*?)```/g)) {
    if (m[1] === 'html') examples.push({ html: m[2]! })
    else if (examples.length) examples[examples.length - 1]!.js = m[2]!
  }
  return examples
}

/** The booking service: GET /config, the contract's POST routes, and CORS as the README asks. */
async function booking(req: IncomingMessage, res: ServerResponse, path: string, ledger: MemoryProvider): Promise<void> {
  const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type, idempotency-key, accept', 'access-control-allow-methods': 'GET, POST' }
  if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end()
  const json = (status: number, body: unknown): void => void res.writeHead(status, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify(body))
  if (path === '/config') return json(200, { config: demoConfig, office: OFFICE })
  const op = (Object.keys(ROUTES) as Operation[]).find((o) => ROUTES[o].path === path)
  if (!op || req.method !== 'POST') return json(404, { error: { code: 'not-found', message: path } })
  let body = ''
  for await (const chunk of req) body += chunk
  try {
    const call = ledger[op as keyof MemoryProvider] as unknown as (b: unknown) => Promise<unknown>
    json(200, (await call.call(ledger, JSON.parse(body))) ?? {})
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'invalid'
    json(code === 'slot-full' || code === 'conflict' ? 409 : code === 'not-found' ? 404 : 400, { error: { code, message: (e as Error).message } })
  }
}

/** Monday 2 March 2026, 08:00 Beijing time. */
export const SITE_NOW = Date.parse('2026-03-02T08:00:00+08:00')

export interface EmbedSite {
  url: string
  /** The built entries, with each one's up-front gzip size. */
  entries: Awaited<ReturnType<typeof buildEmbed>>['entries']
  browser: Browser
  embedDir: string
  storybookDir: string
  close(): Promise<void>
}

/** Builds the embed (and Storybook, for the reference screenshots), serves the site, launches Chromium. */
export async function startEmbedSite(options: { storybook?: boolean } = {}): Promise<EmbedSite> {
  const tmp = mkdtempSync(join(tmpdir(), 'workroom-embed-site-'))
  const embedDir = join(tmp, 'embed')
  const built = await buildEmbed(embedDir)
  const storybookDir = join(tmp, 'storybook')
  if (options.storybook) {
    const sb = spawnSync(process.execPath, [join(root, 'node_modules', 'storybook', 'dist', 'bin', 'dispatcher.js'), 'build', '--quiet', '-o', storybookDir], { cwd: root, stdio: 'pipe', encoding: 'utf8' })
    if (sb.status !== 0 || !existsSync(join(storybookDir, 'iframe.html'))) throw new Error(`storybook build failed: ${sb.stderr || sb.stdout}`)
  }
  const examples = readmeExamples()
  const csp = readmeCsp()
  // The county service and the page share one fixed clock (a Monday morning), so the flows never depend on the time of day they run.
  const ledger = new MemoryProvider({ config: demoConfig, now: () => SITE_NOW })

  const file = (res: ServerResponse, base: string, rel: string, headers: Record<string, string> = {}) => {
    const path = normalize(join(base, rel))
    if (!path.startsWith(base) || !existsSync(path) || !statSync(path).isFile()) return void res.writeHead(404).end('not found')
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers }).end(readFileSync(path))
  }
  const page = (res: ServerResponse, body: string) => res.writeHead(200, { 'content-type': TYPES['.html']!, 'content-security-policy': csp }).end(body)

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const p = decodeURIComponent(url.pathname)
    if (p.startsWith(`${OFFICE_PATH}/`)) return void booking(req, res, p.slice(OFFICE_PATH.length), ledger)
    if (p.startsWith('/workroom/')) return file(res, embedDir, p.slice('/workroom/'.length))
    if (p.startsWith('/storybook/')) return file(res, storybookDir, p.slice('/storybook/'.length) || 'index.html')
    const readme = p.match(/^\/readme\/(\d+)\.(html|js)$/)
    if (readme) {
      const ex = examples[Number(readme[1])]
      if (!ex) return void res.writeHead(404).end()
      if (readme[2] === 'js') return void res.writeHead(200, { 'content-type': TYPES['.js']! }).end(ex.js ?? '')
      const script = ex.js ? `\n<script type="module" src="/readme/${readme[1]}.js"></script>` : ''
      return page(res, `<!doctype html>\n<html lang="zh-Hans"><head><meta charset="utf-8"><title>README example ${readme[1]}</title></head><body>\n${ex.html}${script}\n</body></html>\n`)
    }
    if (p.startsWith('/bench/') && p.endsWith('.html')) return page(res, readFileSync(join(root, 'bench', 'pages', p.slice(7).replace(/[^\w.-]/g, '')), 'utf8'))
    if (p.startsWith('/bench/')) return file(res, join(root, 'bench', 'pages'), p.slice(7))
    if (p.startsWith('/pages/') && p.endsWith('.html')) return page(res, readFileSync(join(root, 'test', 'e2e', 'pages', p.slice(7).replace(/[^\w.-]/g, '')), 'utf8'))
    if (p.startsWith('/pages/')) return file(res, join(root, 'test', 'e2e', 'pages'), p.slice(7))
    if (p === '/falv/directory.json') return void res.writeHead(200, { 'content-type': TYPES['.json']! }).end(JSON.stringify(JSON.parse(readFileSync(join(root, 'kiosk', 'public', 'workroom.json'), 'utf8')).directory))
    if (p === '/fazhi/county-pack.json') return file(res, join(root, 'packages', 'education', 'src', 'content'), 'starter.zh-Hans-en.json')
    if (p === '/yuyue/') return page(res, '<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>预约</title></head><body><h1>预约</h1></body></html>')
    res.writeHead(404).end('not found')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const address = server.address()
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  const browser = await launchChromium()
  return {
    url,
    entries: built.entries,
    browser,
    embedDir,
    storybookDir,
    async close() {
      await browser.close().catch(() => {})
      await new Promise((r) => server.close(r))
      rmSync(tmp, { recursive: true, force: true })
    },
  }
}

export interface SitePage {
  context: BrowserContext
  page: Page
  /** Console errors, uncaught exceptions, CSP and Trusted Types violations. */
  problems: string[]
  close(): Promise<void>
}

/**
 * A fresh profile on `path`. `https://yuyue.example.gov.cn` (the README's county service) is
 * answered by the site's booking service, so the README's service-url works as written.
 */
export async function openPage(site: EmbedSite, path: string, viewport = { width: 1280, height: 900 }): Promise<SitePage> {
  const context = await site.browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', deviceScaleFactor: 1 })
  await context.route('https://yuyue.example.gov.cn/**', async (route: Route) => {
    const req = route.request()
    const target = req.url().replace('https://yuyue.example.gov.cn', site.url)
    const reply = await fetch(target, { method: req.method(), headers: req.headers(), ...(req.postData() ? { body: req.postData()! } : {}) })
    await route.fulfill({ status: reply.status, headers: Object.fromEntries(reply.headers), body: Buffer.from(await reply.arrayBuffer()) })
  })
  await context.clock.setFixedTime(new Date(SITE_NOW))
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`))
  await page.exposeFunction('__wrCsp', (d: string) => problems.push(`CSP: ${d}`))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ;(window as unknown as { __wrCsp(d: string): void }).__wrCsp(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`)
    })
  })
  await page.goto(site.url + path)
  return { context, page, problems, close: () => context.close() }
}
