// The question pages: one question with its answer control (cards, a number field or the kiosk's
// keypad, the problem choice with pictures and search), the progress line and quick exit. Loaded
// with the rule engine right after the start page (engine.ts), so the start page does not carry
// the engine's fact list or the problem pictures.
import { html, nothing, type TemplateResult } from 'lit'
import { keyed } from 'lit/directives/keyed.js'
import { isElder, isKiosk, speak, voiceListed, type ChoiceOption, type LocalizeController } from '@workroom/core'
import { picture } from '@workroom/core/illustrations'
import { engine } from './engine.js'
import { COMMON_PROBLEMS, OTHER_PROBLEMS, PROBLEM_PICTURES } from './problems.js'
import { HOUSEHOLD_SIZE_TAPS, TYPED_FORM } from './questions.js'
import { NO, YES, toChoice } from './answers.js'
import { UNKNOWN, type ScreeningSession } from './screening-session.js'

/** What the question pages read from <wr-aid-screener>, and the intents they send back to it. */
export interface QuestionViewHost {
  readonly l: LocalizeController
  /** The resident's answers and the question's working state (the pages write the draft and the search into it). */
  readonly session: ScreeningSession
  /** The element: where kiosk and elder mode are read from. */
  readonly host: HTMLElement
  readonly kiosk: boolean
  readonly exitHref: string
  readonly saveResume: boolean
  questionTitle(fact: string): string
  /** The session's working state changed (a draft, the search): render again. */
  changed(): void
  announce(text: string): void
  submit(): void
  commit(fact: string, value: unknown): void
  back(): void
  save(): void
  toggleAutoRead(): void
  switchTyping(): void
  quickExit(): void
}

/** The progress line and quick exit above a question (and the "other" page). */
export function renderTop(h: QuestionViewHost, step: number) {
  const s = h.session
  const remaining = s.estimateRemaining()
  // Violence at home: a quick exit in plain sight, whichever problem it came up under.
  const dv = s.facts.problem === 'domestic-violence' || s.facts['applicant.abused'] === true
  return html`<div class="top">
    <wr-step-progress current=${step} remaining=${remaining}></wr-step-progress>
    <wr-quick-exit ?prominent=${dv} href=${h.exitHref} @wr-quick-exit-request=${() => h.quickExit()}></wr-quick-exit>
  </div>`
}

/** Reads the question on screen when the resident turned that on. */
export function readQuestion(h: QuestionViewHost): void {
  const fact = h.session.answering
  if (!h.session.autoRead || !fact) return
  const hint = h.l.t(`questions.${fact}.hint`, { defaultValue: '' })
  speak(`${h.questionTitle(fact)}${hint ? `。${hint}` : ''}`, { lang: h.l.lang, rate: isElder(h.host) ? 0.85 : 1 })
}

export function renderQuestion(h: QuestionViewHost) {
  const s = h.session
  const asked = s.result.next
  const fact = s.answering
  if (!asked || !fact) return nothing
  const step = s.answers.length + 1
  // Typing an amount is its own question ("全家每个月一共收入多少钱？"); a tap names size and line.
  const title = h.questionTitle(fact)
  const hint = h.l.t(`questions.${fact}.hint`, { defaultValue: '' })
  // The answer control is keyed by question: an element reused from the last question would keep
  // the answer tapped there (its value changed inside it, unseen by this template's binding), so
  // 没有 after 没有 showed as already chosen and the tap did nothing.
  return html`${renderTop(h, step)}
    <h2 id="q" tabindex="-1" part="question">${title}</h2>
    ${hint ? html`<p class="muted">${hint}</p>` : nothing}
    <div class="actions">
      <wr-read-aloud subject=${title} .text=${`${title}${hint ? `。${hint}` : ''}`}></wr-read-aloud>
      ${h.kiosk && voiceListed(h.l.lang)
        ? html`<wr-button variant="secondary" pressed=${s.autoRead ? 'true' : 'false'} @click=${() => h.toggleAutoRead()}>${h.l.t('nav.autoRead')}</wr-button>`
        : nothing}
    </div>
    <form
      @submit=${(e: Event) => {
        e.preventDefault()
        h.submit()
      }}
      novalidate
    >
      ${keyed(`${fact}:${s.typing}`, renderInput(h, fact, title))}
      ${renderTypeInstead(h, asked)}
      <div class="actions submit bar">
        <wr-button size="large" class="primary" @click=${() => h.submit()}>${h.l.t('nav.next')}</wr-button>
        <wr-button size="large" variant="secondary" @click=${() => h.back()}>${h.l.t('nav.back')}</wr-button>
        ${h.saveResume && s.answers.length ? html`<wr-button variant="quiet" @click=${() => h.save()}>${h.l.t('resume.save')}</wr-button>` : nothing}
      </div>
    </form>`
}

