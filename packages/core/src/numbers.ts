// Plain text helpers for numbers, apart from any element so a page that only needs them does not
// load the text field.

/** Full-width digits (from a Chinese input method) as plain ones: １３８ → 138. Everything else unchanged. */
export function normalizeDigits(raw: string): string {
  return raw.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
}

/** Accepts full-width digits and separators people type on Chinese keyboards: １２，３４５．５ → 12345.5 */
export function normalizeNumber(raw: string): string {
  return normalizeDigits(raw)
    .replace(/[，,\s]/g, '')
    .replace(/[。．]/g, '.')
}
