import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { TOKENS, ELDER_TOKENS, contrastRatio, type TokenName } from '../../../packages/core/src/tokens.ts'

const light = (n: TokenName): string => TOKENS[n]
const elder = (n: TokenName): string => ELDER_TOKENS[n] ?? TOKENS[n]

// Every text colour on every background it is used on.
const TEXT_PAIRS: [TokenName, TokenName][] = [
  ['color-text', 'color-background'],
  ['color-text', 'color-surface'],
  ['color-text', 'color-selected-surface'],
  ['color-text-muted', 'color-background'],
  ['color-text-muted', 'color-surface'],
  ['color-primary', 'color-background'],
  ['color-primary', 'color-selected-surface'],
  ['color-on-primary', 'color-primary'],
  ['color-on-primary', 'color-primary-hover'],
  ['color-danger', 'color-background'],
  ['color-danger', 'color-danger-surface'],
  ['color-success', 'color-background'],
  ['color-success', 'color-success-surface'],
  ['color-on-warning', 'color-warning-surface'],
]

describe('design tokens', () => {
  for (const [fg, bg] of TEXT_PAIRS) {
    it(`${fg} on ${bg} reaches 4.5:1 in the light theme`, () => {
      const r = contrastRatio(light(fg), light(bg))
      assert.ok(r >= 4.5, `${r.toFixed(2)}:1`)
    })
    it(`${fg} on ${bg} reaches 7:1 in elder mode`, () => {
      const r = contrastRatio(elder(fg), elder(bg))
      assert.ok(r >= 7, `${r.toFixed(2)}:1`)
    })
  }

  it('keeps borders of controls at 3:1 against the background (WCAG 1.4.11)', () => {
    assert.ok(contrastRatio(light('color-border'), light('color-background')) >= 3)
    assert.ok(contrastRatio(elder('color-border'), elder('color-background')) >= 3)
  })

  it('draws a focus ring that shows on light and on dark controls', () => {
    // The ring is two bands: yellow inside, near-black outside. One of them always contrasts.
    for (const bg of ['color-background', 'color-primary', 'color-danger'] as TokenName[]) {
      const best = Math.max(contrastRatio(light('color-focus'), light(bg)), contrastRatio(light('color-focus-outer'), light(bg)))
      assert.ok(best >= 3, `${bg}: ${best.toFixed(2)}:1`)
    }
  })

  it('raises type by at least 1.25× and primary targets to 60 px in elder mode', () => {
    assert.ok(Number(ELDER_TOKENS['font-scale']) >= 1.25)
    assert.equal(ELDER_TOKENS['target-primary'], '60px')
  })
})
