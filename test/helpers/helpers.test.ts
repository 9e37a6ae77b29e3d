// The shared helpers themselves: real input, shadow-piercing queries, readable axe failures.
import { LitElement, html as litHtml } from 'lit'
import { fixture, html, expect, tap, pressKey, deepQuery, deepQueryAll, shadowQuery, activeElementDeep, expectNoAxeViolations, allUpdatesComplete } from './index.js'

class HelperProbe extends LitElement {
  override render() {
    return litHtml`<button type="button" id="inner">Inner</button><helper-probe-child></helper-probe-child>`
  }
}
class HelperProbeChild extends LitElement {
  override render() {
    return litHtml`<a href="#x" id="deep">Deep link</a>`
  }
}
customElements.define('helper-probe', HelperProbe)
customElements.define('helper-probe-child', HelperProbeChild)

describe('test helpers', () => {
  it('queries through nested open shadow roots', async () => {
    const el = await fixture(html`<helper-probe></helper-probe>`)
    await allUpdatesComplete(el)
    expect(shadowQuery(el, '#inner')?.textContent).to.equal('Inner')
    expect(shadowQuery(el, '#deep')).to.equal(null)
    expect(deepQuery(el, '#deep')?.textContent).to.equal('Deep link')
    expect(deepQueryAll(el, 'button, a')).to.have.length(2)
  })

  it('taps with a real pointer and follows focus into shadow roots', async () => {
    const el = await fixture(html`<helper-probe></helper-probe>`)
    await allUpdatesComplete(el)
    const inner = shadowQuery(el, '#inner')!
    let clicks = 0
    inner.addEventListener('click', () => clicks++)
    await tap(inner)
    expect(clicks).to.equal(1)
    expect(activeElementDeep()).to.equal(inner)
  })

  it('presses real keys: Tab moves focus into the nested shadow root', async () => {
    const el = await fixture(html`<helper-probe></helper-probe>`)
    await allUpdatesComplete(el)
    shadowQuery(el, '#inner')!.focus()
    await pressKey('Tab')
    expect(activeElementDeep()).to.equal(deepQuery(el, '#deep'))
  })

  it('lists each axe violation with rule, impact, target and help', async () => {
    const el = await fixture(html`<div><button type="button"></button></div>`)
    let message = ''
    try {
      await expectNoAxeViolations(el)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).to.match(/button-name \[critical\]: Buttons must have discernible text/)
    expect(message).to.contain('at ["button"]')
  })
})
