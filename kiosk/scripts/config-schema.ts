// Writes kiosk/public/workroom.schema.json from the config's zod schema, so editors (VS Code and
// others) check and complete a workroom.json as it is typed: `npm run config-schema`.
// A test fails when the checked-in file is out of date.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod/mini'
import { WorkroomConfig } from '../src/config.ts'

export function workroomJsonSchema(): string {
  const schema = z.toJSONSchema(WorkroomConfig, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>
  return JSON.stringify({ ...schema, title: 'Workroom kiosk configuration', $id: 'workroom.schema.json' }, null, 2) + '\n'
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = fileURLToPath(new URL('../public/workroom.schema.json', import.meta.url))
  writeFileSync(out, workroomJsonSchema())
  console.log(`wrote ${out.slice(out.indexOf('kiosk/'))}`)
}
