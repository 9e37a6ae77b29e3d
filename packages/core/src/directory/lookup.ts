import { localize } from '../localized.js'
import type { Directory, DirectoryEntry, DirectoryKind, DirectoryNeed, DirectoryText } from './schema.js'

/** Text in the resident's language where the directory has it (en, bo, ug), else its Chinese. */
export function textIn(value: DirectoryText | undefined, lang: string): string {
  return localize(value, lang)
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
