// Text that must read left to right inside right-to-left Uyghur: time ranges, dates in digits,
// phone numbers, booking codes, ID numbers. Without isolation, `09:30–10:00` after Arabic letters
// shows as `10:00–09:30`. One helper for templates (a <bdi dir="ltr">) and one for text that goes
// through a translation or an attribute (Unicode LRI … PDI, which screen readers skip).
import { html, type TemplateResult } from 'lit'

const LRI = '\u2066'
const PDI = '\u2069'

/** `value` isolated left to right, for a Lit template position; kept on one line (a time range never breaks at its dash). */
export function ltr(value: string | number): TemplateResult {
  return html`<bdi dir="ltr" class="wr-ltr">${value}</bdi>`
}

/** `value` isolated left to right inside a plain string (a translation's placeholder, a label). */
export function ltrText(value: string | number): string {
  return `${LRI}${value}${PDI}`
}

/** A clock-time range, start → end whatever the direction around it: `09:30–10:00`. */
export function timeRange(start: string, end: string): string {
  return ltrText(`${start}–${end}`)
}
