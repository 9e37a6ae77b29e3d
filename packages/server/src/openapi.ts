// The county service's own OpenAPI document, served at /openapi.json: the booking contract under
// each office, plus the routes only the service has (offices and their configs, staff sign-in,
// opening one booking's details, health).
import * as z from 'zod'
import { Localized } from '@workroom/booking/config'
import { BOOKING_CODE_PATTERN, Booking } from '@workroom/booking/contract'
import { CONTRACT_DESCRIPTION, contractPaths, errorResponse, jsonSchema } from '@workroom/booking/openapi'
import { ErrorResponse } from '@workroom/booking/contract'
import { APPLICATION_ERROR_CODES, APPLICATION_ROUTES, ApplicationErrorResponse } from '@workroom/screening/application-contract'

const ok = (schema: unknown) => ({ description: 'OK', content: { 'application/json': { schema: jsonSchema(schema, 'output') } } })
const officeParam = { name: 'officeId', in: 'path', required: true, description: 'The judicial office (e.g. qingshi)', schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' } }
const OfficeSummary = z.object({ id: z.string(), name: Localized, phone: z.optional(z.string()), address: z.optional(Localized) })
const SessionInfo = z.object({
  user: z.object({ id: z.string(), username: z.string(), displayName: z.string(), role: z.enum(['county-admin', 'office-staff', 'workroom-adviser']), officeId: z.optional(z.string()), placeId: z.optional(z.string()) }),
  idleExpiresAt: z.string(),
  absoluteExpiresAt: z.string(),
})
const staff = [{ staffSession: [] }]
const applicationError = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/ApplicationErrorResponse' } } } })

/** The legal-aid application routes (the application contract of @workroom/screening) under each office. */
function applicationPaths(prefix: string): Record<string, unknown> {
  const paths: Record<string, unknown> = {}
  for (const [op, r] of Object.entries(APPLICATION_ROUTES)) {
    const sync = op === 'sync'
    paths[prefix + r.path] = {
      post: {
        operationId: `application-${op}`,
        summary: r.summary,
        tags: [sync ? 'kiosk' : 'resident', 'legal-aid application'],
        ...(sync ? { security: [{ deviceToken: [] }, { staffSession: [] }] } : {}),
        parameters: [
          officeParam,
          ...(op === 'submit' ? [{ name: 'Idempotency-Key', in: 'header', required: false, description: 'Same as the body idempotencyKey. A repeat returns the first reply and files nothing.', schema: { type: 'string' } }] : []),
          ...(sync
            ? [
                { name: 'x-workroom-version', in: 'header', required: false, description: 'The kiosk build', schema: { type: 'string' } },
                { name: 'x-workroom-pending', in: 'header', required: false, description: 'Entries waiting in the kiosk outbox before this batch', schema: { type: 'integer' } },
              ]
            : []),
        ],
        requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.request, 'input') } } },
        responses: {
          200: ok(r.response),
          400: applicationError(`a bad input: the error code names it (${APPLICATION_ERROR_CODES.filter((c) => !['not-found', 'conflict', 'rate-limited', 'locked', 'forbidden', 'unavailable', 'timeout'].includes(c)).join(', ')}); the message names each path`),
          ...(sync ? { 401: errorResponse('signed-out: device token not recognised'), 403: errorResponse('forbidden: the device belongs to another office') } : {}),
          404: applicationError(op === 'status' ? 'not-found: no application with this code and mobile (the same answer for either wrong)' : 'not-found: no such office'),
          409: applicationError('conflict: the idempotency key was used for a different application'),
          ...(op === 'status' ? { 423: applicationError('locked: too many wrong mobiles for this code (retryAt, Retry-After)') } : {}),
          429: applicationError('rate-limited: too many requests from this address (retryAt, Retry-After)'),
        },
      },
    }
  }
  return paths
}

export function serviceOpenApi(): Record<string, unknown> {
  const prefix = '/api/booking/offices/{officeId}'
  const contract = contractPaths(prefix, { staffSecurity: staff, parameters: [officeParam] }) as Record<string, { post: { security?: unknown } }>
  contract[`${prefix}/staff/sync`]!.post.security = [{ deviceToken: [] }, { staffSession: [] }]
  return {
    openapi: '3.1.0',
    info: {
      title: 'Workroom county service',
      version: '1.0.0',
      description: `${CONTRACT_DESCRIPTION}\n\nLegal-aid applications (LAL 38–49): /applications files one (idempotent by key) and answers its eight-digit code and the LAL 43 decision date; /applications/status answers its state by code and mobile in the body (never the URL); /staff/applications/sync takes a kiosk's offline applications with its device token, as /staff/sync does. Their errors are ApplicationErrorResponse, whose codes are the screening namespace's i18n keys (screening:application.errors.<code>).\n\nEvery contract route sits under ${prefix}. /staff/sync takes a kiosk's device token (Authorization: Bearer wrd_…); the other /staff/ routes take a staff session cookie from /api/auth/sign-in. Staff lists mask names and mobile numbers; /staff/bookings/open gives one booking whole and is audited. 429 answers carry Retry-After.`,
    },
    paths: {
      '/health': { get: { summary: 'The process is up', responses: { 200: { description: 'OK' } } } },
      '/ready': { get: { summary: 'Database reachable and migrations current', responses: { 200: { description: 'Ready' }, 503: { description: 'Not ready' } } } },
      '/api/booking/offices': { get: { summary: 'The county’s offices', tags: ['resident'], responses: { 200: ok(z.object({ offices: z.array(OfficeSummary) })) } } },
      ...contract,
      ...applicationPaths(prefix),
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
      schemas: { ErrorResponse: jsonSchema(ErrorResponse, 'output'), ApplicationErrorResponse: jsonSchema(ApplicationErrorResponse, 'output') },
      securitySchemes: {
        staffSession: { type: 'apiKey', in: 'cookie', name: 'wr_staff' },
        deviceToken: { type: 'http', scheme: 'bearer', description: 'A kiosk’s device token, for /staff/sync' },
      },
    },
  }
}
