import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { property, state } from 'lit/decorators.js'
import { LocalizeController, WrElement, describeProblem, isKiosk, localizeHtml, tHtml, type Problem } from '@workroom/core'
import { DIRECTORY_NEEDS, type DirectoryNeed } from '@workroom/core/directory/kinds'
import { groupHours, openState, weekdayRuns, type OpenState } from '@workroom/core/directory/hours'
import { findEntries, mapHref, telHref, textIn } from '@workroom/core/directory/lookup'
import type { Directory, DirectoryEntry } from '@workroom/core/directory/schema'
import type { DirectoryResult } from '@workroom/core/directory/parse'
import { toIsoDate, type IsoDate } from '@workroom/core/time'
import { dayParts, weekdayName } from '@workroom/core/day-format'
import { serviceDirectoryStyles } from './service-directory.styles.js'

/** What `wr-directory-change` reports: the filters and the entry open, never anything about the resident. */
export interface DirectoryChangeDetail {
  need: DirectoryNeed | ''
  township: string
  openNow: boolean
  /** The entry shown on its own, if any. */
  entry: string
}

type Load = { state: 'none' } | { state: 'loading' } | { state: 'ready'; directory: Directory } | { state: 'failed'; problems: Problem[] }

/**
 * The county's legal service institutions — legal-aid centre, judicial offices, workrooms,
 * mediation committees, notaries, arbitration, the court's litigation service centre, 12348, law
 * firms — found by need, by township and by "open now", on the State Council's holiday calendar.
 * Each place can be read aloud. On the web a phone is a `tel:` link and directions a map link; on
 * a kiosk the phone is shown in big digits and directions are a QR code for the resident's phone.
 * @summary Where to go: addresses, phones and opening hours, one source for every screen.
 * @event wr-directory-change - Filters changed or a place was opened; detail: DirectoryChangeDetail.
 * @csspart filters - The need, township and open-now filters.
 * @csspart list - The list of places.
 * @csspart entry - One place in the list, or the place opened on its own.
 * @csspart phone - A place's phone number.
 * @cssprop --wr-directory-max-width - Maximum width when embedded (default 960px).
 */
export class WrServiceDirectory extends WrElement {
  static override styles = [...WrElement.styles, serviceDirectoryStyles]

  /** URL of a directory JSON (the county's, or a workroom config's `directory` part): for embeds. */
  @property() src = ''
  /** The directory itself (the kiosk passes its config's); validated like one loaded from `src`. */
  @property({ attribute: false }) data?: unknown
  /** The need to show first: legal-aid, consultation, mediation, notarisation, arbitration, litigation, hotline. */
  @property() need = ''
  /** A township id: its own places and the county's. */
  @property() township = ''
  /** Only places open now. */
  @property({ type: Boolean, attribute: 'open-now' }) openNow = false
  /** The id of the place showing on its own (a screening route opens one). */
  @property() entry = ''
  /** The id of the place this screen stands in (a workroom's kiosk): marked "you are here". */
  @property() here = ''
  /** The clock, ms since the epoch (tests and the kiosk's fixed clock); the device's by default. */
  @property({ type: Number }) now?: number

  @state() private load: Load = { state: 'none' }
  private readonly l = new LocalizeController(this, 'directory')
  private loadToken = 0

  private get directory(): Directory | undefined {
    return this.load.state === 'ready' ? this.load.directory : undefined
  }

  private get clock(): number {
    return this.now ?? Date.now()
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    if (changed.has('data') && this.data !== undefined) this.track(this.validate(this.data))
    else if (changed.has('src') && this.src && this.data === undefined) this.track(this.fetchDirectory())
  }

  private pending?: Promise<void>
  private track(p: Promise<void>): void {
    const done = p.finally(() => {
      if (this.pending === done) this.pending = undefined
    })
    this.pending = done
  }

  /** Resolves once the data is validated (or loaded from `src`) and shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete()
    while (this.pending) {
      await this.pending
      result = await super.getUpdateComplete()
    }
    return result
  }

  /** The validator (zod) loads with the first data, not with the page. */
  private async validate(data: unknown): Promise<void> {
    const token = ++this.loadToken
    if (this.load.state !== 'ready') this.load = { state: 'loading' }
    const { parseDirectory } = await import('@workroom/core/directory/parse')
    if (token === this.loadToken) this.accept(parseDirectory(data))
  }

