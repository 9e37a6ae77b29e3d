import { problemFromZod, type Problem, type ZodIssueLike } from '../issues.js'
import { Directory, type DirectoryEntry, type DirectoryKind, type DirectoryNeed, type DirectoryText } from './schema.js'

/** Text in a language, falling back to zh-Hans. */
export function textIn(value: DirectoryText | undefined, lang: string): string {
  if (!value) return ''
  return (lang === 'en' ? value.en : undefined) ?? value['zh-Hans']
}

/**
 * Which place each screening route leads to: the need it is searched by and, where only one kind
 * of place does it, that kind. Routes not listed here name no place (a letter, a police report).
 */
export const ROUTE_PLACES: Record<string, { need: DirectoryNeed; kinds?: readonly DirectoryKind[] }> = {
  'legal-aid-desk': { need: 'legal-aid', kinds: ['legal-aid-centre', 'legal-aid-workstation'] },
  'duty-lawyer': { need: 'legal-aid', kinds: ['legal-aid-centre', 'legal-aid-workstation'] },
  'military-legal-aid': { need: 'legal-aid', kinds: ['legal-aid-centre'] },
  'objection-if-refused': { need: 'legal-aid', kinds: ['public-legal-service-centre', 'legal-aid-centre'] },
  'free-consultation': { need: 'consultation' },
  'tell-staff': { need: 'consultation', kinds: ['workroom', 'judicial-office'] },
  'hotline-12348': { need: 'hotline', kinds: ['hotline'] },
  'peoples-mediation': { need: 'mediation' },
  'labour-arbitration': { need: 'arbitration', kinds: ['labour-arbitration'] },
  'notary-office': { need: 'notarisation', kinds: ['notary-office'] },
  court: { need: 'litigation', kinds: ['court-litigation-service'] },
  'court-money-claim': { need: 'litigation', kinds: ['court-litigation-service'] },
  'protection-order': { need: 'litigation', kinds: ['court-litigation-service'] },
  'administrative-litigation': { need: 'litigation', kinds: ['court-litigation-service'] },
  'criminal-civil-claim': { need: 'litigation', kinds: ['court-litigation-service'] },
  'retrial-petition': { need: 'litigation', kinds: ['court-litigation-service'] },
  'compulsory-medical-court': { need: 'litigation', kinds: ['court-litigation-service'] },
}

export interface DirectoryFilter {
  need?: DirectoryNeed | undefined
  /** A township id: its own places and the county-level ones that serve it. */
  township?: string | undefined
}

/** The entries a resident looking for `filter` should see: the township's own first, then county-wide. */
export function findEntries(directory: Directory, filter: DirectoryFilter = {}): DirectoryEntry[] {
  const matches = directory.entries.filter(
    (e) => (!filter.need || e.services.includes(filter.need)) && (!filter.township || !e.township || e.township === filter.township),
  )
  if (!filter.township) return matches
  return [...matches.filter((e) => e.township === filter.township), ...matches.filter((e) => !e.township)]
}

/** The place a screening route names, nearest first (the township's own before the county's), if the directory has one. */
export function entryForRoute(directory: Directory, route: string, township?: string): DirectoryEntry | undefined {
  const want = ROUTE_PLACES[route]
  if (!want) return undefined
  const found = findEntries(directory, { need: want.need, township })
  const kinds = want.kinds
  return kinds ? found.find((x) => kinds.includes(x.kind)) : found[0]
}

/** The first entry of a kind, preferring the township's own. */
export function entryOfKind(directory: Directory, kind: DirectoryKind, township?: string): DirectoryEntry | undefined {
  const of = directory.entries.filter((e) => e.kind === kind)
  return of.find((e) => township && e.township === township) ?? of.find((e) => !e.township) ?? of[0]
}

/** A `tel:` link for a phone as written ("0000-0000000" → "tel:00000000000"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`
}

/**
 * A map link for a resident's phone: Amap's (高德) URI API, which opens the map app or the web map
 * on any phone, with the place marked and named. Nothing about the resident is in it.
 */
export function mapHref(entry: DirectoryEntry, lang: string): string | undefined {
  if (!entry.position) return undefined
  const { lat, lng } = entry.position
  const name = encodeURIComponent(textIn(entry.name, lang))
  return `https://uri.amap.com/marker?position=${lng.toFixed(6)},${lat.toFixed(6)}&name=${name}&coordinate=wgs84&callnative=1`
}

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
