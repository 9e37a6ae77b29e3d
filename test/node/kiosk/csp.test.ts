import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { parseConfig, type ConfigResult } from '../../../kiosk/src/config.ts'
import { kioskCsp, withCsp } from '../../../kiosk/src/csp.ts'
import { isFetchUrl } from '../../../kiosk/src/urls.ts'

const demo = () => JSON.parse(readFileSync(new URL('../../../kiosk/public/workroom.json', import.meta.url), 'utf8')) as Record<string, any>
const problems = (r: ConfigResult) => (r.ok ? [] : r.problems.map((p) => `${p.path} ${p.code}`))
const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `))

describe('workroom config URLs', () => {
  it('allows https and paths on the kiosk itself', () => {
    for (const ok of ['starter', 'https://fazhi.example.gov.cn/packs/county.json', '/packs/county.json', './packs/county.json', '../county.json', 'packs/county.json'])
      assert.equal(isFetchUrl(ok), true, ok)
  })

  it('refuses javascript:, data:, http:, protocol-relative and backslash tricks that reach another host', () => {
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:application/json,{}', 'http://example.gov.cn/a.json', '//evil.example/a.json', '/\\evil.example/a.json', 'https://user:pw@example.gov.cn/a.json', 'https:/example.gov.cn', '', 'a b'])
      assert.equal(isFetchUrl(bad), false, bad)
  })

  it('refuses such URLs in a config, naming the field', () => {
    const c = demo()
    c.content = { packs: ['starter', 'javascript:alert(1)'] }
    c.updates = { configUrl: '//evil.example/workroom.json' }
    assert.deepEqual(problems(parseConfig(c)).sort(), ['content.packs[1] url', 'updates.configUrl url'])
  })
})

describe('workroom config text limits', () => {
  it('refuses a 2 MB workroom name and a config file over 512 KB, before keeping it as last good', () => {
    const c = demo()
    c.workroom.name['zh-Hans'] = '工'.repeat(61)
    assert.deepEqual(problems(parseConfig(c)), ['workroom.name.zh-Hans tooLong'])
    c.workroom.name['zh-Hans'] = '工'.repeat(2 * 1024 * 1024)
    assert.deepEqual(problems(parseConfig(c)), [' tooLarge'])
    assert.deepEqual(problems(parseConfig(JSON.stringify(c))), [' tooLarge'])
  })
})

describe('kiosk CSP from its config', () => {
  it('allows only itself for the shipped demo config, with no inline script or style', () => {
    const csp = kioskCsp(demo())
    assert.equal(directive(csp, 'connect-src'), "connect-src 'self'")
    assert.equal(directive(csp, 'style-src'), "style-src 'self'")
    assert.doesNotMatch(csp, /unsafe/)
  })

  it('allows the configured content host (fetch, images, video), config host and county booking service', () => {
    const csp = kioskCsp({
      content: { packs: ['starter', 'https://fazhi.example.gov.cn/packs/county.json', '/local.json'] },
      updates: { configUrl: 'https://cfg.example.gov.cn/workroom.json' },
      sync: { bookingServiceUrl: 'https://yuyue.example.gov.cn:8443/api/booking' },
    })
    assert.equal(directive(csp, 'connect-src'), "connect-src 'self' https://cfg.example.gov.cn https://fazhi.example.gov.cn https://yuyue.example.gov.cn:8443")
    assert.equal(directive(csp, 'img-src'), "img-src 'self' data: blob: https://fazhi.example.gov.cn")
    assert.equal(directive(csp, 'media-src'), "media-src 'self' blob: https://fazhi.example.gov.cn")
  })

  it('never lets a URL the config refuses into the policy', () => {
    const csp = kioskCsp({ content: { packs: ['javascript:alert(1)', 'http://plain.example'] }, sync: { bookingServiceUrl: "https://x.example; script-src 'unsafe-inline'" } })
    assert.equal(directive(csp, 'connect-src'), "connect-src 'self'")
    assert.doesNotMatch(csp, /unsafe-inline/)
  })

  it('is what the built kiosk page carries', () => {
    const html = readFileSync(new URL('../../../kiosk/index.html', import.meta.url), 'utf8')
    assert.match(withCsp(html, kioskCsp(demo())), new RegExp(`content="${kioskCsp(demo()).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`))
  })
})
