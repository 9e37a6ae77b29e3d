// Runs the reference booking server: `node --conditions source --import tsx packages/server/src/main.ts [options]`
//   --port <n>          0 = any free port (default 8787)      --host <addr> (default 127.0.0.1)
//   --config <file>     BookingConfig JSON (default: the demo village workroom)
//   --now <ISO time>    fixed clock, for tests                 --faults  allow x-workroom-fault (tests only)
//   --staff-token <t>   required on /staff/ routes             --base-path </api/booking>  --cors-origin <origin>
// Prints one JSON line `{"listening":{"host":…,"port":…}}` once ready.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parseBookingConfig } from '@workroom/booking/config'
import { demoConfig } from '@workroom/booking/demo-config'
import { createBookingServer } from './server.ts'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    config: { type: 'string' },
    now: { type: 'string' },
    faults: { type: 'boolean', default: false },
    'staff-token': { type: 'string' },
    'base-path': { type: 'string' },
    'cors-origin': { type: 'string' },
  },
})

let config = demoConfig
if (values.config) {
  const parsed = parseBookingConfig(JSON.parse(readFileSync(values.config, 'utf8')))
  if (!parsed.ok) {
    console.error(`Invalid booking config:\n${parsed.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`)
    process.exit(1)
  }
  config = parsed.config
}
const fixed = values.now ? Date.parse(values.now) : undefined
const { server } = createBookingServer({
  config,
  ...(fixed !== undefined ? { now: () => fixed } : {}),
  allowFaults: values.faults,
  ...(values['staff-token'] ? { staffToken: values['staff-token'] } : {}),
  ...(values['base-path'] ? { basePath: values['base-path'] } : {}),
  ...(values['cors-origin'] ? { corsOrigin: values['cors-origin'] } : {}),
})
server.listen(Number(values.port), values.host, () => {
  const addr = server.address()
  if (addr && typeof addr === 'object') process.stdout.write(JSON.stringify({ listening: { host: addr.address, port: addr.port } }) + '\n')
})
const stop = () => server.close(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
