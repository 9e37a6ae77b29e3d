import type { TemplateResult } from 'lit'

/**
 * What the home screen offers. A feature appears here only once its package has landed — the
 * kiosk never shows a tile that leads to a placeholder.
 */
export interface KioskFeature {
  id: 'screening' | 'booking' | 'education'
  /** Key in the kiosk namespace for the tile's title and description. */
  titleKey: string
  descriptionKey: string
  icon: TemplateResult
  /** Loads and defines the feature's elements. */
  load: () => Promise<unknown>
  /** The feature's screen. `go` switches to another feature (e.g. screening → booking). */
  render: (ctx: FeatureContext) => TemplateResult
}

export interface FeatureContext {
  lang: string
  elder: boolean
  go: (id: KioskFeature['id'], data?: unknown) => void
  /** Data handed over by another feature, with the resident's consent. */
  handover?: unknown
}

export const features: KioskFeature[] = []
