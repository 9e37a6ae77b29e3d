// Names for the screening's reason and material codes and its citations, from the national rule
// pack (loaded with the applications view only). A regional pack's own codes fall back to the code.
import type { CitationRef } from '@workroom/screening/application-contract'

export interface PackText {
  text(code: string, lang: string): string
  citation(c: CitationRef, lang: string): string
  /** Every material code of the pack, for the missing-materials list. */
  materials: string[]
}

let loading: Promise<PackText> | undefined

export function packText(): Promise<PackText> {
  return (loading ??= import('@workroom/rules/engine').then(({ nationalPack, text }) => {
    const laws = nationalPack.laws as Record<string, { title: Record<string, string> }>
    const lang = (l: string): 'zh-Hans' | 'en' => (l === 'en' ? 'en' : 'zh-Hans')
    return {
      text: (code, l) => text(nationalPack, code, lang(l)),
      citation: (c, l) => {
        const title = laws[c.law]?.title
        if (lang(l) === 'en') return `${title?.['en'] ?? c.law}, Art. ${c.article}${c.item ? `(${c.item})` : ''}`
        // 《法律援助法》第 42 条第（4）项: the law's short name, as staff cite it.
        const name = (title?.['zh-Hans'] ?? c.law).replace(/^中华人民共和国/, '')
        return `《${name}》第 ${c.article} 条${c.item ? `第（${c.item}）项` : ''}`
      },
      materials: Object.keys(nationalPack.materials),
    }
  }))
}
