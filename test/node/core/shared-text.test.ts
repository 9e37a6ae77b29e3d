import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { joinSpeech, localize } from '../../../packages/core/src/localized.ts'
import { textIn } from '../../../packages/core/src/directory/lookup.ts'
import { chineseIn, markChinese, markChineseRuns } from '../../../packages/core/src/localized-html.ts'
import { normalizeDigits, normalizeNumber } from '../../../packages/core/src/numbers.ts'
import { formatShanghai } from '../../../packages/core/src/shanghai-time.ts'
import { isMainlandMobile, normalizeMobile } from '../../../packages/booking/src/validate.ts'
import { pick } from '../../../packages/education/src/pick.ts'
import { localize as bookingLocalize } from '../../../packages/booking/src/constants.ts'

describe('one rule for text written in several languages', () => {
  it('shows the resident’s language, and Chinese when that is missing or blank (never an empty name)', () => {
    const name = { 'zh-Hans': '法律顾问', en: 'Legal adviser' }
    assert.equal(localize(name, 'en'), 'Legal adviser')
    assert.equal(localize(name, 'zh-Hans'), '法律顾问')
    assert.equal(localize({ 'zh-Hans': '法律顾问', en: '' }, 'en'), '法律顾问')
    assert.equal(localize({ 'zh-Hans': '法律顾问', en: '  ' }, 'en'), '法律顾问')
    assert.equal(localize({ 'zh-Hans': '法律顾问' }, 'bo'), '法律顾问')
    assert.equal(localize(undefined, 'en'), '')
  })

  it('booking and education use that same rule', () => {
    const blank = { 'zh-Hans': '调解', en: '' }
    assert.equal(bookingLocalize(blank, 'en'), '调解')
    assert.equal(pick(blank, 'en'), '调解')
  })
})

describe('text read aloud', () => {
  it('pauses between parts with the language’s own full stop', () => {
    assert.equal(joinSpeech(['You may get legal aid', 'Bring your ID card.'], 'en'), 'You may get legal aid. Bring your ID card.')
    assert.equal(joinSpeech(['可以申请法律援助', '请带身份证。', undefined, ' '], 'zh-Hans'), '可以申请法律援助。请带身份证。')
    assert.equal(joinSpeech(['布告栏', '今天'], 'zh-Hans', '\n'), '布告栏。\n今天。')
  })
})

describe('digits typed on a Chinese keyboard', () => {
  it('full-width digits count as digits, in numbers and in mobile numbers', () => {
    assert.equal(normalizeDigits('１３８ ００１３ ８０００'), '138 0013 8000')
    assert.equal(normalizeNumber('１２，３４５．５'), '12345.5')
    assert.equal(normalizeMobile('１３８ ００１３ ８０００'), '13800138000')
    assert.equal(isMainlandMobile('+86 １３８-００１３-８０００'), true)
  })
})

describe('dates and times on the Beijing clock', () => {
  it('reads an instant in Asia/Shanghai whatever the machine’s zone', () => {
    const ms = Date.parse('2026-03-02T23:30:00Z') // 07:30 on 3 March in Beijing
    assert.equal(formatShanghai(ms, 'zh-Hans', { month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }), '3月3日 07:30')
    assert.equal(formatShanghai(ms, 'en', { weekday: 'long', day: 'numeric', month: 'long' }), 'Tuesday 3 March')
  })
})

describe('which language a county’s text is shown in', () => {
  it('Chinese on a screen in another language is marked as Chinese; the screen’s own language is not', () => {
    const name = { 'zh-Hans': '城关镇司法所', bo: 'གྲོང་རྡལ་ཁྲིམས་ལུགས་ལས་ཁུངས།', ug: '' }
    assert.equal(chineseIn(localize(name, 'bo'), 'bo'), undefined)
    assert.equal(chineseIn(localize(name, 'ug'), 'ug'), 'zh-Hans', 'blank Uyghur: its Chinese is shown, marked')
    assert.equal(chineseIn('张秀英 · 13800138000', 'en'), 'zh-Hans')
    assert.equal(chineseIn('城关镇司法所', 'zh-Hans'), undefined)
    assert.equal(chineseIn('13800138000', 'ug'), undefined)
  })

  it('marks each run of Chinese in a sentence, and Chinese text whole', () => {
    type T = { values: unknown[] }
    const whole = markChinese('青石镇人民路 18 号（青石司法所内）', 'bo') as unknown as T
    assert.deepEqual(whole.values, ['青石镇人民路 18 号（青石司法所内）'])
    const mixed = (markChineseRuns('བར་འདུམ་པ་ 李调解员 ཟླ་བ་ལ་འདིར་ཡོད།', 'bo') as unknown as T).values[0] as (string | T)[]
    assert.deepEqual(mixed.map((p) => (typeof p === 'string' ? p : p.values[0])), ['བར་འདུམ་པ་ ', '李调解员', ' ཟླ་བ་ལ་འདིར་ཡོད།'])
    assert.equal(markChinese('李调解员', 'zh-Hans'), '李调解员')
    assert.equal(markChinese('ཟླ་བ།', 'bo'), 'ཟླ་བ།')
  })

  it('the directory shows a county’s Tibetan and Uyghur text too, not only English', () => {
    const address = { 'zh-Hans': '城关镇人民路1号', ug: 'شەھەر بازىرى خەلق يولى 1-نومۇر' }
    assert.equal(textIn(address, 'ug'), 'شەھەر بازىرى خەلق يولى 1-نومۇر')
    assert.equal(textIn(address, 'bo'), '城关镇人民路1号')
  })
})
