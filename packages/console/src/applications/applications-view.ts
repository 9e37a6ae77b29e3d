import { css, html, nothing, type TemplateResult } from 'lit'
import { property, query, state } from 'lit/decorators.js'
import { WrElement, token, type WrDialog } from '@workroom/core'
import { LAWYER_DAYS, addDays, formatApplicationCode, type ApplicationStatus, type CitationRef, type MissingMaterial } from '@workroom/screening/application-contract'
import '../translations.js'
import { APPLICATION_FILTERS, type ApplicationDetail, type ApplicationFilter, type ApplicationOpenResponse, type ApplicationsResponse, type ConsoleApplication } from '../api.js'
import { ConsoleView } from '../console-view.js'
import { loc, todayIso, when } from '../format.js'
import { viewStyles } from '../styles.js'
import { packText, type PackText } from './pack-text.js'

type Dialog =
  | { kind: 'materials'; chosen: string[]; other: string; supplyBy: string; error: string }
  | { kind: 'forward'; agency: string; error: string }
  | { kind: 'decide'; decision: 'granted' | 'refused' | 'withdrawn'; reasons: string; bureau: string; why: 'resident' | 'materials-not-supplied'; error: string }

/**
 * Legal-aid applications of the offices the user may see: the queue with the LAL 43 decision
 * clock (days left from receipt; overdue in colour and in words), filtered by status; one
 * application with the resident's answers beside the screening's reasons and citations, the
 * personal data masked until "Show details" (audited); and what the office does with it: ask
 * for the missing materials once, forward it to the county legal-aid agency, record the
 * agency's decision (a grant dates the lawyer, a refusal needs written reasons and shows the
 * LAL 49 objection route).
 * @tagname wr-console-applications
 * @summary The applications queue and review.
 */
export class WrConsoleApplications extends ConsoleView {
  static override styles = [
    ...WrElement.styles,
    viewStyles,
    css`
      .clock { font-weight: 700; white-space: normal; }
      .clock.overdue { color: ${token('color-danger')}; }
      .clock.soon { color: ${token('color-on-warning')}; background: ${token('color-warning-surface')}; padding-inline: ${token('space-1')}; border-radius: ${token('radius-1')}; }
      .badge {
        display: inline-block; margin-inline-end: ${token('space-1')}; padding: 0 ${token('space-2')}; border-radius: ${token('radius-1')};
        color: ${token('color-on-primary')}; background: ${token('color-danger')}; font-weight: 700;
      }
      tr.overdue td:first-child { border-inline-start: 6px solid ${token('color-danger')}; }
      .pair { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: ${token('space-5')}; align-items: start; }
      @media (max-width: 60em) { .pair { grid-template-columns: minmax(0, 1fr); } }
      dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: ${token('space-2')} ${token('space-4')}; margin: 0 0 ${token('space-3')}; }
      dt { font-weight: 700; }
      dd { margin: 0; }
      @media (max-width: 36em) { dl { grid-template-columns: minmax(0, 1fr); } dd { margin-block-end: ${token('space-2')}; } }
      ul.plain { margin: 0 0 ${token('space-3')}; padding-inline-start: 1.2em; }
      .reason { margin-block-end: ${token('space-3')}; }
      .cite { color: ${token('color-text-muted')}; }
      fieldset { border: 0; padding: 0; margin: 0 0 ${token('space-3')}; }
      legend { font-weight: 700; padding: 0; margin-block-end: ${token('space-2')}; }
    `,
  ]

  /** Opens this application once the queue has loaded (a story, a test, a link from another view). */
  @property({ attribute: false }) code?: string

  @state() private filter: ApplicationFilter = 'open'
  @state() private officeId = ''
  @state() private list: ConsoleApplication[] = []
  @state() private detail?: ApplicationDetail
  @state() private opened?: ApplicationOpenResponse
  @state() private loading = false
  @state() private problem = ''
  @state() private said = ''
  @state() private dialog?: Dialog
  @state() private pack?: PackText

