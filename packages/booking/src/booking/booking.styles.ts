import { css } from 'lit'
import { fontSize, token } from '@workroom/core'

export const bookingStyles = css`
  :host { display: block; max-width: var(--wr-booking-max-width, 44rem); }
  .box { display: flex; flex-direction: column; gap: ${token('space-4')}; }
  h2 { font-size: ${fontSize(4)}; margin: 0; }
  h2:focus { outline: none; }
  h2:focus-visible { outline: ${token('border-width')} solid ${token('color-primary')}; }
  p { margin: 0; }
  .hint { color: ${token('color-text-muted')}; }
  .actions { display: flex; flex-wrap: wrap; gap: ${token('target-gap')}; }
  .error-summary {
    border: ${token('border-width')} solid ${token('color-danger')};
    background: ${token('color-danger-surface')};
    padding: ${token('space-4')};
    border-radius: ${token('radius-2')};
  }
  .error-summary h3 { margin: 0 0 ${token('space-2')}; font-size: ${fontSize(2)}; }
  .error-summary ul { margin: 0; padding-inline-start: ${token('space-5')}; }
  .error-summary a { color: ${token('color-danger')}; font-weight: 700; }
  .alert {
    border-inline-start: ${token('space-2')} solid ${token('color-danger')};
    padding: ${token('space-3')};
    background: ${token('color-danger-surface')};
  }
  .note { background: ${token('color-warning-surface')}; color: ${token('color-on-warning')}; padding: ${token('space-3')}; border-radius: ${token('radius-2')}; }
  .ok { background: ${token('color-success-surface')}; padding: ${token('space-3')}; border-radius: ${token('radius-2')}; }
  .month { font-size: ${fontSize(2)}; font-weight: 700; margin: 0; }
  table { border-collapse: separate; border-spacing: ${token('space-1')}; width: 100%; table-layout: fixed; }
  th { font-weight: 400; color: ${token('color-text-muted')}; }
  td { padding: 0; text-align: center; }
  .day {
    box-sizing: border-box;
    width: 100%;
    min-height: ${token('target-min')};
    min-width: ${token('target-min')};
    font: inherit;
    font-size: ${fontSize(1)};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-1')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
    padding: ${token('space-1')};
    cursor: pointer;
    touch-action: manipulation;
  }
  .day[aria-disabled='true'] { color: ${token('color-text-muted')}; background: ${token('color-background')}; border-style: dashed; cursor: default; }
  .day.free { border-color: ${token('color-primary')}; font-weight: 700; }
  .day[aria-pressed='true'] { background: ${token('color-selected-surface')}; }
  .day:focus-visible { outline: ${token('border-width')} solid ${token('color-primary')}; outline-offset: 2px; }
  .mark { display: block; font-size: ${fontSize(0)}; font-weight: 400; }
  ul.times { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: ${token('target-gap')}; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: ${token('space-2')} ${token('space-4')}; margin: 0; }
  dt { font-weight: 700; }
  dd { margin: 0; }
  .code { font-size: ${fontSize(5)}; font-weight: 700; letter-spacing: 0.2em; font-family: monospace; }
  .ticket { border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-2')}; padding: ${token('space-4')}; display: flex; flex-direction: column; gap: ${token('space-4')}; }

  @media print {
    :host { max-width: 80mm; }
    .no-print, wr-button, .actions { display: none !important; }
    .ticket { border: 1px solid #000; padding: 4mm; color: #000; background: #fff; }
    .code { font-size: 20pt; }
    wr-qr-code { --wr-qr-size: 30mm; }
  }
`
