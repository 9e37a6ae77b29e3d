import { svg, type SVGTemplateResult } from 'lit'
import { TOKENS } from '../tokens.js'

/**
 * The set's palette: the design tokens' colours plus four tones for people and wood. Every
 * picture uses only these, which is what keeps the set one style.
 */
export const INK = {
  line: TOKENS['color-text'],
  blue: TOKENS['color-primary'],
  sky: TOKENS['color-selected-surface'],
  ground: TOKENS['color-success-surface'],
  green: TOKENS['color-success'],
  red: TOKENS['color-danger'],
  rose: TOKENS['color-danger-surface'],
  sun: TOKENS['color-warning-surface'],
  paper: TOKENS['color-background'],
  grey: TOKENS['color-surface'],
  stone: TOKENS['color-border'],
  skin: '#f0c8a0',
  hair: '#3a2e28',
  white: '#d9d9d9',
  wood: '#b97f4a',
  gold: '#e0a82e',
} as const

export type Age = 'child' | 'adult' | 'elder'
export interface PersonOptions {
  age?: Age
  shirt?: string
  /** Long hair with a bun. */
  bun?: boolean
  /** Arms: down, one raised to the ear (a phone), or one held out. */
  arm?: 'down' | 'phone' | 'out'
  /** A safety helmet (the labour site). */
  helmet?: boolean
  /** Mirror the figure (faces left). */
  flip?: boolean
}

/** A standing person drawn with feet at (x, y); children are smaller, elders have white hair and a cane. */
export function person(x: number, y: number, o: PersonOptions = {}): SVGTemplateResult {
  const age = o.age ?? 'adult'
  const s = age === 'child' ? 0.68 : 1
  const hair = age === 'elder' ? INK.white : INK.hair
  const shirt = o.shirt ?? INK.blue
  const arm = o.arm ?? 'down'
  return svg`<g transform="translate(${x} ${y}) scale(${o.flip ? -s : s} ${s})">
    <rect x="-8" y="-22" width="7" height="22" rx="3" fill="${INK.line}"/><rect x="1" y="-22" width="7" height="22" rx="3" fill="${INK.line}"/>
    <rect x="-11" y="-46" width="22" height="28" rx="8" fill="${shirt}"/>
    ${arm === 'phone'
      ? svg`<path d="M9-40l7 6-6-14" fill="none" stroke="${shirt}" stroke-width="6" stroke-linecap="round"/><rect x="6" y="-62" width="6" height="11" rx="2" fill="${INK.line}"/>`
      : arm === 'out'
        ? svg`<path d="M9-40l14 4" stroke="${shirt}" stroke-width="6" stroke-linecap="round"/><circle cx="24" cy="-36" r="3" fill="${INK.skin}"/>`
        : svg`<path d="M10-40l3 16" stroke="${shirt}" stroke-width="6" stroke-linecap="round"/>`}
    <path d="M-10-40l-3 16" stroke="${shirt}" stroke-width="6" stroke-linecap="round"/>
    <circle cy="-56" r="9" fill="${INK.skin}"/>
    ${o.helmet
      ? svg`<path d="M-11-57a11 10 0 0 1 22 0z" fill="${INK.gold}"/>`
      : svg`<path d="M-9-57a9 9 0 0 1 18 0q-9-4-18 0z" fill="${hair}"/>`}
    ${o.bun ? svg`<circle cx="-8" cy="-62" r="4" fill="${hair}"/>` : null}
    <circle cx="4" cy="-56" r="1.3" fill="${INK.line}"/>
    ${age === 'elder' ? svg`<path d="M-14-24v24" stroke="${INK.wood}" stroke-width="3" stroke-linecap="round"/>` : null}
  </g>`
}

/** A seated person at a table edge: head and shoulders only, for scenes around a table. */
export function seated(x: number, y: number, shirt: string = INK.blue, age: Age = 'adult'): SVGTemplateResult {
  const hair = age === 'elder' ? INK.white : INK.hair
  return svg`<g transform="translate(${x} ${y})"><rect x="-12" y="-22" width="24" height="24" rx="9" fill="${shirt}"/>
    <circle cy="-32" r="9" fill="${INK.skin}"/><path d="M-9-33a9 9 0 0 1 18 0q-9-4-18 0z" fill="${hair}"/></g>`
}

