// Sensitive personal information (PIPL 28–29): its own screen, nothing ticked, purpose and
// retention said plainly. Then the ID number, only when chosen, and the integrity pledge (LAL 41).
import { html, type TemplateResult } from 'lit'
import { joinSpeech, type ChoiceChangeDetail } from '@workroom/core'
import type { Finances } from '../from-screening.js'
import { field, heading, list, nav, summary } from './parts.js'
import type { ApplicationViewHost } from './host.js'

/** The finances as the resident gave them, in words ("家里 3 口人、每月总收入没有超过 7,776 元"). */
export function financeWords(h: ApplicationViewHost, f: Finances): string[] {
  const { l } = h
  const out: string[] = []
  if (f.householdSize !== undefined) out.push(l.t('application.finance.size', { count: f.householdSize }))
  if (f.monthlyIncome !== undefined) out.push(l.t('application.finance.income', { amount: l.number(f.monthlyIncome) }))
  const within = withinWords(h, f)
  if (within) out.push(within)
  if (f.valuableAssets !== undefined) out.push(l.t(`application.finance.${f.valuableAssets ? 'assets' : 'noAssets'}`))
  return out
}

/** The tap answer to the income question, against the line for the household's size. */
export function withinWords(h: ApplicationViewHost, f: Finances): string {
  if (f.incomeWithinLine === undefined) return ''
  const total = f.line !== undefined && f.householdSize !== undefined ? h.l.number(Math.round(f.line * f.householdSize)) : ''
  return h.l.t(`application.finance.${f.incomeWithinLine ? 'within' : 'over'}${total ? '' : 'NoLine'}`, { total })
}

export function consentView(h: ApplicationViewHost): TemplateResult {
  const { l, flow } = h
  const d = flow.draft
  const known = flow.known
  const items = [
    ...(flow.hasFinances && known ? [{ value: 'finances', label: l.t('application.consent.finances', { summary: list(h, financeWords(h, known.finances)) }) }] : []),
    { value: 'id-number', label: l.t('application.consent.idNumber') },
  ]
  const value = [...(d.shareFinances ? ['finances'] : []), ...(d.giveId ? ['id-number'] : [])]
  const words = ['lead', 'purpose', 'who', 'keep', 'withdraw'].map((k) => l.t(`application.consent.${k}`))
  return html`${heading(h, 'application.steps.consent', ...words)} ${summary(h)}
    <p>${words[0]}</p>
    <wr-choice-list id="field-consent" multiple name="consent" legend=${l.t('application.consent.legend')} .options=${items} .value=${value}
      @wr-choice-change=${(e: CustomEvent<ChoiceChangeDetail>) => {
        const v = e.detail.value as string[]
        flow.keep('shareFinances', v.includes('finances'))
        flow.keep('giveId', v.includes('id-number'))
      }}></wr-choice-list>
    <ul class="plain">${words.slice(1).map((w) => html`<li>${w}</li>`)}</ul>
    ${nav(h)}`
}

export function idView(h: ApplicationViewHost): TemplateResult {
  const { l, flow } = h
  return html`${heading(h, 'application.steps.id', l.t('application.id.hint'))} ${summary(h)}
    ${field(h, 'idNumber', l.t('application.id.label'), { hint: l.t('application.id.hint'), maxlength: 18, keypad: 'id', required: true })}
    ${nav(
      h,
      'application.continue',
      html`<wr-button variant="secondary" size="large" @click=${() => {
        flow.keep('giveId', false)
        h.next()
      }}>${l.t('application.id.skip')}</wr-button>`,
    )}`
}

/** The pledge's words as read aloud: the pledge, the LAL 64 warning (once), and that staff read it to anyone. */
export function pledgeSpeech(h: ApplicationViewHost): string {
  const { l } = h
  return joinSpeech([l.t('application.steps.pledge'), l.t('application.pledge.text'), l.t('application.pledge.warning'), l.t('application.pledge.staff')], l.lang)
}

export function pledgeView(h: ApplicationViewHost): TemplateResult {
  const { l } = h
  return html`<div class="head">
      <h2 part="heading" tabindex="-1">${l.t('application.steps.pledge')}</h2>
    </div>
    <p>${l.t('application.pledge.lead')}</p>
    <blockquote class="pledge" part="pledge"><p>${l.t('application.pledge.text')}</p></blockquote>
    <wr-read-aloud class="no-print" subject=${l.t('application.pledge.listen')} .text=${pledgeSpeech(h)}
      @wr-read-aloud-change=${(e: CustomEvent<{ speaking: boolean }>) => e.detail.speaking && h.flow.keep('pledgeHeard', true)}></wr-read-aloud>
    <p class="note"><strong>${l.t('application.pledge.warning')}</strong></p>
    <p class="muted">${l.t('application.pledge.staff')}</p>
    ${nav(h, 'application.pledge.agree')}`
}
