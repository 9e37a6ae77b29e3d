import { css } from 'lit'
import { fontSize, token } from '@workroom/core'

export const quizStyles = css`
  fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
  legend { padding: 0; }
  .hint { color: ${token('color-text-muted')}; margin: 0 0 ${token('space-3')}; }
  .options { display: grid; gap: ${token('target-gap')}; }
  .option {
    display: flex; flex-wrap: wrap; align-items: center; gap: ${token('space-3')};
    min-height: ${token('target-primary')}; padding: ${token('space-3')} ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-2')};
    background: ${token('color-background')}; cursor: pointer; font-size: ${fontSize(1)};
  }
  .option.selected { background: ${token('color-selected-surface')}; border-color: ${token('color-primary')}; }
  .option.right { border-color: ${token('color-success')}; }
  .option.wrong { border-color: ${token('color-danger')}; }
  .option input { width: 1.5em; height: 1.5em; margin: 0; flex: none; accent-color: ${token('color-primary')}; }
  .option .text { flex: 1; }
  .tag { display: inline-flex; align-items: center; gap: ${token('space-1')}; font-weight: 700; font-size: ${fontSize(0)}; }
  .tag.right { color: ${token('color-success')}; }
  .tag.wrong { color: ${token('color-danger')}; }
  .mark { width: 1.4em; height: 1.4em; flex: none; }
  .feedback {
    margin-top: ${token('space-4')}; padding: ${token('space-4')}; border-radius: ${token('radius-2')};
    border-inline-start: calc(3 * ${token('border-width')}) solid;
  }
  .feedback.right { background: ${token('color-success-surface')}; border-color: ${token('color-success')}; }
  .feedback.wrong { background: ${token('color-danger-surface')}; border-color: ${token('color-danger')}; }
  .feedback p { margin: 0 0 ${token('space-2')}; }
  .feedback { display: flex; flex-wrap: wrap; gap: ${token('space-4')}; align-items: flex-start; }
  .feedback > div { flex: 1 1 14rem; }
  .feedback .block-picture { flex: 0 0 10rem; margin: 0; }
  .feedback .block-picture .picture { max-width: 10rem; border-radius: ${token('radius-2')}; }
  .feedback .why { font-size: ${fontSize(1)}; }
  .verdict { display: flex; align-items: center; gap: ${token('space-2')}; font-size: ${fontSize(2)}; }
  .feedback.right .verdict { color: ${token('color-success')}; }
  .feedback.wrong .verdict { color: ${token('color-danger')}; }
  .score { font-size: ${fontSize(3)}; font-weight: 700; margin: 0 0 ${token('space-2')}; }
  .nudge { color: ${token('color-danger')}; font-weight: 600; }
`
