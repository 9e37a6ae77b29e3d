import { html, type TemplateResult } from 'lit'
import { heading } from './parts.js'
import type { BookingViewHost } from './host.js'

/** "Use what you told the screener?" — asked before anything carries over. */
export function prefillView(h: BookingViewHost): TemplateResult {
  return html`${heading(h, 'steps.prefill', h.l.t('prefill.hint'))}
    <p class="hint">${h.l.t('prefill.hint')}</p>
    <div class="actions bar">
      <wr-button class="primary" variant="primary" size="large" @click=${() => h.flow.decidePrefill(true, h.prefill)}>${h.l.t('prefill.yes')}</wr-button>
      <wr-button variant="secondary" size="large" @click=${() => h.flow.decidePrefill(false, h.prefill)}>${h.l.t('prefill.no')}</wr-button>
    </div>`
}
