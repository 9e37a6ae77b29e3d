import { kvGet, kvSet, workroomDb, type Problem } from '@workroom/core'
import { fetchConfig, parseConfig, type WorkroomConfig } from './config.js'

/**
 * Which workroom config the kiosk runs on, and why. The file next to the app is the install-time
 * config; an update from `updates.configUrl` replaces it once validated. The last good config is
 * kept in IndexedDB (the `workroom` database, which a session reset never touches), so a broken
 * file or a bad update never stops the kiosk.
 */
export interface ConfigState {
  config?: WorkroomConfig
  /** Where the running config came from. */
  source: 'file' | 'update' | 'kept' | 'none'
  /** Problems with the config that was offered and refused (the running one is fine). */
  problems: Problem[]
  /** Which file or URL the problems are about. */
  problemsFrom?: string
  /** Last update check, ISO time. */
  checkedAt?: string
}

interface Kept {
  config: unknown
  version: string
  from: 'file' | 'update'
  savedAt: string
}

const KEY = 'config:last-good'

/** Higher version wins; versions are dates or dotted numbers, compared numerically. */
export function newerVersion(a: string, b: string): boolean {
  return a.localeCompare(b, 'en', { numeric: true }) > 0
}

async function readKept(): Promise<{ config: WorkroomConfig; kept: Kept } | undefined> {
  try {
    const kept = await kvGet<Kept>(workroomDb, KEY)
    if (!kept) return undefined
    // What was stored is data from outside too: the schema may have moved on since.
    const r = parseConfig(kept.config)
    return r.ok ? { config: r.config, kept } : undefined
  } catch {
    return undefined
  }
}

async function keep(config: WorkroomConfig, from: Kept['from']): Promise<void> {
  try {
    await kvSet(workroomDb, KEY, { config, version: config.version, from, savedAt: new Date().toISOString() } satisfies Kept)
  } catch {
    // Storage full or unavailable: the kiosk still runs on the config in memory.
  }
}

/** At start: the file next to the app, unless a newer update was kept; a bad file falls back to the kept config. */
export async function startConfig(fileUrl: string): Promise<ConfigState> {
  const [file, kept] = await Promise.all([fetchConfig(fileUrl), readKept()])
  if (file.ok) {
    if (kept && kept.kept.from === 'update' && newerVersion(kept.config.version, file.config.version)) {
      return { config: kept.config, source: 'update', problems: [] }
    }
    await keep(file.config, 'file')
    return { config: file.config, source: 'file', problems: [] }
  }
  if (kept) return { config: kept.config, source: 'kept', problems: file.problems, problemsFrom: fileUrl }
  return { source: 'none', problems: file.problems, problemsFrom: fileUrl }
}

export interface UpdateCheck {
  state: ConfigState
  /** A validated newer config, to apply at a safe moment (never mid-session). */
  update?: WorkroomConfig
}

/**
 * Fetches the update URL; a valid config with a different version is kept and returned for the
 * shell to apply when nobody is mid-session. A bad one is refused with its problems; the
 * running config stays.
 */
export async function checkForUpdate(state: ConfigState, url: string): Promise<UpdateCheck> {
  const checkedAt = new Date().toISOString()
  const r = await fetchConfig(url)
  if (!r.ok) return { state: { ...state, problems: r.problems, problemsFrom: url, checkedAt } }
  const { problemsFrom: _from, ...rest } = state
  if (state.config && r.config.version === state.config.version) return { state: { ...rest, problems: [], checkedAt } }
  await keep(r.config, 'update')
  return { state: { ...rest, problems: [], checkedAt }, update: r.config }
}
