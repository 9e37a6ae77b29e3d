// Browser tests: every test/**/*.test.ts except the Node-only ones under test/node/.
// Runs in the system Chromium (CHROME_PATH, else /usr/bin/chromium); never downloads a browser.
import { esbuildPlugin } from '@web/dev-server-esbuild'
import { chromeLauncher } from '@web/test-runner-chrome'
import { defaultReporter } from '@web/test-runner'
import { fileURLToPath } from 'node:url'
import { createServer } from 'node:net'
import { storiesPlugin } from './scripts/lib/wtr-stories-plugin.mjs'
import { countingReporter } from './scripts/lib/wtr-reporter.mjs'
import { chromeFlags, chromePath } from './scripts/lib/chromium.mjs'

const root = fileURLToPath(new URL('.', import.meta.url))
// Set by scripts/test.mjs for `npm test -- --grep <pattern>`.
const grep = process.env.WTR_GREP || undefined

// A free port rather than the fixed 8000, so two suites (or a dev server) on one machine never collide.
const port = await new Promise((resolve, reject) => {
  const probe = createServer()
  probe.once('error', reject)
  probe.listen(0, '127.0.0.1', () => {
    const { port: free } = /** @type {import('node:net').AddressInfo} */ (probe.address())
    probe.close(() => resolve(free))
  })
})

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: root,
  port,
  // scripts/test.mjs --files narrows the list.
  files: process.env.WTR_FILES ? JSON.parse(process.env.WTR_FILES) : ['test/**/*.test.ts', '!test/node/**', '!test/e2e/**'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    storiesPlugin({ root, dir: 'stories', suffix: '.stories.ts' }),
    // Lit decorators need experimentalDecorators + useDefineForClassFields: false, read from the tsconfig.
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath,
        headless: true,
        args: chromeFlags,
      },
      // Test files run side by side, so each page gets its own browser context: its own
      // IndexedDB/localStorage (a session reset in one file must not wait on another file's open
      // database) and its own window (a background tab gets no animation frames, and open-wc's
      // fixture waits for one).
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext()
        const page = await context.newPage()
        page.once('close', () => void context.close().catch(() => {}))
        return page
      },
    }),
  ],
  // Two cores: one browser, two pages at a time keeps timings stable.
  concurrentBrowsers: 1,
  concurrency: 2,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 600_000,
  testFramework: {
    config: { ui: 'bdd', timeout: 30_000, ...(grep ? { grep } : {}) },
  },
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), countingReporter()],
}
