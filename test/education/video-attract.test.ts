import { fixture, html, expect, oneEvent, waitUntil, tap, pressKey, shadowQuery, shadowQueryAll, expectNoAxeViolations } from '../helpers/index.js'
import { emulateMedia } from '@web/test-runner-commands'
import '@workroom/education/define'
import type { WrVideo, WrAttractFeed, Media, EducationOpenDetail } from '@workroom/education'
import { pack } from './fixtures.js'

const media: Media = {
  id: 'wages-video',
  title: { 'zh-Hans': '三分钟讲清讨薪', en: 'Claiming wages in three minutes' },
  src: 'video/wages.mp4',
  captions: [
    { src: 'video/wages.en.vtt', lang: 'en', label: 'English' },
    { src: 'video/wages.zh.vtt', lang: 'zh-Hans', label: '中文' },
  ],
  transcript: { 'zh-Hans': '第一步，保存证据。', en: 'Step one: keep evidence.' },
}

const twoLessons = { ...pack, lessons: [pack.lessons[0]!, { ...pack.lessons[0]!, id: 'second', title: { 'zh-Hans': '第二课', en: 'Second' } }] }

describe('wr-video', () => {
  it('never autoplays, has native controls and captions in the page language on by default', async () => {
    const el = await fixture<WrVideo>(html`<wr-video .media=${media}></wr-video>`)
    const video = shadowQuery<HTMLVideoElement>(el, 'video')!
    expect(video.autoplay).to.equal(false)
    expect(video.hasAttribute('autoplay')).to.equal(false)
    expect(video.controls).to.equal(true)
    const tracks = shadowQueryAll<HTMLTrackElement>(el, 'track')
    expect(tracks.map((t) => t.kind)).to.deep.equal(['captions', 'captions'])
    expect(tracks[0]!.srclang).to.equal('zh-Hans')
    expect(tracks[0]!.default).to.equal(true)
  })

  it('offers the transcript behind a disclosure, by keyboard', async () => {
    const el = await fixture<WrVideo>(html`<wr-video .media=${media}></wr-video>`)
    const details = shadowQuery<HTMLDetailsElement>(el, 'details')!
    expect(details.open).to.equal(false)
    shadowQuery(el, 'summary')!.focus()
    await pressKey('Enter')
    expect(details.open).to.equal(true)
    expect(details.textContent).to.contain('第一步，保存证据。')
  })

  it('has no accessibility violations', async () => {
    const el = await fixture<WrVideo>(html`<wr-video .media=${media}></wr-video>`)
    await expectNoAxeViolations(el)
  })
})

describe('wr-attract-feed', () => {
  it('rotates cards by itself until touched', async () => {
    const el = await fixture<WrAttractFeed>(html`<wr-attract-feed .pack=${twoLessons} interval="2"></wr-attract-feed>`)
    expect(el.rotating).to.equal(true)
    el.advance(1)
    await el.updateComplete
    expect(shadowQuery(el, '.card-title')!.textContent).to.equal('第二课')
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    await el.updateComplete
    expect(el.rotating).to.equal(false)
    expect(el.paused).to.equal(true)
  })

  it('moves to the next card after the interval', async () => {
    const el = await fixture<WrAttractFeed>(html`<wr-attract-feed .pack=${twoLessons} interval="2"></wr-attract-feed>`)
    expect(shadowQuery(el, '.card-title')!.textContent).to.equal('被拖欠工资怎么办')
    await waitUntil(() => shadowQuery(el, '.card-title')!.textContent === '第二课', 'the card never moved on')
  })

  it('stops when a card gets keyboard focus; the pause button pauses and plays by tap', async () => {
    const el = await fixture<WrAttractFeed>(html`<wr-attract-feed .pack=${twoLessons}></wr-attract-feed>`)
    shadowQuery(el, '.card')!.focus()
    await el.updateComplete
    expect(el.paused).to.equal(true)
    await tap(shadowQueryAll(el, 'wr-button').find((b) => b.textContent!.trim() === '继续播放')!)
    await el.updateComplete
    expect(el.rotating).to.equal(true)
    await tap(shadowQueryAll(el, 'wr-button').find((b) => b.textContent!.trim() === '暂停')!)
    await el.updateComplete
    expect(el.rotating).to.equal(false)
  })

  it('never moves by itself when the resident prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' })
    try {
      const el = await fixture<WrAttractFeed>(html`<wr-attract-feed .pack=${twoLessons}></wr-attract-feed>`)
      expect(el.rotating).to.equal(false)
      expect(shadowQueryAll(el, 'wr-button').map((b) => b.textContent!.trim())).to.not.include('暂停')
      expect(shadowQueryAll(el, 'wr-button').map((b) => b.textContent!.trim())).to.include('下一个')
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' })
    }
  })

  it('opens the lesson on the card by tap', async () => {
    const el = await fixture<WrAttractFeed>(html`<wr-attract-feed .pack=${twoLessons}></wr-attract-feed>`)
    const ev = oneEvent(el, 'wr-education-open')
    await tap(shadowQuery(el, '.card')!)
    expect(((await ev) as CustomEvent<EducationOpenDetail>).detail).to.deep.equal({ kind: 'lesson', id: 'unpaid-wages' })
  })

  it('has no accessibility violations', async () => {
    const el = await fixture<WrAttractFeed>(html`<wr-attract-feed .pack=${twoLessons}></wr-attract-feed>`)
    await expectNoAxeViolations(el)
  })
})