  private accept(r: DirectoryResult): void {
    if (r.ok) this.load = { state: 'ready', directory: r.directory }
    else {
      this.load = { state: 'failed', problems: r.problems }
      console.error(`<wr-service-directory>: the directory was not shown: ${r.problems.map((p) => describeProblem(p, (k, o) => this.l.t(k, o))).join('; ')}`)
    }
  }

  private async fetchDirectory(): Promise<void> {
    const token = ++this.loadToken
    this.load = { state: 'loading' }
    const { loadDirectory } = await import('@workroom/core/directory/parse')
    const r = await loadDirectory(new URL(this.src, document.baseURI).href)
    if (token === this.loadToken) this.accept(r)
  }

  /** Focus goes to the heading: the list's, or the open place's name. */
  override focus(options?: FocusOptions): void {
    // The data may still be validating: focus once it shows.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#entry-title, #title')?.focus(options))
  }

  /** Opens one place on its own and moves focus to its name. */
  async open(id: string): Promise<void> {
    this.entry = id
    this.changed()
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('#entry-title')?.focus()
  }

  private async backToList(): Promise<void> {
    const id = this.entry
    this.entry = ''
    this.changed()
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>(`[data-entry="${CSS.escape(id)}"] wr-button.more`)?.focus()
  }

  private changed(): void {
    this.emit<DirectoryChangeDetail>('wr-directory-change', {
      need: (DIRECTORY_NEEDS as readonly string[]).includes(this.need) ? (this.need as DirectoryNeed) : '',
      township: this.township,
      openNow: this.openNow,
      entry: this.entry,
    })
  }

  override render() {
    const d = this.directory
    if (this.load.state === 'loading' || this.load.state === 'none') {
      return html`<div class="wrap"><p role="status">${this.load.state === 'loading' ? this.l.t('loading') : this.l.t('noData')}</p>${this.hotline()}</div>`
    }
    if (!d) return html`<div class="wrap"><p role="alert">${this.l.t('failed')}</p>${this.hotline()}</div>`
    const open = this.entry ? d.entries.find((e) => e.id === this.entry) : undefined
    return html`<div class="wrap">${open ? this.renderEntryPage(d, open) : this.renderList(d)}</div>`
  }

  private hotline(): TemplateResult {
    return html`<p class="hotline">${this.l.t('hotline')} ${this.phone('12348')}</p>`
  }

  private renderList(d: Directory): TemplateResult {
    const need = (DIRECTORY_NEEDS as readonly string[]).includes(this.need) ? (this.need as DirectoryNeed) : undefined
    const township = d.townships.some((t) => t.id === this.township) ? this.township : undefined
    const now = this.clock
    const entries = findEntries(d, { need, township })
      .map((e) => ({ e, s: openState(d, e, now) }))
      .filter(({ s }) => !this.openNow || s.open)
    const filtered = Boolean(need || township || this.openNow)
    return html`<h2 id="title" tabindex="-1">${tHtml(this.l, 'title', { county: localizeHtml(d.county, this.l.lang) })}</h2>
      ${d.demo ? html`<p class="demo">${this.l.t('demo')}</p>` : nothing}
      <div class="filters" part="filters">
        <div role="group" aria-labelledby="need-label">
          <p id="need-label" class="label">${this.l.t('filters.need')}</p>
          <div class="chips">
            ${this.chip(this.l.t('filters.allNeeds'), !need, () => this.setFilter({ need: '' }))}
            ${DIRECTORY_NEEDS.filter((n) => d.entries.some((e) => e.services.includes(n))).map((n) =>
              this.chip(this.l.t(`needs.${n}`), need === n, () => this.setFilter({ need: n })),
            )}
          </div>
        </div>
        ${d.townships.length
          ? html`<div role="group" aria-labelledby="township-label">
              <p id="township-label" class="label">${this.l.t('filters.township')}</p>
              <div class="chips">
                ${this.chip(this.l.t('filters.allTownships'), !township, () => this.setFilter({ township: '' }))}
                ${d.townships.map((t) => this.chip(localizeHtml(t.name, this.l.lang), township === t.id, () => this.setFilter({ township: t.id })))}
              </div>
            </div>`
          : nothing}
        <div class="chips">${this.chip(this.l.t('filters.openNow'), this.openNow, () => this.setFilter({ openNow: !this.openNow }))}</div>
      </div>
      <p class="count" role="status">${this.l.t('count', { count: entries.length })}</p>
      ${entries.length
        ? html`<ul class="list" part="list">${entries.map(({ e, s }) => this.renderItem(e, s))}</ul>`
        : html`<div class="empty">
            <p>${this.l.t(this.openNow ? 'empty.closed' : 'empty.none')}</p>
            ${filtered ? html`<wr-button variant="secondary" @click=${() => this.setFilter({ need: '', township: '', openNow: false })}>${this.l.t('filters.clear')}</wr-button>` : nothing}
            ${this.hotline()}
          </div>`}`
  }

