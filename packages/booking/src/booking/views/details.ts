import { html, nothing, type TemplateResult } from 'lit'
import type { ChoiceChangeDetail } from '@workroom/core'
import { NEEDS, type Need } from '../../constants.js'
import { alert, field, heading, hold, holdSpeech, summary } from './parts.js'
import { salutationTaps, topicTaps } from './taps.js'
import { idSchema, mobileSchema, nameSchema } from './schemas.js'
import type { BookingViewHost } from './host.js'

/** Name and mobile (and what the service needs besides), with the hold's countdown. */
export function detailsView(h: BookingViewHost): TemplateResult {
  const { l, flow } = h
  const s = flow.service!
  const needs = NEEDS.map((n) => ({ value: n, label: l.t(`details.need.${n}`) }))
  const ask = [l.t('details.name'), l.t('details.mobile'), ...(s.needsIdNumber ? [l.t('details.idNumber')] : []), ...(s.needsDescription ? [l.t('details.description')] : [])]
  return html`${heading(h, 'steps.details', holdSpeech(h), l.list(ask))} ${summary(h)} ${alert(h)}
    ${hold(h)}
    ${h.kiosk
      ? salutationTaps(h, h.staffTyping, () => h.askStaff())
      : field(h, 'name', l.t('details.name'), { required: true, schema: nameSchema, autocomplete: 'name', maxlength: 40 })}
    ${field(h, 'mobile', l.t('details.mobile'), { hint: l.t('details.mobileHint'), type: 'tel', required: true, schema: mobileSchema, autocomplete: 'tel', maxlength: h.kiosk ? 11 : 20, keypad: 'digits' })}
    ${s.needsIdNumber ? field(h, 'idNumber', l.t('details.idNumber'), { hint: l.t('details.idNumberHint'), required: true, schema: idSchema, maxlength: 18, keypad: 'id' }) : nothing}
    ${s.kind === 'mediation' ? html`<p class="note">${l.t('details.voluntary')}</p>` : nothing}
    ${s.needsDescription ? topicTaps(h) : nothing}
    ${s.asksOtherParty
      ? html`${field(h, 'otherPartyName', l.t('details.otherPartyName'), { maxlength: 40 })}
        ${field(h, 'otherPartyContact', l.t('details.otherPartyContact'), { maxlength: 40 })}`
      : nothing}
    <wr-choice-list name="needs" multiple legend=${l.t('details.needs')} .options=${needs} .value=${flow.draft.needs}
      @wr-choice-change=${(e: CustomEvent<ChoiceChangeDetail>) => flow.setNeeds(e.detail.value as Need[])}></wr-choice-list>
    ${field(h, 'notes', l.t('details.notes'))}
    <div class="actions bar">
      ${flow.holdExpired ? nothing : html`<wr-button class="primary" variant="primary" size="large" @click=${() => h.submitDetails()}>${l.t('continue')}</wr-button>`}
      <wr-button variant="secondary" size="large" @click=${() => flow.backToTimes()}>${l.t('back')}</wr-button>
    </div>`
}
