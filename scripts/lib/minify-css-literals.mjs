// A Vite plugin that minifies the CSS inside Lit's css`` templates, which the JavaScript minifier
// leaves as written (indentation, comments, newlines): our embeds ship every stylesheet as a string.
// Only the literal text between ${…} expressions changes; the expressions stay as they are.

/** Minifies one literal piece of CSS text (never touching what an expression inserts). */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
}

const CSS_LITERAL = /\bcss`((?:[^`\\]|\\.)*)`/g

/** Minifies each css`` template in `code`; `${…}` expressions (no nested braces or backticks) are kept. */
export function minifyCssLiterals(code) {
  return code.replace(CSS_LITERAL, (_, body) => {
    const parts = body.split(/(\$\{[^{}`]*(?:\{[^{}`]*\}[^{}`]*)*\})/)
    return `css\`${parts.map((p, i) => (i % 2 ? p : minifyCssText(p))).join('')}\``
  })
}

export function minifyCssLiteralsPlugin() {
  return {
    name: 'workroom:minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/(packages|kiosk)\/.*\.ts$/.test(id) || !code.includes('css`')) return null
      return { code: minifyCssLiterals(code), map: null }
    },
  }
}
