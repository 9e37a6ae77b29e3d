// A pseudo-locale for catching clipped text: every translated string comes out 40 % longer (its own
// first part repeated, so the script and glyph widths stay real). Turned on around a test.
import { i18n } from '@workroom/core'

let installed = false

/** Longer strings from now on, until `stopPseudoLocale()`. Re-renders every Workroom element. */
export async function startPseudoLocale(): Promise<void> {
  if (!installed) {
    i18n.use({
      type: 'postProcessor',
      name: 'pseudo-long',
      process: (value: string) => (value ? value + value.slice(0, Math.ceil(value.length * 0.4)) : value),
    })
    installed = true
  }
  i18n.options.postProcess = ['pseudo-long']
  await i18n.changeLanguage(i18n.language)
}

export async function stopPseudoLocale(): Promise<void> {
  i18n.options.postProcess = []
  await i18n.changeLanguage(i18n.language)
}

/** Boxes that hide part of their text: overflow hidden/clip, or an ellipsis, with content wider or taller than the box. */
export function clippedText(root: Element | ShadowRoot): string[] {
  const out: string[] = []
  const visit = (node: Element | ShadowRoot): void => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot)
      if (!(el instanceof HTMLElement) || !el.textContent?.trim()) continue
      const s = getComputedStyle(el)
      const hides = /hidden|clip/.test(s.overflowX + s.overflowY) || s.textOverflow === 'ellipsis'
      if (!hides || s.position === 'absolute' || el.classList.contains('visually-hidden')) continue
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
        out.push(`<${el.localName}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''}> ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}: "${el.textContent.trim().slice(0, 40)}"`)
      }
    }
  }
  visit(root)
  return out
}
