// Writes packages/booking/openapi.json: the booking contract as OpenAPI 3.1, generated from the
// same zod schemas the providers use. Run: npm run openapi
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as z from 'zod'
import { CONFIG_ROUTE, ErrorResponse, ROUTES } from '../src/contract.ts'

type Schema = Parameters<typeof z.toJSONSchema>[0]
const json = (schema: unknown, io: 'input' | 'output') => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema as Schema, { io, unrepresentable: 'any' }) as Record<string, unknown>
  return rest
}
const errorRef = { $ref: '#/components/schemas/ErrorResponse' }
const error = (description: string) => ({ description, content: { 'application/json': { schema: errorRef } } })

const paths: Record<string, unknown> = {}
for (const [op, r] of Object.entries(ROUTES)) {
  const changes = 'idempotencyKey' in (r.request as unknown as { shape: object }).shape
  paths[r.path] = {
    post: {
      operationId: op,
      summary: r.summary,
      tags: [r.path.startsWith('/staff/') ? 'staff' : 'resident'],
      ...(r.path.startsWith('/staff/') ? { security: [{ staffToken: [] }] } : {}),
      parameters: changes
        ? [{ name: 'Idempotency-Key', in: 'header', required: false, description: 'Same as the body idempotencyKey. A repeat returns the first reply and changes nothing.', schema: { type: 'string' } }]
        : [],
      requestBody: { required: true, content: { 'application/json': { schema: json(r.request, 'input') } } },
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: json(r.response, 'output') } } },
        400: error('invalid: the body does not match the schema (message names each path)'),
        404: error('not-found: no such booking (or code and mobile do not match), or slot not offered'),
        409: error('slot-full: no place left for this resident; conflict: booking not in a state that allows this'),
        410: error('hold-expired: the hold lapsed and the place has gone'),
        503: error('unavailable: retry later with the same idempotency key'),
      },
    },
  }
}

paths[CONFIG_ROUTE.path] = {
  get: {
    operationId: 'getConfig',
    summary: CONFIG_ROUTE.summary,
    description:
      'What <wr-booking service-url=…> fetches first. The service-url names one office (e.g. https://yuyue.example.gov.cn/api/booking/offices/xx-sfs); every POST route is relative to the same base. Answer with CORS headers (Access-Control-Allow-Origin for the county sites that embed the element; content-type and idempotency-key allowed on the POST routes).',
    tags: ['resident'],
    responses: {
      200: { description: 'OK', content: { 'application/json': { schema: json(CONFIG_ROUTE.response, 'output') } } },
      404: error('not-found: no such office'),
      503: error('unavailable: retry later'),
    },
  },
}

const doc = {
  openapi: '3.1.0',
  info: {
    title: 'Workroom booking contract',
    version: '1.0.0',
    description:
      'What a county booking service implements so <wr-booking> (HttpProvider) can use it. All routes but GET /config are POST with JSON. Times are ISO 8601 with the +08:00 offset (Asia/Shanghai). Changes carry an idempotency key; the service must return the first reply for a repeated key. The check for a free place and the taking of it must be atomic. A kiosk that worked offline sends the changes it made to /staff/sync in order; each entry has its own idempotency key, an entry applied before is answered duplicate and applied once, and an entry the ledger cannot take is answered rejected with the reason (and not remembered, so it may be sent again).',
  },
  paths,
  components: {
    schemas: { ErrorResponse: json(ErrorResponse, 'output') },
    securitySchemes: { staffToken: { type: 'http', scheme: 'bearer' } },
  },
}

const out = fileURLToPath(new URL('../openapi.json', import.meta.url))
writeFileSync(out, JSON.stringify(doc, null, 2) + '\n')
process.stdout.write(`wrote ${out.split('/').slice(-3).join('/')} (${Object.keys(paths).length} operations)\n`)
