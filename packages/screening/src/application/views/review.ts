// The review before sending (WCAG 3.3.7: everything listed once, each changeable), the receipt
// with its code, and the status check by code and mobile.
import { html, nothing, type TemplateResult } from 'lit'
import { formatShanghai, markChinese } from '@workroom/core'
import { text as packText } from '@workroom/rules/engine'
import { aidMode, position } from '../from-screening.js'
import { maskIdNumber, maskMobile } from '../id-number.js'
import type { ApplicationStep } from '../application-flow.js'
import { formatApplicationCode } from '../contract.js'
import { financeWords } from './consent.js'
import { accountText } from './steps.js'
import { alert, errorOf, heading, list, summary } from './parts.js'
import type { ApplicationViewHost } from './host.js'

function row(h: ApplicationViewHost, label: string, value: string, step?: ApplicationStep): TemplateResult {
  return html`<div>
    <dt>${label}</dt>
    <dd>
      <span>${markChinese(value, h.l.lang)}</span>
      ${step
        ? html`<wr-button class="no-print" variant="quiet" @click=${() => h.flow.change(step)}>${h.l.t('application.review.change')}<span class="visually-hidden">${h.l.t('core:text.colon')}${label}</span></wr-button>`
        : nothing}
    </dd>
  </div>`
}

export const materialsOf = (h: ApplicationViewHost): string[] => (h.pack && h.result ? h.result.materials.map((m) => packText(h.pack!, m, h.l.lang)) : [])

export function reviewView(h: ApplicationViewHost): TemplateResult {
  const { l, flow } = h
  const d = flow.draft
  const k = flow.known
  const t = (key: string) => l.t(`application.review.${key}`)
  const address = [h.villages.find((v) => v.id === d.village)?.name ?? '', d.address.trim()].filter(Boolean).join(' ')
  const pos = k ? position(k, d.stage, d.forWhom === 'someone') : undefined
  return html`${heading(h, 'application.steps.review', t('lead'))} ${summary(h)} ${alert(h)}
    <p>${t('lead')}</p>
    ${k
      ? html`<section aria-labelledby="known">
          <h3 id="known">${t('fromScreening')}</h3>
          <dl class="answers">
            ${row(h, t('caseType'), l.t(`application.caseType.${k.caseType}`))}
            ${pos ? row(h, t('legalStatus'), l.t(`application.legalStatus.${pos}`)) : nothing}
            ${d.stage ? row(h, t('aidMode'), l.t(`application.aidMode.${aidMode(k, d.stage)}`)) : nothing}
            ${k.groups.length ? row(h, t('groups'), list(h, k.groups.map((g) => l.t(`application.group.${g}`)))) : nothing}
            ${k.urgent ? row(h, t('urgent'), t('urgentYes')) : nothing}
          </dl>
        </section>`
      : nothing}
    <section aria-labelledby="yours">
      <h3 id="yours">${t('yours')}</h3>
      <dl class="answers">
        ${row(h, t('forWhom'), d.forWhom === 'someone' ? `${l.t('application.who.someone')}${l.t('core:text.aside', { text: l.t(`application.who.rel.${d.relationship}`) })}` : l.t('application.who.self'), 'who')}
        ${row(h, t('name'), d.name.trim(), 'name')}
        ${d.forWhom === 'someone' ? row(h, t('helper'), d.helperName.trim(), 'name') : nothing}
        ${row(h, t('mobile'), maskMobile(d.mobile), 'mobile')}
        ${row(h, t('address'), address, 'address')}
        ${row(h, t('stage'), d.stage ? l.t(`application.stage.${d.stage}`) : '', 'stage')}
        ${row(h, t('account'), accountText(h, d.topics, d.account), 'account')}
        ${flow.hasFinances && k ? row(h, t('finances'), d.shareFinances ? list(h, financeWords(h, k.finances)) : t('financesNotShared'), 'consent') : nothing}
        ${row(h, t('idNumber'), d.giveId && d.idNumber ? maskIdNumber(d.idNumber) : t('idNotGiven'), 'consent')}
        ${row(h, t('pledge'), d.pledgedAt ? t('pledged') : '', 'pledge')}
      </dl>
    </section>
    ${h.canSubmit ? nothing : html`<p class="note">${t('printOnly')}</p>`}
    <div class="actions bar no-print">
      ${h.canSubmit
        ? html`<wr-button class="primary" variant="primary" size="large" ?disabled=${flow.busy} @click=${() => h.submit()}>${flow.busy ? t('submitting') : t('submit')}</wr-button>`
        : nothing}
      <wr-button variant=${h.canSubmit ? 'secondary' : 'primary'} size="large" @click=${() => h.print(false)}>${t('print')}</wr-button>
      <wr-button variant="secondary" size="large" @click=${() => h.back()}>${l.t('application.back')}</wr-button>
    </div>`
}

