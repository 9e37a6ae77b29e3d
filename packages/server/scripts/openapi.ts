// Writes packages/server/openapi.json: the county service's OpenAPI 3.1 document (the booking
// contract and the legal-aid application routes under each office, sign-in, health), the same
// document the service serves at /openapi.json. Run: npm run openapi
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { serviceOpenApi } from '../src/openapi.ts'

const doc = serviceOpenApi()
const out = fileURLToPath(new URL('../openapi.json', import.meta.url))
writeFileSync(out, JSON.stringify(doc, null, 2) + '\n')
process.stdout.write(`wrote ${out.split('/').slice(-3).join('/')} (${Object.keys(doc['paths'] as object).length} paths)\n`)
