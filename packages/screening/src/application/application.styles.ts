import { css } from 'lit'
import { fontSize, token } from '@workroom/core'

export const applicationStyles = css`
  :host { display: block; max-width: var(--wr-application-max-width, 768px); min-width: 0; overflow-wrap: break-word; }
  .box, .screen { display: flex; flex-direction: column; gap: ${token('space-4')}; min-width: 0; }
  section { display: grid; gap: ${token('space-3')}; }
  .head { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: ${token('space-2')} ${token('space-4')}; }
  h2, h3 { margin: 0; line-height: 1.3; }
  h2 { font-size: ${fontSize(4)}; min-width: 0; }
  h3 { font-size: ${fontSize(2)}; }
  h2:focus { outline: none; }
  h2:focus-visible { outline: ${token('border-width')} solid ${token('color-primary')}; }
  p { margin: 0; }
  .lead { font-size: ${fontSize(2)}; }
  .muted { color: ${token('color-text-muted')}; }
  .actions { display: flex; flex-wrap: wrap; gap: ${token('target-gap')}; align-items: center; }
  .alert { border-inline-start: ${token('space-2')} solid ${token('color-danger')}; padding: ${token('space-3')}; background: ${token('color-danger-surface')}; }
  .note { background: ${token('color-warning-surface')}; color: ${token('color-on-warning')}; padding: ${token('space-3')}; border-radius: ${token('radius-2')}; }
  .pledge { margin: 0; padding: ${token('space-4')}; border-inline-start: ${token('space-2')} solid ${token('color-primary')}; background: ${token('color-surface')}; font-size: ${fontSize(2)}; }
  ul.plain, ul.check { margin: 0; padding-inline-start: ${token('space-5')}; display: grid; gap: ${token('space-2')}; }
  dl.answers { display: grid; gap: ${token('space-3')}; margin: 0; }
  dl.answers > div { display: grid; gap: ${token('space-1')}; border-bottom: 1px solid ${token('color-border')}; padding-bottom: ${token('space-3')}; }
  dt { font-weight: 700; }
  dd { margin: 0; display: flex; flex-wrap: wrap; gap: ${token('space-2')} ${token('space-4')}; align-items: center; justify-content: space-between; }
  .ticket { display: grid; gap: ${token('space-3')}; justify-items: start; container-type: inline-size; }
  /* The code on one line (broken over two in Tibetan at 320 px, it is copied wrong): its type shrinks with the width instead. */
  .code { font-size: min(${fontSize(5)}, 13cqi); font-weight: 700; letter-spacing: 0.2em; font-variant-numeric: tabular-nums; white-space: nowrap; }
  wr-qr-code { --wr-qr-size: 256px; }
  .panel { border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-2')}; padding: ${token('space-4')}; display: grid; gap: ${token('space-2')}; }
  .panel.granted { border-color: ${token('color-success')}; background: ${token('color-success-surface')}; }
  .panel.refused, .panel.materials-requested, .panel.withdrawn { border-color: ${token('color-danger')}; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  :host([kiosk]) { max-width: none; }
  :host([kiosk]) .box, :host([kiosk]) .screen { min-height: 100%; flex: 1; }
  :host([kiosk]) .bar {
    position: sticky; bottom: 0; z-index: 2; margin-top: auto;
    margin-inline: calc(-1 * ${token('space-3')}); padding: ${token('space-3')};
    background: ${token('color-surface')}; border-top: 1px solid ${token('color-border')};
  }
  /* A keypad's last row must never sit under the bar: on its steps the bar follows the keys. */
  :host([kiosk]) .screen:has(wr-keypad) .bar { position: static; }
  /* Side by side while each label fits on one line; a label longer than the bar wraps inside it. */
  :host([kiosk]) .bar > wr-button { flex: 1 1 0; min-width: fit-content; }
  :host([kiosk]) .bar > .primary { flex-grow: 2; }

  /* The sheet: only on paper (or when a story shows it). */
  .sheet { display: none; color: #000; background: #fff; font-size: 11pt; line-height: 1.45; }
  :host([sheet-preview]) .sheet { display: grid; gap: 3mm; padding: 12mm; border: 1px solid ${token('color-border')}; max-width: 210mm; box-sizing: border-box; }
  :host([sheet-preview]) .screen { display: none; }
  .sheet h2.sheet-title { font-size: 16pt; text-align: center; }
  .sheet h3 { font-size: 11.5pt; margin-top: 2mm; }
  .sheet section { display: grid; gap: 1.5mm; break-inside: avoid; }
  .sheet .small { font-size: 9pt; }
  .sheet table.grid { width: 100%; border-collapse: collapse; }
  .sheet table.grid th, .sheet table.grid td { border: 0.3mm solid #000; padding: 1.5mm 2mm; text-align: start; vertical-align: top; }
  .sheet table.grid th { width: 22%; font-weight: 700; white-space: nowrap; }
  .sheet .ticks { display: flex; flex-wrap: wrap; gap: 1mm 5mm; }
  .sheet .tick.on { font-weight: 700; }
  .sheet .blank { display: inline-block; min-width: 30mm; min-height: 5mm; border-bottom: 0.3mm solid #000; vertical-align: bottom; }
  .sheet .blank.wide { min-width: 90mm; }
  .sheet .filled { display: inline-block; min-width: 30mm; }
  .sheet .box-lines { min-height: 24mm; border: 0.3mm solid #000; padding: 2mm; white-space: pre-wrap; }
  .sheet ul.checklist { list-style: none; margin: 0; padding: 0; display: grid; gap: 1mm; }
  .sheet .sign { grid-template-columns: 1fr 1fr; gap: 4mm 8mm; margin-top: 3mm; }
  .sheet .sign > div { display: flex; gap: 2mm; align-items: flex-end; }
  .sheet .sign .sign-box { min-width: 50mm; min-height: 16mm; border: 0.3mm solid #000; }
  .sheet .sign .wide-row { grid-column: 1 / -1; }
  .sheet .urgent-line { border: 0.5mm solid #000; padding: 1.5mm 2mm; }
  @media (max-width: 480px) { :host([sheet-preview]) .sheet { padding: 4mm; } .sheet .sign { grid-template-columns: 1fr; } }

  @page { size: A4; margin: 12mm; }
  @media print {
    :host { max-width: none; }
    .screen, .no-print, wr-read-aloud, wr-button { display: none !important; }
    .sheet { display: grid; gap: 3mm; padding: 0; border: 0; }
  }
`
