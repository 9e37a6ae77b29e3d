import { html, nothing, type TemplateResult } from 'lit'
import { property } from 'lit/decorators.js'
import { HeadingFocus, LocalizeController, WrElement, localizeHtml, ltrText, markChinese, markChineseRuns, tHtml } from '@workroom/core'
import './translations.js'
import type { Localized, WorkroomConfig, Whereabouts } from '../config.js'
import {
  boardData,
  dayParts,
  forSpeech,
  listOf,
  localize,
  weekdayName,
  weekdayRuns,
  type AdviserSession,
  type BoardData,
  type IsoDate,
  type OpeningGroup,
  type PersonDay,
} from './board-data.js'
import { boardStyles } from './workroom-board.styles.js'

/** Detail of `wr-board-open`: nothing to carry, the shell just shows the page. */
export type BoardOpenDetail = Record<string, never>

export type BoardVariant = 'panel' | 'page'

/**
 * The workroom's public notice board (所务公开): duties and services, procedures, staff and their
 * contacts, who is on duty today and where staff are (每日去向), the village legal adviser's next
 * session and the opening hours — all from the workroom config, dated in Asia/Shanghai.
 * @summary A home-screen card (`variant="panel"`) and a full page (`variant="page"`), with read-aloud.
 * @event wr-board-open-request - The panel's "查看所务公开" button was pressed; detail: BoardOpenDetail.
 * @event wr-board-open - Deprecated: the same event under its old name (sent too, after wr-board-open-request).
 * @csspart base - The outermost box of either variant.
 * @csspart panel - The home-screen card.
 * @csspart section - Each section of the page.
 */
export class WrWorkroomBoard extends WrElement {
  static override styles = [...WrElement.styles, boardStyles]

  /** The validated workroom config (see kiosk/src/config.ts). Nothing renders without it. */
  @property({ attribute: false }) config?: WorkroomConfig
  /** `panel`: compact card for the home screen; `page`: everything the workroom makes public. */
  @property({ reflect: true }) variant: BoardVariant = 'panel'
  /** Clock in ms since epoch, for demos and tests; the real time when unset. */
  @property({ type: Number }) now?: number

  private readonly l = new LocalizeController(this, 'kiosk-board')
  private timer?: ReturnType<typeof setInterval>

  override connectedCallback(): void {
    super.connectedCallback()
    // The kiosk stays on its home screen all day: "today" and "next session" must move on.
    this.timer = setInterval(() => {
      if (this.now === undefined) this.requestUpdate()
    }, 60_000)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    clearInterval(this.timer)
  }

  /** Focuses the heading (the kiosk calls this when the page opens). */
  override focus(options?: FocusOptions): void {
    this.headingFocus.focus(options)
  }

  private readonly headingFocus = new HeadingFocus(this)

  private get language(): string {
    return this.l.lang
  }

  private text(t: Localized | undefined): string {
    return localize(t, this.language)
  }

  /** The config's text for a template: what the county wrote only in Chinese is marked as Chinese. */
  private textHtml(t: Localized | undefined) {
    return localizeHtml(t, this.language)
  }

  override render() {
    if (!this.config) return nothing
    const data = boardData(this.config, this.now ?? Date.now())
    return this.variant === 'page' ? this.renderPage(this.config, data) : this.renderPanel(data)
  }

  // ── Panel ────────────────────────────────────────────────────────────────────────────────

  private renderPanel(data: BoardData) {
    const today = this.l.t('today', { day: this.day(data.today) })
    const duty = this.dutyLines(data)
    const session = this.sessionLines(data, data.nextSession)
    const hours = this.openingTodayText(data)
    const speech = forSpeech(
      [this.l.t('title'), today, this.l.t('panel.onDuty'), ...duty.map((d) => d.speech), this.l.t('panel.adviser'), ...session, this.l.t('panel.hours'), hours],
      this.language,
    )
    return html`<section part="base panel" class="panel" lang=${this.language} aria-labelledby="panel-title">
      <h2 id="panel-title" tabindex="-1">${this.l.t('title')}</h2>
      <p class="big">${today}</p>
      <div class="block">
        <h3>${this.l.t('panel.onDuty')}</h3>
        ${this.renderPeopleDay(data)}
      </div>
      <div class="block">
        <h3>${this.l.t('panel.adviser')}</h3>
        ${session.map((line, i) => html`<p class=${i === 0 ? 'big' : 'muted'}>${markChineseRuns(line, this.language)}</p>`)}
      </div>
      <div class="block">
        <h3>${this.l.t('panel.hours')}</h3>
        <p>${hours}</p>
      </div>
      <div class="actions">
        <button class="open" type="button" @click=${this.open}>${this.l.t('open')}</button>
        <wr-read-aloud subject=${this.l.t('title')} .text=${speech}></wr-read-aloud>
      </div>
    </section>`
  }

  private open(): void {
    this.emit<BoardOpenDetail>('wr-board-open-request', {})
  }

  // ── Page ─────────────────────────────────────────────────────────────────────────────────

