import { css } from 'lit'
import { fontSize, token } from '@workroom/core'

export const serviceDirectoryStyles = css`
  :host { display: block; max-width: var(--wr-directory-max-width, 960px); }
  .wrap { display: flex; flex-direction: column; gap: ${token('space-4')}; }
  h2 { margin: 0; font-size: ${fontSize(4)}; }
  h2:focus { outline: none; }
  h3 { margin: 0; font-size: ${fontSize(3)}; }
  p { margin: 0; }
  .demo { padding: ${token('space-2')} ${token('space-3')}; border-radius: ${token('radius-2')}; background: ${token('color-warning-surface')}; color: ${token('color-on-warning')}; }
  .filters { display: flex; flex-direction: column; gap: ${token('space-3')}; }
  .label { font-weight: 700; margin-block-end: ${token('space-2')}; }
  .chips { display: flex; flex-wrap: wrap; gap: ${token('target-gap')}; }
  .chip {
    min-width: ${token('target-min')}; min-height: ${token('target-min')}; padding: ${token('space-2')} ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-primary')}; border-radius: 999px;
    background: ${token('color-background')}; color: ${token('color-primary')}; font: inherit; font-weight: 600; cursor: pointer;
  }
  .chip[aria-pressed='true'] { background: ${token('color-primary')}; color: ${token('color-on-primary')}; }
  .chip:focus-visible { outline: 3px solid ${token('color-focus-outer')}; outline-offset: 2px; box-shadow: 0 0 0 6px ${token('color-focus')}; }
  .count { color: ${token('color-text-muted')}; }
  .list { list-style: none; margin: 0; padding: 0; display: grid; gap: ${token('space-4')}; grid-template-columns: repeat(auto-fill, minmax(min(320px, 100%), 1fr)); }
  .list > li, .entry {
    display: flex; flex-direction: column; gap: ${token('space-2')}; padding: ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-3')}; background: ${token('color-background')};
    overflow-wrap: anywhere;
  }
  .list > li wr-button { align-self: flex-start; margin-block-start: auto; }
  .kind { color: ${token('color-text-muted')}; }
  .here { display: inline-block; padding: 0 ${token('space-2')}; border-radius: ${token('radius-2')}; background: ${token('color-selected-surface')}; color: ${token('color-text')}; font-size: ${fontSize(0)}; vertical-align: middle; }
  .status { display: flex; align-items: baseline; gap: ${token('space-2')}; font-weight: 600; }
  .status.open { color: ${token('color-success')}; }
  .status.closed { color: ${token('color-danger')}; }
  .dot { flex: none; width: 0.7em; height: 0.7em; border-radius: 50%; background: currentColor; }
  .status.closed .dot { border-radius: 0; }
  .phone { font-weight: 700; color: ${token('color-primary')}; }
  .phone.big { display: inline-block; font-size: ${fontSize(5)}; letter-spacing: 0.04em; color: ${token('color-text')}; }
  .hotline .phone.big { font-size: ${fontSize(4)}; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: ${token('space-2')} ${token('space-4')}; margin: 0; }
  dt { font-weight: 700; }
  dd { margin: 0; }
  .line { display: block; }
  .time { white-space: nowrap; }
  .back { align-self: flex-start; }
  .directions wr-qr-code { --wr-qr-size: 224px; }
  .directions a { display: inline-flex; align-items: center; min-height: ${token('target-min')}; color: ${token('color-primary')}; font-weight: 600; }
  .empty { display: flex; flex-direction: column; align-items: flex-start; gap: ${token('space-3')}; padding: ${token('space-4')}; border-radius: ${token('radius-3')}; background: ${token('color-surface')}; }
  @media (max-width: 480px) {
    dl { grid-template-columns: 1fr; }
    dd { margin-block-end: ${token('space-2')}; }
    .phone.big { font-size: ${fontSize(4)}; }
  }
`
