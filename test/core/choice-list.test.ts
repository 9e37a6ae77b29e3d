import { fixture, html, expect, oneEvent, pressKey } from '../helpers/index.js'
import '@workroom/core/define'
import type { WrChoiceList, ChoiceChangeDetail } from '@workroom/core'

const options = [
  { value: 'wages', label: '拖欠工资' },
  { value: 'injury', label: '工伤', hint: '在工作中受伤' },
  { value: 'none', label: '都不是', exclusive: true },
]

describe('wr-choice-list', () => {
  it('names the group with the question and reports a tapped answer', async () => {
    const el = await fixture<WrChoiceList>(html`<wr-choice-list name="problem" legend="您遇到了什么问题？" .options=${options}></wr-choice-list>`)
    const fieldset = el.shadowRoot!.querySelector('fieldset')!
    expect(fieldset.querySelector('legend')!.textContent).to.equal('您遇到了什么问题？')
    const changed = oneEvent(el, 'wr-choice-change')
    el.shadowRoot!.querySelectorAll('label')[1]!.click()
    const { detail } = (await changed) as CustomEvent<ChoiceChangeDetail>
    expect(detail).to.deep.equal({ name: 'problem', value: 'injury' })
    expect(el.value).to.equal('injury')
  })

  it('moves between answers with the arrow keys', async () => {
    const el = await fixture<WrChoiceList>(html`<wr-choice-list legend="问题" .options=${options} value="wages"></wr-choice-list>`)
    el.focus()
    await pressKey('ArrowDown')
    await el.updateComplete
    expect(el.value).to.equal('injury')
  })

  it('lets "none of these" clear the other ticks in a multiple list', async () => {
    const el = await fixture<WrChoiceList>(html`<wr-choice-list multiple legend="您属于哪些情况？" .options=${options}></wr-choice-list>`)
    const labels = el.shadowRoot!.querySelectorAll('label')
    const tapAndWait = async (i: number): Promise<void> => {
      labels[i]!.click()
      await el.updateComplete
    }
    await tapAndWait(0)
    await tapAndWait(1)
    expect(el.value).to.deep.equal(['wages', 'injury'])
    await tapAndWait(2)
    expect(el.value).to.deep.equal(['none'])
    expect(labels[0]!.querySelector('input')!.checked).to.equal(false)
    await tapAndWait(0)
    expect(el.value).to.deep.equal(['wages'])
  })

  it('shows an error as text tied to the group', async () => {
    const el = await fixture<WrChoiceList>(html`<wr-choice-list legend="问题" .options=${options} error="请选择一项"></wr-choice-list>`)
    const fieldset = el.shadowRoot!.querySelector('fieldset')!
    expect(fieldset.getAttribute('aria-invalid')).to.equal('true')
    expect(el.shadowRoot!.getElementById('error')!.textContent).to.equal('请选择一项')
    expect(fieldset.getAttribute('aria-describedby')).to.contain('error')
  })
})