  private renderPage(config: WorkroomConfig, data: BoardData) {
    const board = config.board
    const heading = this.l.t('pageHeading', { name: this.text(config.workroom.name) })
    const today = this.l.t('today', { day: this.day(data.today) })
    const services = config.booking.services.map((s) => this.text(s.name))
    const session = this.sessionLines(data, data.nextSession)
    const hours = data.openingHours.map((g) => this.openingLine(g))
    const supervision = board.supervisionPhone ? this.l.t('supervision.text', { phone: board.supervisionPhone }) : this.l.t('supervision.fallback')
    const speech = forSpeech(
      [
        heading,
        today,
        this.l.t('sections.duties'),
        ...board.duties.map((d) => this.text(d)),
        ...(services.length ? [this.l.t('duties.services'), ...services] : []),
        this.l.t('sections.procedures'),
        ...board.procedures.flatMap((p) => [this.text(p.title), ...p.steps.map((s, i) => `${i + 1}. ${this.text(s)}`)]),
        this.l.t('sections.people'),
        ...board.people.map((p) => [p.name, this.text(p.role), p.phone ? this.l.t('people.phone', { phone: p.phone }) : ''].filter(Boolean).join('，')),
        this.l.t('sections.todayDuty'),
        ...this.dutyLines(data).map((d) => d.speech),
        this.l.t('sections.adviser'),
        ...session,
        this.l.t('sections.hours'),
        ...hours,
        this.l.t('sections.supervision'),
        supervision,
      ],
      this.language,
    )
    return html`<div part="base" class="page" lang=${this.language}>
      <div class="top">
        <h1 tabindex="-1">${tHtml(this.l, 'pageHeading', { name: this.textHtml(config.workroom.name) })}</h1>
        <p class="big">${today}</p>
        <wr-read-aloud subject=${this.l.t('title')} .text=${speech}></wr-read-aloud>
      </div>

      <section part="section" data-section="duties">
        <h2>${this.l.t('sections.duties')}</h2>
        <ul>
          ${board.duties.map((d) => html`<li>${this.textHtml(d)}</li>`)}
        </ul>
        ${services.length
          ? html`<h3>${this.l.t('duties.services')}</h3>
              <ul>
                ${config.booking.services.map((s) => html`<li>${this.textHtml(s.name)}</li>`)}
              </ul>`
          : nothing}
      </section>

      <section part="section" data-section="procedures">
        <h2>${this.l.t('sections.procedures')}</h2>
        ${board.procedures.length
          ? board.procedures.map(
              (p) => html`<div class="procedure">
                <h3>${this.textHtml(p.title)}</h3>
                <ol>
                  ${p.steps.map((s) => html`<li>${this.textHtml(s)}</li>`)}
                </ol>
              </div>`,
            )
          : html`<p>${this.l.t('procedures.none')}</p>`}
      </section>

      <section part="section" data-section="people">
        <h2>${this.l.t('sections.people')}</h2>
        <ul class="plain">
          ${board.people.map(
            (p) => html`<li>
              <span class="name">${markChinese(p.name, this.language)}</span>
              <span>${this.textHtml(p.role)}</span>
              ${p.phone ? html`<span>${this.l.t('people.phone', { phone: p.phone })}</span>` : nothing}
              ${p.dutyWeekdays.length ? html`<span class="muted">${this.l.t('people.dutyDays', { days: this.weekdaysText(p.dutyWeekdays) })}</span>` : nothing}
            </li>`,
          )}
        </ul>
      </section>

      <section part="section" data-section="today">
        <h2>${this.l.t('sections.todayDuty')}</h2>
        ${this.renderPeopleDay(data)}
      </section>

      <section part="section" data-section="upcoming">
        <h2>${this.l.t('sections.upcoming')}</h2>
        ${data.upcoming.length
          ? data.upcoming.map(
              (day) => html`<h3>${this.day(day.date, data)}</h3>
                <ul class="plain">
                  ${day.entries.map((e) => this.renderPerson(e))}
                </ul>`,
            )
          : html`<p>${this.l.t('upcoming.none')}</p>`}
      </section>

      <section part="section" data-section="adviser">
        <h2>${this.l.t('sections.adviser')}</h2>
        ${session.map((line, i) => html`<p class=${i === 0 ? 'big' : ''}>${markChineseRuns(line, this.language)}</p>`)}
      </section>

      <section part="section" data-section="hours">
        <h2>${this.l.t('sections.hours')}</h2>
        <ul>
          ${hours.map((h) => html`<li>${h}</li>`)}
        </ul>
        <p>${this.l.t('hours.holidays')}</p>
        <p>${tHtml(this.l, 'hours.address', { address: this.textHtml(config.workroom.address) })}</p>
        ${config.workroom.phone ? html`<p>${this.l.t('hours.phone', { phone: config.workroom.phone })}</p>` : nothing}
      </section>

      <section part="section" data-section="supervision">
        <h2>${this.l.t('sections.supervision')}</h2>
        <p>${supervision}</p>
      </section>
    </div>`
  }

  // ── Shared pieces ────────────────────────────────────────────────────────────────────────