  @query('wr-dialog') private dialogEl?: WrDialog
  protected override firstLoad(): Promise<unknown> {
    return Promise.all([this.load(), packText().then((p) => (this.pack = p), () => undefined)]).then(async () => {
      const a = this.code ? this.list.find((x) => x.code === this.code) : undefined
      if (a) await this.view(a, false)
    })
  }

  private async load(): Promise<void> {
    if (!this.ctx) return
    this.loading = true
    this.problem = ''
    try {
      const r = await this.ctx.client.call<ApplicationsResponse>('applications', { state: this.filter, ...(this.officeId ? { officeId: this.officeId } : {}) })
      this.list = r.applications
    } catch (err) {
      this.problem = this.errorText(err)
    } finally {
      this.loading = false
    }
  }

  private async view(a: ConsoleApplication, focus = true): Promise<void> {
    try {
      this.detail = await this.ctx!.client.call<ApplicationDetail>('application', { officeId: a.officeId, code: a.code })
      this.opened = undefined
      if (!focus) return
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus()
    } catch (err) {
      this.said = this.errorText(err)
    }
  }

  private async back(): Promise<void> {
    const code = this.detail?.application.code
    this.detail = undefined
    this.opened = undefined
    await this.load()
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>(`[data-code="${code}"] button`)?.focus()
  }

  private async open(): Promise<void> {
    const d = this.detail
    if (!d) return
    try {
      this.opened = await this.ctx!.client.call<ApplicationOpenResponse>('openApplication', { officeId: d.application.officeId, code: d.application.code })
      this.said = this.l.t('applications.done.opened', { code: formatApplicationCode(d.application.code) })
    } catch (err) {
      this.said = this.errorText(err)
    }
  }

  // ── the clock ──

  private clock(a: ConsoleApplication): TemplateResult {
    if (a.daysLeft === undefined) return html`<span class="clock">${this.l.t('applications.clock.done')}</span>`
    const date = a.decisionDue
    if (a.daysLeft < 0)
      return html`<span class="clock overdue"><span class="badge">${this.l.t('applications.overdueBadge')}</span>${this.l.t('applications.clock.overdue', { count: -a.daysLeft, date })}</span>`
    if (a.daysLeft === 0) return html`<span class="clock soon">${this.l.t('applications.clock.today', { date })}</span>`
    return html`<span class="clock ${a.daysLeft <= 2 ? 'soon' : ''}">${this.l.t('applications.clock.left', { count: a.daysLeft, date })}</span>`
  }

  // ── names of things ──

  private officeName(id: string): string {
    return loc(this.ctx?.offices.find((o) => o.id === id)?.name, this.l.lang, id)
  }

  private placeName(officeId: string, placeId: string | undefined): string {
    if (!placeId) return ''
    return loc(this.ctx?.offices.find((o) => o.id === officeId)?.places.find((p) => p.id === placeId)?.name, this.l.lang, placeId)
  }

  private named(t: string | undefined): string {
    return t ? (this.pack?.text(t, this.l.lang) ?? t) : ''
  }

  private citation(c: CitationRef): string {
    return this.pack?.citation(c, this.l.lang) ?? `${c.law} ${c.article}${c.item ? `(${c.item})` : ''}`
  }

  /** The bureau's name inside the LAL 49 sentence, in the sentence's own brackets. */
  private bureau(name: string | undefined): string {
    return name ? (this.l.lang === 'en' ? ` (${name})` : `（${name}）`) : ''
  }

  private material(m: MissingMaterial): string {
    return m.text ?? this.named(m.code)
  }

  private answer(key: string, value: unknown): string {
    const one = (v: unknown): string => {
      if (v === true) return this.l.t('applications.screening.yes')
      if (v === false) return this.l.t('applications.screening.no')
      if (v === 'unknown') return this.l.t('applications.screening.unknown')
      if (typeof v === 'number') return String(v)
      return this.l.t(`applications.options.${key}.${String(v)}`, { defaultValue: String(v) })
    }
    return Array.isArray(value) ? (value.length ? value.map(one).join('、') : this.l.t('applications.screening.no')) : one(value)
  }

