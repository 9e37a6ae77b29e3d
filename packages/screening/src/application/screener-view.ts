// The application as the screener shows it, once a resident chooses to apply: this module and the
// element load only then (a dynamic import from the result page), so the screener's first
// download does not grow.
import { html, type TemplateResult } from 'lit'
import type { Facts, RulePack, Screening } from '@workroom/rules/engine'
import './define.js'

export type { ApplicationSnapshot, ApplicationStep, ApplicationSubmittedDetail, ApplicationStepDetail, ApplicationCloseDetail } from './application.js'
export { WrAidApplication } from './application.js'
import type { ApplicationProvider, Village } from './types.js'

/** What a host (the kiosk) gives the screener for applications; a web page gives `application-url` alone. */
export interface ApplicationOptions {
  /** A kiosk's outbox (applications kept sealed and sent when the network is back). */
  provider?: ApplicationProvider
  villages?: Village[]
  officeId?: string
  workroomId?: string
}

/** What the screener's result page hands over. */
export interface ApplicationHost {
  readonly result: Screening
  readonly facts: Facts
  readonly pack?: RulePack
  readonly officeName: string
  readonly application: ApplicationOptions & { url: string; kiosk: boolean; elder: boolean }
  /** Back to the result. */
  back(): void
}

export function renderApplication(h: ApplicationHost): TemplateResult {
  const o = h.application
  return html`<wr-aid-application
    autofocus
    ?kiosk=${o.kiosk}
    ?elder=${o.elder}
    .result=${h.result}
    .facts=${h.facts}
    .pack=${h.pack}
    .provider=${o.provider}
    .villages=${o.villages ?? []}
    service-url=${o.url}
    office-id=${o.officeId ?? ''}
    workroom-id=${o.workroomId ?? ''}
    office-name=${h.officeName}
    @wr-application-close-request=${() => h.back()}
  ></wr-aid-application>`
}
