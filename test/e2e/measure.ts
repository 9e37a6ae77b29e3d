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
          // A skip link is off screen until focused (off the right-hand edge in right to left).
          if (r.right <= 0 || r.left < -100 || r.left >= innerWidth) return false
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
      // A two-digit date broken over two lines is taller than one line of its text (Tibetan's line is 1.9 em).
      const oneLine = (sp: HTMLElement) => {
        const st = getComputedStyle(sp)
        return st.lineHeight === 'normal' ? 1.2 * parseFloat(st.fontSize) : parseFloat(st.lineHeight)
      }
      const wrapped = visible
        .filter((el) => el.classList.contains('day'))
        .map((el) => el.querySelector('span'))
        .filter((sp): sp is HTMLSpanElement => !!sp && sp.getBoundingClientRect().height > 1.5 * oneLine(sp))
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

export interface TextMeasure {
  /** Visible text in a box that hides its overflow and is taller (or wider) than the box: cut off. */
  clipped: string[]
  /** Tibetan text whose line height is under 1.2 × its font size: the stacks stick out of the line. */
  tight: string[]
  /** Time ranges (09:30–10:00) whose end shows left of their start: read backwards in right to left. */
  reversed: string[]
  /** Time ranges measured for `reversed` (to show the check found some). */
  ranges: number
  /** Visible Chinese text whose nearest `lang` (through shadow hosts) is not zh-*: read in the wrong language. */
  unmarked: string[]
}

/**
 * What a reader of `lang` notices of the text now on screen: text cut off by its box, Tibetan
 * stacks squeezed by a tight line height, time ranges the wrong way round, Chinese marked as
 * another language (a screen reader reads it with the wrong voice, a browser picks the wrong font).
 */
