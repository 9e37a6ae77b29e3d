// Touch screens have no hover: a hover style applied on tap sticks until the next tap elsewhere
// (a card looks chosen that is not). Every :hover rule must sit inside @media (hover: hover).
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('../../../', import.meta.url).pathname
const dirs = ['packages/core/src', 'packages/screening/src', 'packages/booking/src', 'packages/education/src', 'packages/console/src', 'kiosk/src']

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) yield* sources(p)
    else if (/\.(ts|css)$/.test(name)) yield p
  }
}

describe('touch styles', () => {
  it('puts every :hover rule under @media (hover: hover)', () => {
    const bare: string[] = []
    for (const d of dirs) {
      let list: string[]
      try {
        list = [...sources(join(root, d))]
      } catch {
        continue
      }
      for (const f of list) {
        readFileSync(f, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (/:hover\b/.test(line) && !line.includes('@media (hover: hover)')) bare.push(`${f.slice(root.length)}:${i + 1}`)
          })
      }
    }
    assert.deepEqual(bare, [])
  })
})
