import { sendKeys } from '@web/test-runner-commands'
import type { WrAidScreener } from '@workroom/screening'
import boText from '../../packages/screening/src/locales/bo.json' with { type: 'json' }
import ugText from '../../packages/screening/src/locales/ug.json' with { type: 'json' }

/** Drives <wr-aid-screener> the way a resident does: taps on answer cards, typing, Next. */
export function root(el: WrAidScreener): ShadowRoot {
  return el.shadowRoot!
}

export function heading(el: WrAidScreener): string {
  return root(el).querySelector('h2')!.textContent!.trim()
}

/** The fact the current question asks about ('' on the start or result page). */
export function currentFact(el: WrAidScreener): string {
  const list = root(el).querySelector('wr-choice-list')
  if (list) return list.getAttribute('name') ?? ''
  return root(el).querySelector('wr-text-field') ? (el as unknown as { result: { next?: string } }).result.next ?? '' : ''
}

async function settle(el: WrAidScreener): Promise<void> {
  await el.updateComplete
  for (const child of root(el).querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await child.updateComplete
  await el.updateComplete
}

export async function tapButton(el: WrAidScreener, label: string): Promise<void> {
  const btn = [...root(el).querySelectorAll('wr-button')].find((b) => b.textContent!.trim().startsWith(label))
  if (!btn) throw new Error(`no button "${label}" on "${heading(el)}"`)
  btn.shadowRoot!.querySelector('button')!.click()
  await settle(el)
}

/** Taps the answer card(s) with these values. */
export async function tapAnswer(el: WrAidScreener, ...values: string[]): Promise<void> {
  const list = root(el).querySelector('wr-choice-list')
  if (!list) throw new Error(`no answer cards on "${heading(el)}"`)
  for (const value of values) {
    const input = [...list.shadowRoot!.querySelectorAll('input')].find((i) => i.value === value)
    if (!input) throw new Error(`no answer "${value}" for "${heading(el)}"`)
    input.closest('label')!.click()
    await settle(el)
  }
}

/**
 * Types into the question's field as a resident would. The screener moves focus to each new
 * question's heading a frame after it renders; typing before that would send the first keys to the
 * heading, so wait a frame, and check what landed in the field (retyping once if focus moved).
 */
export async function typeAnswer(el: WrAidScreener, text: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
    const field = root(el).querySelector('wr-text-field')!
    const input = field.shadowRoot!.querySelector('input')!
    input.focus()
    input.select()
    await sendKeys({ type: text })
    await settle(el)
    if (input.value === text) return
  }
  throw new Error(`could not type "${text}" into "${heading(el)}"`)
}

/** The Next button in each language a test drives the screener in. */
const NEXT: Record<string, string> = { en: 'Next', bo: boText.nav.next, ug: ugText.nav.next }

export async function next(el: WrAidScreener): Promise<void> {
  await tapButton(el, NEXT[el.lang] ?? '下一步')
}

/** The typed form a resident may choose instead of a tap question, and the button that opens it. */
const TYPED: Record<string, { fact: string; button: string }> = {
  'household.incomeWithinLine': { fact: 'household.monthlyIncome', button: '我知道具体金额' },
}

/**
 * Answers whatever is asked from `facts` until the result shows; returns the facts asked, in order.
 * A fact given in its typed form (an income amount for the income tap) is typed, as a resident may.
 */
export async function answerUntilResult(el: WrAidScreener, facts: Record<string, unknown>, limit = 15): Promise<string[]> {
  const asked: string[] = []
  for (let i = 0; i < limit; i++) {
    const fact = currentFact(el)
    if (!fact) return asked
    asked.push(fact)
    const typed = TYPED[fact]
    if (!(fact in facts) && typed && typed.fact in facts) {
      await tapButton(el, typed.button)
      await typeAnswer(el, String(facts[typed.fact]))
      await next(el)
      continue
    }
    if (!(fact in facts)) throw new Error(`asked "${fact}", which the test did not expect (asked so far: ${asked.join(', ')})`)
    const v = facts[fact]
    if (typeof v === 'number' && !root(el).querySelector('wr-text-field')) await tapAnswer(el, String(v))
    else if (typeof v === 'number') await typeAnswer(el, String(v))
    else if (typeof v === 'boolean') await tapAnswer(el, v ? 'yes' : 'no')
    else if (Array.isArray(v)) await tapAnswer(el, ...(v.length ? (v as string[]) : ['none']))
    else await tapAnswer(el, String(v))
    await next(el)
  }
  throw new Error('no result after many questions')
}
