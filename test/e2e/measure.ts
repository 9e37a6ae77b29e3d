// What a browser can measure of a kiosk screen as a resident meets it: where the primary action
// sits, whether anything overflows sideways, targets too small to hit, inputs the browser may
// autofill, and every tap and typed character a flow took.
import type { Page } from 'playwright-core'

export const VIEWPORTS = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
  phone: { width: 390, height: 844 },
  small: { width: 320, height: 640 },
} as const
export type ViewportName = keyof typeof VIEWPORTS

export interface ScreenMeasure {
  /** The primary action of the step (the large button of its bottom bar), in viewport pixels. */
  primary?: { top: number; bottom: number; left: number; right: number; width: number; height: number; label: string }
  /** Document width beyond the viewport, px (0 is right). */
  overflow: number
  /** Visible controls smaller than `min` (either side), with their labels. */
  small: string[]
  /** Visible controls of the bottom bar smaller than `primaryMin`. */
  smallPrimary: string[]
  /** Inputs without autocomplete="off". */
  autofill: string[]
  /** Calendar dates broken over two lines. */
  wrapped: string[]
}

/** Measures the screen now showing. `min` is the least side of any target, `primaryMin` of the bar's. */
export async function measure(page: Page, min = 48, primaryMin = 48): Promise<ScreenMeasure> {
  // The TypeScript loader names arrow functions with a helper the page lacks: give the page one.
  await page.evaluate('globalThis.__name ??= (f) => f')
  return page.evaluate(
    ([min, primaryMin]) => {
      const all: Element[] = []
      const stack: (Element | ShadowRoot | Document)[] = [document]
      while (stack.length) {
        const node = stack.pop()!
        for (const child of Array.from(node.children)) {
          all.push(child)
          stack.push(child)
          if (child.shadowRoot) stack.push(child.shadowRoot)
        }
      }
      const visible = all.filter((el) => {
        const r = el.getBoundingClientRect()
        if (r.width === 0 || r.height === 0) return false
        const s = getComputedStyle(el)
        return s.visibility !== 'hidden' && s.display !== 'none' && !el.closest('.visually-hidden')
      })
      const name = (el: Element) => `${el.localName}“${(el.textContent ?? el.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim().slice(0, 24)}”`
      // Targets: native buttons and the labels that wrap an input (whole cards), summaries, links.
      const targets = visible.filter((el) =>
        (el.localName === 'button' || el.localName === 'summary' || (el.localName === 'a' && el.hasAttribute('href')) || (el.localName === 'label' && el.querySelector('input'))) &&
        !(el.getRootNode() as ShadowRoot).host?.closest?.('.visually-hidden'),
      )
      const small = targets
        .filter((el) => {
          const r = el.getBoundingClientRect()
          // A skip link is off screen until focused.
          if (r.right <= 0 || r.left < -100) return false
          // Seven calendar columns of 48 px do not fit a 320 px phone: there they share the width
          // (never under 36 px), and the soonest free times come first as full-width buttons.
          if (el.classList.contains('day') && innerWidth < 7 * min + 48) return Math.round(r.width) < 36 || Math.round(r.height) < min
          return Math.round(r.width) < min || Math.round(r.height) < min
        })
        .map((el) => `${name(el)} ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`)
      const bar = visible.filter((el) => el.classList.contains('bar'))
      const barButtons = bar.flatMap((b) => Array.from(b.querySelectorAll('wr-button'))).map((w) => w.shadowRoot?.querySelector('button')).filter((b): b is HTMLButtonElement => !!b)
      const smallPrimary = barButtons
        .filter((b) => Math.round(b.getBoundingClientRect().height) < primaryMin || Math.round(b.getBoundingClientRect().width) < primaryMin)
        .map((b) => `${name(b)} ${Math.round(b.getBoundingClientRect().width)}×${Math.round(b.getBoundingClientRect().height)}`)
      const primaryHost = bar.flatMap((b) => Array.from(b.querySelectorAll('wr-button[size="large"]')))[0]
      const pb = primaryHost?.shadowRoot?.querySelector('button')?.getBoundingClientRect()
      const autofill = all
        .filter((el) => (el.localName === 'input' && (el as HTMLInputElement).type !== 'radio' && (el as HTMLInputElement).type !== 'checkbox') || el.localName === 'textarea')
        .filter((el) => el.getAttribute('autocomplete') !== 'off')
        .map((el) => `${name(el)} autocomplete=${el.getAttribute('autocomplete')}`)
      // A two-digit date broken over two lines is taller than one line of its text.
      const wrapped = visible
        .filter((el) => el.classList.contains('day'))
        .map((el) => el.querySelector('span'))
        .filter((sp): sp is HTMLSpanElement => !!sp && sp.getBoundingClientRect().height > 1.8 * parseFloat(getComputedStyle(sp).fontSize))
        .map((sp) => sp.textContent ?? '')
      return {
        wrapped,
        ...(pb && primaryHost
          ? { primary: { top: pb.top, bottom: pb.bottom, left: pb.left, right: pb.right, width: pb.width, height: pb.height, label: (primaryHost.textContent ?? '').trim() } }
          : {}),
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        small,
        smallPrimary,
        autofill,
      }
    },
    [min, primaryMin] as const,
  )
}

/** Counts the resident's taps (pointer downs) and typed characters on the page from now on. */
export async function startCounting(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __wrCount: { taps: number; keys: number } }
    w.__wrCount = { taps: 0, keys: 0 }
    document.addEventListener('pointerdown', () => w.__wrCount.taps++, true)
    // Characters that reach a text field from a keyboard (the on-screen keypad is taps).
    document.addEventListener('beforeinput', (e) => {
      if ((e as InputEvent).inputType.startsWith('insert')) w.__wrCount.keys += ((e as InputEvent).data ?? '').length
    }, true)
  })
}

export function counted(page: Page): Promise<{ taps: number; keys: number }> {
  return page.evaluate(() => (window as unknown as { __wrCount: { taps: number; keys: number } }).__wrCount)
}
