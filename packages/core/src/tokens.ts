import { css, unsafeCSS, type CSSResult } from 'lit'

/**
 * Design tokens. Every component reads them as `var(--wr-<name>, <default>)`, so a host page
 * themes Workroom by setting `--wr-*` custom properties on any ancestor (even `:root`), and an
 * embed works with no stylesheet at all. Values here are the light theme's defaults.
 */
export const TOKENS = {
  'color-text': '#1f2328',
  'color-text-muted': '#4a5260',
  'color-background': '#ffffff',
  'color-surface': '#f4f6f8',
  'color-border': '#6b7480',
  'color-primary': '#0b5cad',
  'color-primary-hover': '#084a8c',
  'color-on-primary': '#ffffff',
  'color-danger': '#b3261e',
  'color-danger-surface': '#fdecea',
  'color-success': '#1b6e32',
  'color-success-surface': '#e8f4ec',
  'color-warning-surface': '#fff4ce',
  'color-on-warning': '#4d3800',
  'color-selected-surface': '#e6f0fa',
  'color-focus': '#ffdd00',
  'color-focus-outer': '#0b0c0c',
  'font-family': 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif',
  'font-scale': '1',
  /** Multiplies the type scale for scripts that need it (Tibetan 1.2, Uyghur 1.1; see baseStyles). */
  'script-scale': '1',
  'font-size-0': '15px',
  'font-size-1': '18px',
  'font-size-2': '21px',
  'font-size-3': '24px',
  'font-size-4': '30px',
  'font-size-5': '36px',
  'line-height': '1.5',
  'space-1': '4px',
  'space-2': '8px',
  'space-3': '12px',
  'space-4': '16px',
  'space-5': '24px',
  'space-6': '32px',
  'space-7': '48px',
  'space-8': '64px',
  'radius-1': '4px',
  'radius-2': '8px',
  'radius-3': '16px',
  'border-width': '2px',
  'focus-width': '3px',
  'target-min': '44px',
  'target-primary': '48px',
  'target-gap': '8px',
  'duration': '150ms',
} as const

export type TokenName = keyof typeof TOKENS

/** Elder mode (长辈模式): type ≥ 1.25×, AAA contrast (≥ 7:1), primary targets ≥ 60 px. */
export const ELDER_TOKENS: Partial<Record<TokenName, string>> = {
  'color-text': '#000000',
  'color-text-muted': '#262626',
  'color-border': '#3d3d3d',
  'color-primary': '#003d7a',
  'color-primary-hover': '#002b57',
  'color-danger': '#8a1710',
  'color-success': '#0f4f22',
  'color-on-warning': '#332400',
  'font-scale': '1.3',
  'line-height': '1.6',
  'target-min': '48px',
  'target-primary': '60px',
  'target-gap': '12px',
}

/** Kiosk mode: every control at least 48×48 CSS px, 8 px apart. */
export const KIOSK_TOKENS: Partial<Record<TokenName, string>> = {
  'target-min': '48px',
  'target-primary': '56px',
}

/** `var(--wr-name, default)` as a CSS value, for use inside css`` templates. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--wr-${name}, ${TOKENS[name]})`)
}

/** A font size on the type scale, multiplied by the (elder) font scale. */
export function fontSize(step: 0 | 1 | 2 | 3 | 4 | 5): CSSResult {
  return unsafeCSS(`calc(var(--wr-font-scale, 1) * var(--wr-script-scale, 1) * var(--wr-font-size-${step}, ${TOKENS[`font-size-${step}`]}))`)
}

function declarations(values: Partial<Record<TokenName, string>>): string {
  return Object.entries(values).map(([k, v]) => `--wr-${k}: ${v};`).join(' ')
}

/** Styles every Workroom element starts from: tokens, modes, focus ring, reduced motion. */
export const baseStyles = css`
  /*
   * What a page could pass down into the shadow root by inheritance is set here with !important:
   * in the cascade, a shadow root's !important beats the page's (a legacy CMS's
   * "* { font-family: …!important; line-height: 1 !important }" included). Sizes are px, never
   * rem, so a tiny root font size on the page does not shrink our text. Theme through the tokens.
   */
  :host {
    box-sizing: border-box !important;
    font-family: ${token('font-family')} !important;
    font-size: ${fontSize(1)} !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    line-height: ${token('line-height')} !important;
    color: ${token('color-text')} !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    visibility: visible;
    -webkit-tap-highlight-color: transparent;
  }
  :host([hidden]) { display: none !important; }
  /*
   * Scripts with their own needs, on the host (a page in that language) and on an element's root
   * box (lang from the LocalizeController). Tibetan stacks letters vertically: larger type, taller
   * lines; its lines break after the tsheg by default, so nothing here (or anywhere) sets
   * word-break to break-all, which would cut syllables apart. Their web fonts (the families here,
   * as in language-names.json) load only when chosen (fonts.ts).
   */
  :host(:lang(bo)), [lang='bo'] { --wr-font-family: "Noto Serif Tibetan", system-ui, sans-serif; --wr-script-scale: 1.2; --wr-line-height: 1.9; }
  :host(:lang(ug)), [lang='ug'] { --wr-font-family: "Noto Naskh Arabic", system-ui, sans-serif; --wr-script-scale: 1.1; --wr-line-height: 1.8; }
  /* Arrows that point back or forward turn round in right-to-left Uyghur. */
  .flip { display: inline-block; }
  .flip:dir(rtl) { transform: scaleX(-1); }
  .wr-ltr { white-space: nowrap; }
  [lang='bo'], [lang='ug'] { font-family: ${token('font-family')}; line-height: ${token('line-height')}; }
  :host([elder]) { ${unsafeCSS(declarations(ELDER_TOKENS))} }
  :host([kiosk]) { ${unsafeCSS(declarations(KIOSK_TOKENS))} touch-action: manipulation; }
  :host([kiosk][elder]) { --wr-target-min: 48px; --wr-target-primary: 60px; }
  /* Explicit, not inherit: a page's content-box on the host must not resize our boxes. */
  *, *::before, *::after { box-sizing: border-box; }
  :focus-visible {
    outline: ${token('focus-width')} solid transparent;
    box-shadow: 0 0 0 ${token('focus-width')} ${token('color-focus')}, 0 0 0 calc(2 * ${token('focus-width')}) ${token('color-focus-outer')};
  }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { transition-duration: 0s !important; animation-duration: 0s !important; animation-iteration-count: 1 !important; }
  }
`

/** Relative luminance contrast ratio of two #rrggbb colours (WCAG 2.x). */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string): number => {
    const n = Number.parseInt(hex.slice(1), 16)
    const ch = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
      const s = c / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}
