// Dates and times as residents read them, always on the Beijing wall clock (Asia/Shanghai: UTC+8,
// no daylight saving), whatever the zone of the machine showing them.

const cache = new Map<string, Intl.DateTimeFormat>()
const LOCALE: Record<string, string> = { 'zh-Hans': 'zh-CN', en: 'en-GB' }

/** A cached formatter in Asia/Shanghai for the resident's language. */
export function shanghaiFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options)
  let f = cache.get(key)
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(LOCALE[lang] ?? lang, { timeZone: 'Asia/Shanghai', ...options })))
  return f
}

/** An instant (ms) in words on the Beijing clock. */
export function formatShanghai(ms: number, lang: string, options: Intl.DateTimeFormatOptions): string {
  return shanghaiFormat(lang, options).format(ms)
}
