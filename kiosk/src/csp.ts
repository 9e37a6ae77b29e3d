// The kiosk's Content-Security-Policy, from its workroom config: the content packs' hosts may be
// fetched and shown (images, video), the config update host and the county booking service may be
// fetched; everything else stays 'self'. The build writes it into index.html from
// kiosk/public/workroom.json; `npm run kiosk-csp` prints it (or rewrites a built index.html) for a
// changed config. No dependencies: the build loads this file directly.
import { remoteOrigin } from './urls.js'

/** The parts of a workroom config that name other hosts (as written in workroom.json). */
export interface CspSources {
  content?: { packs?: readonly string[] }
  updates?: { configUrl?: string }
  sync?: { bookingServiceUrl?: string }
}

const uniq = (xs: (string | undefined)[]): string[] => [...new Set(xs.filter((x): x is string => !!x))].sort()

/** The policy for a config (the shipped defaults when none is given). */
export function kioskCsp(config: CspSources = {}): string {
  const content = uniq((config.content?.packs ?? []).map(remoteOrigin))
  const connect = uniq([...content, remoteOrigin(config.updates?.configUrl), remoteOrigin(config.sync?.bookingServiceUrl)])
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:', 'blob:', ...content],
    ['media-src', "'self'", 'blob:', ...content],
    ['connect-src', "'self'", ...connect],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ]
  return directives.map((d) => d.join(' ')).join('; ')
}

const META = /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/

/** index.html with its CSP meta set to `policy`. Throws if the page has no CSP meta to set. */
export function withCsp(html: string, policy: string): string {
  if (!META.test(html)) throw new Error('index.html has no <meta http-equiv="Content-Security-Policy" content="…"> to set')
  return html.replace(META, `$1${policy}$2`)
}
