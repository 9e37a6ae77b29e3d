import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { parseConfig, type ConfigResult } from '../../../kiosk/src/config.ts'
import { newerVersion } from '../../../kiosk/src/config-store.ts'
import { workroomJsonSchema } from '../../../kiosk/scripts/config-schema.ts'

const file = (p: string) => readFileSync(new URL(`../../../kiosk/public/${p}`, import.meta.url), 'utf8')
const demo = () => JSON.parse(file('workroom.json')) as Record<string, any>
const problems = (r: ConfigResult) => (r.ok ? [] : r.problems.map((p) => `${p.path} ${p.code}`))

describe('workroom config', () => {
  it('accepts the demo workroom, a complete example', () => {
    const r = parseConfig(demo())
    assert.deepEqual(problems(r), [])
    assert.ok(r.ok)
    assert.equal(r.config.judicialOffice.name['zh-Hans'], '临河县司法局青石司法所')
    assert.ok(r.config.booking.services.length >= 5)
    assert.ok(r.config.board.people.length >= 3)
  })

  it('ships a JSON Schema that matches the zod schema (run `npm run config-schema` after editing config.ts)', () => {
    assert.equal(file('workroom.schema.json'), workroomJsonSchema())
  })

  it('takes the local figure a region needs, with its source and dates, and refuses one the region does not use', () => {
    const c = demo()
    c.region = 'CN-NX'
    c.hardshipFigures = { dibaoMonthly: { amount: 760, source: '盐池县民政局公布的2026年城乡低保标准', effectiveFrom: '2026-01-01', reviewBy: '2027-01-01' } }
    const r = parseConfig(c)
    assert.deepEqual(problems(r), [])
    assert.ok(r.ok && r.config.hardshipFigures?.dibaoMonthly?.amount === 760)
    c.hardshipFigures = { minimumWageMonthly: { amount: 2490, source: 'x', effectiveFrom: '2026-01-01', reviewBy: '2027' } }
    // A date must be a day (the format is checked before what refers to what).
    assert.deepEqual(problems(parseConfig(c)), ['hardshipFigures.minimumWageMonthly.reviewBy date'])
    c.hardshipFigures.minimumWageMonthly.reviewBy = '2027-01-01'
    assert.deepEqual(problems(parseConfig(c)), ['hardshipFigures.minimumWageMonthly figureNotUsed'])
    c.hardshipFigures = { dibaoMonthly: { amount: 0, effectiveFrom: '2026-01-01', reviewBy: '2027-01-01' } }
    assert.deepEqual(problems(parseConfig(c)), ['hardshipFigures.dibaoMonthly.amount tooLow', 'hardshipFigures.dibaoMonthly.source required'])
  })

  it('names each bad path with a message key, not just the first', () => {
    const c = demo()
    c.idle.warningSeconds = 5
    c.workroom.name['zh-Hans'] = '  '
    c.judicialOffice.name['zh-Hans'] = '青石镇司法所'
    c.workroom.openingHours[0].open = '8:30'
    delete c.staff.pin.hash
    assert.deepEqual(problems(parseConfig(c)).sort(), [
      'idle.warningSeconds tooLow',
      'judicialOffice.name.zh-Hans officeName',
      'staff.pin.hash required',
      'workroom.name.zh-Hans empty',
      'workroom.openingHours[0].open time',
    ])
  })

  it('checks what refers to what: whereabouts to people, hours in order, booking places and staff', () => {
    const c = demo()
    c.board.whereabouts[0].personId = 'nobody'
    c.workroom.openingHours[0].close = '08:00'
    c.booking.services[0].placeId = 'nowhere'
    const found = problems(parseConfig(c))
    assert.ok(found.includes('board.whereabouts[0].personId unknownPerson'), found.join('\n'))
    assert.ok(found.includes('workroom.openingHours[0].close timeOrder'), found.join('\n'))
    assert.ok(found.some((p) => p.startsWith('booking.services.0.placeId booking')), found.join('\n'))
  })

  it('refuses text that is not JSON with a message, never a throw', () => {
    assert.deepEqual(problems(parseConfig('{"version": ')), [' notJson'])
  })

  it('compares versions as dates or dotted numbers', () => {
    assert.equal(newerVersion('2026-11-20', '2026-11-01'), true)
    assert.equal(newerVersion('1.10.0', '1.9.2'), true)
    assert.equal(newerVersion('2026-11-01', '2026-11-01'), false)
  })

  it('one source of addresses and phones: the workroom, the office and booking places take their directory entry’s', () => {
    const r = parseConfig(demo())
    assert.ok(r.ok)
    const entry = (id: string) => r.config.directory!.entries.find((e) => e.id === id)!
    assert.deepEqual(r.config.workroom.address, entry('dongping-workroom').address)
    assert.equal(r.config.workroom.phone, entry('dongping-workroom').phone)
    assert.deepEqual(r.config.judicialOffice.address, entry('qingshi-office').address)
    const place = r.config.booking.places.find((p) => p.id === 'dongping-workroom')!
    assert.deepEqual([place.address, place.phone], [entry('dongping-workroom').address, entry('dongping-workroom').phone])
  })

  it('refuses an address or phone that differs from the directory, an unknown entry, and a workroom with no address at all', () => {
    const c = demo()
    c.workroom.phone = '0000-9999999'
    c.booking.places[0].address = { 'zh-Hans': '东坪村村民委员会一楼' }
    c.judicialOffice.directoryId = 'nowhere'
    assert.deepEqual(problems(parseConfig(c)), [
      'workroom.phone differsFromDirectory',
      'judicialOffice.directoryId unknownEntry',
      'booking.places[0].address differsFromDirectory',
    ])
    const bare = demo()
    delete bare.directory
    delete bare.workroom.directoryId
    delete bare.judicialOffice.directoryId
    assert.deepEqual(problems(parseConfig(bare)), ['workroom.address required'])
    bare.workroom.address = { 'zh-Hans': '青石镇东坪村' }
    assert.deepEqual(problems(parseConfig(bare)), [])
  })

  it('checks the directory inside the config like one on its own', () => {
    const c = demo()
    c.directory.entries[1].township = 'nowhere'
    assert.deepEqual(problems(parseConfig(c)), ['directory.entries[1].township unknownTownship'])
  })
})
