// Web fonts for the scripts the machines have no font for (Tibetan, Uyghur), added to the page
// only when a resident chooses that language: loaded lazily from i18n's loadLanguage, so no
// font (and no CSS for one) is in any first bundle. Chinese and English keep system fonts.

interface Face {
  url: URL
  weight: string
}

// `new URL(…, import.meta.url)`: the bundler emits each file as an asset (the kiosk precaches them).
const FACES: Partial<Record<string, Face[]>> = {
  bo: [{ url: new URL('./fonts/noto-serif-tibetan-400.woff2', import.meta.url), weight: '400' }],
  ug: [
    { url: new URL('./fonts/noto-naskh-arabic-400.woff2', import.meta.url), weight: '400' },
    { url: new URL('./fonts/noto-naskh-arabic-700.woff2', import.meta.url), weight: '700' },
  ],
}

/** The glyphs of each language's own name only (2–4 KB), for the language switch. */
const NAMES: Partial<Record<string, URL>> = {
  bo: new URL('./fonts/name-bo.woff2', import.meta.url),
  ug: new URL('./fonts/name-ug.woff2', import.meta.url),
}

/** Family of the name fonts: the language switch lists it after the language's own family. */
export const NAME_FONT_FAMILY = 'Workroom Language Names'

const added = new Map<string, Promise<void>>()

function add(key: string, family: string, url: URL, weight: string): Promise<void> {
  let p = added.get(key)
  if (!p) {
    const face = new FontFace(family, `url(${JSON.stringify(url.href)}) format("woff2")`, { weight, display: 'swap' })
    document.fonts.add(face)
    // A font that fails to load (offline embed, blocked by a page's CSP) leaves the system font: text still shows.
    p = face.load().then(
      () => undefined,
      () => {
        added.delete(key)
        document.fonts.delete(face)
      },
    )
    added.set(key, p)
  }
  return p
}

/** Adds the web font of `lang` to the page (once); resolves when it is ready or has failed. */
export function loadFont(lang: string, family: string): Promise<void> {
  const faces = FACES[lang]
  if (!faces || typeof FontFace !== 'function') return Promise.resolve()
  return Promise.all(faces.map((f) => add(`${lang}:${f.weight}`, family, f.url, f.weight))).then(() => undefined)
}

/** Adds the name fonts of the given languages, so a switch can show བོད་ཡིག and ئۇيغۇرچە before either is chosen. */
export function loadNameFonts(langs: readonly string[]): Promise<void> {
  if (typeof FontFace !== 'function') return Promise.resolve()
  return Promise.all(langs.flatMap((l) => (NAMES[l] ? [add(`name:${l}`, NAME_FONT_FAMILY, NAMES[l], '400')] : []))).then(() => undefined)
}

