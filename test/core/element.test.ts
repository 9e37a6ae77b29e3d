import { fixture, html, expect, waitUntil } from '../helpers/index.js'
import '@workroom/core/define'
import type { WrButton } from '@workroom/core'

describe('WrElement', () => {
  it('never writes an empty lang, which would mark its text as an unknown language', async () => {
    const el = await fixture<WrButton>(html`<wr-button>开始</wr-button>`)
    expect(el.hasAttribute('lang')).to.equal(false)
  })

  it('takes English from a lang attribute on an ancestor', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><wr-dialog open heading="Materials"></wr-dialog></div>`)
    const dialog = wrap.querySelector('wr-dialog')!
    // English strings load on first use; the dialog re-renders when they arrive.
    await waitUntil(() => dialog.shadowRoot!.querySelector('.close')!.getAttribute('aria-label') === 'Close', 'still not English', { timeout: 5000 })
  })
})
