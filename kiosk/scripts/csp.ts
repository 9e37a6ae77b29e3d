// `npm run kiosk-csp -- [workroom.json] [--write dist/kiosk/index.html]`: prints the kiosk's
// Content-Security-Policy for a workroom config (its content, config-update and booking-service
// hosts allowed), or writes it into a built index.html. The build does this for
// kiosk/public/workroom.json; run this after pointing a deployed kiosk at other hosts, or send the
// printed policy as a header from the web server.
import { readFileSync, writeFileSync } from 'node:fs'
import { parseConfig } from '../src/config.ts'
import { kioskCsp, withCsp } from '../src/csp.ts'

const args = process.argv.slice(2)
const writeAt = args.indexOf('--write')
const target = writeAt >= 0 ? args[writeAt + 1] : undefined
const file = args.find((a, i) => !a.startsWith('--') && i !== writeAt + 1) ?? new URL('../public/workroom.json', import.meta.url).pathname
const checked = parseConfig(readFileSync(file, 'utf8'))
if (!checked.ok) {
  process.stderr.write(`✗ ${file} is not a valid workroom config:\n${checked.problems.map((p) => `  ${p.path || '(file)'}: ${p.code}`).join('\n')}\n`)
  process.exit(1)
}
const policy = kioskCsp(checked.config)
if (target) {
  writeFileSync(target, withCsp(readFileSync(target, 'utf8'), policy))
  process.stdout.write(`wrote the CSP into ${target}\n`)
}
process.stdout.write(`Content-Security-Policy: ${policy}\n`)
