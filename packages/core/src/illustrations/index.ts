export { PICTURES, isPictureId, loadPictures, picture, pictureAltKey, type PictureId } from './picture.js'