  /** Today's people, or why there are none (holiday, closure, nobody on the rota). */
  private renderPeopleDay(data: BoardData): TemplateResult {
    const closed = this.closedText(data)
    return html`${closed ? html`<p class="notice">${closed}</p>` : nothing}
    ${data.todayPeople.length
      ? html`<ul class="plain">
          ${data.todayPeople.map((p) => this.renderPerson(p))}
        </ul>`
      : closed
        ? nothing
        : html`<p>${this.l.t('duty.none')}</p>`}`
  }

  private renderPerson(p: PersonDay): TemplateResult {
    return html`<li>
      <span class="name">${markChinese(this.personName(p), this.language)}</span>
      ${p.person ? html`<span class="muted">${this.textHtml(p.person.role)}</span>` : nothing}
      ${p.whereabouts.length
        ? html`<ul class="where">
            ${p.whereabouts.map((w) => html`<li>${this.timeText(w.from, w.to)} ${this.textHtml(w.where)}</li>`)}
          </ul>`
        : p.onDuty
          ? html`<span>${this.l.t('duty.atWorkroom')}</span>`
          : nothing}
    </li>`
  }

  private personName(p: PersonDay): string {
    return p.person?.name ?? this.l.t('where.unknownPerson')
  }

  private whereText(w: Whereabouts): string {
    const time = this.timeText(w.from, w.to)
    return time ? `${time} ${this.text(w.where)}` : this.text(w.where)
  }

  private timeText(from?: string, to?: string): string {
    if (from && to) return ltrText(this.l.t('where.range', { from, to }))
    if (from) return this.l.t('where.from', { from })
    if (to) return this.l.t('where.to', { to })
    return ''
  }

  private dutyLines(data: BoardData): { speech: string }[] {
    const closed = this.closedText(data)
    const people = data.todayPeople.map((p) => ({
      speech: [this.personName(p), p.whereabouts.length ? p.whereabouts.map((w) => this.whereText(w)).join('，') : p.onDuty ? this.l.t('duty.atWorkroom') : ''].filter(Boolean).join('，'),
    }))
    if (closed) return [{ speech: closed }, ...people]
    return people.length ? people : [{ speech: this.l.t('duty.none') }]
  }

  private closedText(data: BoardData): string {
    if (data.dayKind.kind === 'holiday') return this.l.t('duty.holiday', { label: data.dayKind.label })
    if (data.dayKind.kind === 'closure') return this.l.t('duty.closure', { reason: data.dayKind.reason })
    return ''
  }

  /** The next session in lines: when, who, where; or plainly that there is none. */
  private sessionLines(data: BoardData, s: AdviserSession | undefined): string[] {
    if (!s) return [this.l.t('adviser.none')]
    // The range is isolated left to right as a whole (opened before the start, closed after the end), so it reads start → end in Uyghur.
    const when = this.l.t('adviser.when', { day: this.day(s.date, data), from: `\u2066${s.start}`, to: `${s.end}\u2069` })
    return [
      when,
      ...(s.ongoing ? [this.l.t('adviser.ongoing', { to: s.end })] : []),
      ...(s.staffName ? [this.l.t('adviser.who', { name: s.staffName })] : []),
      ...(s.place ? [this.l.t('adviser.place', { place: this.text(s.place) })] : []),
    ]
  }

  /** "11月24日 星期二", with "今天"/"明天" in front when it is. */
  private day(date: IsoDate, data?: BoardData): string {
    const parts = dayParts(date, this.language)
    const words = this.l.t('day', parts)
    if (data?.today === date) return `${this.l.t('relative.today')} ${words}`
    if (data?.tomorrow === date) return `${this.l.t('relative.tomorrow')} ${words}`
    return words
  }

  private openingTodayText(data: BoardData): string {
    if (!data.openingToday.length) return this.l.t('hours.closedToday')
    return listOf(
      data.openingToday.map((t) => ltrText(this.l.t('where.range', { from: t.open, to: t.close }))),
      this.language,
    )
  }

  /** "周一至周五 08:30–12:00和14:30–17:30". */
  private openingLine(g: OpeningGroup): string {
    const times = listOf(
      g.times.map((t) => ltrText(this.l.t('where.range', { from: t.open, to: t.close }))),
      this.language,
    )
    return this.l.t('hours.line', { days: this.weekdaysText(g.weekdays), times })
  }

  /** "周一至周五", "周一、周三和周五", "每天". */
  private weekdaysText(weekdays: readonly number[]): string {
    const runs = weekdayRuns(weekdays)
    if (runs.length === 1 && runs[0]![0] === 1 && runs[0]![1] === 7) return this.l.t('hours.everyDay')
    const parts = runs.flatMap(([from, to]) =>
      to - from >= 2
        ? [this.l.t('hours.range', { from: weekdayName(from, this.language), to: weekdayName(to, this.language) })]
        : Array.from({ length: to - from + 1 }, (_, i) => weekdayName(from + i, this.language)),
    )
    return listOf(parts, this.language)
  }
}