  // ── actions ──

  private async showDialog(d: Dialog): Promise<void> {
    this.dialog = d
    await this.updateComplete
    this.dialogEl?.show()
  }

  private closeDialog(): void {
    this.dialogEl?.close('done')
  }

  private async fieldError(d: Dialog, error: string, focus: string): Promise<void> {
    this.dialog = { ...d, error } as Dialog
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus()
  }

  private async confirm(): Promise<void> {
    const d = this.dialog
    const a = this.detail?.application
    if (!d || !a) return
    const ref = { officeId: a.officeId, code: a.code }
    const code = formatApplicationCode(a.code)
    try {
      if (d.kind === 'materials') {
        const materials: MissingMaterial[] = [
          ...d.chosen.map((c) => ({ code: c })),
          ...d.other.split('\n').map((t) => t.trim()).filter(Boolean).map((t) => ({ text: t.slice(0, 200) })),
        ]
        if (!materials.length) return void this.fieldError(d, this.l.t('applications.materialsForm.missing'), 'input[type=checkbox], #m-other')
        this.detail = await this.ctx!.client.call<ApplicationDetail>('requestMaterials', { ...ref, materials, ...(d.supplyBy ? { supplyBy: d.supplyBy } : {}) })
        this.said = this.l.t('applications.done.materials', { code })
      } else if (d.kind === 'forward') {
        if (!d.agency.trim()) return void this.fieldError(d, this.l.t('applications.forwardForm.missing'), '#f-agency')
        this.detail = await this.ctx!.client.call<ApplicationDetail>('forwardApplication', { ...ref, agency: d.agency.trim() })
        this.said = this.l.t('applications.done.forwarded', { code })
      } else {
        if (d.decision === 'refused' && !d.reasons.trim()) return void this.fieldError(d, this.l.t('applications.decideForm.reasonsMissing'), '#d-reasons')
        this.detail = await this.ctx!.client.call<ApplicationDetail>('decideApplication', {
          ...ref, decision: d.decision,
          ...(d.decision === 'refused' ? { reasons: d.reasons.trim(), ...(d.bureau.trim() ? { bureau: d.bureau.trim() } : {}) } : {}),
          ...(d.decision === 'withdrawn' ? { why: d.why } : {}),
        })
        this.said = this.l.t(`applications.done.${d.decision}`, { code })
      }
      this.closeDialog()
    } catch (err) {
      this.dialog = { ...d, error: this.errorText(err) } as Dialog
    }
  }

  // ── rendering ──

  override render() {
    return html`<section lang=${this.l.lang}>
      ${this.detail ? this.renderDetail(this.detail) : this.renderQueue()}
      <div role="status" class="visually-hidden" aria-live="polite">${this.said}</div>
      ${this.renderDialog()}
    </section>`
  }

  private renderQueue(): TemplateResult {
    const offices = this.ctx?.offices ?? []
    const c = (k: string) => this.l.t(`applications.columns.${k}`)
    const overdue = this.list.filter((a) => (a.daysLeft ?? 0) < 0).length
    return html`<h1 tabindex="-1">${this.l.t('applications.heading')}</h1>
      <p class="muted">${this.l.t('applications.intro')}</p>
      <form class="toolbar" @submit=${(e: Event) => (e.preventDefault(), void this.load())}>
        <div class="field">
          <label for="a-filter">${this.l.t('applications.filter')}</label>
          <select id="a-filter" @change=${(e: Event) => ((this.filter = (e.target as HTMLSelectElement).value as ApplicationFilter), void this.load())}>
            ${APPLICATION_FILTERS.map((f) => html`<option value=${f} ?selected=${this.filter === f}>${this.l.t(`applications.filters.${f}`)}</option>`)}
          </select>
        </div>
        ${offices.length > 1
          ? html`<div class="field">
              <label for="a-office">${this.l.t('today.office')}</label>
              <select id="a-office" @change=${(e: Event) => ((this.officeId = (e.target as HTMLSelectElement).value), void this.load())}>
                <option value="" ?selected=${!this.officeId}>${this.l.t('today.allOffices')}</option>
                ${offices.map((o) => html`<option value=${o.id} ?selected=${this.officeId === o.id}>${loc(o.name, this.l.lang, o.id)}</option>`)}
              </select>
            </div>`
          : nothing}
        <button class="btn" type="submit">${this.l.t('applications.refresh')}</button>
      </form>
      ${this.said ? html`<p class="muted" aria-hidden="true">${this.said}</p>` : nothing}
      ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      ${this.loading && !this.list.length
        ? html`<p class="muted">${this.l.t('loading')}</p>`
        : this.list.length
          ? html`<p>${this.l.t('applications.summary', { count: this.list.length, overdue })}</p>
              <table class="cards">
                <thead><tr><th scope="col">${c('clock')}</th><th scope="col">${c('code')}</th><th scope="col">${c('received')}</th><th scope="col">${c('matter')}</th><th scope="col">${c('applicant')}</th><th scope="col">${c('state')}</th><th scope="col">${c('actions')}</th></tr></thead>
                <tbody>${this.list.map((a) => this.renderRow(a))}</tbody>
              </table>`
          : html`<p>${this.l.t('applications.none')}</p>`}`
  }

