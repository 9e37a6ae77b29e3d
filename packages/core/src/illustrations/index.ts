export { PICTURES, isPictureId, picture, pictureAltKey, pictureScene, type PictureId } from './picture.js'
export { INK } from './parts.js'
