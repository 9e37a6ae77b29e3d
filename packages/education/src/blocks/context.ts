import { pictureAltKey } from '@workroom/core/illustrations'
import type { LocalizeController } from '@workroom/core'
import type { Media } from '../schema.js'
import type { BlockContext } from './blocks.js'

/** The translated labels and lookups the block renderer needs, from an element's controller. */
export function blockContext(l: LocalizeController, media: readonly Media[] = [], assetBase = '', headingLevel: 3 | 4 = 4): BlockContext {
  return {
    lang: l.lang,
    headingLevel,
    assetBase: assetBase || undefined,
    media: (id) => media.find((m) => m.id === id),
    labels: {
      keyPoint: l.t('blocks.keyPoint'),
      law: l.t('blocks.law'),
      tip: l.t('blocks.tip'),
      warning: l.t('blocks.warning'),
      help: l.t('blocks.help'),
      statute: l.t('blocks.statute'),
      step: (n) => l.t('blocks.step', { n }),
      picture: (id) => l.t(pictureAltKey(id)),
    },
  }
}
