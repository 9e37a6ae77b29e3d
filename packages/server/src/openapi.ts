// The county service's own OpenAPI document, served at /openapi.json: the booking contract under
// each office, plus the routes only the service has (offices and their configs, staff sign-in,
// opening one booking's details, health).
import * as z from 'zod'
import { Localized } from '@workroom/booking/config'
import { BOOKING_CODE_PATTERN, Booking } from '@workroom/booking/contract'
import { CONTRACT_DESCRIPTION, contractPaths, errorResponse, jsonSchema } from '@workroom/booking/openapi'
import { ErrorResponse } from '@workroom/booking/contract'

const ok = (schema: unknown) => ({ description: 'OK', content: { 'application/json': { schema: jsonSchema(schema, 'output') } } })
const officeParam = { name: 'officeId', in: 'path', required: true, description: 'The judicial office (e.g. qingshi)', schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' } }
const OfficeSummary = z.object({ id: z.string(), name: Localized, phone: z.optional(z.string()), address: z.optional(Localized) })
const SessionInfo = z.object({
  user: z.object({ id: z.string(), username: z.string(), displayName: z.string(), role: z.enum(['county-admin', 'office-staff', 'workroom-adviser']), officeId: z.optional(z.string()), placeId: z.optional(z.string()) }),
  idleExpiresAt: z.string(),
  absoluteExpiresAt: z.string(),
})
const staff = [{ staffSession: [] }]

export function serviceOpenApi(): Record<string, unknown> {
  const prefix = '/api/booking/offices/{officeId}'
  const contract = contractPaths(prefix, { staffSecurity: staff, parameters: [officeParam] }) as Record<string, { post: { security?: unknown } }>
  contract[`${prefix}/staff/sync`]!.post.security = [{ deviceToken: [] }, { staffSession: [] }]
  return {
    openapi: '3.1.0',
    info: {
      title: 'Workroom county service',
      version: '1.0.0',
      description: `${CONTRACT_DESCRIPTION}\n\nEvery contract route sits under ${prefix}. /staff/sync takes a kiosk's device token (Authorization: Bearer wrd_…); the other /staff/ routes take a staff session cookie from /api/auth/sign-in. Staff lists mask names and mobile numbers; /staff/bookings/open gives one booking whole and is audited. 429 answers carry Retry-After.`,
    },
    paths: {
      '/health': { get: { summary: 'The process is up', responses: { 200: { description: 'OK' } } } },
      '/ready': { get: { summary: 'Database reachable and migrations current', responses: { 200: { description: 'Ready' }, 503: { description: 'Not ready' } } } },
      '/api/booking/offices': { get: { summary: 'The county’s offices', tags: ['resident'], responses: { 200: ok(z.object({ offices: z.array(OfficeSummary) })) } } },
      ...contract,
      [`${prefix}/staff/bookings/open`]: {
        post: {
          summary: 'Staff: one booking with its details (audited)', tags: ['staff'], security: staff, parameters: [officeParam],
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['code'], properties: { code: { type: 'string', pattern: BOOKING_CODE_PATTERN.source } } } } } },
          responses: { 200: ok(Booking), 401: errorResponse('signed-out'), 403: errorResponse('forbidden: not this user’s office or workroom'), 404: errorResponse('not-found') },
        },
      },
      '/api/auth/sign-in': {
        post: {
          summary: 'Staff sign-in: sets the session cookie (HttpOnly, SameSite=Strict)', tags: ['staff'],
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['username', 'password'], properties: { username: { type: 'string' }, password: { type: 'string' } } } } } },
          responses: { 200: ok(SessionInfo), 401: errorResponse('bad-credentials'), 423: errorResponse('locked: too many wrong passwords (lockedUntil, Retry-After)'), 429: errorResponse('too many attempts from this address') },
        },
      },
      '/api/auth/session': { get: { summary: 'Who is signed in, and when the session ends (idle and absolute)', tags: ['staff'], security: staff, responses: { 200: ok(SessionInfo), 401: errorResponse('signed-out') } } },
      '/api/auth/sign-out': { post: { summary: 'Ends this session', tags: ['staff'], security: staff, responses: { 200: { description: 'OK' } } } },
      '/api/auth/sign-out-everywhere': { post: { summary: 'Ends every session of this user', tags: ['staff'], security: staff, responses: { 200: { description: 'OK' } } } },
    },
    components: {
      schemas: { ErrorResponse: jsonSchema(ErrorResponse, 'output') },
      securitySchemes: {
        staffSession: { type: 'apiKey', in: 'cookie', name: 'wr_staff' },
        deviceToken: { type: 'http', scheme: 'bearer', description: 'A kiosk’s device token, for /staff/sync' },
      },
    },
  }
}