  private renderRow(a: ConsoleApplication): TemplateResult {
    const c = (k: string) => this.l.t(`applications.columns.${k}`)
    const code = formatApplicationCode(a.code)
    return html`<tr data-code=${a.code} class=${(a.daysLeft ?? 0) < 0 ? 'overdue' : ''}>
      <td data-label=${c('clock')}>${this.clock(a)}</td>
      <td data-label=${c('code')}><bdi dir="ltr" class="code">${code}</bdi></td>
      <td data-label=${c('received')}><bdi dir="ltr">${when(a.receivedAt)}</bdi><br /><span class="muted">${this.l.t(`applications.channels.${a.channel}`)}${a.workroomId ? ` · ${this.placeName(a.officeId, a.workroomId)}` : ''}</span></td>
      <td data-label=${c('matter')}>${a.urgent ? html`<span class="badge">${this.l.t('applications.urgent')}</span>` : nothing}${this.l.t(`applications.options.problem.${a.problem}`, { defaultValue: a.problem })}<br /><span class="muted">${this.l.t(`applications.causes.${a.cause}`)}</span></td>
      <td data-label=${c('applicant')}>${a.name}, <bdi dir="ltr">${a.mobile}</bdi></td>
      <td data-label=${c('state')}><span class="status">${this.l.t(`applications.states.${a.state}`)}</span></td>
      <td data-label=${c('actions')}><button type="button" class="btn primary" aria-label=${`${this.l.t('applications.view')} ${code}`} @click=${() => void this.view(a)}>${this.l.t('applications.view')}</button></td>
    </tr>`
  }

  private renderStatus(s: ApplicationStatus): TemplateResult {
    switch (s.state) {
      case 'received': return html`<p>${this.l.t('applications.status.received')}</p>`
      case 'materials-requested':
        return html`<p>${this.l.t('applications.status.materials')}</p>
          <ul class="plain">${s.materials.map((m) => html`<li>${this.material(m)}</li>`)}</ul>
          ${s.supplyBy ? html`<p>${this.l.t('applications.status.supplyBy', { date: s.supplyBy })}</p>` : nothing}`
      case 'forwarded': return html`<p>${this.l.t('applications.status.forwarded', { agency: s.agency, at: when(s.forwardedAt) })}</p>`
      case 'granted': return html`<p class="ok">${this.l.t('applications.status.granted', { date: s.lawyerAssignedBy })}</p>`
      case 'refused':
        return html`<p>${this.l.t('applications.status.refused', { reasons: s.reasons })}</p>
          <p class="notice">${this.l.t('applications.status.objection', { bureau: this.bureau(s.objection.bureau) })}</p>`
      case 'withdrawn': return html`<p>${this.l.t(s.why === 'materials-not-supplied' ? 'applications.status.withdrawnMaterials' : 'applications.status.withdrawn')}</p>`
    }
  }

