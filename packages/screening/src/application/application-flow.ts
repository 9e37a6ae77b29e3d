// The application as a plain class: which step, what the resident gave, what is wrong with it,
// and the one call that submits it. <wr-aid-application> renders it and keeps properties, events
// and focus; Node tests drive it without a DOM.
import { FACTS, type Facts, type RulePack, type Screening } from '@workroom/rules/engine'
import { aidMode, fromScreening, position, type FromScreening, type MatterStage } from './from-screening.js'
import { checkIdNumber, isMainlandMobile, normalizeIdNumber, normalizeMobile } from './id-number.js'
import {
  APPLICATION_CODE_PATTERN,
  ApplicationError,
  type ApplicationReceipt,
  type ApplicationStatus,
  type ApplicationSubmission,
  type Relationship,
} from './contract.js'
import { CONSENT_VERSION, type AccountTopic, type ApplicationProvider, type ForWhom } from './types.js'

const newKey = (): string => crypto.randomUUID()

export type ApplicationStep = 'intro' | 'who' | 'name' | 'mobile' | 'address' | 'stage' | 'account' | 'consent' | 'id' | 'pledge' | 'review' | 'done' | 'status'

/** The steps a resident answers, in order (the ID step only when they chose to give it, the pledge only when finances are checked). */
const ORDER: ApplicationStep[] = ['who', 'name', 'mobile', 'address', 'stage', 'account', 'consent', 'id', 'pledge', 'review']

/** What the resident gave, kept across errors, Back and failed network calls. */
export interface ApplicationDraft {
  forWhom: ForWhom | ''
  relationship: Relationship | ''
  /** The person who needs legal aid. */
  name: string
  /** Whoever applies for them (LAL 40). */
  helperName: string
  mobile: string
  /** A village or community from the workroom's list (its id), or ''. */
  village: string
  /** The rest of the address, or the whole of it when there is no list. */
  address: string
  stage: MatterStage | ''
  topics: AccountTopic[]
  account: string
  /** Separate consent (PIPL 29): pass the finances the screening heard on to the agency. */
  shareFinances: boolean
  /** Separate consent: the resident chose to give the ID number. */
  giveId: boolean
  idNumber: string
  pledgedAt: string
  /** The pledge was read out by the device's voice. */
  pledgeHeard: boolean
}

export const emptyApplicationDraft = (): ApplicationDraft => ({
  forWhom: '',
  relationship: '',
  name: '',
  helperName: '',
  mobile: '',
  village: '',
  address: '',
  stage: '',
  topics: [],
  account: '',
  shareFinances: false,
  giveId: false,
  idNumber: '',
  pledgedAt: '',
  pledgeHeard: false,
})

/** A field's problem: the field, and a message key of the screening namespace. */
export interface ApplicationProblem {
  field: string
  message: string
}

/** A point to start from (stories, tests). */
export interface ApplicationSnapshot {
  step: ApplicationStep
  draft?: Partial<ApplicationDraft>
  receipt?: ApplicationReceipt
  queued?: boolean
  status?: ApplicationStatus
  errors?: ApplicationProblem[]
  alert?: string
}

export interface ApplicationFlowOptions {
  /** Read at each call: the host may set its provider at any time. */
  provider: () => ApplicationProvider | undefined
  facts: () => Facts
  result: () => Screening | undefined
  pack: () => RulePack | undefined
  /** The county service's office the application goes to, and the workroom it is taken at. */
  officeId: () => string
  workroomId?: () => string
  channel: () => 'kiosk' | 'web'
  now: () => number
  changed?: () => void
}

const MAX_ACCOUNT = 300
const MAX_NAME = 40
const MAX_ADDRESS = 120

/** The message key a failed call shows. */
export function alertFor(e: unknown): string {
  return e instanceof ApplicationError ? `application.errors.${e.code}` : 'application.errors.unavailable'
}

