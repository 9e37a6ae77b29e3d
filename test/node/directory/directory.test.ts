import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { entryForRoute, findEntries, mapHref, openState, parseDirectory, ROUTE_PLACES, type Directory } from '../../../packages/core/src/directory/index.ts'
import { directoryJsonSchema } from '../../../kiosk/scripts/config-schema.ts'

const root = new URL('../../../', import.meta.url)
const demoJson = () => JSON.parse(readFileSync(new URL('kiosk/public/workroom.json', root), 'utf8')).directory as Record<string, any>
function demo(): Directory {
  const r = parseDirectory(demoJson())
  assert.ok(r.ok, JSON.stringify(!r.ok && r.problems))
  return r.directory
}
const at = (iso: string) => Date.parse(`${iso}+08:00`)
const entry = (d: Directory, id: string) => d.entries.find((e) => e.id === id)!
const codes = (r: ReturnType<typeof parseDirectory>) => (r.ok ? [] : r.problems.map((p) => `${p.path} ${p.code}`))

describe('service directory data', () => {
  it('the demo county has every kind of place the county network has, and says it is a demo', () => {
    const d = demo()
    assert.equal(d.demo, true)
    const kinds = new Set(d.entries.map((e) => e.kind))
    for (const k of ['legal-aid-centre', 'legal-aid-workstation', 'public-legal-service-centre', 'judicial-office', 'workroom', 'mediation-committee', 'notary-office', 'labour-arbitration', 'court-litigation-service', 'hotline', 'law-firm']) {
      assert.ok(kinds.has(k as never), `no ${k}`)
    }
  })

  it('is open on a Monday morning, closed at lunch with the afternoon time, and says when it closes', () => {
    const d = demo()
    const office = entry(d, 'qingshi-office')
    assert.deepEqual({ ...openState(d, office, at('2026-03-02T09:00:00')) }, {
      open: true, always: false, day: { kind: 'normal' }, today: [{ open: '08:30', close: '12:00' }, { open: '14:30', close: '17:30' }], closesAt: '12:00',
    })
    const lunch = openState(d, office, at('2026-03-02T12:30:00'))
    assert.equal(lunch.open, false)
    assert.deepEqual(lunch.next, { date: '2026-03-02', open: '14:30' })
  })

  it('the State Council calendar closes offices on National Day and opens them on the make-up Saturday', () => {
    const d = demo()
    const office = entry(d, 'qingshi-office')
    const holiday = openState(d, office, at('2026-10-01T10:00:00'))
    assert.equal(holiday.open, false)
    assert.equal(holiday.day.kind, 'holiday')
    assert.deepEqual(holiday.today, [])
    assert.deepEqual(holiday.next, { date: '2026-10-08', open: '08:30' })
    // 10 October 2026 is a Saturday worked for National Day (调休上班): Monday's hours.
    assert.equal(openState(d, office, at('2026-10-10T10:00:00')).open, true)
    // An ordinary Saturday it is closed.
    assert.equal(openState(d, office, at('2026-10-17T10:00:00')).open, false)
    // 12348 does not close for holidays.
    assert.equal(openState(d, entry(d, 'hotline-12348'), at('2026-10-01T03:00:00')).open, true)
  })

  it("a county closure closes only the places it names, with its reason", () => {
    const json = demoJson()
    json.closures = [{ date: '2026-03-02', reason: '搬迁新址', placeIds: ['hekou-office'] }]
    const r = parseDirectory(json)
    assert.ok(r.ok)
    const s = openState(r.directory, entry(r.directory, 'hekou-office'), at('2026-03-02T09:00:00'))
    assert.deepEqual([s.open, s.day], [false, { kind: 'closure', reason: '搬迁新址' }])
    assert.equal(openState(r.directory, entry(r.directory, 'qingshi-office'), at('2026-03-02T09:00:00')).open, true)
  })

  it('finds by need and by township: the township’s own places first, then the county’s', () => {
    const d = demo()
    const mediation = findEntries(d, { need: 'mediation', township: 'qingshi' }).map((e) => e.id)
    assert.deepEqual(mediation, ['dongping-workroom', 'dongping-mediation', 'qingshi-office', 'qingshi-mediation', 'linhe-centre'])
    assert.ok(!findEntries(d, { township: 'hekou' }).some((e) => e.township === 'qingshi'))
  })

  it('every route the rules name a place for finds one in the demo county', () => {
    const d = demo()
    for (const route of Object.keys(ROUTE_PLACES)) assert.ok(entryForRoute(d, route, 'qingshi'), route)
    assert.equal(entryForRoute(d, 'legal-aid-desk', 'qingshi')?.id, 'qingshi-aid-station')
    assert.equal(entryForRoute(d, 'legal-aid-desk', 'hekou')?.id, 'linhe-legal-aid-centre')
    assert.equal(entryForRoute(d, 'labour-arbitration')?.id, 'linhe-labour-arbitration')
    assert.equal(entryForRoute(d, 'report-crime'), undefined)
  })

  it('refuses bad data naming each path: duplicate ids, unknown townships, hours backwards, a bad phone', () => {
    const json = demoJson()
    json.entries[1].id = json.entries[0].id
    json.entries[2].township = 'nowhere'
    json.entries[3].hours[0].close = '08:00'
    assert.deepEqual(codes(parseDirectory(json)), ['entries[1].id duplicateId', 'entries[2].township unknownTownship', 'entries[3].hours[0].close timeOrder'])
    const bad = demoJson()
    bad.entries[0].phone = 'call us'
    bad.entries[1].kind = 'embassy'
    assert.deepEqual(codes(parseDirectory(bad)), ['entries[0].phone phone', 'entries[1].kind oneOf'])
    assert.deepEqual(codes(parseDirectory('nonsense')), [' type'])
  })

  it('a map link carries the place and its name, nothing else', () => {
    const d = demo()
    assert.equal(mapHref(entry(d, 'qingshi-office'), 'zh-Hans'), `https://uri.amap.com/marker?position=108.940500,34.206100&name=${encodeURIComponent('临河县司法局青石司法所')}&coordinate=wgs84&callnative=1`)
    assert.equal(mapHref(entry(d, 'hotline-12348'), 'zh-Hans'), undefined)
  })

  it('ships a JSON Schema for a directory file (run `npm run config-schema` after editing the schema)', () => {
    assert.equal(readFileSync(new URL('packages/directory/directory.schema.json', root), 'utf8'), directoryJsonSchema())
  })
})