export function house(x: number, y: number, wall: string = INK.paper, roof: string = INK.red, w = 34): SVGTemplateResult {
  const h = w * 0.7
  return svg`<g transform="translate(${x} ${y})"><rect x="0" y="${-h}" width="${w}" height="${h}" fill="${wall}" stroke="${INK.line}" stroke-width="1.5"/>
    <path d="M-4 ${-h}L${w / 2} ${-h - w * 0.45}L${w + 4} ${-h}z" fill="${roof}"/>
    <rect x="${w * 0.4}" y="${-h * 0.55}" width="${w * 0.22}" height="${h * 0.55}" fill="${INK.wood}"/></g>`
}

export function tree(x: number, y: number, r = 12): SVGTemplateResult {
  return svg`<rect x="${x - 2}" y="${y - r}" width="4" height="${r}" fill="${INK.wood}"/><circle cx="${x}" cy="${y - r * 1.5}" r="${r}" fill="${INK.green}"/>`
}

/** Sky and ground: every outdoor picture starts with it. */
export const outdoors = (ground = 92): SVGTemplateResult =>
  svg`<rect width="160" height="120" fill="${INK.sky}"/><rect y="${ground}" width="160" height="${120 - ground}" fill="${INK.ground}"/>`

/** A wall and a floor: every indoor picture starts with it. */
export const indoors = svg`<rect width="160" height="120" fill="${INK.grey}"/><rect y="96" width="160" height="24" fill="${INK.sky}"/>`

export function table(x: number, y: number, w: number): SVGTemplateResult {
  return svg`<rect x="${x}" y="${y}" width="${w}" height="7" rx="2" fill="${INK.wood}"/><rect x="${x + 6}" y="${y + 7}" width="5" height="${96 - y - 7}" fill="${INK.wood}"/><rect x="${x + w - 11}" y="${y + 7}" width="5" height="${96 - y - 7}" fill="${INK.wood}"/>`
}

/** A sheet of paper with text lines, optionally a red seal. */
export function paper(x: number, y: number, w: number, h: number, seal = false): SVGTemplateResult {
  const lines = Array.from({ length: Math.floor((h - 10) / 8) }, (_, i) => svg`<path d="M${x + 6} ${y + 10 + i * 8}h${w - 12}" stroke="${INK.stone}" stroke-width="2"/>`)
  return svg`<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="2" fill="${INK.paper}" stroke="${INK.line}" stroke-width="1.5"/>${lines}${seal
    ? svg`<circle cx="${x + w - 12}" cy="${y + h - 12}" r="7" fill="none" stroke="${INK.red}" stroke-width="2.5"/>`
    : null}`
}

/** A round badge with a mark: a tick (green), a cross (red) or an exclamation (red). */
export function badge(x: number, y: number, mark: 'tick' | 'cross' | 'alert', r = 12): SVGTemplateResult {
  const fill = mark === 'tick' ? INK.green : INK.red
  const d = mark === 'tick' ? `M${x - 6} ${y}l4 5 8-9` : mark === 'cross' ? `M${x - 5} ${y - 5}l10 10m0-10l-10 10` : `M${x} ${y - 6}v7m0 4v1`
  return svg`<circle cx="${x}" cy="${y}" r="${r}" fill="${fill}"/><path d="${d}" fill="none" stroke="${INK.paper}" stroke-width="3.2" stroke-linecap="round"/>`
}

/** The scales of justice, the emblem on the courtroom wall and the legal-aid sign. */
export function scales(x: number, y: number, c: string = INK.gold): SVGTemplateResult {
  return svg`<g transform="translate(${x} ${y})" fill="none" stroke="${c}" stroke-width="2.5" stroke-linecap="round"><path d="M0-16v30M-8 14h16M-14-10h28"/><path d="M-14-10l-6 12h12zM14-10l-6 12h12z"/></g>`
}

/** A speech bubble with its tail at the bottom left. */
export function bubble(x: number, y: number, w: number, fill: string = INK.paper): SVGTemplateResult {
  return svg`<path d="M${x + 6} ${y}h${w - 12}q6 0 6 6v10q0 6-6 6h${-(w - 24)}l-8 8v-8q-4 0-4 0h-4q-6 0-6-6v-10q0-6 6-6z" fill="${fill}" stroke="${INK.line}" stroke-width="1.5"/>`
}