/** One resident's application. Reset is a new instance: nothing of the last resident survives. */
export class ApplicationFlow {
  step: ApplicationStep = 'intro'
  draft: ApplicationDraft = emptyApplicationDraft()
  errors: ApplicationProblem[] = []
  alert = ''
  busy = false
  receipt?: ApplicationReceipt
  /** The receipt is this kiosk's: the application waits in its outbox for the network. */
  queued = false
  status?: ApplicationStatus
  /** Code and mobile typed on the status step. */
  lookup = { code: '', mobile: '' }
  /** A step opened from the review's "change": on from it goes back to the review. */
  private returnToReview = false
  /** One key per application: a retried submit never makes two. */
  private key = newKey()

  constructor(private readonly options: ApplicationFlowOptions) {}

  private changed(): void {
    this.options.changed?.()
  }

  /** The screening's facts (memory only). */
  get facts(): Facts {
    return this.options.facts()
  }

  /** What the screening already knows (asked never again). */
  get known(): FromScreening | undefined {
    const r = this.options.result()
    return r?.outcome ? fromScreening(this.options.facts(), r) : undefined
  }

  /** The finances decide: the pledge is asked. */
  get meansTested(): boolean {
    return !!this.known?.meansTested
  }

  /** The screening heard something of the household's money: the consent screen offers to pass it on. */
  get hasFinances(): boolean {
    return Object.keys(this.known?.finances ?? {}).length > 0
  }

  /** The steps this resident goes through. */
  get steps(): ApplicationStep[] {
    return ORDER.filter((s) => s !== 'id' || this.draft.giveId)
  }

  restore(snapshot: ApplicationSnapshot): void {
    const { draft, ...rest } = snapshot
    Object.assign(this, { errors: [], alert: '' }, rest)
    if (draft) this.draft = { ...emptyApplicationDraft(), ...draft }
    this.changed()
  }

  go(step: ApplicationStep): void {
    this.alert = ''
    this.errors = []
    this.step = step
    this.changed()
  }

  /** From the review: change one answer, then come back. */
  change(step: ApplicationStep): void {
    this.returnToReview = true
    this.go(step)
  }

  start(): void {
    this.returnToReview = false
    this.go('who')
  }

  /** On from the current step when its answers are good; false (with the errors set) when not. */
  next(): boolean {
    const problems = this.check(this.step)
    if (problems.length) {
      this.errors = problems
      this.changed()
      return false
    }
    if (this.step === 'pledge' && !this.draft.pledgedAt) this.draft = { ...this.draft, pledgedAt: new Date(this.options.now()).toISOString() }
    // A consent newly given to the ID number leads through its step, even from the review.
    if (this.step === 'consent' && this.draft.giveId && !this.draft.idNumber) {
      this.go('id')
      return true
    }
    if (this.returnToReview) {
      this.returnToReview = false
      this.go('review')
      return true
    }
    const steps = this.steps
    this.go(steps[steps.indexOf(this.step) + 1] ?? 'review')
    return true
  }

  back(): void {
    if (this.step === 'status') return this.go(this.receipt ? 'done' : 'intro')
    if (this.returnToReview) {
      this.returnToReview = false
      return this.go('review')
    }
    const steps = this.steps
    const i = steps.indexOf(this.step)
    this.go(i > 0 ? steps[i - 1]! : 'intro')
  }

  /** Keeps a typed or tapped answer. A field removed by a step change or a reset can still fire: ignore it then. */
  keep<K extends keyof ApplicationDraft>(name: K, value: ApplicationDraft[K]): void {
    if (this.step === 'done' || this.step === 'intro') return
    this.draft = { ...this.draft, [name]: value }
    // Declining the ID number forgets one typed before.
    if (name === 'giveId' && !value) this.draft.idNumber = ''
    if (name === 'forWhom' && value === 'self') this.draft = { ...this.draft, relationship: '', helperName: '' }
    this.errors = this.errors.filter((e) => e.field !== name)
    this.changed()
  }

  /** A tap that answers the whole step (for myself, a stage): kept, and on. */
  choose<K extends keyof ApplicationDraft>(name: K, value: ApplicationDraft[K]): boolean {
    this.keep(name, value)
    return this.next()
  }

