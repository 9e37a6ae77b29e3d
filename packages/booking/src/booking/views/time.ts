import { html, nothing, type TemplateResult } from 'lit'
import { ltr } from '@workroom/core'
import { clockFromIso, formatDay, formatFullDay } from '../../format.js'
import { earliestAvailable } from '../../slots.js'
import { alert, back, beijing, heading } from './parts.js'
import type { BookingViewHost } from './host.js'

/**
 * The day's free times; on a full day, the next free time and the waiting list. A time's label is one
 * span, so it wraps as one line of text (as separate flex items the range and 北京时间 became columns).
 */
export function timeView(h: BookingViewHost): TemplateResult {
  const { l, flow } = h
  const day = flow.slots.filter((s) => s.date === flow.date)
  const open = day.filter((s) => s.remaining > 0)
  const next = open.length ? undefined : earliestAvailable(flow.slots.filter((s) => s.start > (day.at(-1)?.start ?? '')))
  const nextText = next ? l.t('time.nextFree', { time: `${formatDay(next.date, l.lang)} ${beijing(h, next.start)}` }) : ''
  const say = [formatFullDay(flow.date, l.lang), l.t('time.hint'), ...(open.length ? open.map((s) => `${clockFromIso(s.start)}–${clockFromIso(s.end)}`) : [l.t('time.dayFull'), nextText])]
  return html`${heading(h, 'steps.time', ...say)} ${alert(h)}
    <p><strong>${formatFullDay(flow.date, l.lang)}</strong></p>
    <p class="hint">${l.t('time.hint')}</p>
    ${open.length
      ? html`<ul class="times">
          ${open.map(
            (s) => html`<li>
              <wr-button variant="secondary" size="large" full-width ?disabled=${flow.busy} @click=${() => flow.takeSlot(s)}>
                <span>${ltr(`${clockFromIso(s.start)}–${clockFromIso(s.end)}`)}${l.t('core:text.aside', { text: l.t('beijingTime') })} · ${l.t('time.places', { count: s.remaining })}</span>
              </wr-button>
            </li>`,
          )}
        </ul>`
      : html`<p class="note">${l.t('time.dayFull')}</p>
          ${next
            ? html`<p>${nextText}</p>
                <wr-button variant="primary" @click=${() => flow.takeSlot(next)}>${l.t('time.takeNext')}</wr-button>`
            : nothing}
          ${flow.waitlisted
            ? html`<p class="ok" role="status">${l.t('time.waitlisted', { position: flow.waitlisted })}</p>`
            : html`<wr-button variant="secondary" @click=${() => flow.startWaitlist()}>${l.t('time.waitlist')}</wr-button>`}`}
    ${back(h, () => flow.go('day'))}`
}
