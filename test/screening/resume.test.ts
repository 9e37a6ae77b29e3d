import { fixture, html, expect, waitUntil } from '../helpers/index.js'
import '@workroom/screening/define'
import type { WrAidScreener } from '@workroom/screening'
import {
  forgetAllResumes,
  loadAnswers,
  newResumeCode,
  normalizeResumeCode,
  saveAnswers,
} from '../../packages/screening/src/aid-screener/resume-store.js'
import { currentFact, heading, next, root, tapAnswer, tapButton } from './driver.js'

describe('save and resume', () => {
  afterEach(() => forgetAllResumes())

  it('makes short codes without look-alike characters, and accepts them typed loosely', () => {
    const code = newResumeCode()
    expect(code).to.match(/^[A-HJKMNP-TV-Z2-9]{4}-[A-HJKMNP-TV-Z2-9]{4}$/)
    expect(normalizeResumeCode(` ${code.toLowerCase().replace('-', ' ')} `)).to.equal(code)
    expect(normalizeResumeCode('K7QP-3MX0')).to.equal(undefined)
  })

  it('stores only encrypted answers, readable with the code and not without it', async () => {
    const code = 'K7QP-3MXA'
    await saveAnswers(code, [{ fact: 'problem', value: 'wages' }], 7)
    expect(await loadAnswers('k7qp3mxa')).to.deep.equal({ ok: true, answers: [{ fact: 'problem', value: 'wages' }] })
    expect(await loadAnswers('K7QP-3MXB')).to.deep.equal({ ok: false, reason: 'not-found' })
    // Nothing readable on disk: neither the code nor the answer appears in the stored record.
    const raw = await new Promise<unknown[]>((resolve) => {
      const req = indexedDB.open('workroom-screening-resume')
      req.onsuccess = () => {
        const all = req.result.transaction('resume').objectStore('resume').getAll()
        all.onsuccess = () => {
          resolve(all.result)
          req.result.close()
        }
      }
    })
    const text = JSON.stringify(raw, (_k, v) => (v instanceof ArrayBuffer ? new TextDecoder().decode(v) : v))
    expect(text).not.to.contain('wages')
    expect(text).not.to.contain('K7QP')
  })

  it('deletes a record once it has expired', async () => {
    const now = Date.now()
    await saveAnswers('ABCD-EFGH', [{ fact: 'problem', value: 'divorce' }], 1, now)
    expect(await loadAnswers('ABCD-EFGH', now + 2 * 86_400_000)).to.deep.equal({ ok: false, reason: 'expired' })
    expect(await loadAnswers('ABCD-EFGH', now)).to.deep.equal({ ok: false, reason: 'not-found' })
  })

  it('lets a resident save, leave, and carry on with the code', async () => {
    const el = await fixture<WrAidScreener>(html`<wr-aid-screener save-resume></wr-aid-screener>`)
    await tapButton(el, '开始自测')
    await tapAnswer(el, 'wages')
    await next(el)
    expect(currentFact(el)).to.equal('hasLawyer')
    await tapButton(el, '保存，以后再做')
    // Deriving the key takes a moment (100,000 PBKDF2 rounds).
    await waitUntil(() => heading(el) === '请记下您的恢复码', 'the code was not shown', { timeout: 5000 })
    const code = root(el).querySelector('.resume-code')!.textContent!.trim()
    expect(code).to.match(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/)

    const later = await fixture<WrAidScreener>(html`<wr-aid-screener save-resume></wr-aid-screener>`)
    const field = root(later).querySelector('wr-text-field')!
    field.value = code.toLowerCase()
    field.dispatchEvent(new Event('input'))
    await tapButton(later, '继续上次的自测')
    await waitUntil(() => currentFact(later) === 'hasLawyer', 'did not resume at the next question', { timeout: 5000 })
  })

  it('says plainly when a code is wrong, and keeps what was typed', async () => {
    const el = await fixture<WrAidScreener>(html`<wr-aid-screener save-resume></wr-aid-screener>`)
    const field = root(el).querySelector('wr-text-field')!
    field.value = 'ZZZZ-ZZZZ'
    field.dispatchEvent(new Event('input'))
    await tapButton(el, '继续上次的自测')
    await waitUntil(() => field.error !== '', 'no error shown', { timeout: 5000 })
    expect(field.error).to.contain('没有找到这个恢复码')
    expect(field.value).to.equal('ZZZZ-ZZZZ')
  })

  it('offers nothing to save unless the host enables it', async () => {
    const el = await fixture<WrAidScreener>(html`<wr-aid-screener></wr-aid-screener>`)
    expect(root(el).querySelector('wr-text-field')).to.equal(null)
    await tapButton(el, '开始自测')
    await tapAnswer(el, 'wages')
    await next(el)
    expect(root(el).textContent).not.to.contain('保存，以后再做')
  })
})
