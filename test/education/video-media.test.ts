import { fixture, html, expect, waitUntil, shadowQuery, expectNoAxeViolations } from '../helpers/index.js'
import '@workroom/education/define'
import { loadContentPack, type WrVideo } from '@workroom/education'
import { starterPackJson } from '../../packages/education/src/content/starter.js'

// The starter pack's own video, played from the files it ships with (made from the picture set).
const pack = loadContentPack(starterPackJson)
const media = pack.media.find((m) => m.id === 'scam-call-video')!
const base = new URL('/packages/education/src/content/', location.href).href

describe('wr-video on the starter pack’s video', () => {
  it('is short and small, as the pack says: ≤ 60 s and ≤ 2 MB', async () => {
    expect(media.seconds).to.be.at.most(60)
    expect(media.bytes).to.be.at.most(2 * 1024 * 1024)
    const res = await fetch(new URL(media.src, base))
    expect(Number((await res.arrayBuffer()).byteLength)).to.equal(media.bytes)
  })

  it('plays the real file, never on its own, with zh-Hans captions on and an English track', async () => {
    const el = await fixture<WrVideo>(html`<wr-video .media=${media} asset-base=${base}></wr-video>`)
    const video = shadowQuery<HTMLVideoElement>(el, 'video')!
    expect(video.autoplay).to.equal(false)
    await waitUntil(() => video.readyState >= 1, 'metadata loads', { timeout: 5000 })
    expect(Math.round(video.duration)).to.equal(media.seconds)
    expect(video.paused).to.equal(true)
    const zh = [...video.textTracks].find((t) => t.language === 'zh-Hans')!
    const en = [...video.textTracks].find((t) => t.language === 'en')!
    expect(zh.mode).to.equal('showing')
    expect(en).to.not.equal(undefined)
    await waitUntil(() => (zh.cues?.length ?? 0) >= 4, 'captions load', { timeout: 5000 })
    expect(zh.cues!.length).to.equal(4)
    expect((zh.cues![0] as VTTCue).text).to.contain('陈大爷')
    await expectNoAxeViolations(el)
  })
})
