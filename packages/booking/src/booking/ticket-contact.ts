// Who to call about a booking, on the confirmation and the printed ticket: the workroom's (or the
// office's) name, address and phone, from the same data the host shows everywhere else (the kiosk
// passes its directory's entry as office-name/-address/-phone; a county site's service sends its
// office), so the ticket never gives a different address from the board.
import { html, nothing } from 'lit'
import { markChinese, tHtml, type LocalizeController } from '@workroom/core'

export interface TicketContact {
  name: string
  address: string
  phone: string
}

/** The contact block, or nothing when the host gave none. */
export function renderTicketContact(l: LocalizeController, c: TicketContact) {
  if (!c.name && !c.address && !c.phone) return nothing
  return html`<div class="contact" part="contact">
    <p>${l.t(c.phone ? 'done.callUs' : 'done.visitUs')}</p>
    ${c.name ? html`<p class="contact-name">${markChinese(c.name, l.lang)}</p>` : nothing}
    ${c.address ? html`<p>${tHtml(l, 'done.address', { address: markChinese(c.address, l.lang) })}</p>` : nothing}
    ${c.phone ? html`<p class="contact-phone">${l.t('done.phone')}<bdi dir="ltr">${c.phone}</bdi></p>` : nothing}
  </div>`
}
