// Real input through the browser (Chrome DevTools protocol), not synthetic events, so focus,
// :focus-visible and default actions behave as for a person.
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands'

/** Clicks the centre of `el` with the mouse pointer. */
export async function tap(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center', inline: 'center' })
  const r = el.getBoundingClientRect()
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] })
  await resetMouse()
}

/** Presses one key (e.g. 'Tab', 'Enter', 'Shift+Tab', 'ArrowDown') on the focused element. */
export async function pressKey(key: string): Promise<void> {
  await sendKeys({ press: key })
}

/** Types text into the focused element, key by key. */
export async function typeText(text: string): Promise<void> {
  await sendKeys({ type: text })
}
