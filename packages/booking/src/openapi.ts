// The booking contract as OpenAPI 3.1 paths, generated from the same zod schemas the providers
// use. Node only (it uses zod's JSON Schema output): `npm run openapi` writes the contract
// document, and the county service serves its own, with these paths under each office.
import * as z from 'zod'
import { CONFIG_ROUTE, ErrorResponse, ROUTES } from './contract.js'

type Schema = Parameters<typeof z.toJSONSchema>[0]

export function jsonSchema(schema: unknown, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema as Schema, { io, unrepresentable: 'any' }) as Record<string, unknown>
  return rest
}

const errorRef = { $ref: '#/components/schemas/ErrorResponse' }
export const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: errorRef } } })

/**
 * One POST operation per contract route, under `prefix`. `staffSecurity` names the security
 * scheme(s) the /staff/ routes need.
 */
export function contractPaths(prefix = '', options: { staffSecurity?: Array<Record<string, string[]>>; parameters?: unknown[] } = {}): Record<string, unknown> {
  const paths: Record<string, unknown> = {}
  for (const [op, r] of Object.entries(ROUTES)) {
    const changes = 'idempotencyKey' in (r.request as unknown as { shape: object }).shape
    const staff = r.path.startsWith('/staff/')
    paths[prefix + r.path] = {
      post: {
        operationId: op,
        summary: r.summary,
        tags: [staff ? 'staff' : 'resident'],
        ...(staff ? { security: options.staffSecurity ?? [{ staffToken: [] }] } : {}),
        parameters: [
          ...(options.parameters ?? []),
          ...(changes
            ? [{ name: 'Idempotency-Key', in: 'header', required: false, description: 'Same as the body idempotencyKey. A repeat returns the first reply and changes nothing.', schema: { type: 'string' } }]
            : []),
        ],
        requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.request, 'input') } } },
        responses: {
          200: { description: 'OK', content: { 'application/json': { schema: jsonSchema(r.response, 'output') } } },
          400: errorResponse('invalid: the body does not match the schema (message names each path)'),
          404: errorResponse('not-found: no such booking (or code and mobile do not match), or slot not offered'),
          409: errorResponse('slot-full: no place left for this resident; conflict: booking not in a state that allows this'),
          410: errorResponse('hold-expired: the hold lapsed and the place has gone'),
          503: errorResponse('unavailable: retry later with the same idempotency key'),
        },
      },
    }
  }
  paths[prefix + CONFIG_ROUTE.path] = {
    get: {
      operationId: 'getConfig',
      summary: CONFIG_ROUTE.summary,
      description:
        'What <wr-booking service-url=…> fetches first. The service-url names one office (e.g. https://yuyue.example.gov.cn/api/booking/offices/xx-sfs); every POST route is relative to the same base. Answer with CORS headers (Access-Control-Allow-Origin for the county sites that embed the element; content-type, idempotency-key and x-workroom-client allowed on the POST routes).',
      tags: ['resident'],
      ...(options.parameters?.length ? { parameters: options.parameters } : {}),
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: jsonSchema(CONFIG_ROUTE.response, 'output') } } },
        404: errorResponse('not-found: no such office'),
        503: errorResponse('unavailable: retry later'),
      },
    },
  }
  return paths
}

export const CONTRACT_DESCRIPTION =
  'What a county booking service implements so <wr-booking> (HttpProvider) can use it. All routes but GET /config are POST with JSON; POSTs carry an anonymous per-visit x-workroom-client header (allow it in CORS; it lets a service limit holds per visitor). Times are ISO 8601 with the +08:00 offset (Asia/Shanghai). Changes carry an idempotency key; the service must return the first reply for a repeated key. The check for a free place and the taking of it must be atomic. A kiosk that worked offline sends the changes it made to /staff/sync in order; each entry has its own idempotency key, an entry applied before is answered duplicate and applied once, and an entry the ledger cannot take is answered rejected with the reason (and not remembered, so it may be sent again).'

/** The contract alone, as county back ends implement it. */
export function contractDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Workroom booking contract', version: '1.0.0', description: CONTRACT_DESCRIPTION },
    paths: contractPaths(),
    components: {
      schemas: { ErrorResponse: jsonSchema(ErrorResponse, 'output') },
      securitySchemes: { staffToken: { type: 'http', scheme: 'bearer' } },
    },
  }
}