  /** What is wrong with a step's answers, as message keys. */
  check(step: ApplicationStep): ApplicationProblem[] {
    const d = this.draft
    const out: ApplicationProblem[] = []
    const add = (field: string, message: string) => out.push({ field, message: `application.check.${message}` })
    if (step === 'who') {
      if (!d.forWhom) add('forWhom', 'forWhom')
      else if (d.forWhom === 'someone' && !d.relationship) add('relationship', 'relationship')
    }
    if (step === 'name') {
      if (!d.name.trim()) add('name', 'name')
      else if (d.name.trim().length > MAX_NAME) add('name', 'nameLong')
      if (d.forWhom === 'someone' && !d.helperName.trim()) add('helperName', 'helperName')
      else if (d.helperName.trim().length > MAX_NAME) add('helperName', 'nameLong')
    }
    if (step === 'mobile' && !isMainlandMobile(d.mobile)) add('mobile', d.mobile.trim() ? 'mobile' : 'mobileMissing')
    if (step === 'address') {
      if (!d.village && !d.address.trim()) add('address', 'address')
      else if (d.address.trim().length > MAX_ADDRESS) add('address', 'addressLong')
    }
    if (step === 'stage' && !d.stage) add('stage', 'stage')
    if (step === 'account') {
      if (!d.topics.length && !d.account.trim()) add('topics', 'account')
      else if (d.account.trim().length > MAX_ACCOUNT) add('account', 'accountLong')
    }
    if (step === 'id' && d.giveId) {
      const problem = checkIdNumber(d.idNumber)
      if (problem !== 'ok') add('idNumber', `id.${problem}`)
    }
    return out
  }

  /** Every answered step, for the review; the first step with a problem, if any. */
  firstProblem(): ApplicationStep | undefined {
    return this.steps.find((s) => (s === 'pledge' ? !this.draft.pledgedAt : s !== 'review' && s !== 'consent' && this.check(s).length > 0))
  }