export async function measureText(page: Page, lang: string): Promise<TextMeasure> {
  await page.evaluate('globalThis.__name ??= (f) => f')
  return page.evaluate((lang) => {
    const texts: Text[] = []
    const elements: Element[] = []
    const stack: Node[] = [document.body]
    while (stack.length) {
      const node = stack.pop()!
      if (node.nodeType === Node.TEXT_NODE) {
        if ((node.textContent ?? '').trim()) texts.push(node as Text)
        continue
      }
      if (node instanceof Element) {
        if (node.localName === 'style' || node.localName === 'script' || node.localName === 'template') continue
        elements.push(node)
        if (node.shadowRoot) stack.push(node.shadowRoot)
      }
      stack.push(...Array.from(node.childNodes))
    }
    const shown = new Map<Element, boolean>()
    const isShown = (el: Element): boolean => {
      let v = shown.get(el)
      if (v !== undefined) return v
      const r = el.getBoundingClientRect()
      const s = getComputedStyle(el)
      // Screen-reader-only text is a 1 px clipped box on purpose.
      v = r.width > 1 && r.height > 1 && s.visibility !== 'hidden' && s.display !== 'none' && s.opacity !== '0' && !el.closest('.visually-hidden, [hidden]')
      shown.set(el, v)
      return v
    }
    const parentOf = (n: Node): Element | null => {
      const p = n.parentNode
      if (!p) return null
      if (p instanceof ShadowRoot) return p.host
      return p instanceof Element ? p : null
    }
    const name = (el: Element, text?: string) =>
      `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${Array.from(el.classList).join('.')}` : ''}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} in ${(el.getRootNode() as ShadowRoot).host?.localName ?? 'page'}“${(text ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}”`
    const visibleTexts = texts.filter((t) => {
      const el = parentOf(t)
      return !!el && isShown(el)
    })

    // 1. Text cut off: a box that hides its overflow, with text inside that does not fit.
    const clipped: string[] = []
    for (const el of elements) {
      if (!isShown(el)) continue
      const s = getComputedStyle(el)
      const hidesY = s.overflowY === 'hidden' || s.overflowY === 'clip'
      const hidesX = s.overflowX === 'hidden' || s.overflowX === 'clip'
      if (!hidesY && !hidesX) continue
      if (!(el.textContent ?? '').trim() && !el.shadowRoot?.textContent?.trim()) continue
      if (s.textOverflow === 'ellipsis') continue
      const cutY = hidesY && el.scrollHeight > el.clientHeight + 1
      const cutX = hidesX && el.scrollWidth > el.clientWidth + 1
      if (cutY || cutX) clipped.push(`${name(el)} ${cutY ? `${el.scrollHeight} in ${el.clientHeight} high` : ''}${cutX ? `${el.scrollWidth} in ${el.clientWidth} wide` : ''}`)
    }

    // 2. Tibetan line boxes: a fixed line height under 1.2 em cuts the stacks above and below.
    const tight: string[] = []
    if (lang === 'bo') {
      const seen = new Set<Element>()
      for (const t of visibleTexts) {
        if (!/[\u0F00-\u0FFF]/.test(t.textContent ?? '')) continue
        const el = parentOf(t)!
        if (seen.has(el)) continue
        seen.add(el)
        const s = getComputedStyle(el)
        const size = parseFloat(s.fontSize)
        const line = s.lineHeight === 'normal' ? Infinity : parseFloat(s.lineHeight)
        if (line < 1.2 * size - 0.5) tight.push(`${name(el, t.textContent ?? '')} line ${line} px for ${size} px type`)
      }
    }

    // 3. Time ranges, start → end on screen: a DOM Range over each end (its glyphs' boxes).
    const reversed: string[] = []
    let ranges = 0
    const order = (nodes: Text[], full: string, start: [number, number], end: [number, number], where: Element) => {
      const at = (i: number): [Text, number] => {
        let k = i
        for (const n of nodes) {
          const len = (n.textContent ?? '').length
          if (k <= len) return [n, k]
          k -= len
        }
        const last = nodes[nodes.length - 1]!
        return [last, (last.textContent ?? '').length]
      }
      const box = ([a, b]: [number, number]) => {
        const r = document.createRange()
        r.setStart(...at(a))
        r.setEnd(...at(b))
        return r.getBoundingClientRect()
      }
      const s = box(start)
      const e = box(end)
      if (!s.width || !e.width) return
      ranges++
      // On one line the start is left of the end; wrapped onto two lines, the end is lower.
      const sameLine = Math.abs(s.top - e.top) < Math.min(s.height, e.height) / 2
      if (sameLine ? s.left >= e.left : s.top > e.top) reversed.push(`${name(where, full)}: “${full.slice(start[0], start[1])}” at ${Math.round(s.left)}, “${full.slice(end[0], end[1])}” at ${Math.round(e.left)}`)
    }
    const textsUnder = (root: Element): Text[] => {
      const out: Text[] = []
      const st: Node[] = [root]
      while (st.length) {
        const n = st.shift()!
        if (n.nodeType === Node.TEXT_NODE) out.push(n as Text)
        else st.unshift(...Array.from(n.childNodes))
      }
      return out
    }
    const isolated = new Set<Text>()
    for (const el of elements) {
      if (!(el.localName === 'bdi' && el.classList.contains('wr-ltr')) || !isShown(el)) continue
      const nodes = textsUnder(el)
      const full = nodes.map((n) => n.textContent ?? '').join('')
      const dash = full.indexOf('–')
      if (dash < 0) continue
      nodes.forEach((n) => isolated.add(n))
      const s0 = full.search(/\S/)
      const endText = full.slice(dash + 1).trimEnd()
      const e0 = dash + 1 + (endText.length - endText.trimStart().length)
      order(nodes, full, [s0, full.slice(0, dash).trimEnd().length], [e0, dash + 1 + endText.length], el)
    }
    const clock = /(\d{1,2}[:：]\d{2})\s*[–—~\-至到]\s*(\d{1,2}[:：]\d{2})/g
    for (const t of visibleTexts) {
      if (isolated.has(t)) continue
      const full = t.textContent ?? ''
      for (const m of full.matchAll(clock)) {
        const i = m.index!
        const j = i + m[0].length - m[2]!.length
        order([t], full, [i, i + m[1]!.length], [j, j + m[2]!.length], parentOf(t)!)
      }
    }

    // 4. Chinese marked as Chinese: the nearest lang up the composed tree.
    const unmarked: string[] = []
    for (const t of visibleTexts) {
      const text = t.textContent ?? ''
      if (!/[\u3400-\u9fff]/.test(text)) continue
      let el: Element | null = parentOf(t)
      while (el && !el.hasAttribute('lang')) el = parentOf(el)
      const marked = el?.getAttribute('lang') ?? ''
      if (!/^zh(-|$)/i.test(marked)) unmarked.push(`${name(parentOf(t)!, text)} lang=${marked || '(none)'}`)
    }
    return { clipped, tight, reversed, ranges, unmarked }
  }, lang)
}
