import { html, type TemplateResult } from 'lit'
import type { ChoiceChangeDetail } from '@workroom/core'
import { localize } from '../../constants.js'
import { heading, summary } from './parts.js'
import type { BookingViewHost } from './host.js'

export function serviceView(h: BookingViewHost): TemplateResult {
  const { l, flow } = h
  const options = h.config.services.map((s) => ({ value: s.id, label: localize(s.name, l.lang), ...(s.description ? { hint: localize(s.description, l.lang) } : {}) }))
  const error = flow.errors.find((e) => e.field === 'service')?.message ?? ''
  const next = () => {
    if (!flow.chooseService()) h.showErrors([{ field: 'service', message: l.t('steps.service') }])
  }
  return html`${heading(h, 'steps.service', ...options.map((o) => o.label))} ${summary(h)}
    <wr-choice-list id="field-service" name="service" legend=${l.t('steps.service')} legend-hidden .options=${options} .value=${flow.serviceId} error=${error}
      @wr-choice-change=${(e: CustomEvent<ChoiceChangeDetail>) => flow.chooseServiceId(String(e.detail.value))}></wr-choice-list>
    <div class="actions bar">
      <wr-button class="primary" variant="primary" size="large" @click=${next}>${l.t('continue')}</wr-button>
      <wr-button variant="quiet" @click=${() => flow.go('manage')}>${l.t('manage.open')}</wr-button>
    </div>`
}
