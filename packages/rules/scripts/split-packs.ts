// Splits packs/national.json (the source, validated by the package's tests) for screens that
// load the rules first and the words of a result later:
//   national.rules.json    the rules, with Chinese titles only and empty text tables
//   national.text.zh-Hans.json  laws, reasons, materials, notes and routes in Chinese
//   national.text.en.json  every English text, at the paths it has in the pack
// mergeText(mergeText(rules, zh), en) gives national.json back. Run after editing national.json:
//   npm run split-packs -w @workroom/rules
// test/node/rules/pack-text.test.ts fails while the files are out of date.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { splitPack } from '../src/pack-text.ts'

const dir = fileURLToPath(new URL('../src/packs/', import.meta.url))
const { rules, zh, en } = splitPack(JSON.parse(readFileSync(`${dir}national.json`, 'utf8')))
const write = (name: string, data: unknown) => writeFileSync(`${dir}${name}`, `${JSON.stringify(data, null, 2)}\n`)
write('national.rules.json', rules)
write('national.text.zh-Hans.json', zh)
write('national.text.en.json', en)
console.log('wrote packs/national.rules.json, national.text.zh-Hans.json, national.text.en.json')
