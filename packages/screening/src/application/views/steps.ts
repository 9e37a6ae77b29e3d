// The questions the screening could not answer, one per screen.
import { html, nothing, type TemplateResult } from 'lit'
import type { ChoiceChangeDetail } from '@workroom/core'
import { stagesFor, type MatterStage } from '../from-screening.js'
import { ACCOUNT_TOPICS, RELATIONSHIPS, type AccountTopic, type ForWhom, type Relationship } from '../types.js'
import { alert, errorOf, field, heading, nav, summary } from './parts.js'
import type { ApplicationViewHost } from './host.js'

export function introView(h: ApplicationViewHost): TemplateResult {
  const { l } = h
  return html`${heading(h, 'application.steps.intro', l.t('application.intro.lead'), l.t('application.intro.asks'), l.t('application.intro.where'))}
    <p class="lead">${l.t('application.intro.lead')}</p>
    <p>${l.t('application.intro.asks')}</p>
    <p class="muted">${l.t('application.intro.where')}</p>
    ${h.canSubmit ? nothing : html`<p class="note">${l.t('application.intro.noService')}</p>`}
    <div class="actions bar">
      <wr-button class="primary" variant="primary" size="large" @click=${() => h.flow.start()}>${l.t('application.intro.start')}</wr-button>
      <wr-button variant="secondary" size="large" @click=${() => h.print(true)}>${l.t('application.intro.blank')}</wr-button>
      ${h.canSubmit ? html`<wr-button variant="secondary" @click=${() => h.flow.openStatus()}>${l.t('application.intro.status')}</wr-button>` : nothing}
      <wr-button variant="quiet" @click=${() => h.close()}>${l.t('application.close')}</wr-button>
    </div>`
}

export function whoView(h: ApplicationViewHost): TemplateResult {
  const { l, flow } = h
  const d = flow.draft
  const options = (['self', 'someone'] as const).map((v) => ({ value: v, label: l.t(`application.who.${v}`) }))
  const relations = RELATIONSHIPS.map((v) => ({ value: v, label: l.t(`application.who.rel.${v}`) }))
  return html`${heading(h, 'application.steps.who', l.t('application.who.self'), l.t('application.who.someone'))} ${summary(h)}
    <wr-choice-list id="field-forWhom" name="forWhom" legend=${l.t('application.steps.who')} legend-hidden .options=${options} .value=${d.forWhom} error=${errorOf(h, 'forWhom')}
      @wr-choice-change=${(e: CustomEvent<ChoiceChangeDetail>) => {
        const v = e.detail.value as ForWhom
        flow.keep('forWhom', v)
        // "For myself" answers the whole step; "for someone" asks how they are related.
        if (v === 'self') h.next()
      }}></wr-choice-list>
    ${d.forWhom === 'someone'
      ? html`<p class="muted">${l.t('application.who.otherHint')}</p>
          <wr-choice-list id="field-relationship" chips name="relationship" legend=${l.t('application.who.relationship')} .options=${relations} .value=${d.relationship}
            error=${errorOf(h, 'relationship')}
            @wr-choice-change=${(e: CustomEvent<ChoiceChangeDetail>) => flow.keep('relationship', e.detail.value as Relationship)}></wr-choice-list>`
      : nothing}
    ${nav(h)}`
}

export function nameView(h: ApplicationViewHost): TemplateResult {
  const { l, flow } = h
  return html`${heading(h, 'application.steps.name', l.t('application.name.nameHint'))} ${summary(h)}
    ${field(h, 'name', l.t('application.name.name'), { hint: l.t('application.name.nameHint'), maxlength: 40, required: true })}
    ${flow.draft.forWhom === 'someone' ? field(h, 'helperName', l.t('application.name.helperName'), { maxlength: 40, required: true }) : nothing}
    ${h.kiosk ? html`<p class="muted">${l.t('application.name.staff')}</p>` : nothing}
    ${nav(h)}`
}

export function mobileView(h: ApplicationViewHost): TemplateResult {
  const { l } = h
  return html`${heading(h, 'application.steps.mobile', l.t('application.mobile.hint'))} ${summary(h)}
    ${field(h, 'mobile', l.t('application.mobile.label'), { hint: l.t('application.mobile.hint'), type: 'tel', maxlength: h.kiosk ? 11 : 20, keypad: 'digits', required: true })}
    ${nav(h)}`
}

export function addressView(h: ApplicationViewHost): TemplateResult {
  const { l, flow } = h
  const villages = h.villages.map((v) => ({ value: v.id, label: v.name }))
  return html`${heading(h, 'application.steps.address')} ${summary(h)}
    ${villages.length
      ? html`<wr-choice-list id="field-village" chips name="village" legend=${l.t('application.address.village')} .options=${villages} .value=${flow.draft.village}
          @wr-choice-change=${(e: CustomEvent<ChoiceChangeDetail>) => flow.keep('village', String(e.detail.value))}></wr-choice-list>`
      : nothing}
    ${field(h, 'address', villages.length ? l.t('application.address.rest') : l.t('application.address.restOnly'), { hint: villages.length ? l.t('application.address.restHint') : '', maxlength: 120 })}
    ${nav(h)}`
}

export function stageView(h: ApplicationViewHost): TemplateResult {
  const { l, flow } = h
  const options = stagesFor(flow.known?.problem).map((s) => ({ value: s, label: l.t(`application.stage.${s}`) }))
  return html`${heading(h, 'application.steps.stage', ...options.map((o) => o.label))} ${summary(h)} ${alert(h)}
    <wr-choice-list id="field-stage" name="stage" legend=${l.t('application.steps.stage')} legend-hidden .options=${options} .value=${flow.draft.stage} error=${errorOf(h, 'stage')}
      @wr-choice-change=${(e: CustomEvent<ChoiceChangeDetail>) => {
        flow.keep('stage', e.detail.value as MatterStage)
        h.next()
      }}></wr-choice-list>
    ${nav(h)}`
}

/** The account: the words of the tapped chips, then the resident's own. */
export function accountText(h: ApplicationViewHost, topics: readonly AccountTopic[], extra: string): string {
  const words = topics.map((t) => h.l.t(`application.account.topic.${t}`)).join(h.l.lang === 'en' ? '; ' : '；')
  return [words, extra.trim()].filter(Boolean).join(h.l.lang === 'en' ? '. ' : '。')
}

export function accountView(h: ApplicationViewHost): TemplateResult {
  const { l, flow } = h
  const options = ACCOUNT_TOPICS.map((t) => ({ value: t, label: l.t(`application.account.topic.${t}`) }))
  return html`${heading(h, 'application.steps.account', l.t('application.account.topics'))} ${summary(h)}
    <wr-choice-list id="field-topics" chips multiple name="topics" legend=${l.t('application.account.topics')} .options=${options} .value=${flow.draft.topics}
      error=${errorOf(h, 'topics')}
      @wr-choice-change=${(e: CustomEvent<ChoiceChangeDetail>) => flow.keep('topics', e.detail.value as AccountTopic[])}></wr-choice-list>
    ${field(h, 'account', l.t('application.account.text'), { hint: l.t('application.account.textHint'), maxlength: 300 })}
    ${nav(h)}`
}
