import { expect } from '../helpers/index.js'
import { MEDIA_CACHE, mediaUrls, warmMediaCache } from '../../kiosk/src/media-cache.js'

// A county pack's media, served here as the starter pack's files are: fetched into the kiosk's
// media cache so they play with the network down.
const dir = '/packages/education/src/content/media/'
const pack = {
  media: [
    {
      id: 'v',
      kind: 'video' as const,
      title: { 'zh-Hans': '视频' },
      src: `${dir}scam-call.mp4`,
      poster: `${dir}scam-call-poster.png`,
      transcript: { 'zh-Hans': '文字稿' },
      captions: [
        { src: `${dir}scam-call.zh-Hans.vtt`, lang: 'zh-Hans' as const, label: '中文字幕' },
        { src: `${dir}scam-call.en.vtt`, lang: 'en' as const, label: 'English' },
      ],
    },
  ],
}

describe('kiosk media cache', () => {
  beforeEach(() => caches.delete(MEDIA_CACHE))
  after(() => caches.delete(MEDIA_CACHE))

  it('lists every file a pack’s media need, once, as full addresses', () => {
    const twice = { media: [...pack.media, { ...pack.media[0]!, id: 'w' }] }
    const urls = mediaUrls(twice)
    expect(urls).to.have.length(4)
    for (const u of urls) expect(u.startsWith(location.origin)).to.equal(true)
  })

  it('fetches the video, poster and both captions into the cache, with their bytes, once', async () => {
    const first = await warmMediaCache(pack, { waitForWorker: false })
    expect(first.failed).to.deep.equal([])
    expect(first.fetched).to.equal(4)
    const video = await (await caches.open(MEDIA_CACHE)).match(new URL(pack.media[0]!.src, location.href).href)
    expect((await video!.arrayBuffer()).byteLength).to.equal(41707)
    expect(first.bytes).to.be.greaterThan(41707)
    const again = await warmMediaCache(pack, { waitForWorker: false })
    expect(again).to.deep.equal({ cached: 4, fetched: 0, bytes: 0, failed: [] })
  })

  it('names a file it could not get, caches nothing for it, and tries again next time', async () => {
    const broken = { media: [{ ...pack.media[0]!, src: `${dir}missing.mp4`, poster: undefined, captions: [] }] }
    const report = await warmMediaCache(broken, { waitForWorker: false })
    expect(report.failed).to.deep.equal([new URL(`${dir}missing.mp4`, location.href).href])
    expect(await (await caches.open(MEDIA_CACHE)).keys()).to.have.length(0)
  })
})
