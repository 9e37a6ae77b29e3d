import { expect } from '../helpers/index.js'
import { chineseNumber, formatCitation } from '@workroom/screening'

describe('citations', () => {
  it('numbers articles the way Chinese law does', () => {
    expect([1, 10, 13, 20, 31, 42, 64, 100, 105, 110, 188].map(chineseNumber)).to.deep.equal([
      '一', '十', '十三', '二十', '三十一', '四十二', '六十四', '一百', '一百零五', '一百一十', '一百八十八',
    ])
  })

  it('cites an article and item in Chinese and English', () => {
    expect(formatCitation({ law: 'LAL', article: 31, item: 5 }, '法律援助法', 'zh-Hans')).to.equal('《法律援助法》第三十一条第（五）项')
    expect(formatCitation({ law: 'LAL', article: 42 }, 'Legal Aid Law', 'en')).to.equal('Legal Aid Law, Art. 42')
  })

  it('keeps the Chinese title and says the article in Tibetan or Uyghur words when given them', () => {
    const ug = (key: 'article' | 'item', n: number) => (key === 'article' ? `${n}-ماددا` : `${n}-تارماق`)
    expect(formatCitation({ law: 'LAL', article: 31, item: 5 }, '法律援助法', 'ug', ug)).to.equal('《法律援助法》 31-ماددا 5-تارماق')
    // Without words (an older caller) it stays in the Chinese form, never half of each.
    expect(formatCitation({ law: 'LAL', article: 42 }, '法律援助法', 'bo')).to.equal('《法律援助法》第四十二条')
  })
})
