import { expect } from '../helpers/index.js'
import * as z from 'zod/mini'
import { prototypeExtensions, withCleanPrototypes, withCleanPrototypesAsync } from '@workroom/core'

/** What old county sites do: extend the built-ins with enumerable methods. */
function pollute(): () => void {
  const added: [object, string][] = [
    [Object.prototype, 'extend'],
    [Array.prototype, 'remove'],
    [String.prototype, 'trimAll'],
  ]
  for (const [target, key] of added) (target as Record<string, unknown>)[key] = function () {}
  return () => {
    for (const [target, key] of added) delete (target as Record<string, unknown>)[key]
  }
}

describe('prototype guard', () => {
  let clean: () => void
  beforeEach(() => (clean = pollute()))
  afterEach(() => clean())

  it('lets zod build and parse on a page with extended prototypes, and puts the extensions back', () => {
    expect(() => z.object({ a: z.string() })).to.throw()
    const r = withCleanPrototypes(() => z.object({ a: z.string(), b: z.array(z.number()) }).safeParse({ a: 'x', b: [1] }))
    expect(r.success).to.equal(true)
    expect(prototypeExtensions()).to.deep.equal(['Object.prototype.extend', 'Array.prototype.remove', 'String.prototype.trimAll'])
    const seen: string[] = []
    for (const k in {}) seen.push(k)
    expect(seen).to.deep.equal(['extend'])
  })

  it('keeps the extensions callable while hidden, and nests', async () => {
    await withCleanPrototypesAsync(async () => {
      expect(typeof ({} as { extend?: unknown }).extend).to.equal('function')
      withCleanPrototypes(() => expect(prototypeExtensions()).to.deep.equal([]))
      await new Promise((r) => setTimeout(r, 1))
      expect(prototypeExtensions()).to.deep.equal([])
    })
    expect(prototypeExtensions()).to.have.length(3)
  })
})
