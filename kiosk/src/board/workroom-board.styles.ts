import { css } from 'lit'
import { fontSize, token } from '@workroom/core'

export const boardStyles = css`
  :host { display: block; overflow-wrap: anywhere; }
  h1, h2, h3, p, ul, ol { margin: 0; }
  h1 { font-size: ${fontSize(4)}; line-height: 1.3; }
  h2 { font-size: ${fontSize(3)}; line-height: 1.3; }
  h3 { font-size: ${fontSize(2)}; line-height: 1.3; }
  h1:focus, h2:focus { outline: none; }
  .muted { color: ${token('color-text-muted')}; }
  .nowrap { white-space: nowrap; }

  /* Home-screen card */
  .panel {
    display: grid; gap: ${token('space-4')}; padding: ${token('space-5')};
    border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-3')};
    background: ${token('color-background')}; color: ${token('color-text')};
  }
  .block { display: grid; gap: ${token('space-2')}; }
  .block h3 { font-size: ${fontSize(1)}; color: ${token('color-text-muted')}; }
  .big { font-size: ${fontSize(2)}; font-weight: 700; }

  /* Full page */
  .page { display: grid; gap: ${token('space-5')}; }
  .top { display: grid; gap: ${token('space-3')}; justify-items: start; }
  section {
    display: grid; gap: ${token('space-3')}; padding: ${token('space-5')};
    border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-3')};
    background: ${token('color-background')};
  }

  ul, ol { display: grid; gap: ${token('space-2')}; padding-inline-start: ${token('space-5')}; }
  ol > li::marker { font-weight: 700; }
  ul.plain { list-style: none; padding: 0; gap: ${token('space-3')}; }
  ul.plain > li { display: grid; gap: ${token('space-1')}; padding-block-end: ${token('space-3')}; border-bottom: 1px solid ${token('color-border')}; }
  ul.plain > li:last-child { padding-block-end: 0; border-bottom: 0; }
  .name { font-weight: 700; }
  .where { display: grid; gap: ${token('space-1')}; list-style: none; padding: 0; }
  .time { font-weight: 600; margin-inline-end: ${token('space-2')}; }
  .procedure { display: grid; gap: ${token('space-2')}; }
  .notice { padding: ${token('space-3')}; border-radius: ${token('radius-2')}; background: ${token('color-warning-surface')}; color: ${token('color-on-warning')}; }

  .actions { display: flex; flex-wrap: wrap; align-items: center; gap: ${token('target-gap')}; }
  .open {
    min-width: ${token('target-min')}; min-height: ${token('target-primary')};
    padding: ${token('space-2')} ${token('space-5')};
    border: ${token('border-width')} solid ${token('color-primary')}; border-radius: ${token('radius-2')};
    background: ${token('color-primary')}; color: ${token('color-on-primary')};
    font: inherit; font-weight: 700; cursor: pointer;
  }
  @media (hover: hover) { .open:hover { background: ${token('color-primary-hover')}; border-color: ${token('color-primary-hover')}; } }

  @media (max-width: 480px) {
    .panel, section { padding: ${token('space-4')}; }
    .open { width: 100%; }
  }
`
