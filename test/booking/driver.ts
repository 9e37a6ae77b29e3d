import type { WrBooking } from '@workroom/booking'
import { tap } from '../helpers/index.js'

/** Drives <wr-booking> the way a resident does. */
export const root = (el: WrBooking): ShadowRoot => el.shadowRoot!
export const heading = (el: WrBooking): string => root(el).querySelector('h2')!.textContent!.trim()

export async function settle(el: WrBooking): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete
    for (const child of root(el).querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await child.updateComplete
    await new Promise((r) => setTimeout(r, 0))
  }
}

export function button(el: WrBooking, label: string): HTMLElement {
  const btn = [...root(el).querySelectorAll<HTMLElement>('wr-button')].find((b) => b.textContent!.trim().startsWith(label))
  if (!btn) throw new Error(`no button "${label}" on "${heading(el)}"`)
  return btn
}

export async function tapButton(el: WrBooking, label: string): Promise<void> {
  await tap(button(el, label).shadowRoot!.querySelector('button')!)
  await settle(el)
}

export async function tapChoice(el: WrBooking, name: string, value: string): Promise<void> {
  const list = root(el).querySelector(`wr-choice-list[name="${name}"]`)!
  const input = [...list.shadowRoot!.querySelectorAll('input')].find((i) => i.value === value)!
  await tap(input.closest('label')!)
  await settle(el)
}

export function field(el: WrBooking, name: string): HTMLInputElement {
  return root(el).querySelector(`wr-text-field[name="${name}"]`)!.shadowRoot!.querySelector('input')!
}

export function day(el: WrBooking, date: string): HTMLButtonElement {
  return root(el).querySelector<HTMLButtonElement>(`button[data-date="${date}"]`)!
}

/** The usual way to the details step: the Tuesday legal adviser (demo config), no priority group, 3 March 2026 at 09:00. */
export async function toDetails(el: WrBooking): Promise<void> {
  await tapChoice(el, 'service', 'adviser')
  await tapButton(el, '下一步')
  await tapChoice(el, 'group', 'none')
  await tapButton(el, '下一步')
  await tap(day(el, '2026-03-03'))
  await settle(el)
  await tapButton(el, '09:00')
}
