import { css } from 'lit'
import { fontSize, token } from '../tokens.js'

export const buttonStyles = css`
  :host { display: inline-block; }
  :host([full-width]) { display: block; }
  button {
    display: inline-flex; align-items: center; justify-content: center; gap: ${token('space-2')};
    width: 100%;
    min-width: ${token('target-min')}; min-height: ${token('target-min')};
    padding: ${token('space-2')} ${token('space-5')};
    border: ${token('border-width')} solid ${token('color-primary')};
    border-radius: ${token('radius-2')};
    font: inherit; font-size: ${fontSize(1)}; font-weight: 600; line-height: 1.25;
    background: ${token('color-primary')}; color: ${token('color-on-primary')};
    cursor: pointer; touch-action: manipulation;
    transition: background-color ${token('duration')};
  }
  :host([size='large']) button { min-height: ${token('target-primary')}; font-size: ${fontSize(2)}; padding-inline: ${token('space-6')}; }
  @media (hover: hover) { button:hover { background: ${token('color-primary-hover')}; border-color: ${token('color-primary-hover')}; } }
  :host([variant='secondary']) button { background: ${token('color-background')}; color: ${token('color-primary')}; }
  @media (hover: hover) { :host([variant='secondary']) button:hover { background: ${token('color-selected-surface')}; } }
  :host([variant='danger']) button { background: ${token('color-danger')}; border-color: ${token('color-danger')}; }
  :host([variant='quiet']) button { background: transparent; border-color: transparent; color: ${token('color-primary')}; text-decoration: underline; text-underline-offset: 0.2em; }
  @media (hover: hover) { :host([variant='quiet']) button:hover { background: ${token('color-selected-surface')}; } }
  button[aria-disabled='true'] { opacity: 0.55; cursor: not-allowed; }
  ::slotted(svg), ::slotted([slot='icon']) { width: 1.4em; height: 1.4em; flex: none; }
  @media (forced-colors: active) { button { border-color: ButtonText; } }
`
