// Copies the Tibetan and Uyghur web fonts from their npm packages into @workroom/core and cuts the
// two tiny "name" fonts the language switch needs (བོད་ཡིག, ئۇيغۇرچە) before either language is
// chosen. Run after updating @fontsource/noto-serif-tibetan or @fontsource/noto-naskh-arabic:
//   npm run fonts        (the name fonts need Python fontTools: apt-get install python3-fonttools python3-brotli)
// The outputs are committed, so builds and CI need neither.
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(new URL('../packages/core/package.json', import.meta.url))
const out = new URL('../packages/core/src/fonts/', import.meta.url).pathname
const dir = (pkg) => dirname(require.resolve(`${pkg}/package.json`))
const registry = JSON.parse(readFileSync(new URL('../packages/core/src/language-names.json', import.meta.url), 'utf8'))

// Fontsource's script subsets (the whole Tibetan / Arabic block with every shaping feature):
// smaller cuts would drop letters a county's own lessons or reviewed strings may use.
const FILES = [
  ['@fontsource/noto-serif-tibetan', 'noto-serif-tibetan-tibetan-400-normal.woff2', 'noto-serif-tibetan-400.woff2'],
  ['@fontsource/noto-naskh-arabic', 'noto-naskh-arabic-arabic-400-normal.woff2', 'noto-naskh-arabic-400.woff2'],
  ['@fontsource/noto-naskh-arabic', 'noto-naskh-arabic-arabic-700-normal.woff2', 'noto-naskh-arabic-700.woff2'],
]
for (const [pkg, file, name] of FILES) {
  copyFileSync(join(dir(pkg), 'files', file), join(out, name))
  console.log(`${name}: ${statSync(join(out, name)).size} bytes (${pkg})`)
}
copyFileSync(join(dir('@fontsource/noto-serif-tibetan'), 'LICENSE'), join(out, 'OFL-noto-serif-tibetan.txt'))
copyFileSync(join(dir('@fontsource/noto-naskh-arabic'), 'LICENSE'), join(out, 'OFL-noto-naskh-arabic.txt'))

const NAMES = [
  ['bo', 'noto-serif-tibetan-400.woff2', 'name-bo.woff2'],
  ['ug', 'noto-naskh-arabic-400.woff2', 'name-ug.woff2'],
]
const python = process.env.PYTHON ?? '/usr/bin/python3'
for (const [lang, from, name] of NAMES) {
  const text = registry.names[lang]
  try {
    execFileSync(python, ['-m', 'fontTools.subset', join(out, from), `--text=${text}`, '--layout-features=*', '--flavor=woff2', `--output-file=${join(out, name)}`], { stdio: 'inherit' })
    console.log(`${name}: ${statSync(join(out, name)).size} bytes (${text})`)
  } catch {
    console.error(`${name} not cut (needs Python fontTools); the committed one is kept`)
  }
}
writeFileSync(join(out, 'README.md'), `Web fonts for Tibetan (Noto Serif Tibetan) and Uyghur (Noto Naskh Arabic), SIL Open Font\nLicense 1.1 (OFL-*.txt), copied from @fontsource by \`npm run fonts\`. name-*.woff2 hold only the\nglyphs of each language's own name for the language switch.\n`)