/** "Type the amount instead" beside a tap question that has a typed form, and back. */
function renderTypeInstead(h: QuestionViewHost, asked: string) {
  if (!(asked in TYPED_FORM) && asked !== 'household.size') return nothing
  const key = h.session.typing ? 'answers.tapInstead' : `questions.${asked}.typeInstead`
  return html`<div class="unknown">
    <wr-button variant="quiet" @click=${() => h.switchTyping()}>${h.l.t(key)}</wr-button>
  </div>`
}

function unknownButton(h: QuestionViewHost, fact: string) {
  return html`<div class="unknown"><wr-button variant="secondary" @click=${() => h.commit(fact, UNKNOWN)}>${h.l.t('answers.unknown')}</wr-button></div>`
}

function renderInput(h: QuestionViewHost, fact: string, title: string) {
  const s = h.session
  const { FACTS } = engine()
  const spec = FACTS[fact as keyof typeof FACTS]
  const kind = spec?.kind ?? 'boolean'
  const allowUnknown = spec?.unknown !== false
  if (fact === 'problem') return renderProblem(h, title)
  // Household size as cards: most households are small, and a tap needs no keyboard.
  if (fact === 'household.size' && !s.typing) {
    const options: ChoiceOption[] = Array.from({ length: HOUSEHOLD_SIZE_TAPS }, (_, i) => ({
      value: String(i + 1),
      label: h.l.t('answers.people', { count: i + 1 }),
    }))
    options.push({ value: UNKNOWN, label: h.l.t('answers.unknown') })
    return renderChoices(h, fact, title, options, false, s.draft === undefined ? '' : String(s.draft))
  }
  const typed = s.draft === undefined || s.draft === UNKNOWN ? '' : String(s.draft)
  if ((kind === 'integer' || kind === 'number') && h.kiosk) {
    // On a kiosk, numbers by taps: no system keyboard over half the screen.
    const unit = h.l.t(`questions.${fact}.unit`, { defaultValue: '' })
    return html`<wr-keypad
        label=${unit ? `${title}${h.l.t('core:text.aside', { text: unit })}` : title}
        mode=${kind === 'integer' ? 'digits' : 'decimal'}
        maxlength="9"
        .value=${typed}
        error=${s.fieldError}
        @wr-field-change=${(e: CustomEvent<{ value: string }>) => {
          s.draft = e.detail.value
          h.changed()
        }}
      ></wr-keypad>
      ${allowUnknown ? unknownButton(h, fact) : nothing}`
  }
  if (kind === 'integer' || kind === 'number') {
    return html`<wr-text-field
        type="number"
        label=${title}
        suffix=${h.l.t(`questions.${fact}.unit`, { defaultValue: '' })}
        .value=${typed}
        error=${s.fieldError}
        @input=${(e: Event) => {
          s.draft = (e.target as HTMLInputElement & { value: string }).value
          h.changed()
        }}
      ></wr-text-field>
      ${allowUnknown ? unknownButton(h, fact) : nothing}`
  }
  let options: ChoiceOption[]
  if (kind === 'boolean') {
    options = [
      { value: YES, label: h.l.t(`questions.${fact}.yes`, { defaultValue: h.l.t('answers.yes') }) },
      { value: NO, label: h.l.t(`questions.${fact}.no`, { defaultValue: h.l.t('answers.no') }) },
    ]
  } else {
    options = (spec?.values ?? []).map((v: string) => ({ value: v, label: h.l.t(`options.${fact}.${v}`) }))
  }
  const multiple = kind === 'set'
  if (multiple && !options.some((o) => o.value === 'none')) options.push({ value: 'none', label: h.l.t('answers.none'), exclusive: true })
  if (allowUnknown) options.push({ value: UNKNOWN, label: h.l.t('answers.unknown'), exclusive: true })
  const value = s.draft === undefined ? (multiple ? [] : '') : toChoice(s.draft, kind)
  return renderChoices(h, fact, title, options, multiple, value)
}

