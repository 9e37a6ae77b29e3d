// One reset suite, many implementers (Lion's test-suites idea): every element that holds what a
// resident typed or chose is filled the way a resident fills it, the session is reset as idle or
// "clear and exit" resets it, and nothing typed may be left — in the text or attributes of the tree
// (open shadow roots included), in an input's value, in a form's data, or in IndexedDB.
import { resetSession, type ResetReason } from '@workroom/core'
import { allUpdatesComplete, deepQueryAll, expect } from '../helpers/index.js'

export interface ResetCase<E extends HTMLElement = HTMLElement> {
  /** The element as a page or the kiosk puts it. */
  mount(): Promise<E>
  /** Fills it as a resident would; returns what was typed (names, numbers, codes, search words; none for taps alone). */
  fill(el: E): Promise<string[]>
  /** Optional: what else must be gone (a choice still shown as chosen, a page still open). */
  after?(el: E): Promise<void> | void
  reason?: ResetReason
}

/** Every piece of text a node tree shows or keeps: text, attribute values, form fields' values. */
function traces(root: HTMLElement): string[] {
  const out: string[] = []
  const trees: (Element | ShadowRoot)[] = [root, ...deepQueryAll<HTMLElement>(root, '*').filter((e) => e.shadowRoot).map((e) => e.shadowRoot!)]
  if (root.shadowRoot) trees.push(root.shadowRoot)
  for (const tree of new Set(trees)) {
    out.push(tree.textContent ?? '')
    for (const el of tree.querySelectorAll('*')) {
      for (const a of el.attributes) out.push(a.value)
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) out.push(el.value)
    }
    for (const form of tree.querySelectorAll('form')) for (const [, v] of new FormData(form)) out.push(String(v))
  }
  return out
}

/** Every value in every object store of every IndexedDB database of this origin, as JSON. */
async function storedValues(): Promise<string[]> {
  const out: string[] = []
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(info.name!)
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(r.error)
    })
    try {
      for (const store of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const r = db.transaction(store, 'readonly').objectStore(store).getAll()
          r.onsuccess = () => resolve(r.result)
          r.onerror = () => reject(r.error)
        })
        for (const v of all) out.push(JSON.stringify(v) ?? '')
      }
    } finally {
      db.close()
    }
  }
  return out
}

/** The suite: registers one `it` per implementer. */
export function itForgetsEverythingOnReset<E extends HTMLElement>(name: string, c: ResetCase<E>): void {
  it(`${name}: a reset leaves nothing typed in the tree, the form data or IndexedDB`, async () => {
    const el = await c.mount()
    const typed = (await c.fill(el)).filter((t) => t.length > 0)
    expect(typed.length || c.after, 'the case typed nothing and checks nothing after').to.be.ok
    // The fill really is on screen or stored: otherwise the check after the reset proves nothing.
    const before = [...traces(el), ...(await storedValues())].join('\n')
    for (const t of typed) expect(before, `"${t}" was never shown or kept`).to.contain(t)
    await resetSession(c.reason ?? 'idle')
    await allUpdatesComplete(el)
    await new Promise((r) => setTimeout(r, 0))
    await allUpdatesComplete(el)
    const left = traces(el)
    const stored = await storedValues()
    for (const t of typed) {
      expect(left.filter((x) => x.includes(t)), `"${t}" is still in the tree`).to.deep.equal([])
      expect(stored.filter((x) => x.includes(t)), `"${t}" is still in IndexedDB`).to.deep.equal([])
    }
    await c.after?.(el)
  })
}
