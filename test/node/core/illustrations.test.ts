import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { PICTURES } from '../../../packages/core/src/illustrations/ids.ts'

const root = new URL('../../../', import.meta.url).pathname
const locale = (lang: string) => JSON.parse(readFileSync(`${root}packages/core/src/locales/pictures/${lang}.json`, 'utf8')) as Record<string, string>

/** The whole set's drawings (the lazy chunk), minified and gzipped, without Lit (which every page has already). */
export const SET_GZIP_BUDGET = 8 * 1024

describe('picture set (node)', () => {
  it('has a text alternative for every picture in zh-Hans and en, and none for pictures it lacks', () => {
    for (const lang of ['zh-Hans', 'en']) {
      const alts = locale(lang)
      for (const id of PICTURES) assert.ok(alts[id]?.trim(), `${lang}: pictures:${id}`)
      assert.deepEqual(Object.keys(alts).sort(), [...PICTURES].sort(), lang)
    }
  })

  it(`ships the whole set in under ${SET_GZIP_BUDGET / 1024} KB gzip`, async () => {
    const r = await build({
      entryPoints: [`${root}packages/core/src/illustrations/scenes.ts`],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      external: ['lit'],
      conditions: ['source'],
      tsconfig: `${root}tsconfig.json`,
      logLevel: 'silent',
    })
    const gz = gzipSync(r.outputFiles[0]!.contents, { level: 9 }).length
    assert.ok(gz <= SET_GZIP_BUDGET, `${gz} bytes`)
  })
})
