import { html, svg, type SVGTemplateResult } from 'lit'
import type { Illustration } from './schema.js'

// Simple, bold pictograms drawn on a 48×48 grid in currentColor: they read at tile size and
// print in one colour. Content packs name them; packs never carry SVG of their own.
const P: Record<Illustration, SVGTemplateResult> = {
  constitution: svg`<path d="M10 6h24l6 6v30H10z" fill="none" stroke="currentColor" stroke-width="3"/><path d="M24 14l2 5h5l-4 3 2 5-5-3-5 3 2-5-4-3h5z" fill="currentColor"/><path d="M16 33h18M16 38h12" stroke="currentColor" stroke-width="3"/>`,
  family: svg`<circle cx="15" cy="12" r="5" fill="currentColor"/><circle cx="33" cy="12" r="5" fill="currentColor"/><circle cx="24" cy="26" r="4" fill="currentColor"/><path d="M7 40c0-10 4-20 8-20s8 10 8 20M25 40c0-10 4-20 8-20s8 10 8 20M19 42c0-6 2-10 5-10s5 4 5 10" fill="none" stroke="currentColor" stroke-width="3"/>`,
  inheritance: svg`<path d="M8 20L24 8l16 12v20H8z" fill="none" stroke="currentColor" stroke-width="3"/><circle cx="24" cy="26" r="4" fill="none" stroke="currentColor" stroke-width="3"/><path d="M24 30v8M24 34h4" stroke="currentColor" stroke-width="3"/>`,
  contract: svg`<path d="M12 6h18l8 8v28H12z" fill="none" stroke="currentColor" stroke-width="3"/><path d="M17 18h14M17 24h14M17 30h8" stroke="currentColor" stroke-width="3"/><path d="M26 38l4-4 6 2" fill="none" stroke="currentColor" stroke-width="3"/>`,
  person: svg`<circle cx="24" cy="14" r="7" fill="currentColor"/><path d="M10 42c0-10 6-16 14-16s14 6 14 16z" fill="currentColor"/>`,
  land: svg`<path d="M4 38h40M6 30c8-4 14-4 18 0s10 4 18 0" fill="none" stroke="currentColor" stroke-width="3"/><path d="M14 26V14M14 18l-4-4M14 18l4-4M30 26V12M30 16l-4-4M30 16l4-4" stroke="currentColor" stroke-width="3" fill="none"/>`,
  home: svg`<path d="M6 22L24 8l18 14M10 20v20h28V20" fill="none" stroke="currentColor" stroke-width="3"/><path d="M20 40V28h8v12" fill="none" stroke="currentColor" stroke-width="3"/>`,
  elder: svg`<circle cx="20" cy="10" r="5" fill="currentColor"/><path d="M20 16c-5 0-8 6-8 12v4h4l2 10h5l1-14 4 4" fill="none" stroke="currentColor" stroke-width="3"/><path d="M34 22v20M30 22h4" stroke="currentColor" stroke-width="3"/>`,
  wages: svg`<rect x="6" y="12" width="36" height="24" rx="3" fill="none" stroke="currentColor" stroke-width="3"/><path d="M19 18l5 6 5-6M24 24v8M19 26h10M19 30h10" fill="none" stroke="currentColor" stroke-width="3"/>`,
  injury: svg`<path d="M24 6l14 6v10c0 10-6 17-14 20-8-3-14-10-14-20V12z" fill="none" stroke="currentColor" stroke-width="3"/><path d="M24 16v14M17 23h14" stroke="currentColor" stroke-width="4"/>`,
  traffic: svg`<path d="M8 30l4-12h24l4 12v8H8z" fill="none" stroke="currentColor" stroke-width="3"/><circle cx="15" cy="38" r="3" fill="currentColor"/><circle cx="33" cy="38" r="3" fill="currentColor"/><path d="M12 26h24" stroke="currentColor" stroke-width="3"/>`,
  shield: svg`<path d="M24 6l16 6v10c0 11-7 18-16 21C15 40 8 33 8 22V12z" fill="none" stroke="currentColor" stroke-width="3"/><path d="M17 24l5 5 9-10" fill="none" stroke="currentColor" stroke-width="3"/>`,
  phone: svg`<rect x="14" y="4" width="20" height="40" rx="3" fill="none" stroke="currentColor" stroke-width="3"/><path d="M20 38h8" stroke="currentColor" stroke-width="3"/><path d="M18 14l12 12M30 14L18 26" stroke="currentColor" stroke-width="3"/>`,
  money: svg`<circle cx="24" cy="24" r="17" fill="none" stroke="currentColor" stroke-width="3"/><path d="M18 15l6 8 6-8M24 23v12M18 26h12M18 31h12" fill="none" stroke="currentColor" stroke-width="3"/>`,
  'no-drugs': svg`<circle cx="24" cy="24" r="17" fill="none" stroke="currentColor" stroke-width="3"/><path d="M12 36L36 12" stroke="currentColor" stroke-width="3"/><rect x="15" y="20" width="18" height="8" rx="4" fill="currentColor"/>`,
  tree: svg`<path d="M24 6c-8 0-13 6-13 13 0 6 5 11 13 11s13-5 13-11c0-7-5-13-13-13z" fill="currentColor"/><path d="M24 24v18M16 42h16" stroke="currentColor" stroke-width="3"/>`,
  'legal-aid': svg`<path d="M8 26l8-8 8 6 8-6 8 8-12 12z" fill="none" stroke="currentColor" stroke-width="3"/><path d="M24 6v8M16 8l3 5M32 8l-3 5" stroke="currentColor" stroke-width="3"/>`,
  mediation: svg`<circle cx="12" cy="14" r="5" fill="currentColor"/><circle cx="36" cy="14" r="5" fill="currentColor"/><path d="M4 40c0-8 3-14 8-14s8 6 8 14M28 40c0-8 3-14 8-14s8 6 8 14" fill="none" stroke="currentColor" stroke-width="3"/><path d="M20 22h8" stroke="currentColor" stroke-width="3"/>`,
  scales: svg`<path d="M24 6v34M14 42h20M10 12h28" stroke="currentColor" stroke-width="3"/><path d="M10 12l-6 14h12zM38 12l-6 14h12z" fill="none" stroke="currentColor" stroke-width="3"/>`,
  book: svg`<path d="M6 10c6-2 12-2 18 2 6-4 12-4 18-2v28c-6-2-12-2-18 2-6-4-12-4-18-2z" fill="none" stroke="currentColor" stroke-width="3"/><path d="M24 12v28" stroke="currentColor" stroke-width="3"/>`,
}

/** A built-in pictogram, decorative (the text beside it carries the meaning). */
export function illustration(name: Illustration, part = 'illustration') {
  return html`<svg part=${part} class="illustration" viewBox="0 0 48 48" aria-hidden="true" focusable="false">${P[name] ?? P.book}</svg>`
}
