// Which URLs a workroom config may name, and the origins they reach (for the kiosk's CSP). No
// dependencies: the build and the CSP script use this as well as the config validator.

const LOCAL = 'https://kiosk.invalid/'

/**
 * A URL the kiosk may fetch: https with a host, or a path on the kiosk's own origin (`/packs/x.json`,
 * `./x.json`, `packs/x.json`). Not `javascript:`, `data:` or `http:`, and not `//host` or `/\host`,
 * which browsers resolve to another host.
 */
export function isFetchUrl(value: string): boolean {
  if (!value || value.length > 2048 || /[\s\\]/.test(value) || value.startsWith('//')) return false
  let url: URL
  try {
    url = new URL(value, LOCAL)
  } catch {
    return false
  }
  if (url.origin === new URL(LOCAL).origin) return !/^[a-z][a-z0-9+.-]*:/i.test(value)
  return url.protocol === 'https:' && value.toLowerCase().startsWith('https://') && url.hostname !== '' && url.username === '' && url.password === ''
}

/** The origin a config URL reaches, when it is not the kiosk's own (`https://host[:port]`). */
export function remoteOrigin(value: string | undefined): string | undefined {
  if (!value || !isFetchUrl(value) || !value.toLowerCase().startsWith('https://')) return undefined
  return new URL(value).origin
}
