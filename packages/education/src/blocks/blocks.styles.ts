import { css } from 'lit'
import { fontSize, token } from '@workroom/core'

/** Styles for rendered content blocks, shared by every element that shows content. */
export const blockStyles = css`
  .block-heading { font-size: ${fontSize(2)}; margin: ${token('space-5')} 0 ${token('space-2')}; line-height: 1.3; }
  .block-paragraph { margin: 0 0 ${token('space-4')}; }
  .block-list { margin: 0 0 ${token('space-4')}; padding-inline-start: ${token('space-6')}; }
  .block-list li { margin-bottom: ${token('space-2')}; }
  .block-key-point {
    display: flex; gap: ${token('space-2')}; align-items: flex-start;
    margin: 0 0 ${token('space-4')}; padding: ${token('space-3')} ${token('space-4')};
    background: ${token('color-warning-surface')}; color: ${token('color-on-warning')};
    border-inline-start: calc(2 * ${token('border-width')}) solid ${token('color-on-warning')}; border-radius: ${token('radius-1')};
  }
  .block-key-point svg, .block-callout svg { flex: none; width: 1.4em; height: 1.4em; margin-top: 0.1em; }
  .block-step { display: flex; gap: ${token('space-4')}; align-items: center; margin: 0 0 ${token('space-4')}; }
  .block-step .illustration { flex: none; width: 64px; height: 64px; color: ${token('color-primary')}; }
  .step-number { font-weight: 700; }
  .block-citation {
    margin: 0 0 ${token('space-4')}; padding: ${token('space-3')} ${token('space-4')};
    background: ${token('color-surface')}; border-inline-start: calc(2 * ${token('border-width')}) solid ${token('color-primary')};
    border-radius: ${token('radius-1')};
  }
  .block-citation p { margin: 0; }
  .block-citation .cite { margin-top: ${token('space-2')}; font-size: ${fontSize(0)}; color: ${token('color-text-muted')}; }
  .block-citation cite { font-style: normal; font-weight: 600; }
  .block-image { margin: 0 0 ${token('space-4')}; }
  .block-image img { max-width: 100%; height: auto; border-radius: ${token('radius-2')}; }
  .block-image figcaption { font-size: ${fontSize(0)}; color: ${token('color-text-muted')}; }
  .block-callout {
    display: flex; gap: ${token('space-2')}; align-items: flex-start;
    margin: 0 0 ${token('space-4')}; padding: ${token('space-3')} ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-2')};
    background: ${token('color-selected-surface')};
  }
  .block-callout.warning { background: ${token('color-danger-surface')}; border-color: ${token('color-danger')}; }
  .block-callout p { margin: 0; }
  .block-picture { margin: 0 0 ${token('space-4')}; }
  .block-picture .picture, .picture.wide {
    display: block; width: 100%; max-width: 36rem; height: auto; aspect-ratio: 4 / 3;
    border-radius: ${token('radius-3')}; margin-inline: auto;
  }
  .block-picture figcaption { margin-top: ${token('space-2')}; font-size: ${fontSize(1)}; text-align: center; }
  details.statute {
    margin: 0 0 ${token('space-4')}; border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-2')};
  }
  details.statute > summary {
    min-height: ${token('target-min')}; display: flex; align-items: center; gap: ${token('space-2')};
    padding: ${token('space-2')} ${token('space-4')}; cursor: pointer; font-weight: 600; color: ${token('color-primary')};
  }
  details.statute[open] > summary { border-bottom: ${token('border-width')} solid ${token('color-border')}; }
  details.statute > .block-citation { margin: ${token('space-3')}; }
`
