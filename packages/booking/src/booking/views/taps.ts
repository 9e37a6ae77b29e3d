// Booking without a keyboard: a 称呼 by taps (surname, then 先生/女士) and a mediation's matter as
// chips with optional words. Only a staff member types, when the resident asks.
import { html, nothing, type TemplateResult } from 'lit'
import { markChineseRuns, type ChoiceChangeDetail } from '@workroom/core'
import { field } from './parts.js'
import type { BookingViewHost } from './host.js'

/** The most common surnames in China (about half of the population), in order of frequency. */
export const COMMON_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '高', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹'] as const

/** What a mediation can be about: the description is made of these and a few optional words. */
export const DESCRIPTION_TOPICS = ['boundary', 'neighbour', 'family', 'marriage', 'support', 'land', 'debt', 'injury', 'wages', 'other'] as const

const TITLES = ['mr', 'ms'] as const

/** The surname part of a tapped 称呼 ("张女士" → "张"), or '' when the name was typed or not given. */
function tappedSurname(h: BookingViewHost, name: string): string {
  const titles = TITLES.map((t) => h.l.t(`details.${t}`))
  const bare = titles.reduce((n, t) => (n.endsWith(t) ? n.slice(0, -t.length) : n), name)
  return (COMMON_SURNAMES as readonly string[]).includes(bare) ? bare : ''
}

/** The 称呼 picker; `typing` shows the text field a staff member types into. */
export function salutationTaps(h: BookingViewHost, typing: boolean, askStaff: () => void): TemplateResult {
  const { l, flow } = h
  const name = flow.draft.name
  if (typing) return field(h, 'name', l.t('details.staffTyping'), { maxlength: 40 })
  const surname = tappedSurname(h, name)
  const title = TITLES.find((t) => surname && name === `${surname}${l.t(`details.${t}`)}`) ?? ''
  const chips = (name: string, items: { value: string; label: string }[], value: string, legend: string, pick: (v: string) => void) =>
    html`<wr-choice-list chips class=${name === 'surname' ? 'surnames' : 'titles'} name=${name} legend=${legend} .options=${items} .value=${value}
      @wr-choice-change=${(e: CustomEvent<ChoiceChangeDetail>) => pick(String(e.detail.value))}></wr-choice-list>`
  return html`<section class="salutation" aria-labelledby="salutation">
    <h3 id="salutation">${l.t('details.salutation')}</h3>
    <p class="hint">${l.t('details.salutationHint')}</p>
    ${chips('surname', COMMON_SURNAMES.map((s) => ({ value: s, label: s })), surname, l.t('details.surname'), (s) => flow.keepAll({ name: title ? `${s}${l.t(`details.${title}`)}` : s }))}
    ${surname
      ? chips('title', TITLES.map((t) => ({ value: t, label: `${surname}${l.t(`details.${t}`)}` })), title, l.t('details.title'), (t) => flow.keepAll({ name: `${surname}${l.t(`details.${t}`)}` }))
      : nothing}
    ${name ? html`<p class="chosen" role="status">${markChineseRuns(l.t('details.chosen', { name }), l.lang)}</p>` : nothing}
    <div class="actions">
      ${name ? html`<wr-button variant="secondary" @click=${() => flow.keepAll({ name: '' })}>${l.t('details.clearName')}</wr-button>` : nothing}
      <wr-button variant="secondary" @click=${askStaff}>${l.t('details.askStaff')}</wr-button>
    </div>
  </section>`
}

/** The description a mediation's chips and words make: "墙、地界、路的纠纷；邻居家的墙砌到了我家地里". */
export function describeTopics(h: BookingViewHost, topics: readonly string[], extra: string): string {
  const words = h.l.list(topics.map((t) => h.l.t(`details.topic.${t}`)))
  return [words, extra.trim()].filter(Boolean).join(h.l.lang === 'en' ? '; ' : '；')
}

/** The mediation's matter: chips (required, one or more) and optional words. */
export function topicTaps(h: BookingViewHost): TemplateResult {
  const { l, flow } = h
  const d = flow.draft
  const error = flow.errors.find((e) => e.field === 'description')?.message ?? ''
  const options = DESCRIPTION_TOPICS.map((t) => ({ value: t, label: l.t(`details.topic.${t}`) }))
  return html`<wr-choice-list id="field-description" chips name="topics" multiple legend=${l.t('details.topics')} .options=${options} .value=${d.topics} error=${error}
      @wr-choice-change=${(e: CustomEvent<ChoiceChangeDetail>) => {
        const topics = e.detail.value as string[]
        flow.keepAll({ topics, description: describeTopics(h, topics, d.descriptionExtra) })
      }}></wr-choice-list>
    <wr-text-field name="descriptionExtra" label=${l.t('details.descriptionExtra')} hint=${l.t('details.descriptionExtraHint')} maxlength="300" .value=${d.descriptionExtra}
      @input=${(e: Event) => {
        const extra = (e.currentTarget as HTMLElement & { value: string }).value
        flow.keepAll({ descriptionExtra: extra, description: describeTopics(h, flow.draft.topics, extra) })
      }}></wr-text-field>`
}
