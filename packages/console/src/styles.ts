import { css } from 'lit'
import { fontSize, token } from '@workroom/core'

/** What every console view shares: headings, forms, tables that become cards on a narrow screen, print. */
export const viewStyles = css`
  :host { display: block; overflow-wrap: anywhere; }
  h1 { margin: 0 0 ${token('space-4')}; font-size: ${fontSize(4)}; line-height: 1.25; }
  h2 { margin: ${token('space-5')} 0 ${token('space-3')}; font-size: ${fontSize(3)}; line-height: 1.3; }
  h3 { margin: ${token('space-4')} 0 ${token('space-2')}; font-size: ${fontSize(2)}; }
  h1:focus, h2:focus { outline: none; }
  p { margin: 0 0 ${token('space-3')}; }
  .muted { color: ${token('color-text-muted')}; }
  .toolbar { display: flex; flex-wrap: wrap; align-items: flex-end; gap: ${token('space-4')}; margin-block-end: ${token('space-4')}; }
  .field { display: grid; gap: ${token('space-1')}; min-width: 0; max-width: 100%; }
  .toolbar > * { max-width: 100%; }
  .field input:not([type='checkbox']), .field select, .field textarea { width: 100%; min-width: 0; }
  .field label, .field .label { font-weight: 700; }
  .field .hint { margin: 0; color: ${token('color-text-muted')}; font-size: ${fontSize(0)}; }
  input, select, textarea {
    min-height: ${token('target-min')}; max-width: 100%; padding: ${token('space-2')} ${token('space-3')};
    font: inherit; color: ${token('color-text')}; background: ${token('color-background')};
    border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-1')};
  }
  input[type='checkbox'] { min-height: auto; width: 24px; height: 24px; }
  .check { display: flex; align-items: center; gap: ${token('space-2')}; min-height: ${token('target-min')}; }
  .error { color: ${token('color-danger')}; font-weight: 700; }
  .notice { padding: ${token('space-3')} ${token('space-4')}; border-radius: ${token('radius-2')}; background: ${token('color-warning-surface')}; color: ${token('color-on-warning')}; }
  .ok { padding: ${token('space-3')} ${token('space-4')}; border-radius: ${token('radius-2')}; background: ${token('color-success-surface')}; color: ${token('color-success')}; font-weight: 700; }
  .btn {
    min-height: ${token('target-min')}; padding: ${token('space-2')} ${token('space-4')}; font: inherit; font-weight: 600; cursor: pointer;
    color: ${token('color-primary')}; background: ${token('color-background')};
    border: ${token('border-width')} solid ${token('color-primary')}; border-radius: ${token('radius-2')};
  }
  .btn.primary { color: ${token('color-on-primary')}; background: ${token('color-primary')}; }
  @media (hover: hover) { .btn.primary:hover { background: ${token('color-primary-hover')}; } }
  .btn.danger { color: ${token('color-danger')}; border-color: ${token('color-danger')}; }
  .btn[aria-disabled='true'] { opacity: 0.6; cursor: not-allowed; }
  .actions { display: flex; flex-wrap: wrap; gap: ${token('target-gap')}; }
  table { border-collapse: collapse; width: 100%; }
  caption { text-align: start; font-weight: 700; padding-block: ${token('space-2')}; }
  th, td { text-align: start; padding: ${token('space-2')}; border-bottom: 1px solid ${token('color-border')}; vertical-align: top; }
  thead th { background: ${token('color-surface')}; }
  tbody th { font-weight: 400; }
  td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
  .status { font-weight: 700; }
  .status.cancelled, .status.no-show { color: ${token('color-danger')}; }
  .status.attended { color: ${token('color-success')}; }
  code, bdi.code { font-family: ui-monospace, monospace; font-weight: 700; letter-spacing: 0.05em; }
  /* Narrow screens and large text: each row becomes a card, each cell names its column. */
  @media (max-width: 44em) {
    table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; width: 100%; }
    table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
    table.cards tr { border: 1px solid ${token('color-border')}; border-radius: ${token('radius-2')}; margin-block-end: ${token('space-3')}; padding: ${token('space-2')}; }
    table.cards td { border: 0; padding: ${token('space-1')} 0; }
    table.cards td[data-label]::before { content: attr(data-label) '：'; font-weight: 700; }
  }
  @media print {
    .no-print, .actions, .toolbar { display: none !important; }
    table { font-size: 11pt; }
    th { background: none; }
    tr { break-inside: avoid; }
  }
`
