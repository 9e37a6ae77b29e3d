import { fixture, html, expect, oneEvent, waitUntil, expectNoAxeViolations } from '../helpers/index.js'
import '@workroom/screening/define'
import { setLanguage } from '@workroom/core'
import type { WrAidScreener, ScreeningCompleteDetail } from '@workroom/screening'
import { answerUntilResult, root, tapButton } from './driver.js'
import boText from '../../packages/screening/src/locales/bo.json' with { type: 'json' }
import ugText from '../../packages/screening/src/locales/ug.json' with { type: 'json' }
import nxBo from '../../packages/rules/src/packs/regions/CN-NX.text.bo.json' with { type: 'json' }
import nxUg from '../../packages/rules/src/packs/regions/CN-NX.text.ug.json' with { type: 'json' }

const UI = { bo: boText, ug: ugText } as const
const REGION = { bo: nxBo, ug: nxUg } as const
/** Article 31, item 9 of the Legal Aid Law, as each language says it (drafts in the screener's strings). */
const ARTICLE = { bo: 'དོན་ཚན་ 31 ཚན་པ་ 9', ug: '31-ماددا 9-تارماق' } as const

describe('screening result in Tibetan and Uyghur', () => {
  afterEach(() => setLanguage('zh-Hans'))

  for (const lang of ['bo', 'ug'] as const) {
    it(`${lang}: a Ningxia petition result gives the region's reason in ${lang}, cites the Chinese title marked zh-Hans and the article in ${lang}`, async () => {
      const el = await fixture<WrAidScreener>(html`<wr-aid-screener lang=${lang} region="CN-NX" dibao-monthly="700"></wr-aid-screener>`)
      await el.updateComplete
      await tapButton(el, UI[lang].start.begin)
      const done = oneEvent(el, 'wr-screening-complete')
      await tapButton(el, UI[lang].problem.more)
      await answerUntilResult(el, { problem: 'petition', hasLawyer: false, 'applicant.groups': [], 'applicant.fixedIncome': true, 'applicant.ageBand': '18-59', 'household.size': 2, 'household.incomeWithinLine': 'yes', 'household.valuableAssets': false, 'urgent.needs': [] })
      const { detail } = (await done) as CustomEvent<ScreeningCompleteDetail>
      expect(detail.reasons.map((r) => r.code)).to.include('nx-scope-petition')
      const base = root(el).querySelector('.base')!
      expect(base.getAttribute('lang')).to.equal(lang)
      await waitUntil(() => base.textContent!.includes(REGION[lang].reasons['nx-scope-petition'][lang as never]), `the region's reason in ${lang}`)
      expect(base.textContent).not.to.contain('在宁夏')
      const cites = [...root(el).querySelectorAll('.basis cite')]
      expect(cites.length).to.be.greaterThan(0)
      for (const c of cites) {
        expect(c.querySelector('bdi[lang="zh-Hans"]')!.textContent).to.match(/^《.+》$/)
        expect(c.textContent).not.to.match(/第.+条/)
      }
      expect(cites.map((c) => c.textContent).join('\n')).to.contain(ARTICLE[lang])
      await expectNoAxeViolations(el)
    })
  }
})
