import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { formatNumber, i18n, LANGUAGES, normalizeLanguage, useCalendarWords } from '../../../packages/core/src/i18n.ts'
import { LANGUAGE_INFO } from '../../../packages/core/src/languages.ts'
import { LANGUAGE_META } from '../../../packages/core/src/language-meta.ts'
import { formatShanghai } from '../../../packages/core/src/shanghai-time.ts'
import { calendarWords } from '../../../packages/core/src/calendar-words.ts'
import '../../../packages/core/src/translations.ts'

// A stand-in language bundle: month names that are plainly not English or Chinese, so a test sees
// which source the words came from. The shipped Tibetan and Uyghur words live in core/locales/bo.json, ug.json.
const FIXTURE = {
  calendar: {
    months: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [String(i + 1), `M${i + 1}`])),
    weekdays: Object.fromEntries(Array.from({ length: 7 }, (_, i) => [String(i + 1), `W${i + 1}`])),
    weekdaysShort: Object.fromEntries(Array.from({ length: 7 }, (_, i) => [String(i + 1), `w${i + 1}`])),
    dayMonthYear: '{{year}}/{{month}}/{{day}}',
    dayMonth: '{{month}}/{{day}}',
    monthYear: '{{year}}/{{month}}',
    withWeekday: '{{date}} ({{weekday}})',
  },
  numbers: { group: '\u00a0', decimal: '٫' },
}

describe('language registry', () => {
  it('names every shipped language in its own script, in the switch order', () => {
    assert.deepEqual(LANGUAGES, ['zh-Hans', 'bo', 'ug', 'en'])
    assert.deepEqual(
      LANGUAGES.map((l) => LANGUAGE_META.names[l]),
      ['中文', 'བོད་ཡིག', 'ئۇيغۇرچە', 'English'],
    )
    assert.equal(LANGUAGE_INFO.ug.dir, 'rtl')
    assert.equal(LANGUAGE_INFO.bo.dir, 'ltr')
    assert.equal(LANGUAGE_INFO.bo.voice, null, 'no Tibetan voice exists: never read it with another')
    for (const l of LANGUAGES) assert.ok(LANGUAGE_META.review[l], `${l} has a review status`)
  })

  it('maps the tags pages carry to a shipped language', () => {
    for (const t of ['bo', 'bo-CN', 'BO-cn']) assert.equal(normalizeLanguage(t), 'bo')
    for (const t of ['ug', 'ug-CN', 'ug-Arab', 'ug-Arab-CN']) assert.equal(normalizeLanguage(t), 'ug')
    assert.equal(normalizeLanguage('mn-Mong'), undefined)
  })
})

describe('dates and numbers where Intl has no data', () => {
  const ms = Date.parse('2026-03-03T07:30:05+08:00') // a Tuesday, Beijing time
  i18n.addResourceBundle('ug', 'core', FIXTURE, true, true)
  useCalendarWords(calendarWords(i18n))

  it('takes month and weekday names from our strings, not English', () => {
    assert.equal(formatShanghai(ms, 'ug', { weekday: 'long', month: 'long', day: 'numeric' }), 'M3/3 (W2)')
    assert.equal(formatShanghai(ms, 'ug', { year: 'numeric', month: 'long' }), '2026/M3')
    assert.equal(formatShanghai(ms, 'ug', { dateStyle: 'long' }), '2026/M3/3')
    assert.equal(formatShanghai(ms, 'ug', { weekday: 'short' }), 'w2')
    assert.equal(formatShanghai(ms, 'ug', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }), '07:30')
    assert.equal(formatShanghai(ms, 'ug', { timeStyle: 'medium' }), '07:30:05')
  })

  it('keeps the Beijing day at the turn of the day', () => {
    assert.equal(formatShanghai(Date.parse('2026-12-31T16:30:00Z'), 'ug', { dateStyle: 'long' }), '2027/M1/1')
  })

  it('groups numbers with our separators', () => {
    assert.equal(formatNumber(12345.5, 'ug'), '12\u00a0345٫5')
    assert.equal(formatNumber(12345, 'zh-Hans'), '12,345')
  })

  it('falls back to Chinese words, never English, while a language has no calendar words yet', () => {
    i18n.removeResourceBundle('bo', 'core')
    assert.equal(formatShanghai(ms, 'bo', { month: 'long', day: 'numeric' }), '3月3日')
  })
})
