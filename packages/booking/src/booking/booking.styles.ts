import { css } from 'lit'
import { fontSize, token } from '@workroom/core'

export const bookingStyles = css`
  :host { display: block; max-width: var(--wr-booking-max-width, 704px); min-width: 0; overflow-wrap: break-word; }
  .box { display: flex; flex-direction: column; gap: ${token('space-4')}; min-width: 0; }
  .head { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: ${token('space-2')} ${token('space-4')}; }
  h2 { font-size: ${fontSize(4)}; margin: 0; min-width: 0; }
  h2:focus { outline: none; }
  h2:focus-visible { outline: ${token('border-width')} solid ${token('color-primary')}; }
  p { margin: 0; }
  .hint { color: ${token('color-text-muted')}; }
  .unavailable { display: grid; gap: ${token('space-3')}; }
  .unavailable .phone { font-size: ${fontSize(3)}; font-weight: 700; }
  .unavailable .phone a { color: ${token('color-primary')}; }
  .actions { display: flex; flex-wrap: wrap; gap: ${token('target-gap')}; }
  .alert {
    border-inline-start: ${token('space-2')} solid ${token('color-danger')};
    padding: ${token('space-3')};
    background: ${token('color-danger-surface')};
  }
  .note { background: ${token('color-warning-surface')}; color: ${token('color-on-warning')}; padding: ${token('space-3')}; border-radius: ${token('radius-2')}; }
  .held { font-weight: 700; font-variant-numeric: tabular-nums; }
  .held.soon { color: ${token('color-danger')}; }
  .expired { display: flex; flex-direction: column; align-items: flex-start; gap: ${token('space-3')}; }
  .ok { background: ${token('color-success-surface')}; padding: ${token('space-3')}; border-radius: ${token('radius-2')}; }
  .month { font-size: ${fontSize(2)}; font-weight: 700; margin: 0; }
  table { border-collapse: separate; border-spacing: ${token('space-1')}; width: 100%; table-layout: fixed; }
  /* Seven columns of full-size targets do not fit 320 CSS px (WCAG 1.4.10); the cells share the width instead. */
  @media (max-width: 384px) { table { border-spacing: 2px; } th, .day { font-size: ${fontSize(0)}; } }
  th { font-weight: 400; color: ${token('color-text-muted')}; }
  td { padding: 0; text-align: center; }
  .day {
    box-sizing: border-box;
    width: 100%;
    min-height: ${token('target-min')};
    min-width: 0;
    font: inherit;
    font-size: ${fontSize(1)};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-1')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
    padding: ${token('space-1')} 0;
    /* Two-digit dates never break into a vertical stack at 320 px. */
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
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
  /* The code on one line, whatever the width: a code broken over two lines (Tibetan's larger type at
     320 px) is copied wrong. Its type shrinks with the ticket's width instead. */
  .code { font-size: min(${fontSize(5)}, 14cqi); font-weight: 700; letter-spacing: 0.2em; font-family: monospace; white-space: nowrap; }
  .contact { display: flex; flex-direction: column; gap: ${token('space-1')}; }
  .contact p { margin: 0; }
  .contact-name, .contact-phone { font-weight: 700; }
  .contact-phone { font-size: ${fontSize(3)}; }
  /* On the kiosk: the whole width, the step's actions in one steady bar at the bottom of the screen. */
  :host([kiosk]) { max-width: none; display: flex; flex-direction: column; }
  :host([kiosk]) .box { flex: 1; }
  :host([kiosk]) .bar {
    position: sticky; bottom: 0; z-index: 2; margin-top: auto;
    margin-inline: calc(-1 * ${token('space-3')}); padding: ${token('space-3')};
    background: ${token('color-surface')}; border-top: 1px solid ${token('color-border')};
  }
  /* Side by side while each label fits on one line; a label longer than the bar (a Uyghur 改约或取消 at 320 px) wraps inside it. */
  :host([kiosk]) .bar > wr-button { flex: 1 1 0; min-width: fit-content; }
  :host([kiosk]) .bar > .primary { flex-grow: 2; }
  .pads { display: grid; gap: ${token('space-5')}; grid-template-columns: repeat(auto-fit, minmax(min(100%, 300px), 1fr)); }
  .salutation { display: flex; flex-direction: column; gap: ${token('space-3')}; }
  .salutation h3, .soonest h3, h3 { margin: 0; font-size: ${fontSize(2)}; }
  .surnames { --wr-choice-chip-min: ${token('target-primary')}; }
  .chosen { font-weight: 700; font-size: ${fontSize(2)}; }
  .soonest { display: flex; flex-direction: column; gap: ${token('space-3')}; }
  .ticket { border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-2')}; padding: ${token('space-4')}; display: flex; flex-direction: column; gap: ${token('space-4')}; container-type: inline-size; }

  /*
   * The ticket prints on an 80 mm receipt printer (about 72 mm printable) and on A4 alike: fluid,
   * never wider than the paper, nothing forced wider than 70 mm (the QR code is 30 mm).
   */
  @media print {
    :host { max-width: 120mm; width: auto; }
    .box { gap: 3mm; }
    .no-print, wr-button, wr-read-aloud, .actions, .held { display: none !important; }
    .ticket { border: 1px solid #000; border-radius: 0; padding: 3mm; gap: 3mm; color: #000; background: #fff; max-width: 100%; box-sizing: border-box; }
    .code { font-size: 28pt; letter-spacing: 0.15em; line-height: 1.1; }
    dl { grid-template-columns: minmax(0, auto) minmax(0, 1fr); }
    dd, dt, p { min-width: 0; overflow-wrap: anywhere; }
    wr-qr-code { --wr-qr-size: 30mm; }
    h2 { font-size: 14pt; }
  }
`
