import { css } from 'lit'
import { fontSize, token } from '@workroom/core'

/** Layout shared by lesson, case story and quiz: a readable column with big navigation. */
export const pageStyles = css`
  :host { display: block; max-width: var(--wr-education-max-width, 768px); }
  .box { padding: ${token('space-4')} 0; }
  h2.title { font-size: ${fontSize(3)}; line-height: 1.3; margin: 0 0 ${token('space-3')}; }
  .page-heading { font-size: ${fontSize(2)}; line-height: 1.3; margin: ${token('space-4')} 0 ${token('space-3')}; }
  .page-heading:focus { outline: none; }
  .page-heading:focus-visible { outline: ${token('focus-width')} solid ${token('color-focus-outer')}; }
  .meta { color: ${token('color-text-muted')}; font-size: ${fontSize(0)}; margin: 0 0 ${token('space-2')}; }
  .nav { display: flex; flex-wrap: wrap; gap: ${token('target-gap')}; justify-content: space-between; margin-top: ${token('space-5')}; }
  .nav .spacer { flex: 1; }
  .tools { display: flex; flex-wrap: wrap; gap: ${token('target-gap')}; margin: ${token('space-2')} 0; }
  .laws { margin: 0; padding-inline-start: ${token('space-5')}; }
  .laws li { margin-bottom: ${token('space-1')}; }
  .points { margin: 0 0 ${token('space-4')}; padding: 0; list-style: none; }
  .points li {
    display: flex; gap: ${token('space-2')}; align-items: flex-start; margin-bottom: ${token('space-2')};
    padding: ${token('space-3')}; background: ${token('color-surface')}; border-radius: ${token('radius-2')};
  }
  .points svg { flex: none; width: 1.4em; height: 1.4em; color: ${token('color-primary')}; }
  .hero { display: flex; gap: ${token('space-4')}; align-items: center; }
  .hero .illustration { flex: none; width: 72px; height: 72px; color: ${token('color-primary')}; }
  section { margin-bottom: ${token('space-5')}; }
`
