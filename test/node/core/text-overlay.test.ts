import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mergeTextOverlay, overlayStrays } from '../../../packages/core/src/text-overlay.ts'

const doc = {
  id: 'starter',
  title: { 'zh-Hans': '普法', en: 'Law' },
  lessons: [
    { id: 'a', title: { 'zh-Hans': '甲' }, keywords: [{ 'zh-Hans': '工资' }, { 'zh-Hans': '欠薪' }] },
    { id: 'b', title: { 'zh-Hans': '乙' } },
  ],
}

describe('text overlay (node)', () => {
  it('puts one language beside the Chinese, list items by position, and leaves the input alone', () => {
    const before = structuredClone(doc)
    const out = mergeTextOverlay(doc, { title: { ug: 'قانۇن' }, lessons: [{ keywords: [{}, { ug: 'ئىش ھەققى' }] }, { title: { ug: 'ب' } }] })
    assert.deepEqual(doc, before)
    assert.equal((out.title as Record<string, string>)['ug'], 'قانۇن')
    assert.equal(out.title['zh-Hans'], '普法')
    assert.deepEqual(out.lessons[0]!.keywords, [{ 'zh-Hans': '工资' }, { 'zh-Hans': '欠薪', ug: 'ئىش ھەققى' }])
    assert.equal((out.lessons[1]!.title as Record<string, string>)['ug'], 'ب')
    assert.equal(out.lessons[0]!.id, 'a')
  })

  it('never changes the shape: no new items, no text over an id or over the Chinese, and says where a file does not fit', () => {
    const stray = { id: { ug: 'x' }, title: { 'zh-Hans': '改', ug: 'ok' }, lessons: [{ id: 'z' }, {}, { title: { ug: 'c' } }], extra: { ug: 'y' } }
    const out = mergeTextOverlay(doc, stray as never)
    assert.equal(out.id, 'starter')
    assert.equal(out.title['zh-Hans'], '普法')
    assert.equal(out.lessons.length, 2)
    assert.equal(out.lessons[0]!.id, 'a')
    assert.ok(!('extra' in out))
    assert.deepEqual(overlayStrays(doc, stray as never).sort(), ['extra', 'id', 'lessons[0].id', 'lessons[2]'].sort())
    assert.deepEqual(overlayStrays(doc, { lessons: [{}, { title: { ug: 'ب' } }] }), [])
  })

  it('gives the document back when there is no text', () => {
    assert.equal(mergeTextOverlay(doc, undefined), doc)
  })
})
