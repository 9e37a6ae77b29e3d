import { html, nothing, type TemplateResult } from 'lit'
import { ltr, rovingFocus } from '@workroom/core'
import { clockFromIso, formatDay, formatMonth } from '../../format.js'
import { earliestAvailable } from '../../slots.js'
import { addDays, weekdayOf, type IsoDate } from '../../time.js'
import { alert, back, beijing, heading } from './parts.js'
import type { BookingViewHost } from './host.js'

/** Arrow keys, Home and End move between days (one tab stop for the whole grid). */
const onGridKey = rovingFocus({ selector: 'button[data-date]' })

export function dayView(h: BookingViewHost): TemplateResult {
  const { l, flow } = h
  const today = flow.today
  const byDate = flow.placesByDate()
  const horizon = flow.service?.horizonDays ?? 30
  const first = addDays(today, 1 - weekdayOf(today))
  const last = addDays(today, horizon)
  const weeks: IsoDate[][] = []
  for (let d = first; d <= last; d = addDays(d, 7)) weeks.push([0, 1, 2, 3, 4, 5, 6].map((i) => addDays(d, i)))
  const focusDate = flow.date && byDate.get(flow.date) ? flow.date : ([...byDate].find(([, n]) => n > 0)?.[0] ?? today)
  const earliest = flow.priority ? earliestAvailable(flow.slots) : undefined
  const earliestText = earliest ? l.t('day.earliest', { time: `${formatDay(earliest.date, l.lang)} ${beijing(h, earliest.start)}` }) : ''
  const freeDays = [...byDate].filter(([, n]) => n > 0).slice(0, 5).map(([d]) => formatDay(d, l.lang))
  const say = [earliestText, l.t('day.hint'), freeDays.length ? l.t('day.freeDays', { days: l.list(freeDays) }) : l.t('day.none')]
  // The soonest free times as big buttons first: most residents want "the next one", and a month
  // grid is hard to read for many. Each label is one span: the button lays its children side by
  // side, and the day, the range and 北京时间 as three of them wrapped into narrow columns (Tibetan at 320 px).
  const soonest = flow.slots.filter((s) => s.remaining > 0).sort((a, b) => a.start.localeCompare(b.start)).slice(0, h.kiosk ? 4 : 3)
  return html`${heading(h, 'steps.day', ...say)} ${alert(h)}
    ${soonest.length && !earliest
      ? html`<section class="soonest" aria-labelledby="soonest">
          <h3 id="soonest">${l.t('day.soonest')}</h3>
          <p class="hint">${l.t('day.soonestHint')}</p>
          <ul class="times">
            ${soonest.map(
              (s) => html`<li><wr-button variant="secondary" size="large" full-width ?disabled=${flow.busy} @click=${() => flow.takeSlot(s)}>
                <span>${formatDay(s.date, l.lang)} ${ltr(`${clockFromIso(s.start)}–${clockFromIso(s.end)}`)}${l.t('core:text.aside', { text: l.t('beijingTime') })}</span></wr-button></li>`,
            )}
          </ul>
        </section>
        <h3>${l.t('day.orCalendar')}</h3>`
      : nothing}
    ${earliest
      ? html`<div class="ok">
          <p>${earliestText}</p>
          <wr-button variant="primary" @click=${() => flow.takeSlot(earliest)}>${l.t('day.takeEarliest')}</wr-button>
        </div>`
      : nothing}
    <p class="hint" id="day-hint">${l.t('day.hint')}</p>
    ${flow.slots.length === 0 && !flow.busy ? html`<p class="note">${l.t('day.none')}</p>` : nothing}
    <p class="month" id="month">${formatMonth(today, l.lang)}</p>
    <table part="calendar" role="grid" aria-labelledby="month" aria-describedby="day-hint" @keydown=${onGridKey}>
      <thead><tr>${([1, 2, 3, 4, 5, 6, 7] as const).map((w) => html`<th scope="col">${l.t(`day.weekdays.${w}`)}</th>`)}</tr></thead>
      <tbody>
        ${weeks.map(
          (week) => html`<tr>
            ${week.map((d) => {
              if (d < today || d > last) return html`<td></td>`
              const free = byDate.get(d) ?? 0
              const offered = byDate.has(d)
              const mark = free > 0 ? 'available' : offered ? 'full' : 'closed'
              return html`<td>
                <button type="button" class="day ${free > 0 ? 'free' : ''}" data-date=${d} tabindex=${d === focusDate ? 0 : -1}
                  aria-disabled=${offered ? 'false' : 'true'} aria-pressed=${d === flow.date ? 'true' : 'false'}
                  aria-label=${`${formatDay(d, l.lang)}，${l.t(`day.${mark}`)}`}
                  @click=${() => flow.chooseDay(d)}>
                  <span aria-hidden="true">${+d.slice(8)}</span><span class="mark" aria-hidden="true">${free > 0 ? '●' : ''}</span>
                </button>
              </td>`
            })}
          </tr>`,
        )}
      </tbody>
    </table>
    ${back(h, () => flow.go('group'))}`
}
