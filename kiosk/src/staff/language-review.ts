// The staff screen's 语言与译文审校 section: for each language the workroom offers, who checked its
// words (ours from core's languages.json; a county's own file from the config's `translations`),
// so staff know what they are putting in front of residents. Tibetan and Uyghur ship as drafts.
import { html, type TemplateResult } from 'lit'
import { LANGUAGE_INFO, LANGUAGE_META, type LocalizeController } from '@workroom/core'
import type { WorkroomConfig } from '../config.js'

export function renderLanguageReview(l: LocalizeController, config: WorkroomConfig | undefined): TemplateResult {
  const langs = config?.languages ?? ['zh-Hans']
  return html`<section part="section" aria-labelledby="s-languages" data-languages>
    <h2 id="s-languages">${l.t('languages.heading')}</h2>
    <table>
      <thead><tr><th scope="col">${l.t('languages.language')}</th><th scope="col">${l.t('languages.shipped')}</th><th scope="col">${l.t('languages.county')}</th></tr></thead>
      <tbody>
        ${langs.map((lang) => {
          const ours = LANGUAGE_META.review[lang]
          const county = config?.translations?.[lang]
          return html`<tr data-lang=${lang}>
            <th scope="row"><span lang=${lang} dir=${LANGUAGE_INFO[lang].dir}>${LANGUAGE_META.names[lang]}</span></th>
            <td class=${ours.status === 'draft' ? 'draft' : ''}>${ours.status === 'reviewed' ? l.t('languages.reviewed', { by: ours.by, on: ours.on }) : l.t(`languages.${ours.status}`)}</td>
            <td>${county
              ? l.t('languages.countyFile', { by: county.review.by, on: county.review.on, count: Object.keys(county.strings).length })
              : l.t('languages.none')}</td>
          </tr>`
        })}
      </tbody>
    </table>
    ${langs.some((x) => LANGUAGE_META.review[x].status === 'draft' && !config?.translations?.[x]) ? html`<p class="muted">${l.t('languages.draftHint')}</p>` : ''}
  </section>`
}
