import { html, type TemplateResult } from 'lit'
import type { ChoiceChangeDetail } from '@workroom/core'
import { PRIORITY_GROUPS, type PriorityGroup } from '../../constants.js'
import { heading, summary } from './parts.js'
import type { BookingViewHost } from './host.js'

/** Green channel: elderly, disabled, migrant workers claiming wages, military families are served first. */
export function groupView(h: BookingViewHost): TemplateResult {
  const { l, flow } = h
  const allowed = h.config.greenChannel.groups
  const options = [...PRIORITY_GROUPS.filter((g) => allowed.includes(g)).map((g) => ({ value: g, label: l.t(`group.${g}`) })), { value: 'none', label: l.t('group.none') }]
  const error = flow.errors.find((e) => e.field === 'group')?.message ?? ''
  const next = async () => {
    if ((await flow.chooseGroup()) === 'not-eligible') h.showErrors([{ field: 'group', message: l.t('group.notEligible') }])
  }
  return html`${heading(h, 'steps.group', l.t('group.hint'), ...options.map((o) => o.label))} ${summary(h)}
    <p class="hint">${l.t('group.hint')}</p>
    <wr-choice-list id="field-group" name="group" legend=${l.t('steps.group')} legend-hidden .options=${options} .value=${flow.group} error=${error}
      @wr-choice-change=${(e: CustomEvent<ChoiceChangeDetail>) => flow.chooseGroupValue(String(e.detail.value) as PriorityGroup | 'none')}></wr-choice-list>
    <div class="actions bar">
      <wr-button class="primary" variant="primary" size="large" @click=${next}>${l.t('continue')}</wr-button>
      <wr-button variant="secondary" size="large" @click=${() => flow.go('service')}>${l.t('back')}</wr-button>
    </div>`
}