  private renderDetail(d: ApplicationDetail): TemplateResult {
    const a = d.application
    const code = formatApplicationCode(a.code)
    const o = this.opened
    const m = d.matter
    const adviser = this.ctx?.user.role === 'workroom-adviser'
    const open = a.daysLeft !== undefined
    const sec = (k: string) => this.l.t(`applications.sections.${k}`)
    const given = (v: string | undefined) => v || this.l.t('applications.matter.notGiven')
    return html`<p><button type="button" class="btn" @click=${() => void this.back()}>${this.l.t('applications.back')}</button></p>
      <h1 tabindex="-1">${this.l.t('applications.detailHeading', { code })}</h1>
      <p>${this.clock(a)} · ${this.officeName(a.officeId)}${a.workroomId ? ` · ${this.placeName(a.officeId, a.workroomId)}` : ''} · ${this.l.t(`applications.channels.${a.channel}`)}</p>
      ${this.said ? html`<p class="muted" aria-hidden="true">${this.said}</p>` : nothing}

      <h2>${sec('status')}</h2>
      ${this.renderStatus(d.status)}

      <h2>${sec('actions')}</h2>
      ${adviser
        ? html`<p class="muted">${this.l.t('applications.actions.adviserNote')}</p>`
        : open
          ? html`<div class="actions">
              ${a.state === 'materials-requested' || d.events.some((e) => e.event === 'materials-requested')
                ? nothing
                : html`<button type="button" class="btn" @click=${() => void this.showDialog({ kind: 'materials', chosen: [], other: '', supplyBy: '', error: '' })}>${this.l.t('applications.actions.materials')}</button>`}
              ${a.state === 'forwarded' ? nothing : html`<button type="button" class="btn" @click=${() => void this.showDialog({ kind: 'forward', agency: this.l.t('applications.forwardForm.defaultAgency'), error: '' })}>${this.l.t('applications.actions.forward')}</button>`}
              <button type="button" class="btn primary" @click=${() => void this.showDialog({ kind: 'decide', decision: 'granted', reasons: '', bureau: '', why: a.state === 'materials-requested' ? 'materials-not-supplied' : 'resident', error: '' })}>${this.l.t('applications.actions.decide')}</button>
            </div>
            ${d.events.some((e) => e.event === 'materials-requested') ? html`<p class="muted">${this.l.t('applications.actions.materialsDone')}</p>` : nothing}`
          : html`<p class="muted">${this.l.t('applications.actions.closed')}</p>`}

      <h2>${sec('applicant')}</h2>
      <p class="muted">${this.l.t('applications.showNote')}</p>
      <p>${o
        ? html`<button type="button" class="btn" @click=${() => (this.opened = undefined)}>${this.l.t('applications.hide')}</button>`
        : html`<button type="button" class="btn" @click=${() => void this.open()}>${this.l.t('applications.show')}</button>`}</p>
      <dl>
        <dt>${this.l.t('applications.applicant.for')}</dt>
        <dd>${d.applicant.for === 'self' ? this.l.t('applications.applicant.self') : this.l.t('applications.applicant.someone', { relationship: this.l.t(`applications.relationships.${d.applicant.relationship ?? 'other-close-relative'}`) })}</dd>
        ${o?.applicant.representativeName ? html`<dt>${this.l.t('applications.applicant.representative')}</dt><dd>${o.applicant.representativeName}</dd>` : nothing}
        <dt>${this.l.t('applications.applicant.name')}</dt><dd>${o ? o.applicant.name : a.name}</dd>
        <dt>${this.l.t('applications.applicant.mobile')}</dt><dd><bdi dir="ltr">${o ? o.applicant.mobile : a.mobile}</bdi></dd>
        ${d.applicant.villageId ? html`<dt>${this.l.t('applications.applicant.village')}</dt><dd>${this.placeName(a.officeId, d.applicant.villageId)}</dd>` : nothing}
        <dt>${this.l.t('applications.applicant.address')}</dt><dd>${o ? given(o.applicant.address.text) : '***'}</dd>
        <dt>${this.l.t('applications.applicant.idNumber')}</dt>
        <dd>${d.applicant.hasIdNumber ? (o?.applicant.idNumber ? html`<bdi dir="ltr">${o.applicant.idNumber}</bdi>` : this.l.t('applications.applicant.hidden')) : this.l.t('applications.applicant.notGiven')}</dd>
        ${d.applicant.sex ? html`<dt>${this.l.t('applications.applicant.sex')}</dt><dd>${this.l.t(`applications.sexes.${d.applicant.sex}`)}</dd>` : nothing}
        ${d.applicant.birthYear ? html`<dt>${this.l.t('applications.applicant.birthYear')}</dt><dd>${d.applicant.birthYear}</dd>` : nothing}
        <dt>${this.l.t('applications.applicant.finances')}</dt>
        <dd>${d.hasFinances ? (o?.finances ? this.renderFinances(o.finances) : this.l.t('applications.applicant.hidden')) : this.l.t('applications.applicant.notGiven')}</dd>
      </dl>

      <h2>${sec('matter')}</h2>
      <dl>
        <dt>${this.l.t('applications.matter.cause')}</dt><dd>${this.l.t(`applications.causes.${m.cause}`)}</dd>
        <dt>${this.l.t('applications.matter.position')}</dt><dd>${m.position ? this.l.t(`applications.positions.${m.position}`) : given(undefined)}</dd>
        <dt>${this.l.t('applications.matter.aidKind')}</dt><dd>${m.aidKind ? this.l.t(`applications.aidKinds.${m.aidKind}`) : given(undefined)}</dd>
        <dt>${this.l.t('applications.matter.stage')}</dt><dd>${this.l.t(`applications.stages.${m.stage}`)}</dd>
        <dt>${this.l.t('applications.matter.account')}</dt>
        <dd>${m.account.chips.length ? html`<ul class="plain">${m.account.chips.map((c) => html`<li>${this.l.t(`applications.chips.${c}`, { defaultValue: c })}</li>`)}</ul>` : nothing}${m.account.text ? html`<p>${m.account.text}</p>` : nothing}${!m.account.chips.length && !m.account.text ? given(undefined) : nothing}</dd>
        <dt>${this.l.t('applications.matter.urgency')}</dt>
        <dd>${m.urgency.urgent ? this.l.t('applications.matter.urgentYes') : this.l.t('applications.matter.urgentNo')}${m.urgency.needs.length ? html`<br />${m.urgency.needs.map((n) => this.l.t(`applications.options.urgent.needs.${n}`)).join('；')}` : nothing}${m.urgency.daysLeft !== undefined ? html`<br />${this.l.t('applications.matter.daysLeft', { count: m.urgency.daysLeft })}` : nothing}</dd>
      </dl>

      <h2>${sec('screening')}</h2>
      <p>${this.l.t('applications.screening.outcome')}：<strong>${this.l.t(`applications.outcomes.${d.screening.outcome}`)}</strong> <span class="muted">${this.l.t('applications.screening.pack', { pack: d.screening.packId, version: d.screening.packVersion })}</span></p>
      <div class="pair">
        <table data-table="answers">
          <caption>${this.l.t('applications.screening.answers')}</caption>
          <thead><tr><th scope="col">${this.l.t('applications.screening.question')}</th><th scope="col">${this.l.t('applications.screening.answer')}</th></tr></thead>
          <tbody>${Object.entries(d.screening.facts).map(([k, v]) => html`<tr><th scope="row">${this.l.t(`applications.questions.${k}`, { defaultValue: k })}</th><td>${this.answer(k, v)}</td></tr>`)}</tbody>
        </table>
        <div data-list="reasons">
          <h3>${this.l.t('applications.screening.reasons')}</h3>
          ${d.screening.reasons.map((r) => html`<div class="reason"><p>${this.named(r.code)}</p>${r.citations.length ? html`<p class="cite">${r.citations.map((c) => this.citation(c)).join('；')}</p>` : nothing}</div>`)}
          ${d.screening.materials.length ? html`<h3>${this.l.t('applications.screening.materials')}</h3><ul class="plain">${d.screening.materials.map((c) => html`<li>${this.named(c)}</li>`)}</ul>` : nothing}
        </div>
      </div>

      <h2>${sec('consent')}</h2>
      <ul class="plain">
        <li>${this.l.t('applications.consent.given', { version: d.consent.version, at: when(d.consent.at) })}</li>
        <li>${d.consent.sensitive ? this.l.t('applications.consent.sensitiveYes') : this.l.t('applications.consent.sensitiveNo')}</li>
        <li>${this.l.t('applications.consent.pledge', { version: d.pledge.version })}（${this.l.t(`applications.consent.readAloud.${d.pledge.readAloud}`)}）</li>
      </ul>

      <h2>${sec('history')}</h2>
      <ul class="plain">${d.events.map((e) => html`<li><bdi dir="ltr">${when(e.at)}</bdi> ${this.l.t(`applications.events.${e.event}`)}</li>`)}</ul>`
  }

