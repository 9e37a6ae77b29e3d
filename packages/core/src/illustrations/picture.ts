import { html, nothing, type SVGTemplateResult } from 'lit'
import { PICTURES, isPictureId, type PictureId } from './ids.js'
import { notifyLanguageAttributeChanged } from '../i18n.js'
import './translations.js'

export { PICTURES, isPictureId, type PictureId }

/** The locale key of a picture's text alternative, namespace and all: `pictures:<id>` (for `LocalizeController.t`). */
export const pictureAltKey = (id: string): string => `pictures:${id}`

type Scenes = Record<PictureId, () => SVGTemplateResult>
let scenes: Scenes | undefined
let loading: Promise<Scenes> | undefined

/**
 * Loads the drawings (one lazy chunk for the whole set, ≈ 5 KB gzip): words render first, and the
 * pictures fill their boxes a moment later (the boxes keep their size, so nothing jumps). Elements
 * re-render when they arrive; a host rendering pictures itself awaits this first.
 */
export function loadPictures(): Promise<Scenes> {
  loading ??= import('./scenes.js').then((m) => {
    scenes = m.SCENES
    // Every Workroom element re-renders on this signal (it is the one language changes use).
    notifyLanguageAttributeChanged()
    return m.SCENES
  })
  return loading
}

/**
 * One picture of the shared set as an inline SVG. With `alt` it is an image (role img, named by
 * the text); with `alt` empty it is decoration beside text that says the same. Unknown ids draw
 * nothing, so a pack naming a picture this version lacks still shows its words.
 */
export function picture(id: string, alt: string, part = 'picture') {
  if (!isPictureId(id)) return nothing
  if (!scenes) void loadPictures()
  const scene = scenes ? scenes[id]() : nothing
  return alt
    ? html`<svg part=${part} class="picture" viewBox="0 0 160 120" width="160" height="120" role="img" aria-label=${alt} focusable="false">${scene}</svg>`
    : html`<svg part=${part} class="picture" viewBox="0 0 160 120" width="160" height="120" aria-hidden="true" focusable="false">${scene}</svg>`
}
