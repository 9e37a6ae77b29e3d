import { css } from 'lit'
import { fontSize, token } from '@workroom/core'

export const caseStoryStyles = css`
  .lead { font-size: ${fontSize(2)}; margin: 0 0 ${token('space-4')}; }
  .part { border-top: ${token('border-width')} solid ${token('color-border')}; padding-top: ${token('space-2')}; }
  .n {
    display: inline-flex; align-items: center; justify-content: center;
    width: 1.6em; height: 1.6em; margin-inline-end: ${token('space-2')};
    border-radius: 50%; background: ${token('color-primary')}; color: ${token('color-on-primary')};
    font-size: ${fontSize(1)};
  }
  .next { padding: ${token('space-4')}; background: ${token('color-selected-surface')}; border-radius: ${token('radius-3')}; }
  .next .nav { justify-content: flex-start; margin-top: 0; }
  .hotline { margin: ${token('space-3')} 0 0; font-weight: 600; }
`
