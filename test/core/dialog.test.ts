import { fixture, html, expect, oneEvent, pressKey, activeElementDeep } from '../helpers/index.js'
import '@workroom/core/define'
import type { WrDialog } from '@workroom/core'

describe('wr-dialog', () => {
  async function setup(): Promise<{ opener: HTMLButtonElement; dialog: WrDialog }> {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <button id="opener">打开</button>
      <wr-dialog heading="需要带什么材料"><p>身份证</p><button slot="footer">好的</button></wr-dialog>
    </div>`)
    return { opener: wrap.querySelector('#opener')!, dialog: wrap.querySelector('wr-dialog')! }
  }

  it('moves focus to its heading when it opens, so it is read from the start', async () => {
    const { opener, dialog } = await setup()
    opener.focus()
    dialog.show()
    await dialog.updateComplete
    await new Promise((r) => setTimeout(r, 0))
    expect(activeElementDeep()?.textContent).to.equal('需要带什么材料')
    expect(dialog.shadowRoot!.querySelector('dialog')!.getAttribute('aria-labelledby')).to.equal('heading')
  })

  it('closes on Esc and gives focus back to what opened it', async () => {
    const { opener, dialog } = await setup()
    opener.focus()
    dialog.show()
    await dialog.updateComplete
    await new Promise((r) => setTimeout(r, 0))
    const closed = oneEvent(dialog, 'wr-dialog-closed')
    // The old name, kept as a deprecated alias, still arrives with the same detail.
    const closedOldName = oneEvent(dialog, 'wr-dialog-close')
    await pressKey('Escape')
    expect(((await closed) as CustomEvent<{ reason: string }>).detail.reason).to.equal('escape')
    expect(((await closedOldName) as CustomEvent<{ reason: string }>).detail.reason).to.equal('escape')
    expect(dialog.open).to.equal(false)
    expect(document.activeElement).to.equal(opener)
  })

  it('keeps the page behind it out of reach while open (modal)', async () => {
    const { dialog } = await setup()
    dialog.show()
    await dialog.updateComplete
    expect(dialog.shadowRoot!.querySelector('dialog')!.matches(':modal')).to.equal(true)
  })

  it('has a named close button at least 44 px square', async () => {
    const { dialog } = await setup()
    dialog.show()
    await dialog.updateComplete
    const close = dialog.shadowRoot!.querySelector<HTMLButtonElement>('.close')!
    expect(close.getAttribute('aria-label')).to.equal('关闭')
    const r = close.getBoundingClientRect()
    expect(Math.min(r.width, r.height)).to.be.at.least(44)
  })
})