function renderChoices(h: QuestionViewHost, fact: string, title: string, options: ChoiceOption[], multiple: boolean, value: string | string[]) {
  const s = h.session
  return html`<wr-choice-list
    legend-hidden
    legend=${title}
    name=${fact}
    ?multiple=${multiple}
    hint=${multiple ? h.l.t('answers.multipleHint') : ''}
    .options=${options}
    .value=${value}
    error=${s.fieldError}
    @wr-choice-change=${(e: CustomEvent<{ value: string | string[] }>) => {
      s.draft = e.detail.value
      s.fieldError = ''
      h.changed()
    }}
  ></wr-choice-list>`
}

function renderProblem(h: QuestionViewHost, title: string) {
  const s = h.session
  const q = s.problemFilter.trim().toLowerCase()
  // "其他问题" comes last in every list.
  const all = [...COMMON_PROBLEMS.filter((p) => p !== 'other'), ...OTHER_PROBLEMS, 'other'] as string[]
  const found = (query: string): string[] => {
    if (!query) return []
    // The shared vocabulary ("老板不给钱" → wages) and the problem's own name.
    const said = engine().problemsFor(query)
    const hits = all.filter((v) => v !== 'other' && (said.has(v) || `${h.l.t(`options.problem.${v}`)} ${v}`.toLowerCase().includes(query)))
    // Never a dead end: "其他问题" (free advice, mediation, the staff) is always offered.
    return [...hits, 'other']
  }
  const shown = q ? found(q) : s.showAllProblems ? all : [...COMMON_PROBLEMS]
  const options: ChoiceOption[] = shown.map((v) => ({
    value: v,
    label: h.l.t(`options.problem.${v}`),
    ...(PROBLEM_PICTURES[v] ? { icon: picture(PROBLEM_PICTURES[v], '') as TemplateResult } : {}),
  }))
  return html`<div class="search">
      <label for="problem-search">${h.l.t('problem.searchLabel')}</label>
      <input
        id="problem-search"
        type="search"
        autocomplete="off"
        .value=${s.problemFilter}
        aria-describedby="problem-count"
        @input=${(e: Event) => {
          s.problemFilter = (e.target as HTMLInputElement).value
          const query = s.problemFilter.trim().toLowerCase()
          const n = query ? found(query).length - 1 : COMMON_PROBLEMS.length
          h.changed()
          h.announce(query && n === 0 ? h.l.t('problem.noMatch') : h.l.t('problem.count', { count: n }))
        }}
      />
      <p id="problem-count" class="visually-hidden">${q && shown.length === 1 ? h.l.t('problem.noMatch') : h.l.t('problem.count', { count: q ? shown.length - 1 : shown.length })}</p>
    </div>
    ${q && shown.length === 1 ? html`<p class="note">${h.l.t('problem.noMatch')}</p>` : nothing}
    <wr-choice-list
      class="problems"
      pictures
      legend-hidden
      legend=${title}
      name="problem"
      .options=${options}
      .value=${typeof s.draft === 'string' ? s.draft : ''}
      error=${s.fieldError}
      @wr-choice-change=${(e: CustomEvent<{ value: string }>) => {
        s.draft = e.detail.value
        s.fieldError = ''
        h.changed()
      }}
    ></wr-choice-list>
    ${q ? html`<p class="note search-help">${isKiosk(h.host) ? h.l.t('problem.askStaff') : h.l.t('problem.askHotline')}</p>` : nothing}
    ${!q && !s.showAllProblems
      ? html`<div class="unknown">
          <wr-button
            variant="quiet"
            @click=${() => {
              s.showAllProblems = true
              h.changed()
            }}
            >${h.l.t('problem.more')}</wr-button
          >
        </div>`
      : nothing}`
}

// Parsing the answers arrives with the pages that take them.
export { parseAnswer } from './answers.js'
