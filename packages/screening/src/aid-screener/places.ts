// The places a result names, from the county's service directory: this workroom first (with who is
// here today), then the judicial office and the county legal-aid centre; and under each route the
// place it leads to. Names, addresses and phones come only from the directory, so the result, the
// booking confirmation and the ticket never disagree. Without a directory, the office-* attributes.
import { html, nothing, type TemplateResult } from 'lit'
import { isKiosk, localizeHtml, markChinese, markChineseRuns, type LocalizeController } from '@workroom/core'
import { entryForRoute, entryOfKind, telHref, textIn } from '@workroom/core/directory/lookup'
import type { Directory, DirectoryEntry } from '@workroom/core/directory/schema'

/** What the place views read from <wr-aid-screener>. */
export interface PlacesHost {
  readonly l: LocalizeController
  readonly host: HTMLElement
  readonly directory?: Directory | undefined
  readonly here: string
  readonly hereToday: readonly string[]
  readonly directoryHref: string
  readonly officeName: string
  readonly officeAddress: string
  /** "See it in the directory" for a place. */
  openPlace(entryId: string, route?: string): void
}

/** This workroom, then the judicial office of its township, then the county legal-aid centre. */
export function resultPlaces(h: PlacesHost): { entry: DirectoryEntry; here: boolean }[] {
  const d = h.directory
  if (!d) return []
  const here = d.entries.find((e) => e.id === h.here)
  const picks = [
    here,
    entryOfKind(d, 'judicial-office', here?.township),
    entryOfKind(d, 'legal-aid-centre'),
  ].filter((e, i, all): e is DirectoryEntry => e !== undefined && all.indexOf(e) === i)
  return picks.map((entry) => ({ entry, here: entry === here }))
}

function phone(h: PlacesHost, number: string): TemplateResult {
  // A kiosk cannot dial: the number in big digits to copy onto a phone.
  return isKiosk(h.host)
    ? html`<span class="place-phone big"><bdi dir="ltr">${number}</bdi></span>`
    : html`<a class="place-phone" href=${telHref(number)}><bdi dir="ltr">${number}</bdi></a>`
}

function openButton(h: PlacesHost, entry: DirectoryEntry, route?: string) {
  if (!h.directoryHref) return nothing
  const name = textIn(entry.name, h.l.lang)
  return html`<wr-button variant="quiet" data-place=${entry.id} @click=${() => h.openPlace(entry.id, route)}
    >${h.l.t('places.open')}<span class="visually-hidden">${h.l.t('text.colon')}${name}</span></wr-button
  >`
}

/** The "where to go" list; falls back to the office's name and address when there is no directory. */
export function renderPlaces(h: PlacesHost) {
  const places = resultPlaces(h)
  if (!places.length) {
    return h.officeName ? html`<p class="office">${markChinese(h.officeName, h.l.lang)}</p>${h.officeAddress ? html`<p>${markChinese(h.officeAddress, h.l.lang)}</p>` : nothing}` : nothing
  }
  const lang = h.l.lang
  return html`<ol class="places">
    ${places.map(
      ({ entry, here }) => html`<li class="place" data-entry=${entry.id}>
        <p class="office">${here ? html`<span class="here">${h.l.t('places.here')}</span> ` : nothing}${localizeHtml(entry.name, lang)}</p>
        ${here && h.hereToday.length ? html`${h.hereToday.map((line) => html`<p>${markChineseRuns(line, lang)}</p>`)}` : nothing}
        ${entry.address ? html`<p>${localizeHtml(entry.address, lang)}</p>` : nothing}
        ${entry.phone ? html`<p>${h.l.t('places.phone')}${phone(h, entry.phone)}</p>` : nothing}
        ${openButton(h, entry)}
      </li>`,
    )}
  </ol>`
}

/** Under a route: the place it leads to, with address and phone, when the directory has one. */
export function renderRoutePlace(h: PlacesHost, route: string) {
  const d = h.directory
  if (!d) return nothing
  const here = d.entries.find((e) => e.id === h.here)
  const entry = entryForRoute(d, route, here?.township)
  if (!entry) return nothing
  const lang = h.l.lang
  const sep = h.l.t('places.separator')
  return html`<span class="route-place" data-entry=${entry.id}>
    <br />${localizeHtml(entry.name, lang)}${entry.address ? html`${sep}${localizeHtml(entry.address, lang)}` : nothing}${entry.phone ? html`${sep}${phone(h, entry.phone)}` : nothing}
    ${openButton(h, entry, route)}
  </span>`
}