  /**
   * What goes to the county service: trimmed, the mobile normalised; the finances (and the
   * screening's household answers) and the ID number only with the separate consent.
   */
  request(): ApplicationSubmission {
    const d = this.draft
    const known = this.known
    const r = this.options.result()
    const pack = this.options.pack()
    if (!known?.problem || !r?.outcome || !d.stage || !pack) throw new ApplicationError('invalid', 'the application is not complete')
    const facts = this.options.facts()
    const sensitive = (d.shareFinances && this.hasFinances) || (d.giveId && !!d.idNumber)
    const record: Record<string, string | number | boolean | string[]> = {}
    for (const [k, v] of Object.entries(facts)) {
      if (!Object.hasOwn(FACTS, k) || v === undefined || v === null) continue
      if (k.startsWith('household.') && !(d.shareFinances && this.hasFinances)) continue
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || (Array.isArray(v) && v.every((x) => typeof x === 'string'))) record[k] = v as never
    }
    const gender = facts['applicant.gender']
    const band = facts['applicant.ageBand']
    const groups = Array.isArray(facts['applicant.groups']) ? (facts['applicant.groups'] as string[]) : []
    const needs = Array.isArray(facts['urgent.needs']) ? (facts['urgent.needs'] as string[]) : []
    const days = facts['deadline.daysLeft']
    const pos = position(known, d.stage, d.forWhom === 'someone')
    const workroomId = this.options.workroomId?.()
    const f = known.finances
    return {
      idempotencyKey: this.key,
      officeId: this.options.officeId(),
      ...(workroomId ? { workroomId } : {}),
      channel: this.options.channel(),
      applicant: {
        for: d.forWhom === 'someone' ? 'someone' : 'self',
        ...(d.forWhom === 'someone' && d.relationship ? { relationship: d.relationship, representativeName: d.helperName.trim() } : {}),
        name: d.name.trim(),
        mobile: normalizeMobile(d.mobile),
        address: { ...(d.village ? { villageId: d.village } : {}), ...(d.address.trim() ? { text: d.address.trim() } : {}) },
        ...(d.giveId && d.idNumber ? { idNumber: normalizeIdNumber(d.idNumber) } : {}),
        ...(gender === 'female' || gender === 'male' ? { sex: gender } : {}),
      },
      matter: {
        problem: known.problem as ApplicationSubmission['matter']['problem'],
        cause: known.caseType,
        ...(pos ? { position: pos } : {}),
        aidKind: aidMode(known, d.stage),
        stage: d.stage,
        account: { chips: [...d.topics], ...(d.account.trim() ? { text: d.account.trim() } : {}) },
        urgency: { urgent: r.urgent, needs: needs.filter((n): n is 'deadline' | 'preservation' => n === 'deadline' || n === 'preservation'), ...(typeof days === 'number' ? { daysLeft: days } : {}) },
      },
      screening: {
        packId: pack.id,
        packVersion: pack.version,
        outcome: r.outcome,
        facts: record,
        reasons: r.reasons.map((x) => ({ code: x.code, citations: x.citations.map((c) => ({ ...c })) })),
        materials: [...r.materials],
        groups: groups as never,
        ...(typeof band === 'string' && band !== 'unknown' ? { ageBand: band as never } : {}),
      },
      ...(d.shareFinances && f.householdSize !== undefined ? { finances: { householdSize: f.householdSize, monthlyIncome: {} } } : {}),
      consent: { given: true, sensitive, version: CONSENT_VERSION, at: new Date(this.options.now()).toISOString() },
      pledge: { accepted: true, readAloud: d.pledgeHeard ? 'device' : 'none', warningShown: true, version: CONSENT_VERSION },
    }
  }

  /** Runs a provider call: busy while it runs (a second tap does nothing), the resident told plainly when it fails. */
  private async run(task: (p: ApplicationProvider) => Promise<void>): Promise<void> {
    const provider = this.options.provider()
    if (!provider || this.busy) return
    this.busy = true
    this.alert = ''
    this.changed()
    try {
      await task(provider)
    } catch (e) {
      this.alert = alertFor(e)
    } finally {
      this.busy = false
      this.changed()
    }
  }

  /** Sends the application; a retry after a failure sends the same key. Resolves to the receipt. */
  async submit(): Promise<ApplicationReceipt | undefined> {
    const first = this.firstProblem()
    if (first) {
      this.change(first)
      this.errors = this.check(first)
      this.changed()
      return undefined
    }
    let receipt: ApplicationReceipt | undefined
    await this.run(async (p) => {
      receipt = await p.submit(this.request())
      this.receipt = receipt
      this.queued = p.queues === true
      this.key = newKey()
      this.go('done')
    })
    return receipt
  }

  keepLookup(name: 'code' | 'mobile', value: string): void {
    this.lookup = { ...this.lookup, [name]: value }
    this.errors = this.errors.filter((e) => e.field !== name)
    this.changed()
  }

  /** The status of an application by its code and the mobile it was made with. */
  async checkStatus(): Promise<void> {
    const code = this.lookup.code.replace(/\s/g, '')
    const errors: ApplicationProblem[] = []
    if (!APPLICATION_CODE_PATTERN.test(code)) errors.push({ field: 'code', message: 'application.check.code' })
    if (!isMainlandMobile(this.lookup.mobile)) errors.push({ field: 'mobile', message: 'application.check.mobile' })
    this.status = undefined
    if (errors.length) {
      this.errors = errors
      this.changed()
      return
    }
    this.errors = []
    await this.run(async (p) => {
      this.status = await p.status({ code, mobile: normalizeMobile(this.lookup.mobile) })
    })
  }

  /** The status step, with the code just given already filled in. */
  openStatus(): void {
    this.lookup = { code: this.receipt?.code ?? '', mobile: this.receipt ? this.draft.mobile : '' }
    this.status = undefined
    this.go('status')
  }
}