  private chip(label: string | TemplateResult, pressed: boolean, onClick: () => void): TemplateResult {
    return html`<button type="button" class="chip" aria-pressed=${pressed ? 'true' : 'false'} @click=${onClick}>${label}</button>`
  }

  private setFilter(f: { need?: string; township?: string; openNow?: boolean }): void {
    if (f.need !== undefined) this.need = f.need
    if (f.township !== undefined) this.township = f.township
    if (f.openNow !== undefined) this.openNow = f.openNow
    this.changed()
  }

  private renderItem(e: DirectoryEntry, s: OpenState): TemplateResult {
    const name = textIn(e.name, this.l.lang)
    return html`<li part="entry" data-entry=${e.id}>
      <h3>${localizeHtml(e.name, this.l.lang)}${e.id === this.here ? html` <span class="here">${this.l.t('here')}</span>` : nothing}</h3>
      <p class="kind">${this.l.t(`kinds.${e.kind}`)} · ${this.l.list(e.services.map((n) => this.l.t(`needs.${n}`)))}</p>
      ${this.status(s)}
      ${e.address ? html`<p>${localizeHtml(e.address, this.l.lang)}</p>` : nothing}
      ${e.phone ? html`<p>${this.phone(e.phone)}</p>` : nothing}
      <wr-button class="more" variant="secondary" @click=${() => void this.open(e.id)}>${this.l.t('more')}<span class="visually-hidden">${this.l.t('core:text.colon')}${name}</span></wr-button>
    </li>`
  }

  private renderEntryPage(d: Directory, e: DirectoryEntry): TemplateResult {
    const lang = this.l.lang
    const s = openState(d, e, this.clock)
    const name = textIn(e.name, lang)
    const map = mapHref(e, lang)
    const kiosk = isKiosk(this)
    return html`<wr-button variant="quiet" class="back" @click=${() => void this.backToList()}><span class="flip" aria-hidden="true">←</span> ${this.l.t('back')}</wr-button>
      <article class="entry" part="entry" aria-labelledby="entry-title">
        <h2 id="entry-title" tabindex="-1">${localizeHtml(e.name, lang)}${e.id === this.here ? html` <span class="here">${this.l.t('here')}</span>` : nothing}</h2>
        ${d.demo ? html`<p class="demo">${this.l.t('demo')}</p>` : nothing}
        <p class="kind">${this.l.t(`kinds.${e.kind}`)}</p>
        ${this.status(s)}
        <wr-read-aloud subject=${name} .text=${this.speech(e, s)}></wr-read-aloud>
        <dl>
          <dt>${this.l.t('labels.services')}</dt>
          <dd>${this.l.list(e.services.map((n) => this.l.t(`needs.${n}`)))}</dd>
          ${e.address ? html`<dt>${this.l.t('labels.address')}</dt><dd>${localizeHtml(e.address, lang)}</dd>` : nothing}
          ${e.phone ? html`<dt>${this.l.t('labels.phone')}</dt><dd>${this.phone(e.phone)}</dd>` : nothing}
          <dt>${this.l.t('labels.hours')}</dt>
          <dd>
            ${this.hoursParts(e).map(
              (p) => html`<span class="line">${p.days}${p.times.map((t, i) => html`${i ? this.l.t('core:text.list').trim() : ''} <bdi dir="ltr" class="time">${t}</bdi>`)}</span>`,
            )}
          </dd>
          ${e.note ? html`<dt>${this.l.t('labels.note')}</dt><dd>${localizeHtml(e.note, lang)}</dd>` : nothing}
        </dl>
        ${map
          ? kiosk
            ? html`<div class="directions">
                <wr-qr-code value=${map} label=${this.l.t('directions.qrLabel', { name })}>${this.l.t('directions.qrCaption')}</wr-qr-code>
              </div>`
            : html`<p class="directions"><a href=${map} target="_blank" rel="noopener noreferrer">${this.l.t('directions.link')}<span class="visually-hidden">${this.l.t('core:text.colon')}${name}</span></a></p>`
          : nothing}
      </article>`
  }

