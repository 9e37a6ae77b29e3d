// Writes kiosk/public/workroom.schema.json from the config's zod schema, so editors (VS Code and
// others) check and complete a workroom.json as it is typed: `npm run config-schema`. It also
// writes packages/directory/directory.schema.json, for a county's directory file on its own
// (what <wr-service-directory src=…> loads). A test fails when a checked-in file is out of date.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod/mini'
import { Directory } from '@workroom/core/directory'
import { WorkroomConfig } from '../src/config.ts'

export function workroomJsonSchema(): string {
  const schema = z.toJSONSchema(WorkroomConfig, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>
  return JSON.stringify({ ...schema, title: 'Workroom kiosk configuration', $id: 'workroom.schema.json' }, null, 2) + '\n'
}

export function directoryJsonSchema(): string {
  const schema = z.toJSONSchema(z.extend(Directory, { $schema: z.optional(z.string()) }), { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>
  return JSON.stringify({ ...schema, title: 'Workroom legal service directory', $id: 'directory.schema.json' }, null, 2) + '\n'
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [url, text] of [
    ['../public/workroom.schema.json', workroomJsonSchema()],
    ['../../packages/directory/directory.schema.json', directoryJsonSchema()],
  ] as const) {
    const out = fileURLToPath(new URL(url, import.meta.url))
    writeFileSync(out, text)
    console.log(`wrote ${out.slice(out.search(/(kiosk|packages)\//))}`)
  }
}
