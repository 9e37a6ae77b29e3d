// The PIN step before the staff dashboard: the field (digits only, nothing kept outside it), the
// on-screen keys, the check against the config's PBKDF2 hash, and the lockout after wrong tries.
import { html, nothing } from 'lit'
import { normalizeDigits, type LocalizeController } from '@workroom/core'
import { verifyPin, type PinHash, type PinLockout } from './pin.js'

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const
type Key = (typeof DIGITS)[number] | '0' | 'clear' | 'delete'

/** What the gate needs from the staff screen. */
export interface PinGateHost {
  readonly l: LocalizeController
  readonly lockout: PinLockout
  /** The config's PIN hash (none: no PIN is right). */
  hash(): PinHash | undefined
  /** The PIN field on screen. */
  input(): HTMLInputElement | null | undefined
  /** Render again. */
  changed(): void
  announce(text: string): void
  /** A right PIN. */
  signIn(): void
  /** A time of day for the lock's end. */
  time(ms: number): string
}

/** The PIN step's state: an error, a check in flight, the timer that opens the field after a lock. */
export class PinGate {
  error: '' | 'empty' | 'wrong' = ''
  checking = false
  /** The check in flight, for the element's updateComplete. */
  check?: Promise<boolean>
  private lockTimer: ReturnType<typeof setTimeout> | undefined

  constructor(private readonly host: PinGateHost) {}

  /** Checks a PIN as if typed; the lockout applies as to typing. */
  submit(pin: string): Promise<boolean> {
    const check = this.run(pin)
    this.check = check
    return check
  }

  private async run(pin: string): Promise<boolean> {
    const { lockout } = this.host
    if (this.checking) return false
    if (lockout.locked) {
      this.watchLock()
      return false
    }
    if (!pin) {
      this.error = 'empty'
      this.host.changed()
      return false
    }
    const hash = this.host.hash()
    this.checking = true
    this.host.changed()
    const ok = hash ? await verifyPin(pin, hash) : false
    this.checking = false
    if (ok) {
      lockout.succeed()
      this.error = ''
      this.host.changed()
      this.host.signIn()
      return true
    }
    lockout.fail()
    this.error = 'wrong'
    this.host.changed()
    if (lockout.locked) this.watchLock()
    return false
  }

  /** Re-renders when the lock ends, so the field opens again by itself. */
  private watchLock(): void {
    clearTimeout(this.lockTimer)
    const left = this.host.lockout.remainingMs()
    this.host.changed()
    if (left <= 0) return
    this.lockTimer = setTimeout(() => {
      this.error = ''
      this.host.announce(this.host.l.t('pin.unlocked'))
      this.host.changed()
    }, left + 50)
  }

  /** Only digits (full-width ones from a Chinese IME become plain ones); the PIN lives only in the input. */
  onInput(input: HTMLInputElement): void {
    const digits = normalizeDigits(input.value).replace(/\D/g, '').slice(0, 12)
    if (digits !== input.value) input.value = digits
    this.clearEmpty(digits)
  }

  key(k: Key): void {
    const input = this.host.input()
    if (!input || this.host.lockout.locked || this.checking) return
    if (k === 'clear') input.value = ''
    else if (k === 'delete') input.value = input.value.slice(0, -1)
    else if (input.value.length < 12) input.value += k
    this.clearEmpty(input.value)
  }

  private clearEmpty(value: string): void {
    if (this.error === 'empty' && value) {
      this.error = ''
      this.host.changed()
    }
  }

  stop(): void {
    clearTimeout(this.lockTimer)
  }
}

/** The PIN form; `submit` and `back` are the element's (it moves focus after them). */
export function renderPinGate(gate: PinGate, host: PinGateHost, submit: (e?: Event) => void, back: () => void) {
  const { l, lockout } = host
  const locked = lockout.locked
  const until = lockout.lockedUntil
  const error = locked ? '' : gate.error === 'empty' ? l.t('pin.empty') : gate.error === 'wrong' ? l.t('pin.wrong', { count: lockout.attemptsLeft }) : ''
  const key = (k: Key, label: unknown = k) => html`<wr-button variant="secondary" size="large" ?disabled=${locked} data-key=${k} @click=${() => gate.key(k)}>${label}</wr-button>`
  return html`<form class="pin" part="pin" novalidate @submit=${submit} aria-labelledby="pin-heading">
    <h1 id="pin-heading" tabindex="-1">${l.t('pin.heading')}</h1>
    <p class="muted">${l.t('pin.intro')}</p>
    ${locked && until !== undefined ? html`<p class="locked" id="pin-locked" role="alert" tabindex="-1">${l.t('pin.locked', { time: host.time(until) })}</p>` : nothing}
    <div class="field ${error ? 'invalid' : ''}">
      <label for="pin">${l.t('pin.label')}</label>
      <p class="hint" id="pin-hint">${l.t('pin.hint')}</p>
      ${error ? html`<p class="error" id="pin-error" role="alert"><span class="visually-hidden">${l.t('pin.errorPrefix')}</span>${error}</p>` : nothing}
      <input
        id="pin"
        name="pin"
        type="password"
        inputmode="numeric"
        pattern="[0-9]*"
        autocomplete="off"
        maxlength="12"
        ?disabled=${locked || gate.checking}
        aria-describedby=${error ? 'pin-hint pin-error' : 'pin-hint'}
        aria-invalid=${error ? 'true' : nothing}
        @input=${(e: Event) => gate.onInput(e.target as HTMLInputElement)}
      />
    </div>
    <div class="keypad" part="keypad" role="group" aria-label=${l.t('pin.keypad')}>
      ${DIGITS.map((d) => key(d))} ${key('clear', l.t('pin.clear'))} ${key('0')}
      ${key('delete', html`<span aria-hidden="true">⌫</span><span class="visually-hidden">${l.t('pin.delete')}</span>`)}
    </div>
    ${gate.checking ? html`<p role="status">${l.t('pin.checking')}</p>` : nothing}
    <div class="actions">
      <wr-button class="submit" ?disabled=${locked || gate.checking} @click=${() => submit()}>${l.t('pin.submit')}</wr-button>
      <wr-button variant="secondary" @click=${back}>${l.t('pin.back')}</wr-button>
    </div>
  </form>`
}
