import { html, nothing, type TemplateResult } from 'lit'
import { localizeHtml, ltr } from '@workroom/core'
import { localize } from '../../constants.js'
import { clockFromIso, formatFullDay } from '../../format.js'
import { heading } from './parts.js'
import type { BookingViewHost } from './host.js'
import { renderTicketContact } from '../ticket-contact.js'

/** The confirmation: code, when, where, QR code, a printable ticket. */
export function doneView(h: BookingViewHost): TemplateResult {
  const { l, flow } = h
  const b = flow.booking!
  const s = flow.service
  const place = h.config.places.find((p) => p.id === b.placeId)
  const range = `${clockFromIso(b.start)}–${clockFromIso(b.end)}`
  const when = `${formatFullDay(b.start.slice(0, 10), l.lang)} ${range}${l.t('core:text.aside', { text: l.t('beijingTime') })}`
  const where = `${localize(place?.name, l.lang)} ${localize(place?.address, l.lang)}`
  const spelled = b.code.split('').join(' ')
  return html`${heading(h, 'steps.done', `${l.t('done.code')} ${spelled}`, when, where, l.t('done.codeHint'))}
    <div class="ticket" part="ticket">
      <p>${l.t('done.code')}</p>
      <p class="code" aria-label=${spelled}><bdi dir="ltr">${b.code}</bdi></p>
      <dl>
        <dt>${l.t('done.service')}</dt><dd>${localizeHtml(s?.name, l.lang)}</dd>
        <dt>${l.t('done.when')}</dt><dd>${formatFullDay(b.start.slice(0, 10), l.lang)} ${ltr(range)}${l.t('core:text.aside', { text: l.t('beijingTime') })}</dd>
        <dt>${l.t('done.where')}</dt><dd>${localizeHtml(place?.name, l.lang)} ${localizeHtml(place?.address, l.lang)}</dd>
        ${s?.joinMethod ? html`<dt>${l.t('done.join')}</dt><dd>${localizeHtml(s.joinMethod.instructions, l.lang)}</dd>` : nothing}
      </dl>
      <wr-qr-code value=${h.qrPrefix + b.code} label=${l.t('done.qr')}>${l.t('done.qr')}</wr-qr-code>
      <p>${l.t('done.codeHint')}</p>
      <p>${l.t(h.contact.phone ? 'done.manageCall' : 'done.manage')}</p>
      ${renderTicketContact(l, h.contact)}
    </div>
    <div class="actions bar no-print">
      <wr-button class="primary" variant="primary" size="large" @click=${() => h.reset()}>${l.t('done.again')}</wr-button>
      <wr-button variant="secondary" size="large" @click=${() => window.print()}>${l.t('done.print')}</wr-button>
    </div>`
}
