// The pages after the questions: the result, the consent step before booking, and "saved".
// Loaded while the resident answers (see WrAidScreener.prefetchViews), so the first question
// does not wait for them and the result does not wait either.
import '@workroom/core/define/qr-code'
import { html, nothing } from 'lit'
import { formatShanghai, i18n, joinSpeech, type ChoiceOption, type LocalizeController } from '@workroom/core'
import zhResults from '../locales/results/zh-Hans.json' with { type: 'json' }
import enResults from '../locales/results/en.json' with { type: 'json' }
import { text as packText, type Facts, type RulePack, type Screening } from '@workroom/rules/engine'
import type { Answer } from './screening-session.js'
import { articleIn, formatCitation, type ArticleWords, type Citation } from './citation.js'

/** Languages that cite by the Chinese title and say the article in their own words. */
const OWN_ARTICLE_WORDS = new Set(['bo', 'ug'])
import { renderPlaces, renderRoutePlace, type PlacesHost } from './places.js'
import { renderApplicationOffer } from '../application/offer.js'
import type { ApplicationOptions } from '../application/screener-view.js'

const UNKNOWN = 'unknown'

// The words of these pages travel with them, not with the first question (the screener's namespace).
i18n.addResourceBundle('zh-Hans', 'screening', zhResults, true, true)
i18n.addResourceBundle('en', 'screening', enResults, true, true)

/** What the views read from <wr-aid-screener>, and the intents they send back to it. */
export interface ResultViewHost extends PlacesHost {
  readonly l: LocalizeController
  readonly pack: RulePack
  readonly result: Screening
  readonly answers: readonly Answer[]
  readonly facts: Facts
  readonly officeName: string
  readonly officeAddress: string
  readonly officePhone: string
  readonly exitHref: string
  readonly shareChoices: string[]
  readonly resumeCode: string
  readonly resumeExpires: number
  /** A question's words as it was asked (the income tap names the size and the line). */
  questionTitle(fact: string): string
  /** From the "other" page: back to every problem type, or on to the result. */
  otherProblems(): void
  otherResult(): void
  quickExit(): void
  openConsent(): void
  print(): void
  startOver(): void
  change(fact: string): void
  book(): void
  /** On to the legal-aid application, and what it needs of the host. */
  apply(): void
  readonly application: ApplicationOptions & { url: string; kiosk: boolean; elder: boolean }
  back(): void
  keepGoing(): void
  share(choices: string[]): void
}

const t = (h: ResultViewHost, code: string): string => packText(h.pack, code, h.l.lang)

