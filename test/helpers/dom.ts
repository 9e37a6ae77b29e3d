// Queries that see through open shadow roots, the way a user (not a CSS selector) sees the page.

type Root = Element | Document | ShadowRoot | DocumentFragment

/** First match inside `el`'s own shadow root (one level). */
export function shadowQuery<E extends Element = HTMLElement>(el: Element, selector: string): E | null {
  return (el.shadowRoot?.querySelector<E>(selector) ?? null)
}

/** All matches inside `el`'s own shadow root (one level). */
export function shadowQueryAll<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  return [...(el.shadowRoot?.querySelectorAll<E>(selector) ?? [])]
}

/** Every open shadow root below `root`, depth first. */
function* shadowRoots(root: Root): Generator<ShadowRoot> {
  const all = root.querySelectorAll('*')
  for (const el of all) {
    if (el.shadowRoot) {
      yield el.shadowRoot
      yield* shadowRoots(el.shadowRoot)
    }
  }
}

/** All matches in `root`, its light DOM and every open shadow root below it (document order per tree). */
export function deepQueryAll<E extends Element = HTMLElement>(root: Root, selector: string): E[] {
  const start = root instanceof Element && root.shadowRoot ? [root, root.shadowRoot] : [root]
  const found: E[] = []
  for (const r of start) {
    found.push(...r.querySelectorAll<E>(selector))
    for (const sr of shadowRoots(r)) found.push(...sr.querySelectorAll<E>(selector))
  }
  return [...new Set(found)]
}

/** First match anywhere below `root`, piercing open shadow roots. */
export function deepQuery<E extends Element = HTMLElement>(root: Root, selector: string): E | null {
  return deepQueryAll<E>(root, selector)[0] ?? null
}

/** The focused element, following `activeElement` into shadow roots. */
export function activeElementDeep(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
  return active
}

interface Updatable {
  updateComplete: Promise<unknown>
}
const isUpdatable = (el: Element): el is Element & Updatable =>
  'updateComplete' in el && (el as Partial<Updatable>).updateComplete instanceof Promise

/**
 * Waits until every custom element below `root` (through shadow roots) has finished rendering,
 * repeating while rendering adds new elements.
 */
export async function allUpdatesComplete(root: Root, maxRounds = 10): Promise<void> {
  let seen = -1
  for (let round = 0; round < maxRounds; round++) {
    const els = [...(root instanceof Element ? [root] : []), ...deepQueryAll<Element>(root, '*')].filter((el) => el.localName.includes('-'))
    await Promise.all(els.filter(isUpdatable).map((el) => el.updateComplete))
    if (els.length === seen) return
    seen = els.length
  }
}
