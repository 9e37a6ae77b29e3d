import { fixture, html, expect, activeElementDeep, waitUntil, allUpdatesComplete, expectNoAxeViolations, oneEvent } from '../helpers/index.js'
import '@workroom/core/define'
import { defineElement, setLanguage } from '@workroom/core'
import { WrKioskApp } from '../../kiosk/src/app.js'
import { parseConfig, type WorkroomConfig } from '../../kiosk/src/config.js'
import { hereToday } from '../../kiosk/src/directory.js'
import '../../kiosk/src/staff/define.js'
import type { WrStaffScreen } from '../../kiosk/src/staff/staff-screen.js'
import { statement } from '../../kiosk/src/accessibility/statement.js'
import demoJson from '../../kiosk/public/workroom.json'

defineElement('wr-kiosk-app', WrKioskApp)

const root = (el: Element): ShadowRoot => el.shadowRoot!
function demoConfig(edit?: (c: Record<string, any>) => void): WorkroomConfig {
  const raw = structuredClone(demoJson) as Record<string, any>
  edit?.(raw)
  const r = parseConfig(raw)
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.config
}
async function kiosk(config = demoConfig()): Promise<WrKioskApp> {
  return fixture<WrKioskApp>(html`<wr-kiosk-app kiosk .configState=${{ config, source: 'file', problems: [] }}></wr-kiosk-app>`)
}
async function shown<T extends HTMLElement>(el: WrKioskApp, tag: string): Promise<T> {
  await waitUntil(() => root(el).querySelector(tag), `${tag} did not open`, { timeout: 5000 })
  const found = root(el).querySelector<T & { updateComplete: Promise<unknown> }>(tag)!
  await allUpdatesComplete(found)
  return found
}

describe('kiosk: where to go', () => {
  before(() => setLanguage('zh-Hans'))

  it('the home screen has a directory tile; its screen marks this workroom and starts in its township, focus on the heading', async () => {
    const el = await kiosk()
    root(el).querySelector<HTMLButtonElement>('[data-feature="directory"]')!.click()
    const d = await shown<HTMLElement>(el, 'wr-service-directory')
    expect(d.getAttribute('township')).to.equal('qingshi')
    await waitUntil(() => activeElementDeep()?.id === 'title', 'focus moves to the directory heading')
    expect(root(d).querySelector('[data-entry="dongping-workroom"] .here')!.textContent).to.equal('您在这里')
    // A kiosk never links out: phones are digits.
    expect(root(d).querySelector('a')).to.equal(null)
    await expectNoAxeViolations(el)
  })

  it('no directory in the config, no tile', async () => {
    const el = await kiosk(demoConfig((c) => {
      delete c.directory
      delete c.workroom.directoryId
      delete c.judicialOffice.directoryId
      c.workroom.address = { 'zh-Hans': '青石镇东坪村' }
    }))
    expect(root(el).querySelector('[data-feature="directory"]')).to.equal(null)
  })

  it('a result knows who is here today: on a Monday the liaison and the mediator, on a Tuesday the adviser and the mediator’s days', () => {
    const config = demoConfig()
    expect(hereToday(config, Date.parse('2026-11-23T10:00:00+08:00'), 'zh-Hans')).to.deep.equal([
      '今天在这里值班：李调解员（人民调解员）和周文书（工作室联络员（村委会））',
      '调解员李调解员今天在',
    ])
    const tuesday = hereToday(config, Date.parse('2026-11-24T10:00:00+08:00'), 'zh-Hans')
    expect(tuesday[0]).to.contain('王律师')
    expect(tuesday[1]).to.equal('调解员李调解员：周一和周四在')
  })
})

describe('kiosk: accessibility statement', () => {
  before(() => setLanguage('zh-Hans'))

  it('opens from the footer, with the standards, the known problems and the workroom’s phone to report one', async () => {
    const el = await kiosk()
    root(el).querySelector<HTMLElement>('footer .statement')!.click()
    const s = await shown<HTMLElement>(el, 'wr-accessibility-statement')
    expect(el.currentScreen).to.equal('accessibility')
    const text = root(s).textContent!
    expect(text).to.contain('WCAG 2.2 AA').and.contain('GB/T 37668-2019').and.contain('适老化')
    for (const p of statement.knownProblems) expect(text).to.contain(p.what['zh-Hans'])
    expect(root(s).querySelector('[part="report"]')!.textContent).to.contain('东坪村公共法律服务工作室').and.contain('0000-0000001')
    expect(activeElementDeep()?.textContent).to.equal('无障碍说明')
    await expectNoAxeViolations(el)
  })

  it('the staff screen opens it (ending staff mode first)', async () => {
    const staff = await fixture<WrStaffScreen>(html`<wr-staff-screen kiosk .config=${demoConfig()}></wr-staff-screen>`)
    ;(staff as any).signedIn = true
    await allUpdatesComplete(staff)
    const asked = oneEvent(staff, 'wr-staff-accessibility-request')
    ;[...root(staff).querySelectorAll<HTMLElement>('wr-button')].find((b) => b.textContent!.trim() === '无障碍说明')!.click()
    await asked
    expect((staff as any).signedIn).to.equal(false)
  })
})
