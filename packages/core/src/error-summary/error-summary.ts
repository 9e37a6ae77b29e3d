// The GOV.UK error summary as a template a form's element renders in its own shadow root (the
// links must reach fields in that root, which a separate element's shadow root cannot).
// The host focuses the summary (`focusErrorSummary`); `role="alert"` is on a child, not on the
// focused box: a screen reader then announces it once, not twice or not at all.
import { css, html, nothing, type TemplateResult } from 'lit'
import { fontSize, token } from '../tokens.js'

export interface FieldError {
  /** The field's name; its element has the id `field-<name>`. */
  field: string
  /** Already in the resident's language. */
  message: string
}

export const errorSummaryStyles = css`
  .error-summary {
    border: ${token('border-width')} solid ${token('color-danger')};
    background: ${token('color-danger-surface')};
    padding: ${token('space-4')};
    border-radius: ${token('radius-2')};
  }
  .error-summary h3 { margin: 0 0 ${token('space-2')}; font-size: ${fontSize(2)}; }
  .error-summary ul { margin: 0; padding-inline-start: ${token('space-5')}; }
  .error-summary a { color: ${token('color-danger')}; font-weight: 700; }
`

/**
 * The summary box: a title and one link per problem, each moving focus to its field.
 * @param title e.g. "有 2 处需要改一下"
 */
export function errorSummary(title: string, errors: readonly FieldError[], root: ParentNode): TemplateResult | typeof nothing {
  if (!errors.length) return nothing
  const go = (ev: Event, field: string) => {
    ev.preventDefault()
    root.querySelector<HTMLElement>(`#field-${field}`)?.focus()
  }
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <div role="alert">
      <h3 id="error-summary-title">${title}</h3>
      <ul>
        ${errors.map((e) => html`<li><a href=${`#field-${e.field}`} @click=${(ev: Event) => go(ev, e.field)}>${e.message}</a></li>`)}
      </ul>
    </div>
  </div>`
}

/** Moves focus to the summary once it is rendered (call after the host's update). */
export function focusErrorSummary(root: ParentNode): void {
  root.querySelector<HTMLElement>('.error-summary')?.focus()
}
