// On the result page: the way on to an application (or, for a mandatory appointment, why the
// resident need not apply and what to say). Travels with the result page; the application itself
// loads only when chosen.
import { html, nothing, type TemplateResult } from 'lit'
import { i18n, type LocalizeController } from '@workroom/core'
import type { Screening } from '@workroom/rules/engine'
import zhOffer from '../locales/application-offer/zh-Hans.json' with { type: 'json' }
import enOffer from '../locales/application-offer/en.json' with { type: 'json' }

i18n.addResourceBundle('zh-Hans', 'screening', zhOffer, true, true)
i18n.addResourceBundle('en', 'screening', enOffer, true, true)

/** Results after which a resident can apply for legal aid (the agency decides, LAL 43). */
const APPLICABLE = new Set(['eligible-no-means-test', 'eligible-means-waived', 'likely-eligible', 'likely-ineligible-means'])

export const canApply = (r: Pick<Screening, 'outcome'>): boolean => !!r.outcome && APPLICABLE.has(r.outcome)

export function renderApplicationOffer(l: LocalizeController, r: Screening, apply: () => void): TemplateResult | typeof nothing {
  if (r.outcome === 'mandatory-appointment') {
    return html`<section class="panel" aria-labelledby="apply-title">
      <h3 id="apply-title">${l.t('application.offer.mandatoryTitle')}</h3>
      <p>${l.t('application.offer.mandatoryBody')}</p>
      <p><strong>${l.t('application.offer.mandatoryTell')}</strong></p>
      <p>${l.t('application.offer.mandatoryDetained')}</p>
    </section>`
  }
  if (!canApply(r)) return nothing
  return html`<section class="panel no-print" aria-labelledby="apply-title">
    <h3 id="apply-title">${l.t('application.offer.title')}</h3>
    <p>${l.t('application.offer.body')}</p>
    <div class="actions"><wr-button size="large" variant="primary" @click=${apply}>${l.t('application.offer.apply')}</wr-button></div>
  </section>`
}
