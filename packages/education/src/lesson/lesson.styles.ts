import { css } from 'lit'
import { token } from '@workroom/core'

export const lessonStyles = css`
  .progress { display: flex; gap: ${token('space-1')}; margin-bottom: ${token('space-2')}; }
  .dot { width: ${token('space-5')}; height: ${token('space-1')}; border-radius: ${token('radius-1')}; background: ${token('color-border')}; opacity: 0.35; }
  .dot.on { background: ${token('color-primary')}; opacity: 1; }
  .next { padding: ${token('space-4')}; background: ${token('color-selected-surface')}; border-radius: ${token('radius-3')}; }
  .next .nav { justify-content: flex-start; margin-top: 0; }
  .next h4 { margin-top: 0; }
  h4 { margin: ${token('space-4')} 0 ${token('space-2')}; }
`
