import { html, nothing, type TemplateResult } from 'lit'
import { localizeHtml, tHtml } from '@workroom/core'
import { localize } from '../../constants.js'
import { formatFullDay } from '../../format.js'
import { alert, back, beijing, field, heading, summary } from './parts.js'
import { codeSchema, mobileSchema } from './schemas.js'
import type { BookingViewHost } from './host.js'

/** Change or cancel: find the booking by code and mobile, then move or cancel it. */
export function manageView(h: BookingViewHost): TemplateResult {
  const { l, flow } = h
  const b = flow.found
  const name = b && h.config.services.find((s) => s.id === b.serviceId)?.name
  const time = b ? `${formatFullDay(b.start.slice(0, 10), l.lang)} ${beijing(h, b.start)}` : ''
  const found = b ? l.t('manage.found', { service: localize(name, l.lang), time }) : ''
  const message = flow.manageMessage ? l.t(flow.manageMessage) : ''
  return html`${heading(h, 'steps.manage', message, found || l.t('manage.codeHint'))} ${summary(h)} ${alert(h)}
    ${message ? html`<p class="ok" role="status">${message}</p>` : nothing}
    ${b
      ? html`<p>${tHtml(l, 'manage.found', { service: localizeHtml(name, l.lang), time })}</p>
          ${b.status === 'booked'
            ? html`<div class="actions">
                <wr-button variant="primary" @click=${() => flow.startReschedule()}>${l.t('manage.reschedule')}</wr-button>
                <wr-button variant="danger" ?disabled=${flow.busy} @click=${() => flow.cancelFound()}>${l.t('manage.cancel')}</wr-button>
              </div>`
            : nothing}`
      : html`<div class="pads">
            ${field(h, 'code', l.t('manage.code'), { hint: l.t('manage.codeHint'), required: true, schema: codeSchema, maxlength: h.kiosk ? 8 : 9, keypad: 'digits' })}
            ${field(h, 'mobile', l.t('manage.mobile'), { type: 'tel', required: true, schema: mobileSchema, autocomplete: 'tel', maxlength: h.kiosk ? 11 : 20, keypad: 'digits' })}
          </div>
          <div class="actions bar"><wr-button class="primary" variant="primary" size="large" ?pending=${flow.busy} @click=${() => h.findBooking()}>${l.t('manage.find')}</wr-button>
            <wr-button variant="secondary" size="large" @click=${() => h.reset()}>${l.t('back')}</wr-button></div>`}
    ${b ? back(h, () => h.reset()) : nothing}`
}
