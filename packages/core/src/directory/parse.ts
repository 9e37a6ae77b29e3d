// Validation of a directory from outside (a config, a URL): the zod schema loads with it, so a page
// can show the list's first paint from hours and lookups alone and validate in the same tick.
import { problemFromZod, type Problem, type ZodIssueLike } from '../issues.js'
import { Directory } from './schema.js'

export type DirectoryResult = { ok: true; directory: Directory } | { ok: false; problems: Problem[] }

/** Checks that hold across the list: ids are unique, townships and closures name known places, hours run forwards. */
function crossCheck(d: Directory): Problem[] {
  const problems: Problem[] = []
  const ids = new Set<string>()
  const townships = new Set(d.townships.map((t) => t.id))
  d.entries.forEach((e, i) => {
    if (ids.has(e.id)) problems.push({ path: `entries[${i}].id`, code: 'duplicateId', params: { id: e.id } })
    ids.add(e.id)
    if (e.township && !townships.has(e.township)) problems.push({ path: `entries[${i}].township`, code: 'unknownTownship', params: { id: e.township } })
    if (!e.address && e.kind !== 'hotline') problems.push({ path: `entries[${i}].address`, code: 'required' })
    if (!e.always && !e.hours.length) problems.push({ path: `entries[${i}].hours`, code: 'noHours' })
    e.hours.forEach((h, j) => {
      if (h.open >= h.close) problems.push({ path: `entries[${i}].hours[${j}].close`, code: 'timeOrder' })
    })
  })
  d.closures.forEach((c, i) =>
    (c.placeIds ?? []).forEach((p, j) => {
      if (!ids.has(p)) problems.push({ path: `closures[${i}].placeIds[${j}]`, code: 'unknownPlace', params: { id: p } })
    }),
  )
  return problems
}

/** Validates a directory (parsed JSON), naming every bad path; problem codes are under `core:directory.problems`. */
export function parseDirectory(json: unknown): DirectoryResult {
  const r = Directory.safeParse(json, { reportInput: true })
  if (!r.success) return { ok: false, problems: r.error.issues.map((i) => problemFromZod(i as unknown as ZodIssueLike, 'core:directory.problems.')) }
  const problems = crossCheck(r.data)
  return problems.length ? { ok: false, problems } : { ok: true, directory: r.data }
}

/**
 * Fetches and validates a directory (a directory file, or a workroom config whose `directory` it
 * takes); a network failure or HTTP error is a problem too, never a throw.
 */
export async function loadDirectory(url: string, init?: RequestInit): Promise<DirectoryResult> {
  try {
    const res = await fetch(url, { credentials: 'omit', ...init })
    if (!res.ok) return { ok: false, problems: [{ path: '', code: 'http', params: { url, status: res.status } }] }
    const json: unknown = await res.json()
    const inConfig = json !== null && typeof json === 'object' && !('entries' in json) && 'directory' in json
    return parseDirectory(inConfig ? (json as { directory: unknown }).directory : json)
  } catch (e) {
    return { ok: false, problems: [{ path: '', code: 'network', params: { url, detail: (e as Error).message } }] }
  }
}
