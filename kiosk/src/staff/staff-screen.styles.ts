import { css } from 'lit'
import { fontSize, token } from '@workroom/core'

export const staffScreenStyles = css`
  :host { display: block; max-width: var(--wr-staff-screen-max-width, 1152px); }
  .box { display: flex; flex-direction: column; gap: ${token('space-6')}; overflow-wrap: anywhere; }
  h1 { margin: 0; font-size: ${fontSize(4)}; }
  h2 { margin: 0 0 ${token('space-3')}; font-size: ${fontSize(3)}; }
  h3 { margin: 0 0 ${token('space-2')}; font-size: ${fontSize(2)}; }
  h1:focus, h2:focus { outline: none; }
  p { margin: 0 0 ${token('space-3')}; }
  .muted { color: ${token('color-text-muted')}; }

  /* Buttons are <wr-button>: its own styles, targets and disabled state. */
  .actions { display: flex; flex-wrap: wrap; gap: ${token('target-gap')}; margin-top: ${token('space-3')}; }

  /* PIN step */
  .pin { display: grid; gap: ${token('space-4')}; max-width: 448px; }
  .field { display: grid; gap: ${token('space-2')}; }
  .field label { font-weight: 700; font-size: ${fontSize(1)}; }
  .field .hint { margin: 0; color: ${token('color-text-muted')}; }
  .field.invalid { border-inline-start: 4px solid ${token('color-danger')}; padding-inline-start: ${token('space-3')}; }
  .error { margin: 0; color: ${token('color-danger')}; font-weight: 700; }
  .locked { padding: ${token('space-4')}; border-radius: ${token('radius-2')}; background: ${token('color-warning-surface')}; color: ${token('color-on-warning')}; font-weight: 700; }
  input {
    width: 100%; min-height: ${token('target-min')}; padding: ${token('space-2')} ${token('space-3')};
    font: inherit; font-size: ${fontSize(3)}; letter-spacing: 0.3em; color: ${token('color-text')};
    background: ${token('color-background')};
    border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-1')};
  }
  .invalid input { border-color: ${token('color-danger')}; border-width: 4px; }
  input:disabled { background: ${token('color-surface')}; }
  .keypad { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: ${token('target-gap')}; }
  .keypad wr-button { display: block; }
  .keypad wr-button::part(base) { padding-inline: ${token('space-2')}; }

  /* Dashboard */
  .top { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: ${token('space-3')}; }
  section {
    padding: ${token('space-5')}; border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-3')};
    background: ${token('color-background')}; min-width: 0;
  }
  .count { font-size: ${fontSize(3)}; font-weight: 700; }
  dl { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: ${token('space-2')} ${token('space-4')}; margin: 0 0 ${token('space-3')}; }
  dt { font-weight: 700; }
  dd { margin: 0; overflow-wrap: anywhere; }
  .notice { padding: ${token('space-4')}; border-radius: ${token('radius-2')}; background: ${token('color-warning-surface')}; color: ${token('color-on-warning')}; }
  .notice ul { margin: ${token('space-2')} 0 0; padding-inline-start: 1.25em; }
  .notice li { overflow-wrap: anywhere; }

  .health { list-style: none; margin: 0; padding: 0; display: grid; gap: ${token('space-3')}; }
  .health li { display: grid; grid-template-columns: minmax(0, 192px) minmax(0, 1fr); gap: ${token('space-1')} ${token('space-4')}; padding-bottom: ${token('space-3')}; border-bottom: 1px solid ${token('color-border')}; }
  .health .state { display: inline-block; padding: 0 ${token('space-2')}; border-radius: ${token('radius-1')}; font-weight: 700; }
  .state.ok { background: ${token('color-success-surface')}; color: ${token('color-success')}; }
  .state.warn { background: ${token('color-warning-surface')}; color: ${token('color-on-warning')}; }
  .state.fail { background: ${token('color-danger-surface')}; color: ${token('color-danger')}; }
  .state.info { background: ${token('color-surface')}; color: ${token('color-text')}; }

  .charts { display: grid; gap: ${token('space-5')}; grid-template-columns: repeat(auto-fit, minmax(min(352px, 100%), 1fr)); }
  figure { margin: 0; min-width: 0; }
  figcaption { font-weight: 700; font-size: ${fontSize(2)}; margin-bottom: ${token('space-2')}; }
  .bars { list-style: none; margin: 0; padding: 0; display: grid; gap: ${token('space-2')}; }
  .bar-row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(64px, 2fr) max-content; align-items: center; gap: ${token('space-2')}; }
  .bar-label { overflow-wrap: anywhere; }
  .bar-track { height: 1.25em; background: ${token('color-surface')}; border-radius: ${token('radius-1')}; overflow: hidden; }
  .bar { display: block; height: 100%; background: ${token('color-primary')}; border-radius: ${token('radius-1')}; min-width: 2px; }
  .bar-value { font-weight: 700; font-variant-numeric: tabular-nums; }
  table { border-collapse: collapse; width: 100%; }
  caption { text-align: start; font-weight: 700; font-size: ${fontSize(2)}; margin-bottom: ${token('space-2')}; }
  th, td { text-align: start; padding: ${token('space-2')}; border-bottom: 1px solid ${token('color-border')}; overflow-wrap: anywhere; }
  td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }

  wr-booking-desk { display: block; }
  @media (max-width: 480px) {
    section { padding: ${token('space-3')}; }
    .health li { grid-template-columns: minmax(0, 1fr); }
    dl { grid-template-columns: minmax(0, 1fr); }
  }
  @media print {
    wr-button, .actions { display: none; }
  }
`
