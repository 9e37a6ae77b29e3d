// Browser bundles of our packages as a county website would load them: ESM, minified, every
// dependency inlined, workspace packages taken from source (`source` export condition).
import { build, defaultClientConditions } from 'vite'
import { root } from './workspace.mjs'
import { minifyCssLiteralsPlugin } from './minify-css-literals.mjs'

/**
 * Bundles `entries` ({ name: absolute path }) with Vite's build API in library mode.
 * Returns Rolldown's output chunks (each with `code`, `isEntry`, `isDynamicEntry`, `imports`,
 * `dynamicImports` and `modules` carrying `renderedLength`).
 */
export async function bundle({ entries, outDir, write = true, hashChunks = true }) {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    plugins: [minifyCssLiteralsPlugin()],
    resolve: { conditions: ['source', ...defaultClientConditions] },
    // Library mode leaves process.env alone; nothing of ours should ship reading it.
    // A UMD dependency (papaparse) asks `typeof define == "function" && define.amd` first; on a page
    // with an AMD loader (RequireJS on old CMS pages) it would hand itself to the page's loader and
    // export nothing to us. Our bundle is ESM: that branch is never ours to take.
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), 'define.amd': 'false' },
    build: {
      outDir,
      emptyOutDir: true,
      write,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        output: {
          chunkFileNames: hashChunks ? 'chunks/[name]-[hash].js' : 'chunks/[name].js',
        },
      },
    },
  })
  const outputs = Array.isArray(result) ? result : [result]
  return outputs.flatMap((o) => ('output' in o ? o.output : [])).filter((c) => c.type === 'chunk')
}
