// The one rule of @workroom/core: the resident's language when written and not blank, else Chinese.
export { localize as pick } from '@workroom/core/localized'
// For a template position: a county's Chinese-only text marked lang="zh-Hans" on a Tibetan, Uyghur or English screen.
export { localizeHtml as pickHtml } from '@workroom/core/localized-html'
