import { fixture, html, expect } from '../helpers/index.js'
import '@workroom/core/define'
import { groupDigits, maskId, type WrKeypad } from '@workroom/core'

const key = (el: WrKeypad, k: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-key="${k}"]`)!
const tapAll = (el: WrKeypad, keys: string) => [...keys].forEach((k) => key(el, k).click())
const shown = (el: WrKeypad) => el.shadowRoot!.querySelector('.display')!.textContent!.trim()

describe('wr-keypad', () => {
  it('takes a mobile number by taps, shows it grouped, and reports each key', async () => {
    const el = await fixture<WrKeypad>(html`<wr-keypad kiosk label="手机号码" maxlength="11"></wr-keypad>`)
    const changes: string[] = []
    el.addEventListener('wr-field-change', (e) => changes.push((e as CustomEvent<{ value: string }>).detail.value))
    tapAll(el, '138001380009')
    await el.updateComplete
    expect(el.value).to.equal('13800138000')
    expect(changes.length).to.equal(11)
    expect(shown(el)).to.equal('138 0013 8000')
    key(el, 'back').click()
    await el.updateComplete
    expect(el.value).to.equal('1380013800')
    key(el, 'clear').click()
    expect(el.value).to.equal('')
  })

  it('has an X key for ID numbers, only as the last character, and masks the middle on screen', async () => {
    const el = await fixture<WrKeypad>(html`<wr-keypad label="身份证号码" mode="id" maxlength="18" masked></wr-keypad>`)
    key(el, 'X').click()
    expect(el.value).to.equal('')
    tapAll(el, '11010519491231002')
    key(el, 'X').click()
    await el.updateComplete
    expect(el.value).to.equal('11010519491231002X')
    expect(shown(el)).to.equal('110105 •••••••• •••X')
    expect(shown(el)).to.not.contain('1949')
  })

  it('takes one decimal point for an amount', async () => {
    const el = await fixture<WrKeypad>(html`<wr-keypad label="金额" mode="decimal" maxlength="9"></wr-keypad>`)
    tapAll(el, '.')
    tapAll(el, '5.5.')
    expect(el.value).to.equal('0.55')
  })

  it('takes physical digits and Backspace while focused, and validates like a text field', async () => {
    const el = await fixture<WrKeypad>(html`<wr-keypad label="手机号码" maxlength="11" required></wr-keypad>`)
    expect(el.validate()).to.equal('请填写手机号码')
    el.focus()
    for (const k of ['1', '3', 'a', 'Backspace', '9']) el.shadowRoot!.querySelector('.display')!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }))
    expect(el.value).to.equal('19')
    expect(el.validate()).to.equal('')
  })

  it('is no form field the browser could autofill, and every key is a big target', async () => {
    const el = await fixture<WrKeypad>(html`<wr-keypad kiosk elder label="手机号码"></wr-keypad>`)
    expect(el.shadowRoot!.querySelector('input')).to.equal(null)
    for (const b of el.shadowRoot!.querySelectorAll('button')) expect(b.getBoundingClientRect().height).to.be.at.least(60)
    await expect(el).to.be.accessible()
  })

  it('groups ID numbers 6-8-4 and masks only the birth date and sequence', () => {
    expect(groupDigits('110105194912310021', 'id')).to.equal('110105 19491231 0021')
    expect(maskId('110105194912310021')).to.equal('110105•••••••••••1')
  })
})