  private renderFinances(f: NonNullable<ApplicationOpenResponse['finances']>): TemplateResult {
    const inc = f.monthlyIncome
    const rows: Array<[string, number | undefined]> = [['wagesOrPension', inc.wagesOrPension], ['relief', inc.relief], ['other', inc.other]]
    return html`${this.l.t('applications.applicant.householdSize', { count: f.householdSize })}
      <ul class="plain">
        ${rows.filter(([, v]) => v !== undefined).map(([k, v]) => html`<li>${this.l.t(`applications.applicant.${k}`)}：${this.l.t('applications.applicant.perMonth', { amount: v })}</li>`)}
        ${f.property.map((p) => html`<li>${this.l.t('applications.applicant.property')}：${p.address ?? ''} ${p.areaM2 ? this.l.t('applications.applicant.area', { area: p.areaM2 }) : ''} ${this.l.t(p.use === 'own-use' ? 'applications.applicant.ownUse' : 'applications.applicant.rentedOut')}</li>`)}
      </ul>`
  }

  private renderDialog(): TemplateResult {
    const d = this.dialog
    const a = this.detail?.application
    const code = a ? formatApplicationCode(a.code) : ''
    const heading = d ? this.l.t(`applications.${d.kind === 'materials' ? 'materialsForm' : d.kind === 'forward' ? 'forwardForm' : 'decideForm'}.heading`, { code }) : ''
    const err = (id: string) => (d?.error ? html`<p class="error" id=${id} role="alert">${d.error}</p>` : nothing)
    const back = html`<wr-button slot="footer" variant="secondary" @click=${() => this.closeDialog()}>${this.l.t('applications.cancel')}</wr-button>`
    const today = todayIso(this.ctx?.now ?? Date.now())
    return html`<wr-dialog heading=${heading} @wr-dialog-close=${() => (this.dialog = undefined)}>
      ${d?.kind === 'materials'
        ? html`<p>${this.l.t('applications.materialsForm.intro')}</p>
            ${err('m-error')}
            <fieldset aria-describedby=${d.error ? 'm-error' : nothing}>
              <legend>${this.l.t('applications.materialsForm.legend')}</legend>
              ${this.materialChoices().map((c) => html`<label class="check"><input type="checkbox" .checked=${d.chosen.includes(c)} @change=${(e: Event) => (this.dialog = { ...d, chosen: (e.target as HTMLInputElement).checked ? [...d.chosen, c] : d.chosen.filter((x) => x !== c) })} /> ${this.named(c)}</label>`)}
            </fieldset>
            <div class="field">
              <label for="m-other">${this.l.t('applications.materialsForm.other')}</label>
              <textarea id="m-other" rows="3" maxlength="1000" .value=${d.other} @input=${(e: Event) => (this.dialog = { ...d, other: (e.target as HTMLTextAreaElement).value })}></textarea>
            </div>
            <div class="field">
              <label for="m-by">${this.l.t('applications.materialsForm.supplyBy')}</label>
              <input id="m-by" type="date" min=${today} .value=${d.supplyBy} @change=${(e: Event) => (this.dialog = { ...d, supplyBy: (e.target as HTMLInputElement).value })} />
            </div>
            <wr-button slot="footer" @click=${() => void this.confirm()}>${this.l.t('applications.materialsForm.confirm')}</wr-button>${back}`
        : d?.kind === 'forward'
          ? html`<div class="field">
                <label for="f-agency">${this.l.t('applications.forwardForm.agency')}</label>
                ${err('f-error')}
                <input id="f-agency" maxlength="100" autocomplete="off" aria-invalid=${d.error ? 'true' : 'false'} aria-describedby=${d.error ? 'f-error' : nothing} .value=${d.agency} @input=${(e: Event) => (this.dialog = { ...d, agency: (e.target as HTMLInputElement).value })} />
              </div>
              <wr-button slot="footer" @click=${() => void this.confirm()}>${this.l.t('applications.forwardForm.confirm')}</wr-button>${back}`
          : d?.kind === 'decide'
            ? html`<p>${this.l.t('applications.decideForm.intro')}</p>
                <fieldset>
                  <legend>${this.l.t('applications.decideForm.legend')}</legend>
                  ${(['granted', 'refused', 'withdrawn'] as const).map((k) => html`<label class="check"><input type="radio" name="decision" value=${k} .checked=${d.decision === k} @change=${() => (this.dialog = { ...d, decision: k, error: '' })} /> ${this.l.t(`applications.decideForm.${k}`)}</label>`)}
                </fieldset>
                ${d.decision === 'granted' ? html`<p class="notice">${this.l.t('applications.decideForm.lawyerNote', { date: addDays(today, LAWYER_DAYS) })}</p>` : nothing}
                ${d.decision === 'refused'
                  ? html`<div class="field">
                        <label for="d-reasons">${this.l.t('applications.decideForm.reasons')}</label>
                        ${err('d-error')}
                        <textarea id="d-reasons" rows="4" maxlength="2000" aria-invalid=${d.error ? 'true' : 'false'} aria-describedby=${d.error ? 'd-error' : nothing} .value=${d.reasons} @input=${(e: Event) => (this.dialog = { ...d, reasons: (e.target as HTMLTextAreaElement).value })}></textarea>
                      </div>
                      <div class="field">
                        <label for="d-bureau">${this.l.t('applications.decideForm.bureau')}</label>
                        <p class="hint" id="d-bureau-hint">${this.l.t('applications.decideForm.bureauHint')}</p>
                        <input id="d-bureau" maxlength="100" autocomplete="off" aria-describedby="d-bureau-hint" .value=${d.bureau} @input=${(e: Event) => (this.dialog = { ...d, bureau: (e.target as HTMLInputElement).value })} />
                      </div>
                      <p class="notice">${this.l.t('applications.status.objection', { bureau: this.bureau(d.bureau.trim()) })}</p>`
                  : nothing}
                ${d.decision === 'withdrawn'
                  ? html`<fieldset>
                      <legend>${this.l.t('applications.decideForm.why')}</legend>
                      ${(['resident', 'materials-not-supplied'] as const).map((k) => html`<label class="check"><input type="radio" name="why" value=${k} .checked=${d.why === k} @change=${() => (this.dialog = { ...d, why: k })} /> ${this.l.t(k === 'resident' ? 'applications.decideForm.whyResident' : 'applications.decideForm.whyMaterials')}</label>`)}
                    </fieldset>`
                  : nothing}
                ${d.decision !== 'refused' ? err('d-error') : nothing}
                <wr-button slot="footer" @click=${() => void this.confirm()}>${this.l.t('applications.decideForm.confirm')}</wr-button>${back}`
            : nothing}
    </wr-dialog>`
  }

  /** The screening's materials first, then the rest of the pack's. */
  private materialChoices(): string[] {
    const listed = this.detail?.screening.materials ?? []
    return [...new Set([...listed, ...(this.pack?.materials ?? [])])]
  }
}
