// Writes packages/booking/openapi.json: the booking contract as OpenAPI 3.1, generated from the
// same zod schemas the providers use. Run: npm run openapi
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { contractDocument } from '../src/openapi.ts'

const doc = contractDocument()
const out = fileURLToPath(new URL('../openapi.json', import.meta.url))
writeFileSync(out, JSON.stringify(doc, null, 2) + '\n')
process.stdout.write(`wrote ${out.split('/').slice(-3).join('/')} (${Object.keys(doc['paths'] as object).length} operations)\n`)
