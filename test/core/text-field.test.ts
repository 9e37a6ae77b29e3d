import { fixture, html, expect, oneEvent } from '../helpers/index.js'
import { z } from 'zod/mini'
import '@workroom/core/define'
import { normalizeNumber, setLanguage, type WrTextField } from '@workroom/core'

const income = z.coerce.number().check(z.minimum(0, '收入不能是负数'))

describe('wr-text-field', () => {
  afterEach(() => setLanguage('zh-Hans'))

  it('labels the input and ties the hint to it', async () => {
    const el = await fixture<WrTextField>(html`<wr-text-field label="全家每月收入" hint="税后，所有人加起来" suffix="元"></wr-text-field>`)
    const input = el.shadowRoot!.querySelector('input')!
    expect(el.shadowRoot!.querySelector('label')!.htmlFor).to.equal(input.id)
    expect(input.getAttribute('aria-describedby')).to.equal('hint suffix')
  })

  it('opens a numeric keypad for numbers without becoming type=number', async () => {
    const el = await fixture<WrTextField>(html`<wr-text-field type="number" label="人数"></wr-text-field>`)
    const input = el.shadowRoot!.querySelector('input')!
    expect(input.type).to.equal('text')
    expect(input.inputMode).to.equal('decimal')
  })

  it('rejects a bad value with the schema message at the field and keeps what was typed', async () => {
    const el = await fixture<WrTextField>(html`<wr-text-field type="number" label="收入" .schema=${income}></wr-text-field>`)
    el.value = '-300'
    await el.updateComplete
    expect(el.validate()).to.equal('收入不能是负数')
    await el.updateComplete
    const input = el.shadowRoot!.querySelector('input')!
    expect(input.getAttribute('aria-invalid')).to.equal('true')
    expect(input.getAttribute('aria-describedby')).to.contain('error')
    expect(el.shadowRoot!.getElementById('error')!.textContent).to.contain('收入不能是负数')
    expect(input.value).to.equal('-300')
  })

  it('says a required field is empty in the current language', async () => {
    const el = await fixture<WrTextField>(html`<wr-text-field required label="手机号"></wr-text-field>`)
    expect(el.validate()).to.equal('请填写手机号')
    await setLanguage('en')
    el.label = 'mobile number'
    expect(el.validate()).to.equal('Enter mobile number')
  })

  it('clears the error as soon as the value is fixed', async () => {
    const el = await fixture<WrTextField>(html`<wr-text-field type="number" label="收入" .schema=${income}></wr-text-field>`)
    el.value = '-1'
    el.validate()
    await el.updateComplete
    const input = el.shadowRoot!.querySelector('input')!
    input.value = '2000'
    input.dispatchEvent(new Event('input'))
    const changed = oneEvent(el, 'wr-field-change')
    input.dispatchEvent(new Event('change'))
    const { detail } = (await changed) as CustomEvent<{ valid: boolean }>
    expect(detail.valid).to.equal(true)
    expect(el.error).to.equal('')
  })

  it('reads full-width digits and separators typed on Chinese keyboards', () => {
    expect(normalizeNumber('１２，３４５．５')).to.equal('12345.5')
    expect(normalizeNumber('3 200')).to.equal('3200')
  })

  it('never lets the browser autofill on a kiosk, whatever hint the host gives', async () => {
    const wrap = await fixture<HTMLElement>(html`<div kiosk><wr-text-field label="手机号" type="tel" autocomplete="tel"></wr-text-field></div>`)
    const field = wrap.querySelector<WrTextField>('wr-text-field')!
    await field.updateComplete
    expect(field.shadowRoot!.querySelector('input')!.getAttribute('autocomplete')).to.equal('off')
    const embedded = await fixture<WrTextField>(html`<wr-text-field label="手机号" type="tel" autocomplete="tel"></wr-text-field>`)
    expect(embedded.shadowRoot!.querySelector('input')!.getAttribute('autocomplete')).to.equal('tel')
  })

  it('in secret digits mode hides a PIN, offers the number keys, never autofills, and keeps only digits', async () => {
    const el = await fixture<WrTextField>(html`<wr-text-field label="工作人员密码" secret digits autocomplete="tel"></wr-text-field>`)
    const input = el.shadowRoot!.querySelector('input')!
    expect(input.type).to.equal('password')
    expect(input.getAttribute('inputmode')).to.equal('numeric')
    expect(input.getAttribute('autocomplete')).to.equal('off')
    input.value = '２４a6８-1'
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }))
    expect(input.value).to.equal('24681')
    expect(el.value).to.equal('24681')
  })
})