export function doneView(h: ApplicationViewHost): TemplateResult {
  const { l, flow } = h
  const r = flow.receipt!
  const spelled = [...r.code].join(' ')
  const materials = materialsOf(h)
  const queued = flow.queued
  const title = queued ? 'application.steps.queued' : 'application.steps.done'
  return html`${heading(h, title, `${l.t('application.done.code')} ${spelled}`, l.t('application.done.codeHint'), queued ? l.t('application.done.queued') : '', l.t('application.done.next'))}
    <div class="ticket" part="receipt">
      <p>${l.t('application.done.code')}</p>
      <p class="code" aria-label=${spelled}><bdi dir="ltr">${formatApplicationCode(r.code)}</bdi></p>
      <wr-qr-code value=${r.code} label=${l.t('application.done.qr')}>${l.t('application.done.qr')}</wr-qr-code>
      <p>${l.t('application.done.codeHint')}</p>
      ${queued ? html`<p class="note">${l.t('application.done.queued')}</p>` : nothing}
      <p>${l.t('application.done.next')}</p>
      ${materials.length
        ? html`<p>${l.t('application.done.bring')}</p>
            <ul class="check">${materials.map((m) => html`<li>${m}</li>`)}</ul>`
        : nothing}
    </div>
    <div class="actions bar no-print">
      <wr-button class="primary" variant="primary" size="large" @click=${() => h.finish()}>${l.t('application.done.finish')}</wr-button>
      <wr-button variant="secondary" size="large" @click=${() => h.print(false)}>${l.t('application.done.print')}</wr-button>
      ${queued ? nothing : html`<wr-button variant="secondary" @click=${() => flow.openStatus()}>${l.t('application.done.status')}</wr-button>`}
    </div>`
}

function statusResult(h: ApplicationViewHost): TemplateResult | typeof nothing {
  const { l } = h
  const s = h.flow.status
  if (!s) return nothing
  const day = (iso: string) => formatShanghai(Date.parse(iso.length === 10 ? `${iso}T12:00:00+08:00` : iso), l.lang, { dateStyle: 'long' })
  const material = (m: { code?: string | undefined; text?: string | undefined }) => (m.text ? m.text : m.code && h.pack ? packText(h.pack, m.code, l.lang) : (m.code ?? ''))
  const open = s.state === 'received' || s.state === 'materials-requested' || s.state === 'forwarded'
  return html`<section class="panel status ${s.state}" part="status" aria-labelledby="status-state">
    <h3 id="status-state" tabindex="-1">${l.t(`application.status.state.${s.state}`)}</h3>
    <p>${l.t('application.status.receivedAt', { date: day(s.receivedAt) })}</p>
    ${open ? html`<p>${l.t('application.status.decideBy', { date: day(s.decisionDue) })}</p>` : nothing}
    ${s.state === 'materials-requested'
      ? html`<p>${l.t('application.status.missing')}</p>
          <ul class="check">${s.materials.map((m) => html`<li>${material(m)}</li>`)}</ul>
          ${s.supplyBy ? html`<p>${l.t('application.status.supplyBy', { date: day(s.supplyBy) })}</p>` : nothing}`
      : nothing}
    ${s.state === 'forwarded' ? html`<p>${l.t('application.status.forwardedTo', { agency: s.agency })}</p>` : nothing}
    ${s.state === 'granted' ? html`<p>${l.t('application.status.assigned', { date: day(s.lawyerAssignedBy) })}</p>` : nothing}
    ${s.state === 'refused'
      ? html`<p>${l.t('application.status.reasons', { reasons: s.reasons })}</p>
          <p><strong>${l.t('application.status.objection')}</strong></p>
          ${s.objection.bureau ? html`<p>${l.t('application.status.objectionTo', { bureau: s.objection.bureau })}</p>` : nothing}`
      : nothing}
    ${s.state === 'withdrawn' ? html`<p>${l.t(`application.status.withdrawnWhy.${s.why}`)}</p>` : nothing}
  </section>`
}

export function statusView(h: ApplicationViewHost): TemplateResult {
  const { l, flow } = h
  const code = (value: string) => flow.keepLookup('code', value)
  const mobile = (value: string) => flow.keepLookup('mobile', value)
  const offline = h.kiosk && typeof navigator !== 'undefined' && !navigator.onLine
  const input = (name: 'code' | 'mobile', label: string, hint: string, max: number, keep: (v: string) => void) =>
    h.kiosk
      ? html`<wr-keypad id=${`field-${name}`} name=${name} label=${label} hint=${hint} mode="digits" maxlength=${max} .value=${flow.lookup[name]} error=${errorOf(h, name)}
          @wr-field-change=${(e: CustomEvent<{ value: string }>) => keep(e.detail.value)}></wr-keypad>`
      : html`<wr-text-field id=${`field-${name}`} name=${name} label=${label} hint=${hint} type="tel" autocomplete="off" maxlength=${max + 4} .value=${flow.lookup[name]} error=${errorOf(h, name)}
          @input=${(e: Event) => keep((e.currentTarget as HTMLElement & { value: string }).value)}></wr-text-field>`
  return html`${heading(h, 'application.steps.status', l.t('application.status.lead'))} ${summary(h)} ${alert(h)}
    ${offline ? html`<p class="note" role="status">${l.t('application.status.offline')}</p>` : nothing}
    <p>${l.t('application.status.lead')}</p>
    ${input('code', l.t('application.status.code'), l.t('application.status.codeHint'), 8, code)}
    ${input('mobile', l.t('application.status.mobile'), '', 11, mobile)}
    <div class="actions bar no-print">
      <wr-button class="primary" variant="primary" size="large" ?disabled=${flow.busy} @click=${() => h.checkStatus()}>${l.t('application.status.check')}</wr-button>
      <wr-button variant="secondary" size="large" @click=${() => h.back()}>${l.t('application.back')}</wr-button>
    </div>
    ${statusResult(h)}`
}
