import { expect } from '../helpers/index.js'
import { kvGet, kvSet, workroomDb } from '@workroom/core'
import { checkForUpdate, startConfig } from '../../kiosk/src/config-store.js'
import { loadContent, mergePacks } from '../../kiosk/src/content-store.js'
import demoJson from '../../kiosk/public/workroom.json'

const dataUrl = (value: unknown) => `data:application/json,${encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value))}`
const demo = (edit?: (c: Record<string, any>) => void) => {
  const c = structuredClone(demoJson) as Record<string, any>
  edit?.(c)
  return c
}

describe('workroom config store (real IndexedDB)', () => {
  beforeEach(async () => {
    await kvSet(workroomDb, 'config:last-good', undefined)
    await kvSet(workroomDb, 'content:last-good', undefined)
  })

  it('runs on the file next to the app and keeps it as the last good config', async () => {
    const s = await startConfig(dataUrl(demo()))
    expect(s.source).to.equal('file')
    expect(s.problems).to.deep.equal([])
    const kept = await kvGet<{ version: string; from: string }>(workroomDb, 'config:last-good')
    expect(kept).to.include({ version: '2026-11-20', from: 'file' })
  })

  it('keeps running on the last good config when the file turns bad, and names the problems', async () => {
    await startConfig(dataUrl(demo()))
    const s = await startConfig(dataUrl(demo((c) => (c.languages = ['fr']))))
    expect(s.source).to.equal('kept')
    expect(s.config!.version).to.equal('2026-11-20')
    expect(s.problems.map((p) => `${p.path} ${p.code}`)).to.deep.equal(['languages[0] oneOf'])
  })

  it('says plainly when there is no config at all: neither a good file nor a kept one', async () => {
    const s = await startConfig(dataUrl('{ broken'))
    expect(s.source).to.equal('none')
    expect(s.config).to.equal(undefined)
    expect(s.problems[0]!.code).to.equal('notJson')
  })

  it('an update with a new version is kept and, after a restart, wins over an older file', async () => {
    const s = await startConfig(dataUrl(demo()))
    const r = await checkForUpdate(s, dataUrl(demo((c) => (c.version = '2026-12-01'))))
    expect(r.update?.version).to.equal('2026-12-01')
    const restarted = await startConfig(dataUrl(demo()))
    expect(restarted.source).to.equal('update')
    expect(restarted.config!.version).to.equal('2026-12-01')
    // A newer file installed later wins again.
    const reinstalled = await startConfig(dataUrl(demo((c) => (c.version = '2027-01-05'))))
    expect(reinstalled.source).to.equal('file')
  })

  it('an update with the same version changes nothing; an unreachable one is a problem, not a crash', async () => {
    const s = await startConfig(dataUrl(demo()))
    expect((await checkForUpdate(s, dataUrl(demo()))).update).to.equal(undefined)
    const down = await checkForUpdate(s, '/no-such-config.json')
    expect(down.update).to.equal(undefined)
    expect(down.state.problems[0]!.code).to.equal('http')
    expect(down.state.config!.version).to.equal('2026-11-20')
  })

  it('loads the starter content, keeps it, and falls back to it when a configured pack is bad', async () => {
    const good = await loadContent(['starter'])
    expect(good.source).to.equal('fetched')
    expect(good.pack!.lessons.length).to.be.greaterThan(0)
    const bad = await loadContent([dataUrl({ format: 'workroom-content/1', id: 'x' })])
    expect(bad.source).to.equal('kept')
    expect(bad.pack!.id).to.equal(good.pack!.id)
    expect(bad.problems.length).to.be.greaterThan(0)
  })

  it('merges several packs into one library', () => {
    const merged = mergePacks([
      { id: 'a', topics: [{ id: 't1' }], lessons: [{ id: 'l1' }], cases: [], quizzes: [], media: [] },
      { id: 'b', topics: [{ id: 't2' }], lessons: [{ id: 'l2' }], cases: [], quizzes: [], media: [] },
    ]) as { id: string; topics: unknown[]; lessons: unknown[] }
    expect(merged.id).to.equal('a')
    expect(merged.topics).to.have.length(2)
    expect(merged.lessons).to.have.length(2)
  })
})
