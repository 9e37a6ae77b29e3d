import { css } from 'lit'
import { fontSize, token } from '@workroom/core'

export const caseStoryStyles = css`
  .lead { font-size: ${fontSize(2)}; margin: 0 0 ${token('space-4')}; }
  .part { border-top: ${token('border-width')} solid ${token('color-border')}; padding-top: ${token('space-2')}; }
  .n {
    display: inline-flex; flex: none; align-items: center; justify-content: center;
    width: 1.8em; height: 1.8em; margin-inline-end: ${token('space-2')};
    border-radius: 50%; background: ${token('color-primary')}; color: ${token('color-on-primary')};
    font-size: ${fontSize(1)}; font-weight: 700;
  }
  .panels {
    list-style: none; margin: 0 0 ${token('space-5')}; padding: 0; display: grid; gap: ${token('space-4')};
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
  }
  .play-all { align-items: center; }
  .play-all-label { font-weight: 700; font-size: ${fontSize(1)}; }
  .panel {
    padding: ${token('space-3')}; border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-3')};
    background: ${token('color-background')}; break-inside: avoid;
  }
  .panel .block-picture { margin-bottom: ${token('space-3')}; }
  .panel-text { display: flex; align-items: flex-start; }
  .panel-text p { margin: 0 0 ${token('space-2')}; font-size: ${fontSize(2)}; line-height: 1.5; }
  .next { padding: ${token('space-4')}; background: ${token('color-selected-surface')}; border-radius: ${token('radius-3')}; }
  .next .nav { justify-content: flex-start; margin-top: 0; }
  .next-heading { font-weight: 700; margin: ${token('space-4')} 0 ${token('space-2')}; }
  .hotline { margin: ${token('space-3')} 0 0; font-weight: 600; }
  .print-only { display: none; }

  /* A one-page A4 handout: panels in a grid, no buttons, the law open. */
  @media print {
    @page { size: A4; margin: 12mm; }
    :host { max-width: none; font-size: 11pt; }
    wr-read-aloud, wr-button, .nav, .tools { display: none !important; }
    .hero .illustration { width: 2.5rem; height: 2.5rem; }
    h2.title { font-size: 18pt; margin: 0; }
    .lead { font-size: 12pt; margin-bottom: 4mm; }
    .panels { grid-template-columns: repeat(3, 1fr); gap: 3mm; margin-bottom: 4mm; }
    .panel { padding: 2mm; border-width: 1px; }
    .panel .block-picture { margin-bottom: 1mm; }
    .panel-text p { font-size: 10.5pt; }
    .n { font-size: 9pt; }
    .next { padding: 3mm; background: none; border: 1px solid; }
    .page-heading { font-size: 13pt; margin: 0 0 2mm; }
    details.statute, .part.law, .next-heading { display: none; }
    .print-only { display: block; font-size: 10pt; margin: 0; }
    section { margin-bottom: 3mm; }
  }
`
