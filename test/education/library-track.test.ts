import { fixture, html, expect, tap, shadowQuery, shadowQueryAll, waitUntil, expectNoAxeViolations } from '../helpers/index.js'
import '@workroom/education/define'
import { kvGet, kvSet, resetSession, sessionDb } from '@workroom/core'
import { educationDb, type WrLibrary, type WrLesson } from '@workroom/education'

// The 法律明白人 track: a trainee takes its lessons in order at the workroom; how far they got is
// kept on this device only — wiped with the kiosk session, or kept with keep-progress.
const KEY = 'education-progress'
const text = (el: WrLibrary, selector: string) => shadowQuery(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

async function openTrack(el: WrLibrary): Promise<void> {
  await el.updateComplete
  const tile = shadowQueryAll(el, '.tile').find((t) => t.querySelector('.tile-title')!.textContent === '法律明白人')!
  await tap(tile)
  await el.updateComplete
}

async function finish(el: WrLibrary, lessonId: string): Promise<void> {
  el.dispatchEvent(new CustomEvent('wr-lesson-completed', { detail: { lessonId } }))
  await waitUntil(() => el.progress.lessons.includes(lessonId), `${lessonId} recorded`)
  await el.updateComplete
}

describe('wr-library: the 法律明白人 track', () => {
  beforeEach(async () => {
    await kvSet(educationDb, KEY, { lessons: [], quizzes: {} })
    await resetSession('idle')
  })

  it('numbers the lessons and starts a trainee at lesson 1', async () => {
    const el = await fixture<WrLibrary>(html`<wr-library kiosk></wr-library>`)
    await openTrack(el)
    expect(text(el, '.track-count')).to.equal('已学完 0 课，共 3 课')
    expect(shadowQuery<HTMLProgressElement>(el, '.track progress')!.value).to.equal(0)
    expect(shadowQueryAll(el, '.tiles .tile-kind').slice(0, 3).map((k) => k.textContent)).to.deep.equal(['第 1 课', '第 2 课', '第 3 课'])
    const start = shadowQuery<HTMLElement>(el, '.track wr-button')!
    expect(start.textContent).to.contain('开始学第 1 课')
    await tap(start)
    await el.updateComplete
    expect(shadowQuery<WrLesson>(el, 'wr-lesson')!.lesson!.id).to.equal('mingbairen-role')
    await expectNoAxeViolations(el)
  })

  it('on a kiosk, shows how far the trainee got and forgets it all when the session resets', async () => {
    const el = await fixture<WrLibrary>(html`<wr-library kiosk></wr-library>`)
    await openTrack(el)
    await finish(el, 'mingbairen-role')
    expect(text(el, '.track-count')).to.equal('已学完 1 课，共 3 课')
    expect(shadowQuery(el, '.track wr-button')!.textContent).to.contain('接着学第 2 课')
    expect(text(el, '.track .hint')).to.contain('清除并退出')
    // Only on this device, in the session database: ids, nothing about the person.
    const stored = await kvGet<{ lessons: string[] }>(sessionDb, KEY, 'drafts')
    expect(stored).to.deep.equal({ lessons: ['mingbairen-role'], quizzes: {} })
    expect((await kvGet<{ lessons: string[] }>(educationDb, KEY))?.lessons).to.deep.equal([])
    await resetSession('idle')
    expect(await kvGet(sessionDb, KEY, 'drafts')).to.equal(undefined)
    await openTrack(el)
    expect(text(el, '.track-count')).to.equal('已学完 0 课，共 3 课')
  })

  it('with keep-progress, keeps it on the device across visits and resets, and says so', async () => {
    const el = await fixture<WrLibrary>(html`<wr-library keep-progress></wr-library>`)
    await openTrack(el)
    await finish(el, 'mingbairen-role')
    await finish(el, 'mingbairen-listen')
    expect(text(el, '.track .hint')).to.contain('下次打开还在')
    expect((await kvGet<{ lessons: string[] }>(educationDb, KEY))?.lessons).to.deep.equal(['mingbairen-role', 'mingbairen-listen'])
    await resetSession('idle')
    el.remove()
    const again = await fixture<WrLibrary>(html`<wr-library keep-progress></wr-library>`)
    await waitUntil(() => again.progress.lessons.length === 2, 'kept progress read back')
    await openTrack(again)
    expect(text(again, '.track-count')).to.equal('已学完 2 课，共 3 课')
    expect(shadowQuery(again, '.track wr-button')!.textContent).to.contain('接着学第 3 课')
    await finish(again, 'mingbairen-legal-aid')
    expect(shadowQuery(again, '.track wr-button')).to.equal(null)
    expect(text(again, '.track-done')).to.contain('都学完了')
  })

  it('in English too', async () => {
    const el = await fixture<WrLibrary>(html`<wr-library lang="en"></wr-library>`)
    await waitUntil(() => text(el, 'h2') === 'Learn about the law', 'English words load')
    const tile = shadowQueryAll(el, '.tile').find((t) => t.querySelector('.tile-title')!.textContent!.startsWith('Village legal'))!
    await tap(tile)
    await el.updateComplete
    expect(text(el, '.track-count')).to.equal('0 of 3 lessons finished')
    expect(text(el, '.track .hint')).to.equal('Progress stays on this device only, with no name.')
  })
})
