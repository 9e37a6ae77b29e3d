import { expect, html, fixture } from '../helpers/index.js'
import { render } from 'lit'
import '@workroom/core/define'
import { i18n } from '@workroom/core'
import { PICTURES, loadPictures, picture, pictureAltKey } from '@workroom/core/illustrations'

// Budgets for the shared picture set, measured on the rendered SVG (Lit's markers removed):
// a picture must stay light enough for a village kiosk and a county page on a slow line.
const PER_PICTURE_BYTES = 3500
const PACK_BYTES = 60_000

function serialized(id: string): string {
  const host = document.createElement('div')
  render(picture(id, 'x'), host)
  return new XMLSerializer().serializeToString(host.querySelector('svg')!).replace(/<!--[^>]*-->/g, '')
}

describe('picture set', () => {
  before(() => loadPictures())

  it('draws every picture as an image named by its text alternative', async () => {
    for (const id of PICTURES) {
      const alt = i18n.t(pictureAltKey(id), { lng: 'zh-Hans' })
      const el = await fixture<HTMLDivElement>(html`<div>${picture(id, alt)}</div>`)
      const svg = el.querySelector('svg')!
      expect(svg.getAttribute('role'), id).to.equal('img')
      expect(svg.getAttribute('aria-label'), id).to.equal(alt)
      expect(alt, id).to.not.equal(pictureAltKey(id))
      expect(svg.childElementCount, id).to.be.greaterThan(2)
    }
  })

  it('is decoration (hidden from screen readers) when the alternative is empty', async () => {
    const el = await fixture<HTMLDivElement>(html`<div>${picture('village', '')}</div>`)
    expect(el.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true')
    expect(el.querySelector('svg')!.hasAttribute('role')).to.equal(false)
  })

  it('draws nothing for an id the set does not have', async () => {
    const el = await fixture<HTMLDivElement>(html`<div>${picture('no-such-picture', 'x')}</div>`)
    expect(el.querySelector('svg')).to.equal(null)
  })

  it(`keeps each picture under ${PER_PICTURE_BYTES} bytes and the set under ${PACK_BYTES}`, () => {
    let total = 0
    for (const id of PICTURES) {
      const bytes = new TextEncoder().encode(serialized(id)).length
      expect(bytes, id).to.be.at.most(PER_PICTURE_BYTES)
      total += bytes
    }
    expect(total).to.be.at.most(PACK_BYTES)
  })

  it('passes axe with every picture on the page', async () => {
    const el = await fixture<HTMLDivElement>(
      html`<div>${PICTURES.map((id) => picture(id, i18n.t(pictureAltKey(id), { lng: 'zh-Hans' })))}</div>`,
    )
    await expect(el).to.be.accessible()
  })
})
