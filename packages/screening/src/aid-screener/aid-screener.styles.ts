import { css } from 'lit'
import { fontSize, token } from '@workroom/core'

export const screenerStyles = css`
  :host { display: block; max-width: var(--wr-screener-max-width, 768px); }
  .base { display: grid; gap: ${token('space-5')}; }
  .top { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: ${token('target-gap')}; }
  h2, h3 { margin: 0; line-height: 1.3; }
  h2 { font-size: ${fontSize(4)}; }
  h2:focus, h3:focus { outline: none; }
  h3 { font-size: ${fontSize(2)}; }
  p { margin: 0; }
  .lead { font-size: ${fontSize(2)}; }
  .muted { color: ${token('color-text-muted')}; }
  .actions { display: flex; flex-wrap: wrap; gap: ${token('target-gap')}; align-items: center; }
  .search input {
    width: 100%; min-height: ${token('target-min')}; padding: ${token('space-2')} ${token('space-3')};
    font: inherit; font-size: ${fontSize(1)}; border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-1')};
  }
  .search label { display: block; font-weight: 700; margin-bottom: ${token('space-2')}; }
  wr-qr-code { --wr-qr-size: 256px; }
  .resume-code { font-size: ${fontSize(5)}; font-weight: 700; letter-spacing: 0.15em; font-variant-numeric: tabular-nums; }
  .submit { margin-top: ${token('space-5')}; }
  /* On the kiosk: the whole width, and the step's actions (下一步, 上一步, 确认) in one steady bar at
     the bottom of the screen, within reach of a seated or short person, on every page. */
  :host([kiosk]) { max-width: none; display: flex; flex-direction: column; }
  :host([kiosk]) .base, :host([kiosk]) form { display: flex; flex-direction: column; gap: ${token('space-5')}; }
  :host([kiosk]) .base { flex: 1; }
  :host([kiosk]) .base > *, :host([kiosk]) form > * { flex: none; }
  :host([kiosk]) .base > form { flex: 1 0 auto; }
  :host([kiosk]) .bar, :host([kiosk]) .submit { margin-top: auto; }
  :host([kiosk]) .bar {
    position: sticky; bottom: 0; z-index: 2; order: 99;
    margin-inline: calc(-1 * ${token('space-3')}); padding: ${token('space-3')};
    background: ${token('color-surface')}; border-top: 1px solid ${token('color-border')};
  }
  /* Side by side while each label fits on one line; a label longer than the bar wraps inside it. */
  :host([kiosk]) .bar > wr-button { flex: 1 1 0; min-width: fit-content; }
  :host([kiosk]) .bar > .primary { flex-grow: 2; }
  .problems { --wr-choice-columns: 2; }
  .unknown { margin-top: ${token('space-3')}; }
  .panel { padding: ${token('space-5')}; border-radius: ${token('radius-3')}; background: ${token('color-background')}; border: ${token('border-width')} solid ${token('color-border')}; }
  .outcome { border-inline-start: 8px solid ${token('color-primary')}; }
  .outcome.good { border-inline-start-color: ${token('color-success')}; background: ${token('color-success-surface')}; }
  .outcome.maybe { border-inline-start-color: ${token('color-primary')}; background: ${token('color-selected-surface')}; }
  .outcome.other { border-inline-start-color: ${token('color-border')}; background: ${token('color-surface')}; }
  .urgent { padding: ${token('space-4')}; border-radius: ${token('radius-2')}; background: ${token('color-danger-surface')}; color: ${token('color-danger')}; border: ${token('border-width')} solid ${token('color-danger')}; font-weight: 700; }
  .note { padding: ${token('space-4')}; border-radius: ${token('radius-2')}; background: ${token('color-warning-surface')}; color: ${token('color-on-warning')}; }
  details { border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-2')}; margin-bottom: ${token('space-2')}; background: ${token('color-background')}; }
  summary { min-height: ${token('target-min')}; padding: ${token('space-3')} ${token('space-4')}; cursor: pointer; font-weight: 600; display: list-item; }
  details > div { padding: 0 ${token('space-4')} ${token('space-4')}; }
  cite { font-style: normal; font-weight: 600; }
  ul.check { list-style: none; padding: 0; margin: 0; display: grid; gap: ${token('space-2')}; }
  ul.check li { display: flex; gap: ${token('space-3')}; align-items: flex-start; }
  ul.check li::before { content: ''; flex: none; width: 1.1em; height: 1.1em; margin-top: 0.25em; border: ${token('border-width')} solid ${token('color-text')}; border-radius: 3px; }
  ul.reasons { margin: 0; padding-inline-start: 1.4em; display: grid; gap: ${token('space-2')}; }
  .deadline { padding: ${token('space-3')} ${token('space-4')}; border-radius: ${token('radius-2')}; background: ${token('color-warning-surface')}; color: ${token('color-on-warning')}; }
  ol.routes { padding-inline-start: 1.4em; margin: 0; display: grid; gap: ${token('space-3')}; }
  .answers { display: grid; gap: ${token('space-2')}; margin: 0; }
  .answers div { display: flex; flex-wrap: wrap; justify-content: space-between; gap: ${token('space-2')}; padding: ${token('space-2')} 0; border-bottom: 1px solid ${token('color-border')}; }
  .answers dt { font-weight: 600; }
  .answers dd { margin: 0; display: flex; gap: ${token('space-3')}; align-items: center; }
  .office { font-weight: 600; }
  .places { list-style: none; margin: 0 0 ${token('space-4')}; padding: 0; display: grid; gap: ${token('space-3')}; }
  .place { display: grid; gap: ${token('space-1')}; padding-block-end: ${token('space-3')}; border-block-end: ${token('border-width')} solid ${token('color-border')}; }
  .place p { margin: 0; }
  .place .here { display: inline-block; padding: 0 ${token('space-2')}; border-radius: ${token('radius-2')}; background: ${token('color-selected-surface')}; font-size: ${fontSize(0)}; }
  .place-phone { font-weight: 700; color: ${token('color-primary')}; }
  .place-phone.big { font-size: ${fontSize(4)}; color: ${token('color-text')}; letter-spacing: 0.04em; }
  .place wr-button, .route-place wr-button { justify-self: start; }
  .phone { font-size: ${fontSize(3)}; font-weight: 700; }
  .phone a { color: ${token('color-primary')}; }
  .debug { padding: ${token('space-3')}; border: ${token('border-width')} dashed ${token('color-danger')}; background: ${token('color-danger-surface')}; font-size: ${fontSize(0)}; }
  .debug ul { margin: 0; padding-inline-start: ${token('space-5')}; }
  .disclaimer { font-size: ${fontSize(0)}; }
  /* One checklist for an 80 mm receipt roll and for A4: fluid, nothing wider than the paper,
     nothing clipped, large type, only what is useful on paper. */
  @media print {
    :host { max-width: none; width: auto; color: #000 !important; font-size: 12pt !important; }
    .base { gap: 4mm; }
    .base, .base * { max-width: 100%; min-width: 0; overflow: visible; overflow-wrap: anywhere; box-sizing: border-box; }
    .top, .actions, wr-read-aloud, wr-quick-exit, wr-button, wr-qr-code, .no-print, summary::marker { display: none !important; }
    h2 { font-size: 16pt; }
    h3 { font-size: 13pt; }
    .lead { font-size: 13pt; }
    .muted { color: #000; }
    details { border: 0; margin: 0; background: none; }
    summary { display: block; min-height: 0; padding: 0; list-style: none; }
    details > div { display: block !important; padding: 0; }
    .panel { padding: 3mm; border: 1px solid #000; border-radius: 0; background: none !important; }
    .outcome { border-inline-start-width: 2mm; }
    .urgent { padding: 3mm; background: none; color: #000; border: 2px solid #000; }
    ul.check li::before { border-color: #000; }
    .disclaimer { font-size: 10pt; }
  }
`
