import { fixture, html, expect, oneEvent, tap, pressKey, shadowQuery, shadowQueryAll, expectNoAxeViolations } from '../helpers/index.js'
import { emulateMedia } from '@web/test-runner-commands'

const emulatePrint = (on: boolean) => emulateMedia({ media: on ? 'print' : 'screen' })
import '@workroom/education/define'
import type { WrCaseStory, EducationNavigateDetail } from '@workroom/education'
import { story, pictureStory } from './fixtures.js'
import type { Media } from '@workroom/education'
import { loadContentPack } from '@workroom/education'
import { starterPackJson } from '../../packages/education/src/content/starter.js'

const button = (el: WrCaseStory, label: string) =>
  shadowQueryAll(el, 'wr-button').find((b) => b.textContent!.trim() === label) as HTMLElement | undefined

describe('wr-case-story', () => {
  it('tells an older text-only story in headed parts, the law behind a disclosure', async () => {
    const el = await fixture<WrCaseStory>(html`<wr-case-story .story=${story}></wr-case-story>`)
    const headings = shadowQueryAll(el, 'section h3').map((h) => h.textContent!.trim())
    expect(headings).to.deep.equal(['1发生了什么', '2后来怎么解决的', '法律怎么说', '您可以怎么做'])
    const statute = shadowQuery<HTMLDetailsElement>(el, 'details.statute')!
    expect(statute.open).to.equal(false)
    expect(statute.querySelector('summary')!.textContent).to.equal('法律原文')
    expect(el.shadowRoot!.textContent).to.contain('《中华人民共和国法律援助法》第四十二条第三项')
  })

  it('tells a picture story: each panel a named picture and plain words with its own read-aloud, and a play-all', async () => {
    const el = await fixture<WrCaseStory>(html`<wr-case-story .story=${pictureStory}></wr-case-story>`)
    const panels = shadowQueryAll(el, '[part=panel]')
    expect(panels).to.have.length(4)
    const pic = panels[1]!.querySelector('svg[role=img]')!
    expect(pic.getAttribute('aria-label')).to.contain('工资')
    expect(panels[1]!.textContent).to.contain('包工头欠了他3万元。')
    const readers = shadowQueryAll<HTMLElement & { text: string }>(el, 'wr-read-aloud')
    expect(readers[0]!.text).to.contain('老张在工地干了半年。')
    expect(readers[0]!.text).to.contain('工钱要回来了。')
    expect(panels.map((p) => (p.querySelector('wr-read-aloud') as HTMLElement & { text: string }).text)).to.deep.equal([
      '老张在工地干了半年。', '包工头欠了他3万元。', '他到司法所申请法律援助。', '工钱要回来了。',
    ])
    expect(shadowQuery(el, 'ol.panels')!.getAttribute('aria-label')).to.equal('图画故事，共 4 幅')
    await expectNoAxeViolations(el)
  })

  it('gives a panel its recorded narration, for devices without a voice', async () => {
    const media: Media[] = [
      { id: 'panel-2', kind: 'audio', title: { 'zh-Hans': '录音' }, src: 'audio/panel-2.mp3', type: 'audio/mpeg', bytes: 20000, seconds: 6, transcript: { 'zh-Hans': '包工头欠了他3万元。' } },
    ]
    const el = await fixture<WrCaseStory>(html`<wr-case-story .story=${pictureStory} .media=${media} asset-base="https://county.example/pack/"></wr-case-story>`)
    const readers = shadowQueryAll(el, '[part=panel] wr-read-aloud')
    expect(readers[1]!.getAttribute('audio')).to.equal('https://county.example/pack/audio/panel-2.mp3')
    expect(readers[0]!.getAttribute('audio')).to.equal('')
  })

  it('plays a Tibetan reader the Tibetan recording, and never the Chinese one where there is none', async () => {
    const rec = (id: string, lang?: 'bo') => ({ id, kind: 'audio' as const, title: { 'zh-Hans': '录音' }, src: `audio/${id}.mp3`, type: 'audio/mpeg', bytes: 20000, seconds: 6, transcript: { 'zh-Hans': '包工头欠了他3万元。' }, ...(lang ? { lang } : {}) })
    const media: Media[] = [rec('panel-2-zh'), rec('panel-2-bo', 'bo'), rec('panel-3-zh')]
    const story = {
      ...pictureStory,
      panels: pictureStory.panels!.map((p, i) => (i === 1 ? { ...p, audio: ['panel-2-zh', 'panel-2-bo'] } : i === 2 ? { ...p, audio: 'panel-3-zh' } : p)),
    }
    const bo = await fixture<WrCaseStory>(html`<wr-case-story lang="bo" .story=${story} .media=${media} asset-base="https://county.example/pack/"></wr-case-story>`)
    const readers = shadowQueryAll(bo, '[part=panel] wr-read-aloud')
    expect(readers[1]!.getAttribute('audio')).to.equal('https://county.example/pack/audio/panel-2-bo.mp3')
    expect(readers[2]!.getAttribute('audio'), 'only a Chinese recording: none for a Tibetan reader').to.equal('')
    const zh = await fixture<WrCaseStory>(html`<wr-case-story .story=${story} .media=${media} asset-base="https://county.example/pack/"></wr-case-story>`)
    expect(shadowQueryAll(zh, '[part=panel] wr-read-aloud')[1]!.getAttribute('audio')).to.equal('https://county.example/pack/audio/panel-2-zh.mp3')
  })

  it('ends with what the resident can do here, a mediator included', async () => {
    const el = await fixture<WrCaseStory>(html`<wr-case-story .story=${pictureStory}></wr-case-story>`)
    const ev = oneEvent(el, 'wr-education-booking-request')
    await tap(button(el, '找调解员调解')!)
    expect(((await ev) as CustomEvent<EducationNavigateDetail>).detail).to.deep.equal({
      from: { kind: 'case', id: 'case-wages-pictures', topic: 'work' },
      step: 'mediation',
    })
  })

  it('prints as a one-page A4 handout, without buttons', async () => {
    const el = await fixture<WrCaseStory>(html`<wr-case-story .story=${pictureStory}></wr-case-story>`)
    await emulatePrint(true)
    try {
      for (const b of shadowQueryAll(el, 'wr-button, wr-read-aloud')) expect(getComputedStyle(b).display).to.equal('none')
      // A4 at 12 mm margins is 273 mm of printable height ≈ 1031 CSS px.
      expect(el.getBoundingClientRect().height).to.be.at.most(1031)
    } finally {
      await emulatePrint(false)
    }
  })

  // Every case story of the starter content, laid out at A4's printable width (210 mm less 12 mm
  // margins ≈ 703 CSS px) with print media emulated, fits the printable height: one page to hand out.
  for (const c of loadContentPack(starterPackJson).cases) {
    it(`prints “${c.title['zh-Hans']}” as a one-page A4 handout with its pictures and the law`, async () => {
      const el = await fixture<WrCaseStory>(html`<div style="width: 703px"><wr-case-story .story=${c}></wr-case-story></div>`).then((d) => d.firstElementChild as WrCaseStory)
      await el.updateComplete
      await emulatePrint(true)
      try {
        expect(el.getBoundingClientRect().height, c.id).to.be.at.most(1031)
        const pictures = shadowQueryAll(el, '[part=panel] svg[role=img]').filter((p) => p.getBoundingClientRect().height > 40)
        expect(pictures.length, `${c.id}: every panel's picture prints`).to.equal(c.panels!.length)
        expect(el.shadowRoot!.textContent).to.contain('《')
        for (const b of shadowQueryAll(el, 'wr-button, wr-read-aloud')) expect(getComputedStyle(b).display).to.equal('none')
      } finally {
        await emulatePrint(false)
      }
    })
  }

  it('sends the resident to the screener by tap, with an event rather than a link', async () => {
    const el = await fixture<WrCaseStory>(html`<wr-case-story .story=${story}></wr-case-story>`)
    expect(el.shadowRoot!.querySelector('a[href]')).to.equal(null)
    const ev = oneEvent(el, 'wr-education-screener-request')
    await tap(button(el, '测一测能不能申请法律援助')!)
    const { detail } = (await ev) as CustomEvent<EducationNavigateDetail>
    expect(detail).to.deep.equal({ from: { kind: 'case', id: 'case-wages', topic: 'work' }, step: 'screener' })
  })

  it('opens booking from the keyboard', async () => {
    const el = await fixture<WrCaseStory>(html`<wr-case-story .story=${story}></wr-case-story>`)
    shadowQuery(button(el, '预约法律咨询')!, 'button')!.focus()
    const ev = oneEvent(el, 'wr-education-booking-request')
    await pressKey('Enter')
    expect(((await ev) as CustomEvent<EducationNavigateDetail>).detail.step).to.equal('booking')
  })

  it('leaves out next steps the host cannot offer', async () => {
    const el = await fixture<WrCaseStory>(html`<wr-case-story .story=${story} hide-next="booking"></wr-case-story>`)
    expect(button(el, '预约法律咨询')).to.equal(undefined)
    expect(button(el, '测一测能不能申请法律援助')).to.not.equal(undefined)
  })

  it('has no accessibility violations', async () => {
    const el = await fixture<WrCaseStory>(html`<wr-case-story .story=${story}></wr-case-story>`)
    await expectNoAxeViolations(el)
  })
})
