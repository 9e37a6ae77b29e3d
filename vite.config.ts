// The kiosk app: `vite` (dev), `vite build` → dist/kiosk, `vite preview`.
// Workspace packages resolve to their TypeScript sources through the `source` export condition.
// Lit's decorators are the legacy kind: the TS transform follows tsconfig.json
// (experimentalDecorators, useDefineForClassFields: false).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, defaultClientConditions, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { kioskCsp, withCsp } from './kiosk/src/csp.ts'

export const sourceConditions = ['source', ...defaultClientConditions]

/** Where a county pack's media are kept for offline play (the starter pack's are precached). */
export const MEDIA_CACHE = 'workroom-media'

/** The workroom config next to the app: fetched network-first, never precached. */
export const CONFIG_FILE = 'workroom.json'

/**
 * Writes the CSP for the workroom config that ships with the app (kiosk/public/workroom.json) into
 * index.html, so its content pack, config update and booking service hosts are allowed. For a
 * config changed after the build: `npm run kiosk-csp -- <workroom.json> --write <index.html>`.
 */
function kioskCspPlugin(): Plugin {
  return {
    name: 'workroom:kiosk-csp',
    transformIndexHtml(html, ctx) {
      // The kiosk's page only (Storybook builds with this config too).
      if (!ctx.filename.replaceAll('\\', '/').endsWith('/kiosk/index.html')) return html
      const config = JSON.parse(readFileSync(fileURLToPath(new URL(`./kiosk/public/${CONFIG_FILE}`, import.meta.url)), 'utf8')) as Parameters<typeof kioskCsp>[0]
      return withCsp(html, kioskCsp(config))
    },
  }
}

/** The starter pack's own media (video, captions, poster): its paths are relative, `media/…`. */
const STARTER_MEDIA = fileURLToPath(new URL('./packages/education/src/content/media/', import.meta.url))
const MEDIA_TYPES: Record<string, string> = { '.mp4': 'video/mp4', '.webm': 'video/webm', '.vtt': 'text/vtt', '.png': 'image/png', '.mp3': 'audio/mpeg', '.m4a': 'audio/mp4', '.ogg': 'audio/ogg' }

/**
 * Ships the starter pack's media next to the kiosk's page, where the pack's relative paths point
 * (`media/scam-call.mp4`), so the precache below takes them and the video plays offline. The dev
 * server serves the same files from the education package.
 */
function starterMediaPlugin(): Plugin {
  return {
    name: 'workroom:starter-media',
    configureServer(server) {
      server.middlewares.use('/media/', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\//, ''))
        const file = join(STARTER_MEDIA, name)
        if (!/^[\w.-]+$/.test(name) || !existsSync(file)) return next()
        res.setHeader('content-type', MEDIA_TYPES[extname(name)] ?? 'application/octet-stream')
        res.end(readFileSync(file))
      })
    },
    generateBundle() {
      for (const name of readdirSync(STARTER_MEDIA)) this.emitFile({ type: 'asset', fileName: `media/${name}`, source: readFileSync(join(STARTER_MEDIA, name)) })
    },
  }
}

export default defineConfig({
  root: fileURLToPath(new URL('./kiosk', import.meta.url)),
  resolve: { conditions: sourceConditions },
  build: {
    outDir: fileURLToPath(new URL('./dist/kiosk', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Fonts stay files (the language switch's tiny name fonts too): the kiosk's CSP has no font-src data:.
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
  },
  preview: { port: 4173 },
  plugins: [
    kioskCspPlugin(),
    starterMediaPlugin(),
    // Installable and offline after the first load (kiosk/src/pwa.ts registers the worker).
    VitePWA({
      strategies: 'generateSW',
      // A new version waits until the shell applies it on the home screen, never mid-session.
      registerType: 'prompt',
      injectRegister: false,
      // Nothing under the dev server: a worker there would serve stale modules.
      devOptions: { enabled: false },
      manifestFilename: 'manifest.webmanifest',
      // The icons and the manifest are precached by the glob below, once each.
      includeManifestIcons: false,
      manifest: {
        id: './',
        name: '公共法律服务工作室',
        short_name: '公共法律服务工作室',
        description: '法律援助自助初筛、预约咨询、普法学习',
        lang: 'zh-Hans',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'fullscreen',
        display_override: ['fullscreen', 'standalone'],
        orientation: 'any',
        theme_color: '#0b5cad',
        background_color: '#f4f6f8',
        categories: ['government', 'education'],
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Every built file, lazily imported chunks included (features, locales, rule packs,
        // content), the starter pack's video, captions and poster, the manifest and the icons —
        // but not the workroom config.
        globPatterns: ['**/*.{js,mjs,css,html,json,webmanifest,svg,png,ico,webp,woff2,vtt,mp4,webm,mp3,m4a,ogg}'],
        globIgnores: [CONFIG_FILE, 'workroom.schema.json', '**/*.map', 'manifest.webmanifest'],
        // A pack's video may be up to 20 MB (the content check's limit per item).
        maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
        // Screens are state, not URLs: any navigation gets the app shell.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install takes the page over at once (same build, nothing changes), so the
        // config fetched after it lands in the cache; an update waits for the shell (prompt).
        clientsClaim: true,
        skipWaiting: false,
        // A precached file matches whatever query string is added to its URL.
        ignoreURLParametersMatching: [/.*/],
        runtimeCaching: [
          {
            // A county pack's video, audio and captions: the kiosk fetches them into this cache as
            // soon as the pack loads (kiosk/src/media-cache.ts); played from here, seeking included.
            urlPattern: ({ request }) => request.destination === 'video' || request.destination === 'audio' || request.destination === 'track',
            handler: 'CacheFirst',
            method: 'GET',
            options: {
              cacheName: MEDIA_CACHE,
              rangeRequests: true,
              cacheableResponse: { statuses: [200] },
              matchOptions: { ignoreSearch: true },
            },
          },
          {
            // The config: a new one is picked up when online, the last one works offline.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('/workroom.json'),
            handler: 'NetworkFirst',
            method: 'GET',
            options: {
              cacheName: 'workroom-config',
              networkTimeoutSeconds: 4,
              expiration: { maxEntries: 1 },
              cacheableResponse: { statuses: [200] },
              matchOptions: { ignoreSearch: true },
            },
          },
        ],
      },
    }),
  ],
})
