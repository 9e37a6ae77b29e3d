import { css } from 'lit'
import { fontSize, token } from '@workroom/core'

export const libraryStyles = css`
  :host { display: block; }
  .box { padding: ${token('space-4')} 0; }
  .view-heading { font-size: ${fontSize(4)}; line-height: 1.25; margin: ${token('space-2')} 0 ${token('space-3')}; }
  .view-heading:focus { outline: none; }
  .section-heading { font-size: ${fontSize(2)}; margin: ${token('space-5')} 0 ${token('space-3')}; }
  .lead { margin: 0 0 ${token('space-4')}; }
  .search label, .audiences legend { display: block; font-weight: 700; font-size: ${fontSize(2)}; padding: 0; }
  .hint { margin: 0 0 ${token('space-2')}; color: ${token('color-text-muted')}; }
  .search input {
    width: 100%; max-width: 512px; min-height: ${token('target-primary')};
    padding: ${token('space-2')} ${token('space-3')}; font: inherit; font-size: ${fontSize(2)};
    border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-2')};
    background: ${token('color-background')}; color: ${token('color-text')};
  }
  .audiences { border: 0; padding: 0; margin: ${token('space-4')} 0 0; min-width: 0; }
  .chips { display: flex; flex-wrap: wrap; gap: ${token('target-gap')}; margin-top: ${token('space-2')}; }
  .chip {
    display: inline-flex; align-items: center; gap: ${token('space-1')};
    min-height: ${token('target-min')}; min-width: ${token('target-min')}; padding: ${token('space-2')} ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-primary')}; border-radius: 999px;
    background: ${token('color-background')}; color: ${token('color-primary')}; font: inherit; font-weight: 600; cursor: pointer;
  }
  .chip[aria-pressed='true'] { background: ${token('color-primary')}; color: ${token('color-on-primary')}; }
  .chip-mark svg { width: 1.1em; height: 1.1em; display: block; }
  .count { min-height: 1.5em; font-weight: 600; margin: ${token('space-3')} 0; }
  .tiles { list-style: none; padding: 0; margin: 0; display: grid; gap: ${token('space-4')}; grid-template-columns: repeat(auto-fill, minmax(min(100%, 240px), 1fr)); }
  .tile {
    width: 100%; height: 100%; display: flex; flex-direction: column; align-items: flex-start; gap: ${token('space-1')};
    min-height: calc(2 * ${token('target-primary')}); padding: ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-3')};
    background: ${token('color-surface')}; color: ${token('color-text')}; font: inherit; text-align: start; cursor: pointer;
  }
  @media (hover: hover) { .tile:hover { border-color: ${token('color-primary')}; background: ${token('color-selected-surface')}; } }
  .tile .illustration { width: 64px; height: 64px; color: ${token('color-primary')}; }
  .tile-kind { font-size: ${fontSize(0)}; color: ${token('color-text-muted')}; }
  .tile-title { font-size: ${fontSize(2)}; font-weight: 700; line-height: 1.3; }
  .tile-summary { font-size: ${fontSize(0)}; color: ${token('color-text-muted')}; }
  .tile-meta { font-size: ${fontSize(0)}; color: ${token('color-text-muted')}; }
  .tile-done { display: inline-flex; align-items: center; gap: ${token('space-1')}; font-weight: 700; color: ${token('color-success')}; }
  .tile-done svg { width: 1.2em; height: 1.2em; }
  .back svg { width: 1.2em; height: 1.2em; display: block; }
  /* Residents get a calm note; the list for whoever sets up the page (debug) is marked as a fault. */
  .problems {
    padding: ${token('space-3')} ${token('space-4')}; margin-bottom: ${token('space-4')}; border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-2')}; background: ${token('color-surface')};
  }
  .problems p { margin: 0; }
  [part='debug'] {
    margin-top: ${token('space-3')}; padding: ${token('space-3')}; border: ${token('border-width')} solid ${token('color-danger')};
    border-radius: ${token('radius-2')}; background: ${token('color-danger-surface')};
  }
  .problems h2 { font-size: ${fontSize(2)}; margin: 0 0 ${token('space-2')}; }
  .problems code { font-family: inherit; overflow-wrap: anywhere; }
  .track {
    padding: ${token('space-4')}; border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-3')};
    background: ${token('color-surface')}; max-width: 640px;
  }
  .track .section-heading { margin-top: 0; }
  .track-count { font-size: ${fontSize(2)}; font-weight: 700; margin: 0 0 ${token('space-2')}; }
  .track progress { display: block; width: 100%; height: 16px; margin-bottom: ${token('space-3')}; accent-color: ${token('color-success')}; }
  .track-done { display: flex; align-items: center; gap: ${token('space-2')}; font-weight: 700; color: ${token('color-success')}; }
  .track-done svg { width: 1.4em; height: 1.4em; }
  .track .hint { margin: ${token('space-3')} 0 0; }
  .meta { color: ${token('color-text-muted')}; font-size: ${fontSize(0)}; margin-top: ${token('space-6')}; }
`