  /** A phone: a `tel:` link on the web, big digits on a kiosk (which cannot dial). */
  private phone(number: string): TemplateResult {
    if (isKiosk(this)) return html`<span class="phone big" part="phone" aria-label=${this.spelled(number)}><bdi dir="ltr">${number}</bdi></span>`
    return html`<a class="phone" part="phone" href=${telHref(number)}><bdi dir="ltr">${number}</bdi></a>`
  }

  /** Digits one by one, as a person says a phone number. */
  private spelled(number: string): string {
    return [...number.replace(/[^\d+]/g, '')].join(' ')
  }

  private status(s: OpenState): TemplateResult {
    return html`<p class=${s.open ? 'status open' : 'status closed'}><span class="dot" aria-hidden="true"></span>${this.statusText(s)}</p>`
  }

  private statusText(s: OpenState): string {
    const t = this.l.t.bind(this.l)
    if (s.always) return t('status.always')
    if (s.open) return t('status.openUntil', { time: s.closesAt })
    const why =
      s.day.kind === 'holiday' ? t('status.holiday', { name: this.l.lang === 'en' ? t(`holidays.${s.day.name}`, { defaultValue: s.day.label }) : s.day.label })
      : s.day.kind === 'closure' ? t('status.closure', { reason: s.day.reason })
      : s.today.length ? t('status.closedNow') : t('status.closedToday')
    if (!s.next) return why
    const today = s.next.date === toIsoDate(this.clock)
    const when = today ? t('status.todayAt', { time: s.next.open }) : t('status.dayAt', { day: this.dayText(s.next.date), time: s.next.open })
    return `${why}${t('status.separator')}${t('status.opens', { when })}`
  }

  private dayText(date: IsoDate): string {
    const { date: day, weekday } = dayParts(date, this.l.lang)
    return this.l.lang === 'en' ? `${weekday} ${day}` : `${day}${weekday}`
  }

  /** Weekly hours as lines of days and time ranges, then the holiday rule. */
  private hoursParts(e: DirectoryEntry): { days: string; times: string[] }[] {
    if (e.always) return [{ days: this.l.t('status.always'), times: [] }]
    const lang = this.l.lang
    const lines = groupHours(e.hours).map((g) => ({
      days: this.l.list(
        weekdayRuns(g.weekdays).map(([from, to]) => (from === to ? weekdayName(from, lang) : this.l.t('hours.range', { from: weekdayName(from, lang), to: weekdayName(to, lang) }))),
      ),
      times: g.times.map((x) => `${x.open}–${x.close}`),
    }))
    if (e.followsHolidays) lines.push({ days: this.l.t('hours.holidays'), times: [] })
    return lines
  }

  private hoursLines(e: DirectoryEntry): string[] {
    return this.hoursParts(e).map((p) => [p.days, this.l.list(p.times)].filter(Boolean).join(' '))
  }

  /** The place as one text for the voice, in the order the screen shows it. */
  private speech(e: DirectoryEntry, s: OpenState): string {
    const lang = this.l.lang
    const stop = lang === 'en' ? '. ' : '。'
    return [
      textIn(e.name, lang),
      this.l.t(`kinds.${e.kind}`),
      this.statusText(s),
      `${this.l.t('labels.services')}${this.l.t('core:text.colon')}${this.l.list(e.services.map((n) => this.l.t(`needs.${n}`)))}`,
      e.address ? `${this.l.t('labels.address')}${this.l.t('core:text.colon')}${textIn(e.address, lang)}` : '',
      e.phone ? `${this.l.t('labels.phone')}${lang === 'en' ? ': ' : '：'}${this.spelled(e.phone)}` : '',
      ...this.hoursLines(e),
      e.note ? textIn(e.note, lang) : '',
    ]
      .filter(Boolean)
      .join(stop)
  }
}
