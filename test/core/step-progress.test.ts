import { fixture, html, expect, waitUntil } from '../helpers/index.js'
import '@workroom/core/define'
import type { WrStepProgress } from '@workroom/core'

describe('wr-step-progress', () => {
  const text = (el: WrStepProgress): string => el.shadowRoot!.querySelector('.text')!.textContent!.trim()

  it('states a known total plainly', async () => {
    const el = await fixture<WrStepProgress>(html`<wr-step-progress current="2" total="5"></wr-step-progress>`)
    expect(text(el)).to.equal('第 2 步，共 5 步')
  })

  it('calls an adaptive count an estimate, and says when it is nearly done', async () => {
    const el = await fixture<WrStepProgress>(html`<wr-step-progress current="3" remaining="2"></wr-step-progress>`)
    expect(text(el)).to.equal('第 3 个问题，大约还有 2 个')
    el.remaining = 0
    await el.updateComplete
    expect(text(el)).to.equal('第 3 个问题，快完成了')
  })

  it('promises nothing on the first question, when nothing is known of what follows', async () => {
    const el = await fixture<WrStepProgress>(html`<wr-step-progress current="1" remaining="0"></wr-step-progress>`)
    expect(text(el)).to.equal('第 1 个问题')
  })

  it('speaks English inside an element with lang="en"', async () => {
    const el = await fixture<WrStepProgress>(html`<wr-step-progress lang="en" current="1" total="4"></wr-step-progress>`)
    // The English strings load on demand: wait for them, not for a guessed time.
    await waitUntil(() => text(el) === 'Step 1 of 4', 'still not English')
  })
})

describe('wr-step-progress under a strict CSP', () => {
  it('draws its bar through the CSSOM, not a style attribute in the template (a strict CSP blocks those)', async () => {
    const el = await fixture<WrStepProgress>(html`<wr-step-progress current="1" total="4"></wr-step-progress>`)
    const fill = el.shadowRoot!.querySelector<HTMLElement>('.fill')!
    expect(fill.style.width).to.equal('25%')
    el.current = 2
    await el.updateComplete
    expect(fill.style.width).to.equal('50%')
  })
})
