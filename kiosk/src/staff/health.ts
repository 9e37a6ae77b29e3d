import { pickVoice, workroomDb } from '@workroom/core'

/** Which check: storage works, space, network, service worker, a Chinese voice, the printer, the time zone. */
export type HealthId = 'database' | 'storage' | 'network' | 'service-worker' | 'voice' | 'printer' | 'time-zone'

/** ok: fine; warn: works but staff should look; fail: broken; info: a setting, neither good nor bad. */
export type HealthStatus = 'ok' | 'warn' | 'fail' | 'info'

/**
 * One check's result. The staff screen words it from its locale: `health.name.<id>` and
 * `health.detail.<detail>` with `params`.
 */
export interface HealthCheck {
  id: HealthId
  status: HealthStatus
  detail: string
  params?: Record<string, string | number>
}

export interface HealthInput {
  /** The service worker's status as the shell reports it (see pwa.ts): none, installing, active, update-waiting, unsupported. */
  swStatus?: string
  /** The config's printer setting; absent = no config. */
  printer?: { enabled: boolean; paper: string }
  /** Clock for tests. */
  now?: number
  /** How long to wait for IndexedDB and the speech voices, in ms. */
  timeoutMs?: number
}

function within<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))])
}

/** Opens the `workroom` database, writes a probe, reads it back and removes it. */
async function database(timeoutMs: number): Promise<HealthCheck> {
  try {
    const ok = await within(
      (async () => {
        const db = await workroomDb.open()
        const probe = `health:${Math.random().toString(36).slice(2)}`
        await db.put('kv', 1, probe)
        const back = await db.get('kv', probe)
        await db.delete('kv', probe)
        return back === 1
      })(),
      timeoutMs,
    )
    return ok ? { id: 'database', status: 'ok', detail: 'databaseOk' } : { id: 'database', status: 'fail', detail: 'databaseFail' }
  } catch {
    return { id: 'database', status: 'fail', detail: 'databaseFail' }
  }
}

const MB = 1024 * 1024

async function storage(): Promise<HealthCheck> {
  try {
    const est = await navigator.storage?.estimate?.()
    if (!est || est.quota === undefined || est.usage === undefined) return { id: 'storage', status: 'warn', detail: 'storageUnknown' }
    const used = Math.round((est.usage / MB) * 10) / 10
    const quota = Math.round(est.quota / MB)
    const percent = est.quota ? Math.round((est.usage / est.quota) * 100) : 100
    return { id: 'storage', status: percent >= 80 ? 'warn' : 'ok', detail: percent >= 80 ? 'storageFull' : 'storageOk', params: { used, quota, percent } }
  } catch {
    return { id: 'storage', status: 'warn', detail: 'storageUnknown' }
  }
}

function network(): HealthCheck {
  return navigator.onLine ? { id: 'network', status: 'ok', detail: 'online' } : { id: 'network', status: 'warn', detail: 'offline' }
}

const SW_STATUSES = ['none', 'installing', 'active', 'update-waiting', 'unsupported']

function serviceWorker(status = 'unsupported'): HealthCheck {
  const s = SW_STATUSES.includes(status) ? status : 'unknown'
  const level: HealthStatus = s === 'active' ? 'ok' : s === 'installing' || s === 'update-waiting' ? 'info' : 'warn'
  return { id: 'service-worker', status: level, detail: `sw-${s}` }
}

/** Voices load late in Chromium: wait for `voiceschanged` a little before concluding there is none. */
async function voices(timeoutMs: number): Promise<SpeechSynthesisVoice[]> {
  const synth = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis
  if (!synth) return []
  const now = synth.getVoices()
  if (now.length) return now
  return new Promise((resolve) => {
    const done = (): void => {
      synth.removeEventListener('voiceschanged', done)
      clearTimeout(timer)
      resolve(synth.getVoices())
    }
    const timer = setTimeout(done, Math.min(timeoutMs, 1500))
    synth.addEventListener('voiceschanged', done)
  })
}

async function voice(timeoutMs: number): Promise<HealthCheck> {
  const found = pickVoice(await voices(timeoutMs), 'zh-CN')
  if (!found) return { id: 'voice', status: 'warn', detail: 'voiceNone' }
  return found.localService
    ? { id: 'voice', status: 'ok', detail: 'voiceLocal', params: { name: found.name } }
    : { id: 'voice', status: 'warn', detail: 'voiceRemote', params: { name: found.name } }
}

function printer(p: HealthInput['printer']): HealthCheck {
  if (!p) return { id: 'printer', status: 'info', detail: 'printerUnknown' }
  return p.enabled ? { id: 'printer', status: 'info', detail: 'printerOn', params: { paper: p.paper } } : { id: 'printer', status: 'info', detail: 'printerOff' }
}

/** Bookings and opening hours are in Beijing time; a kiosk clock in another zone shows wrong days. */
function timeZone(now: number): HealthCheck {
  const minutes = -new Date(now).getTimezoneOffset()
  const sign = minutes < 0 ? '−' : '+'
  const abs = Math.abs(minutes)
  const offset = `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`
  return minutes === 480 ? { id: 'time-zone', status: 'ok', detail: 'zoneOk', params: { offset } } : { id: 'time-zone', status: 'warn', detail: 'zoneWrong', params: { offset } }
}

/** Runs every check (none throws; each says what it found). */
export async function runHealthChecks(input: HealthInput = {}): Promise<HealthCheck[]> {
  const timeoutMs = input.timeoutMs ?? 3000
  const [db, store, v] = await Promise.all([database(timeoutMs), storage(), voice(timeoutMs)])
  return [db, store, network(), serviceWorker(input.swStatus), v, printer(input.printer), timeZone(input.now ?? Date.now())]
}
