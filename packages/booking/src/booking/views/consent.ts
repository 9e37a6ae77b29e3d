import { html, nothing, type TemplateResult } from 'lit'
import { localizeHtml, tHtml } from '@workroom/core'
import { localize } from '../../constants.js'
import { alert, heading, hold, holdSpeech } from './parts.js'
import type { BookingViewHost } from './host.js'

/** What is kept, why, by whom, how long, and how to withdraw — before anything is stored. */
export function consentView(h: BookingViewHost): TemplateResult {
  const { l, flow } = h
  const s = flow.service!
  const extra = (s.needsIdNumber ? l.t('consent.extraId') : '') + (s.needsDescription || s.asksOtherParty ? l.t('consent.extraDescription') : '')
  const points = [
    l.t('consent.what', { extra }),
    l.t('consent.why'),
    l.t('consent.who', { controller: localize(h.config.dataController, l.lang) }),
    l.t('consent.howLong', { days: h.config.retentionDays }),
    l.t('consent.withdraw'),
  ]
  // On screen, the data controller a county wrote only in Chinese is marked as Chinese.
  const shown: unknown[] = [...points]
  shown[2] = tHtml(l, 'consent.who', { controller: localizeHtml(h.config.dataController, l.lang) })
  return html`${heading(h, 'steps.consent', holdSpeech(h), ...points)} ${alert(h)} ${hold(h)}
    <ul>
      ${shown.map((p) => html`<li>${p}</li>`)}
    </ul>
    <div class="actions bar">
      ${flow.holdExpired ? nothing : html`<wr-button class="primary" variant="primary" size="large" ?pending=${flow.busy} @click=${() => h.confirm()}>${l.t('consent.agree')}</wr-button>`}
      <wr-button variant="secondary" size="large" @click=${() => flow.go('details')}>${l.t('consent.disagree')}</wr-button>
    </div>`
}