/** Short law name for citations: 《法律援助法》 rather than the full official title. */
function lawName(h: ResultViewHost, law: string): string {
  const title = h.pack.laws[law]?.title
  // Tibetan and Uyghur cite the official Chinese title (marked as Chinese where shown).
  const name = title ? ((OWN_ARTICLE_WORDS.has(h.l.lang) ? undefined : title[h.l.lang]) ?? title['zh-Hans']) : law
  return name.replace(/^中华人民共和国/, '').replace(/ of the People's Republic of China$/, '')
}

/**
 * Which words the outcome gets: every sentence must be true of what was asked. With no regional
 * line nothing was compared; an unknown income was not compared either (LAL 41); "other" says
 * nothing yet about scope.
 */
export function outcomeText(r: Screening): string {
  const codes = new Set(r.reasons.map((x) => x.code))
  const o = r.outcome!
  if (o === 'out-of-scope' && codes.has('scope-unclear')) return 'outcomes.out-of-scope.unclear'
  // Lead with what the resident can do here: mediation when it is the first way on.
  if (o === 'out-of-scope' && r.routes.slice(0, 2).some((x) => x.endsWith('mediation'))) return 'outcomes.out-of-scope.mediation'
  if (o === 'likely-eligible') {
    if (codes.has('scope-unconfirmed')) return 'outcomes.likely-eligible.unconfirmed'
    if (codes.has('means-checked-locally')) return 'outcomes.likely-eligible.unchecked'
    if (codes.has('means-not-known')) return 'outcomes.likely-eligible.unknown'
  }
  if (o === 'likely-ineligible-means' && !codes.has('means-above-line')) return 'outcomes.likely-ineligible-means.condition'
  return `outcomes.${o}`
}

/** The money sentence: the figures said, or the tap answer, against the line. */
function meansLine(h: ResultViewHost) {
  const { l } = h
  const m = h.result.means
  if (!m) return nothing
  if (m.perHead !== undefined) return html`<p>${l.t('result.means', { perHead: l.number(Math.round(m.perHead)), line: l.number(m.line) })}</p>`
  const size = h.facts['household.size']
  const within = h.facts['household.incomeWithinLine']
  if (typeof size !== 'number' || typeof within !== 'boolean') return nothing
  return html`<p>${l.t(within ? 'result.meansTapWithin' : 'result.meansTapOver', { size, total: l.number(Math.round(m.line * size)), line: l.number(m.line) })}</p>`
}

export function renderResult(h: ResultViewHost) {
  const { l } = h
  const r = h.result
  const outcome = r.outcome!
  const tone = ['mandatory-appointment', 'eligible-no-means-test', 'eligible-means-waived'].includes(outcome)
    ? 'good'
    : outcome === 'likely-eligible'
      ? 'maybe'
      : 'other'
  const words = outcomeText(r)
  const title = l.t(`${words}.title`)
  const summary = l.t(`${words}.summary`)
  const unconfirmed = outcome !== 'likely-eligible' && r.reasons.some((x) => x.code === 'scope-unconfirmed')
  const dv = h.facts.problem === 'domestic-violence' || h.facts['applicant.abused'] === true
  const speech = joinSpeech([title, summary, ...r.reasons.map((x) => t(h, x.code)), l.t('result.bring'), ...r.materials.map((m) => t(h, m))], l.lang)
  return html`<div class="top no-print">
      <span></span>
      <wr-quick-exit ?prominent=${dv} href=${h.exitHref} @wr-quick-exit-request=${() => h.quickExit()}></wr-quick-exit>
    </div>
    <section class="panel outcome ${tone}" part="result" aria-labelledby="result-title">
      <p class="muted">${l.t('result.kicker')}</p>
      <h2 id="result-title" tabindex="-1">${title}</h2>
      <p class="lead">${summary}</p>
      ${unconfirmed ? html`<p>${l.t('result.unconfirmed')}</p>` : nothing}
      ${meansLine(h)}
    </section>
    ${r.urgent ? html`<p class="urgent" role="alert">${l.t('result.urgent')}</p>` : nothing}
    <wr-read-aloud subject=${l.t('result.kicker')} .text=${speech}></wr-read-aloud>
    ${renderDeadline(h)}
    ${renderApplicationOffer(l, r, () => h.apply())}
    <section aria-labelledby="why">
      <h3 id="why">${l.t('result.why')}</h3>
      <ul class="reasons">${r.reasons.map((reason) => html`<li>${t(h, reason.code)}</li>`)}</ul>
    </section>
    <section aria-labelledby="bring">
      <h3 id="bring">${l.t('result.bring')}</h3>
      <ul class="check">${r.materials.map((m) => html`<li>${t(h, m)}</li>`)}</ul>
    </section>
    <section aria-labelledby="where">
      <h3 id="where">${l.t('result.where')}</h3>
      ${renderPlaces(h)}
      <ol class="routes">${r.routes.map((route) => html`<li>${t(h, route)}${renderRoutePlace(h, route)}</li>`)}</ol>
    </section>
    ${renderBasis(h)}
    <div class="actions no-print bar">
      <wr-button size="large" class="primary" @click=${() => h.openConsent()}>${l.t('result.book')}</wr-button>
      <wr-button variant="secondary" @click=${() => h.print()}>${l.t('result.print')}</wr-button>
      <wr-button variant="secondary" @click=${() => h.startOver()}>${l.t('result.startOver')}</wr-button>
    </div>
    <section class="no-print" aria-labelledby="phone">
      <h3 id="phone">${l.t('result.phone')}</h3>
      <wr-qr-code value=${qrSummary(h)} label=${l.t('result.qrLabel')}>${l.t('result.qrCaption')}</wr-qr-code>
    </section>
    <section class="no-print" aria-labelledby="answers">
      <h3 id="answers">${l.t('result.answers')}</h3>
      <dl class="answers">${h.answers.map((a) => renderAnswer(h, a))}</dl>
    </section>
    <p class="muted disclaimer">${l.t('start.disclaimer')}</p>`
}

/** Routes whose time limit binds the resident (a limitation period), not the office. */
const RESIDENT_DEADLINES = new Set(['labour-arbitration', 'land-contract-arbitration', 'administrative-reconsideration', 'administrative-litigation', 'court-money-claim'])

/**
 * The resident's own next deadline: the days they said they have left, as a date; else the time
 * limit of the first thing to do. Not a list of every route's limits.
 */
function renderDeadline(h: ResultViewHost) {
  const { l } = h
  const days = h.facts['deadline.daysLeft']
  if (typeof days === 'number' && days >= 0) {
    const date = formatShanghai(Date.now() + days * 86_400_000, l.lang, { month: 'long', day: 'numeric', weekday: 'long' })
    return html`<p class="deadline"><strong>${l.t('result.ownDeadline', { count: days, date })}</strong></p>`
  }
  // A limit the resident must meet (to apply, to sue), not how long an office takes to answer.
  const first = h.result.routes.find((x) => RESIDENT_DEADLINES.has(x))
  const limit = first ? (h.pack.routes[first]?.timeLimit?.[l.lang] ?? h.pack.routes[first]?.timeLimit?.['zh-Hans']) : undefined
  return limit ? html`<p class="deadline"><strong>${l.t('result.nextDeadline', { limit })}</strong><br />${t(h, first!)}</p>` : nothing
}

/** Every article the result rests on, behind one 法律依据 disclosure (not under every line). */
function renderBasis(h: ResultViewHost) {
  const { l } = h
  const seen = new Set<string>()
  const words: ArticleWords = (key, n) => l.t(`citation.${key}`, { n })
  const own = OWN_ARTICLE_WORDS.has(l.lang)
  const cites = [...h.result.reasons.flatMap((x) => x.citations), ...h.result.routes.flatMap((x) => h.pack.routes[x]?.basis ?? [])].filter((c) => {
    const key = formatCitation(c, lawName(h, c.law), l.lang, words)
    return !seen.has(key) && seen.add(key)
  })
  if (!cites.length) return nothing
  // In Tibetan and Uyghur the Chinese title is marked as Chinese and isolated inside right-to-left text.
  const cite = (c: Citation) => (own ? html`<bdi lang="zh-Hans">《${lawName(h, c.law)}》</bdi> ${articleIn(c, words)}` : formatCitation(c, lawName(h, c.law), l.lang))
  return html`<details class="basis">
    <summary>${l.t('result.basisTitle')}</summary>
    <div><ul>${cites.map((c) => html`<li><cite>${cite(c)}</cite></li>`)}</ul></div>
  </details>`
}

function renderAnswer(h: ResultViewHost, a: Answer) {
  const label = h.questionTitle(a.fact)
  return html`<div>
    <dt>${label}</dt>
    <dd>
      <span>${describe(h, a)}</span>
      <wr-button variant="quiet" @click=${() => h.change(a.fact)}>${h.l.t('result.change')}<span class="visually-hidden">${h.l.t('text.colon')}${label}</span></wr-button>
    </dd>
  </div>`
}

function describe({ l }: ResultViewHost, a: Answer): string {
  if (a.value === UNKNOWN) return l.t('answers.unknown')
  if (a.value === true) return l.t(`questions.${a.fact}.yes`, { defaultValue: l.t('answers.yes') })
  if (a.value === false) return l.t(`questions.${a.fact}.no`, { defaultValue: l.t('answers.no') })
  if (Array.isArray(a.value)) return a.value.length ? a.value.map((v) => l.t(`options.${a.fact}.${v}`)).join(l.t('core:text.list')) : l.t('answers.none')
  if (typeof a.value === 'number') return `${l.number(a.value)}${l.t(`questions.${a.fact}.unit`, { defaultValue: '' })}`
  return l.t(`options.${a.fact}.${String(a.value)}`)
}

/**
 * A non-personal summary to carry to a phone: the outcome, what to bring, 12348. Kept short
 * so the code stays coarse enough to scan from a kiosk screen.
 */
function qrSummary(h: ResultViewHost): string {
  const r = h.result
  return [
    h.l.t(`${outcomeText(r)}.title`),
    r.urgent ? h.l.t('result.urgentShort') : '',
    `${h.l.t('result.bring')}${h.l.t('text.colon')}${r.materials.map((m) => t(h, m)).join(h.l.t('text.listJoin'))}`,
    '12348',
  ]
    .filter(Boolean)
    .join('\n')
}

/** "其他问题": the free ways to be helped, before any result. */
export function renderOther(h: ResultViewHost) {
  const { l } = h
  return html`<h2 id="q" tabindex="-1" part="question">${l.t('other.title')}</h2>
    <p class="lead">${l.t('other.lead')}</p>
    <wr-read-aloud
      subject=${l.t('other.title')}
      .text=${joinSpeech([l.t('other.title'), l.t('other.lead'), l.t('other.consultation.body'), l.t('other.mediation.body'), l.t('other.staff.body')], l.lang)}
    ></wr-read-aloud>
    <section class="panel" aria-labelledby="other-consultation">
      <h3 id="other-consultation">${l.t('other.consultation.title')}</h3>
      <p>${l.t('other.consultation.body')}</p>
      <div class="actions"><wr-button @click=${() => h.openConsent()}>${l.t('other.consultation.book')}</wr-button></div>
    </section>
    <section class="panel" aria-labelledby="other-mediation">
      <h3 id="other-mediation">${l.t('other.mediation.title')}</h3>
      <p>${l.t('other.mediation.body')}</p>
      <div class="actions"><wr-button variant="secondary" @click=${() => h.openConsent()}>${l.t('other.mediation.book')}</wr-button></div>
    </section>
    <section class="panel" aria-labelledby="other-staff">
      <h3 id="other-staff">${l.t('other.staff.title')}</h3>
      <p>${l.t('other.staff.body')}</p>
      ${h.officeName ? html`<p class="office">${h.officeName}</p>${h.officeAddress ? html`<p>${h.officeAddress}</p>` : nothing}` : nothing}
      <p>${l.t('other.staff.hotline')}</p>
    </section>
    <div class="actions submit bar">
      <wr-button size="large" variant="secondary" @click=${() => h.otherProblems()}>${l.t('other.pickAgain')}</wr-button>
      <wr-button variant="quiet" @click=${() => h.otherResult()}>${l.t('other.result')}</wr-button>
    </div>`
}

export function renderConsent(h: ResultViewHost) {
  const { l } = h
  const r = h.result
  const problem = h.facts.problem
  const items: ChoiceOption[] = [
    ...(typeof problem === 'string' ? [{ value: 'problem', label: l.t('consent.problem', { problem: l.t(`options.problem.${problem}`) }) }] : []),
    { value: 'outcome', label: l.t('consent.outcome', { outcome: l.t(`${outcomeText(r)}.title`) }) },
    ...(r.urgent ? [{ value: 'urgent', label: l.t('consent.urgent') }] : []),
  ]
  return html`<h2 tabindex="-1">${l.t('consent.title')}</h2>
    <p>${l.t('consent.lead')}</p>
    <wr-choice-list
      multiple
      legend=${l.t('consent.legend')}
      .options=${items}
      .value=${h.shareChoices}
      @wr-choice-change=${(e: CustomEvent<{ value: string[] }>) => h.share(e.detail.value)}
    ></wr-choice-list>
    <p class="muted">${l.t('consent.noPersonal')}</p>
    <div class="actions bar">
      <wr-button size="large" class="primary" @click=${() => h.book()}>${h.shareChoices.length ? l.t('consent.continueWith') : l.t('consent.continueWithout')}</wr-button>
      <wr-button size="large" variant="secondary" @click=${() => h.back()}>${l.t('nav.back')}</wr-button>
    </div>`
}

export function renderSaved(h: ResultViewHost) {
  const { l } = h
  const expires = formatShanghai(h.resumeExpires, l.lang, { dateStyle: 'long' })
  const spelled = [...h.resumeCode.replace('-', '')].join(' ')
  return html`<h2 tabindex="-1">${l.t('resume.savedTitle')}</h2>
    <p class="resume-code" aria-label=${spelled}>${h.resumeCode}</p>
    <p>${l.t('resume.savedBody', { date: expires })}</p>
    <p class="muted">${l.t('resume.savedPrivacy')}</p>
    <div class="actions">
      <wr-button size="large" @click=${() => h.keepGoing()}>${l.t('resume.keepGoing')}</wr-button>
      <wr-read-aloud subject=${l.t('resume.codeLabel')} .text=${`${l.t('resume.codeLabel')}${l.t('text.colon')}${spelled}`}></wr-read-aloud>
    </div>`
}

/** How to book when the page has no online booking: the office's phone and address, and 12348. */
export function renderContact(h: ResultViewHost) {
  const { l } = h
  const phone = h.officePhone
  return html`<h2 tabindex="-1">${l.t('contact.title')}</h2>
    ${phone ? html`<p>${l.t('contact.call')}</p><p class="phone"><a href=${`tel:${phone.replace(/[^\d+]/g, '')}`}><bdi dir="ltr">${phone}</bdi></a></p>` : nothing}
    ${h.officeName || h.officeAddress
      ? html`<p>${l.t('contact.visit')}</p>
          ${h.officeName ? html`<p class="office">${h.officeName}</p>` : nothing}
          ${h.officeAddress ? html`<p>${h.officeAddress}</p>` : nothing}`
      : nothing}
    <p>${l.t('contact.hotline')} <a href="tel:12348"><bdi dir="ltr">12348</bdi></a></p>
    <div class="actions bar">
      <wr-button size="large" variant="secondary" @click=${() => h.back()}>${l.t('nav.back')}</wr-button>
    </div>`
}

/** The application: its element and words load when the resident chooses to apply. */
let application: typeof import('../application/screener-view.js') | undefined
export function renderApply(h: ResultViewHost) {
  if (!application) return (void import('../application/screener-view.js').then((m) => ((application = m), (h.host as HTMLElement & { requestUpdate(): void }).requestUpdate())), nothing)
  return application.renderApplication(h)
}
