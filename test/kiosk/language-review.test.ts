import { fixture, html, expect, waitUntil, allUpdatesComplete } from '../helpers/index.js'
import '@workroom/core/define'
import { i18n, overrideTranslations } from '@workroom/core'
import demoJson from '../../kiosk/public/workroom.json'
import { parseConfig } from '../../kiosk/src/config.js'
import '../../kiosk/src/staff/define.js'
import type { StaffProvider, WrStaffScreen } from '../../kiosk/src/staff/staff-screen.js'

// Which languages the workroom offers and who checked their words: staff see it before residents do.
function config(edit: (c: Record<string, any>) => void) {
  const raw = structuredClone(demoJson) as Record<string, any>
  edit(raw)
  return parseConfig(raw)
}

const provider = { pendingOutbox: async () => [], listBookings: async () => ({ bookings: [] }) } as unknown as StaffProvider

describe('language review on the staff screen', () => {
  it('shows Tibetan as a draft and Uyghur with the county’s reviewer and date', async () => {
    const parsed = config((c) => {
      c.languages = ['zh-Hans', 'bo', 'ug']
      c.translations = { ug: { review: { by: '县司法局 阿依古丽', on: '2026-11-20' }, strings: { 'kiosk:welcome': 'ياخشىمۇسىز' } } }
    })
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
    const el = await fixture<WrStaffScreen>(html`<wr-staff-screen kiosk .config=${parsed.config} .configState=${{ config: parsed.config, source: 'file', problems: [] }} .provider=${provider} .health=${[]} .signedIn=${true}></wr-staff-screen>`)
    await waitUntil(() => el.shadowRoot!.querySelector('[data-languages]'), 'no language section', { timeout: 5000 })
    await allUpdatesComplete(el)
    const row = (lang: string) => el.shadowRoot!.querySelector(`[data-languages] tr[data-lang="${lang}"]`)!.textContent!.replace(/\s+/g, ' ')
    expect(row('zh-Hans')).to.contain('原文')
    expect(row('bo')).to.contain('བོད་ཡིག').and.contain('草稿')
    expect(row('ug')).to.contain('ئۇيغۇرچە').and.contain('县司法局 阿依古丽').and.contain('2026-11-20')
    expect(el.shadowRoot!.querySelector('[data-languages] span[lang="bo"]')).to.exist
  })

  it('refuses a county file whose keys are not namespace:key, naming the path', () => {
    const parsed = config((c) => {
      c.translations = { bo: { review: { by: 'x', on: '2026-11-20' }, strings: { welcome: 'x' } } }
    })
    expect(parsed.ok).to.equal(false)
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path).join(' ')).to.contain('translations')
  })

  it('puts the county’s reviewed wording over the shipped strings', () => {
    overrideTranslations('zh-Hans', { 'core:dialog.close': '关上' })
    expect(i18n.t('dialog.close', { ns: 'core', lng: 'zh-Hans' })).to.equal('关上')
    overrideTranslations('zh-Hans', { 'core:dialog.close': '关闭' })
  })
})
