import { html, nothing, svg } from 'lit'
import { PICTURES, isPictureId, type PictureId } from './ids.js'
import { SCENES } from './scenes.js'

export { PICTURES, isPictureId, type PictureId }

/** The locale key of a picture's text alternative, in the `core` namespace: `picture.<id>`. */
export const pictureAltKey = (id: PictureId): string => `picture.${id}`

/**
 * One picture of the shared set as an inline SVG. With `alt` it is an image (role img, named by
 * the text); with `alt` empty it is decoration beside text that says the same. Unknown ids draw
 * nothing, so a pack naming a picture this version lacks still shows its words.
 */
export function picture(id: string, alt: string, part = 'picture') {
  if (!isPictureId(id)) return nothing
  const scene = SCENES[id]()
  return alt
    ? html`<svg part=${part} class="picture" viewBox="0 0 160 120" width="160" height="120" role="img" aria-label=${alt} focusable="false">${scene}</svg>`
    : html`<svg part=${part} class="picture" viewBox="0 0 160 120" width="160" height="120" aria-hidden="true" focusable="false">${scene}</svg>`
}

/** The scene's drawing alone, for hosts that place it inside an `<svg>` of their own. */
export const pictureScene = (id: PictureId) => svg`${SCENES[id]()}`
