import { css, html } from 'lit'
import { property, query } from 'lit/decorators.js'
import { WrElement, deepActiveElement } from '../element.js'
import { HeadingFocus } from '../controllers/heading-focus.js'
import { LocalizeController } from '../i18n.js'
import '../translations.js'
import { fontSize, token } from '../tokens.js'

export interface DialogCloseDetail {
  /** 'escape' | 'close-button' | 'api' or the value passed to close(). */
  reason: string
}

/**
 * A modal dialog on the native `<dialog>`: the rest of the page is inert while it is open,
 * Esc closes it, and focus returns to where it was.
 * @summary Focus moves in, is kept in, and goes back.
 * @slot - The content.
 * @slot footer - Actions.
 * @event wr-dialog-closed - The dialog closed; detail: DialogCloseDetail.
 * @event wr-dialog-close - Deprecated: the same event under its old name (sent too, after wr-dialog-closed).
 * @csspart dialog - The native dialog.
 * @csspart heading - The heading.
 * @csspart close - The close button.
 */
export class WrDialog extends WrElement {
  static override styles = [
    ...WrElement.styles,
    css`
      dialog {
        width: min(576px, calc(100vw - 2 * ${token('space-4')}));
        max-height: calc(100dvh - 2 * ${token('space-4')});
        padding: ${token('space-6')}; border: ${token('border-width')} solid ${token('color-border')};
        border-radius: ${token('radius-3')}; color: inherit; background: ${token('color-background')};
      }
      dialog::backdrop { background: rgb(0 0 0 / 0.6); }
      header { display: flex; align-items: flex-start; justify-content: space-between; gap: ${token('space-4')}; margin-bottom: ${token('space-4')}; }
      h2 { margin: 0; font-size: ${fontSize(3)}; line-height: 1.3; }
      h2:focus { outline: none; }
      .close {
        flex: none; min-width: ${token('target-min')}; min-height: ${token('target-min')};
        border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-2')};
        background: ${token('color-background')}; color: inherit; font: inherit; font-size: ${fontSize(2)}; cursor: pointer;
      }
      footer { display: flex; flex-wrap: wrap; gap: ${token('target-gap')}; margin-top: ${token('space-5')}; }
    `,
  ]

  @property() heading = ''
  @property({ type: Boolean, reflect: true }) open = false
  /** For alerts that need an answer (the timeout warning): no close button, Esc = the default action. */
  @property({ type: Boolean, attribute: 'no-close-button' }) noCloseButton = false
  /** role=alertdialog for warnings that must be announced at once. */
  @property({ type: Boolean }) alert = false

  @query('dialog') private dialog!: HTMLDialogElement
  private returnFocus: HTMLElement | null = null
  private readonly l = new LocalizeController(this, 'core')

  show(): void {
    this.open = true
  }

  close(reason = 'api'): void {
    if (!this.open) return
    this.open = false
    this.closeReason = reason
  }

  private closeReason = 'api'
  private readonly headingFocus = new HeadingFocus(this, { selector: 'h2' })

  protected override async updated(changed: Map<PropertyKey, unknown>): Promise<void> {
    if (!changed.has('open')) return
    if (this.open && !this.dialog.open) {
      this.returnFocus = deepActiveElement() as HTMLElement | null
      this.dialog.showModal()
      await this.updateComplete
      // The heading takes focus so the dialog is read from its start (not from a button).
      this.headingFocus.focus()
    } else if (!this.open && this.dialog.open) {
      this.dialog.close()
      this.returnFocus?.focus?.()
      this.returnFocus = null
      this.emit<DialogCloseDetail>('wr-dialog-closed', { reason: this.closeReason })
    }
  }

  override render() {
    return html`<dialog
      part="dialog"
      role=${this.alert ? 'alertdialog' : 'dialog'}
      aria-labelledby="heading"
      @cancel=${this.onCancel}
    >
      <header>
        <h2 id="heading" part="heading" tabindex="-1">${this.heading}</h2>
        ${this.noCloseButton
          ? null
          : html`<button class="close" part="close" type="button" aria-label=${this.l.t('dialog.close')} @click=${() => this.close('close-button')}>✕</button>`}
      </header>
      <slot></slot>
      <footer><slot name="footer"></slot></footer>
    </dialog>`
  }

  private onCancel(e: Event): void {
    e.preventDefault()
    this.close('escape')
  }

  protected override resetState(): void {
    this.returnFocus = null
    this.open = false
  }
}
