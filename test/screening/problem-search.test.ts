import { fixture, html, expect, expectNoAxeViolations } from '../helpers/index.js'
import '@workroom/screening/define'
import { setLanguage } from '@workroom/core'
import type { WrAidScreener } from '@workroom/screening'
import { root, tapButton } from './driver.js'

async function started(attrs = html`<wr-aid-screener></wr-aid-screener>`): Promise<WrAidScreener> {
  const el = await fixture<WrAidScreener>(attrs)
  await tapButton(el, '开始自测')
  return el
}

async function type(el: WrAidScreener, text: string): Promise<string[]> {
  const search = root(el).querySelector<HTMLInputElement>('#problem-search')!
  search.value = text
  search.dispatchEvent(new Event('input'))
  await el.updateComplete
  const list = root(el).querySelector('wr-choice-list')!
  await list.updateComplete
  return [...list.shadowRoot!.querySelectorAll('input')].map((i) => i.value)
}

// What residents type at the workroom, and the problem card that must be offered.
const SAID: [string, string][] = [
  ['赡养费', 'support-payment'],
  ['儿子不给钱', 'support-payment'],
  ['墙', 'neighbour'],
  ['围墙', 'homestead'],
  ['工钱', 'wages'],
  ['老板不给钱', 'wages'],
  ['打我', 'domestic-violence'],
  ['离婚', 'divorce'],
  ['被骗', 'criminal-victim'],
  ['保健品', 'consumer'],
  ['qx', 'wages'],
]

describe('wr-aid-screener problem search (the vocabulary shared with the library)', () => {
  afterEach(() => setLanguage('zh-Hans'))

  for (const [said, problem] of SAID) {
    it(`offers ${problem} for “${said}”, and 其他问题 last`, async () => {
      const el = await started()
      const values = await type(el, said)
      expect(values).to.include(problem)
      expect(values.at(-1)).to.equal('other')
    })
  }

  it('finds wages first for “老板不给钱”, and says how many kinds it found', async () => {
    const el = await started()
    const values = await type(el, '老板不给钱')
    expect(values[0]).to.equal('wages')
    expect(root(el).querySelector('#problem-count')!.textContent).to.match(/找到 \d+ 类问题/)
  })

  it('is never a dead end: words it does not know still offer 其他问题 and a person to ask', async () => {
    const el = await started()
    const values = await type(el, '外星人')
    expect(values).to.deep.equal(['other'])
    const text = root(el).textContent!
    expect(text).to.contain('没有找到一样的')
    expect(text).to.contain('12348')
    await expectNoAxeViolations(el)
  })

  it('on the kiosk, points to the staff in the room', async () => {
    const el = await started(html`<wr-aid-screener kiosk></wr-aid-screener>`)
    await type(el, '说不上来的事')
    expect(root(el).querySelector('.search-help')!.textContent).to.contain('工作人员')
  })

  it('picking 其他问题 from the search leads on', async () => {
    const el = await started()
    await type(el, '外星人')
    const list = root(el).querySelector('wr-choice-list')!
    list.shadowRoot!.querySelector<HTMLInputElement>('input[value="other"]')!.click()
    await el.updateComplete
    expect(list.value).to.equal('other')
  })

  it('understands English words in English', async () => {
    const el = await started()
    await setLanguage('en')
    await el.updateComplete
    expect(await type(el, 'boss')).to.include('wages')
    expect(await type(el, 'hits me')).to.include('domestic-violence')
  })
})
