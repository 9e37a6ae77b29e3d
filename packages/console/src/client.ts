// The console's one way to the county service: JSON over fetch with the session cookie, errors as
// ApiError (status, code, and for a locked account when it opens again). Each answered request
// also moves the idle sign-out forward, which the app hears through `onActivity`.
import { CONSOLE_API, CONSOLE_ROUTES, type ConsoleRoute, type SessionResponse, type SignInRequest } from './api.js'

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly lockedUntil?: string,
    readonly retryAfterSeconds?: number,
    /** A refused booking config: every problem with its path. */
    readonly problems?: Array<{ path: string; message: string }>,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export type Fetch = (input: string, init: RequestInit) => Promise<Response>

export class ConsoleClient {
  /** Called after every answered request (the service moved the idle sign-out forward). */
  onActivity?: () => void
  /** Called when the service says the session has ended. */
  onSignedOut?: () => void

  constructor(
    private readonly base = '',
    private readonly fetcher: Fetch = (input, init) => fetch(input, init),
  ) {}

  private async request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    let res: Response
    try {
      res = await this.fetcher(this.base + path, {
        method,
        credentials: 'same-origin',
        cache: 'no-store',
        headers: method === 'POST' ? { 'content-type': 'application/json', accept: 'application/json' } : { accept: 'application/json' },
        ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
      })
    } catch {
      throw new ApiError(0, 'offline', 'the county service cannot be reached')
    }
    let json: unknown
    try {
      json = await res.json()
    } catch {
      json = undefined
    }
    if (!res.ok) {
      const e = (json as { error?: { code?: string; message?: string; lockedUntil?: string; problems?: Array<{ path: string; message: string }> } } | undefined)?.error
      const retry = Number(res.headers.get('retry-after'))
      const err = new ApiError(res.status, e?.code ?? 'unavailable', e?.message ?? `HTTP ${res.status}`, e?.lockedUntil, Number.isFinite(retry) && retry > 0 ? retry : undefined, Array.isArray(e?.problems) ? e.problems : undefined)
      if (res.status === 401 && !path.endsWith('/sign-in')) this.onSignedOut?.()
      throw err
    }
    this.onActivity?.()
    return json as T
  }

  /** One console route: the body is checked with the route's schema before it is sent. */
  async call<T>(route: ConsoleRoute, body: unknown = {}): Promise<T> {
    const r = CONSOLE_ROUTES[route].request.safeParse(body)
    if (!r.success) throw new ApiError(400, 'invalid', r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
    return this.request<T>('POST', `${CONSOLE_API}${CONSOLE_ROUTES[route].path}`, r.data)
  }

  signIn(req: SignInRequest): Promise<SessionResponse> {
    return this.request('POST', '/api/auth/sign-in', req)
  }

  session(): Promise<SessionResponse> {
    return this.request('GET', '/api/auth/session')
  }

  signOut(): Promise<void> {
    return this.request('POST', '/api/auth/sign-out', {})
  }

  signOutEverywhere(): Promise<{ sessions: number }> {
    return this.request('POST', '/api/auth/sign-out-everywhere', {})
  }
}
