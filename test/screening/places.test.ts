import { fixture, html, expect, oneEvent, expectNoAxeViolations } from '../helpers/index.js'
import '@workroom/screening/define'
import { setLanguage } from '@workroom/core'
import type { WrAidScreener, ScreeningPlaceRequestDetail } from '@workroom/screening'
import type { Directory } from '@workroom/core/directory'
import { parseDirectory } from '@workroom/core/directory'
import { answerUntilResult, root, tapButton } from './driver.js'
import demo from '../../kiosk/public/workroom.json'

function directory(): Directory {
  const r = parseDirectory(structuredClone(demo.directory))
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.directory
}
const WAGES = { problem: 'wages', hasLawyer: false, 'applicant.groups': ['migrant-worker'], 'urgent.needs': [] }

async function result(kiosk = false): Promise<WrAidScreener> {
  const el = await fixture<WrAidScreener>(html`<wr-aid-screener
    ?kiosk=${kiosk}
    .directory=${directory()}
    here="dongping-workroom"
    .hereToday=${['今天在这里值班：周文书（工作室联络员（村委会））', '调解员李调解员今天在']}
    directory-href="/jigou/"
  ></wr-aid-screener>`)
  await tapButton(el, '开始自测')
  await answerUntilResult(el, WAGES)
  return el
}
const places = (el: WrAidScreener) => [...root(el).querySelectorAll<HTMLElement>('.places > li')]

describe('screener results name their places from the service directory', () => {
  before(() => setLanguage('zh-Hans'))

  it('this workroom first, with who is here today, then the judicial office and the county legal-aid centre, each with address and phone', async () => {
    const el = await result()
    expect(places(el).map((p) => p.dataset.entry)).to.deep.equal(['dongping-workroom', 'qingshi-office', 'linhe-legal-aid-centre'])
    const here = places(el)[0]!.textContent!
    expect(here).to.contain('就在这里').and.contain('东坪村公共法律服务工作室').and.contain('今天在这里值班').and.contain('调解员李调解员今天在')
    expect(here).to.contain('青石镇东坪村党群服务中心一楼西侧')
    expect(places(el)[0]!.querySelector('a')!.getAttribute('href')).to.equal('tel:00000000001')
    expect(places(el)[2]!.textContent).to.contain('临河县城关镇政府街 26 号一楼 3 号窗口').and.contain('0000-0001001')
    await expectNoAxeViolations(el)
  })

  it('each route names its place: labour arbitration for unpaid wages, the township’s legal-aid station', async () => {
    const el = await result()
    const routed = [...root(el).querySelectorAll<HTMLElement>('.routes .route-place')].map((r) => r.dataset.entry)
    expect(routed).to.include('linhe-labour-arbitration').and.include('qingshi-aid-station')
    const arbitration = root(el).querySelector('.route-place[data-entry="linhe-labour-arbitration"]')!
    expect(arbitration.textContent).to.contain('临河县城关镇建设路 9 号人社局三楼').and.contain('0000-0001003')
  })

  it('"map and opening hours" asks the host to show the place; a host that does not answer gets the directory page', async () => {
    const el = await result()
    const button = root(el).querySelector<HTMLElement>('.route-place[data-entry="linhe-labour-arbitration"] wr-button')!
    el.addEventListener('wr-screening-place-request', (e) => e.preventDefault(), { once: true })
    const asked = oneEvent(el, 'wr-screening-place-request')
    button.shadowRoot!.querySelector('button')!.click()
    expect(((await asked) as CustomEvent<ScreeningPlaceRequestDetail>).detail).to.deep.equal({ entry: 'linhe-labour-arbitration', route: 'labour-arbitration' })
  })

  it('on a kiosk phones are big digits, never links out', async () => {
    const el = await result(true)
    expect(root(el).querySelector('.places a, .routes a')).to.equal(null)
    expect(root(el).querySelector('.place-phone.big')!.textContent!.trim()).to.equal('0000-0000001')
  })

  it('without a directory the office attributes still name the place (embeds unchanged)', async () => {
    const el = await fixture<WrAidScreener>(html`<wr-aid-screener office-name="临河县司法局青石司法所" office-address="青石镇人民路 18 号"></wr-aid-screener>`)
    await tapButton(el, '开始自测')
    await answerUntilResult(el, WAGES)
    expect(places(el)).to.have.length(0)
    expect(root(el).querySelector('.office')!.textContent).to.equal('临河县司法局青石司法所')
    expect(root(el).querySelector('.route-place')).to.equal(null)
  })
})
