import { svg, type SVGTemplateResult } from 'lit'
import type { PictureId } from './ids.js'
import { INK, badge, bubble, house, indoors, outdoors, paper, person, scales, seated, table, tree } from './parts.js'

// Flat scenes on a 160×120 grid, drawn for the project (licensed with it): sky or wall first,
// then the place, then the people. Only the palette in parts.ts; no text inside a picture, so
// one drawing serves every language (the text alternative is in the locale files).

const { line, blue, green, red, rose, sun, paper: white, stone, wood, gold, sky, grey } = INK

/** The building of the village's public legal service workroom: a sign with the scales. */
const workroomFront = (x: number, y: number) => svg`<rect x="${x}" y="${y - 44}" width="62" height="44" fill="${white}" stroke="${line}" stroke-width="1.5"/>
  <rect x="${x - 3}" y="${y - 52}" width="68" height="10" fill="${blue}"/>${scales(x + 31, y - 26, blue)}<rect x="${x + 24}" y="${y - 16}" width="14" height="16" fill="${wood}"/>`

const phoneWaves = (x: number, y: number) => svg`<path d="M${x} ${y - 8}q6 8 0 16M${x + 6} ${y - 13}q9 13 0 26" fill="none" stroke="${red}" stroke-width="2.5" stroke-linecap="round"/>`

const coins = (x: number, y: number) => svg`<g fill="${gold}" stroke="${wood}" stroke-width="1.5"><ellipse cx="${x}" cy="${y}" rx="9" ry="4"/><ellipse cx="${x}" cy="${y - 5}" rx="9" ry="4"/><ellipse cx="${x}" cy="${y - 10}" rx="9" ry="4"/></g>`

export const SCENES: Record<PictureId, () => SVGTemplateResult> = {
  people: () => svg`${outdoors()}${person(30, 104, { age: 'elder', shirt: stone })}${person(62, 104, { bun: true, shirt: red })}${person(96, 104, { shirt: blue })}${person(128, 104, { age: 'child', shirt: green })}`,

  village: () => svg`${outdoors(86)}<circle cx="134" cy="22" r="10" fill="${gold}"/><path d="M70 120l10-34h6l16 34z" fill="${sun}"/>
    ${house(10, 86)}${house(108, 86, white, blue, 40)}${house(50, 78, white, red, 26)}${tree(96, 84)}${tree(152, 96, 9)}${person(58, 116, { age: 'elder', shirt: stone })}${person(128, 114, { age: 'child', shirt: green })}`,

  workroom: () => svg`${outdoors()}${workroomFront(20, 92)}${tree(100, 92, 10)}${person(118, 104, { age: 'elder', shirt: stone, flip: true })}${person(142, 104, { bun: true, shirt: red, flip: true })}`,

  mediation: () => svg`${indoors}${scales(80, 26, blue)}${seated(40, 74, red)}${seated(80, 70, blue)}${seated(120, 74, green, 'elder')}${table(20, 74, 120)}${paper(70, 62, 20, 12)}`,

  'labour-site': () => svg`${outdoors()}<g stroke="${stone}" stroke-width="3" fill="none"><path d="M20 92V24h40v68M20 46h40M20 68h40M20 24l40 22M20 46l40 22"/><path d="M110 92V14M110 18h44M146 18v22"/></g>
    <rect x="140" y="40" width="12" height="8" fill="${stone}"/>${person(82, 104, { helmet: true, shirt: gold })}${person(128, 106, { helmet: true, shirt: blue, flip: true })}`,

  'unpaid-wages': () => svg`${outdoors()}<path d="M6 92V40h40v52" fill="none" stroke="${stone}" stroke-width="3"/>${person(58, 104, { helmet: true, shirt: gold, arm: 'out' })}
    <rect x="78" y="58" width="22" height="16" rx="3" fill="${wood}"/><path d="M82 64h14" stroke="${line}" stroke-width="2"/>${badge(89, 46, 'cross', 9)}${person(128, 104, { shirt: line, flip: true })}`,

  'work-injury': () => svg`${outdoors()}<path d="M10 92V30h44v62" fill="none" stroke="${stone}" stroke-width="3"/>${person(84, 104, { helmet: true, shirt: gold })}
    <path d="M72 64l-3 16" stroke="${white}" stroke-width="8" stroke-linecap="round"/><rect x="104" y="24" width="40" height="40" rx="6" fill="${white}" stroke="${line}" stroke-width="1.5"/><path d="M124 32v24M112 44h24" stroke="${red}" stroke-width="6"/>`,

  courtroom: () => svg`${indoors}<rect x="40" y="8" width="80" height="30" rx="4" fill="${white}"/>${scales(80, 24, gold)}<rect x="30" y="56" width="100" height="40" fill="${wood}"/>
    ${seated(80, 56, line)}<rect x="6" y="82" width="22" height="14" fill="${wood}"/><rect x="132" y="82" width="22" height="14" fill="${wood}"/>${seated(17, 82, blue)}${seated(143, 82, red)}`,

  'id-card': () => svg`<rect width="160" height="120" fill="${sky}"/><rect x="22" y="22" width="116" height="76" rx="8" fill="${white}" stroke="${blue}" stroke-width="3"/>
    <rect x="32" y="34" width="34" height="42" rx="3" fill="${grey}"/>${seated(49, 76, blue)}<g stroke="${stone}" stroke-width="3"><path d="M76 40h50M76 52h40M76 64h50"/></g><path d="M32 86h96" stroke="${line}" stroke-width="4" stroke-dasharray="4 3"/>`,

  'dibao-card': () => svg`<rect width="160" height="120" fill="${sky}"/><rect x="46" y="14" width="68" height="92" rx="5" fill="${red}"/><circle cx="80" cy="48" r="14" fill="none" stroke="${gold}" stroke-width="3"/>
    <path d="M74 48l4 4 8-8" fill="none" stroke="${gold}" stroke-width="3"/><path d="M60 76h40M64 86h32" stroke="${gold}" stroke-width="3"/>`,

  'scam-call': () => svg`${indoors}<rect x="104" y="20" width="44" height="34" rx="4" fill="${rose}" stroke="${red}" stroke-width="2"/>${coins(126, 46)}${badge(146, 20, 'alert', 9)}
    ${person(64, 112, { age: 'elder', shirt: stone, arm: 'phone' })}${phoneWaves(84, 48)}`,

  'fund-raising': () => svg`${indoors}${coins(120, 78)}${coins(140, 82)}<path d="M104 60l14-22 14 10 18-26" fill="none" stroke="${red}" stroke-width="3"/>
    ${person(44, 112, { shirt: line, arm: 'out' })}${bubble(58, 10, 40)}<path d="M78 28V16m-5 5l5-5 5 5" fill="none" stroke="${red}" stroke-width="3"/>${person(98, 112, { age: 'elder', shirt: stone, flip: true })}`,

  'family-home': () => svg`${indoors}<rect x="110" y="16" width="36" height="28" fill="${sky}" stroke="${wood}" stroke-width="3"/>${person(34, 108, { shirt: blue })}${person(62, 108, { bun: true, shirt: red })}
    ${person(88, 108, { age: 'child', shirt: green })}${person(126, 108, { age: 'elder', shirt: stone, flip: true })}`,

  'elder-care': () => svg`${indoors}<rect x="96" y="66" width="46" height="12" rx="4" fill="${wood}"/><rect x="96" y="48" width="10" height="30" rx="3" fill="${wood}"/>${seated(124, 68, stone, 'elder')}
    ${person(62, 108, { bun: true, shirt: red, arm: 'out' })}<rect x="82" y="64" width="8" height="9" rx="2" fill="${white}" stroke="${line}"/>`,

  farmland: () => svg`${outdoors(60)}<g fill="${green}"><path d="M0 72h160v8H0zM0 90h160v8H0zM0 108h160v8H0z" opacity=".5"/></g><path d="M80 60v60" stroke="${wood}" stroke-width="3" stroke-dasharray="6 4"/>
    ${house(120, 60, white, red, 26)}${person(40, 104, { shirt: blue })}${person(108, 112, { bun: true, shirt: red })}`,

  homestead: () => svg`${outdoors()}${house(14, 92, white, red, 52)}${house(100, 92, white, blue, 46)}<path d="M72 92V62h22v30" fill="${stone}"/><path d="M68 62h30" stroke="${red}" stroke-width="3" stroke-dasharray="5 4"/>`,

  contract: () => svg`${indoors}${table(14, 70, 132)}${paper(60, 44, 40, 28, true)}${seated(32, 70, blue)}${seated(128, 70, red)}<path d="M100 62l10-14" stroke="${line}" stroke-width="3" stroke-linecap="round"/>`,

  traffic: () => svg`${outdoors(74)}<rect y="80" width="160" height="28" fill="${stone}"/><path d="M0 94h160" stroke="${white}" stroke-width="3" stroke-dasharray="12 8"/>
    <path d="M18 92v-12h10l8-12h28l10 12h6v12z" fill="${blue}"/><path d="M40 78l4-7h8v7zM58 78v-7h6l4 7z" fill="${sky}"/><circle cx="36" cy="94" r="6" fill="${line}"/><circle cx="66" cy="94" r="6" fill="${line}"/><circle cx="112" cy="98" r="7" fill="none" stroke="${line}" stroke-width="3"/><circle cx="138" cy="98" r="7" fill="none" stroke="${line}" stroke-width="3"/>
    <path d="M112 98l10-14h12l4 14" fill="none" stroke="${line}" stroke-width="3"/>${badge(92, 56, 'alert', 10)}`,

  protection: () => svg`${indoors}<path d="M80 8l46 14v28c0 30-20 52-46 62-26-10-46-32-46-62V22z" fill="${sky}" stroke="${blue}" stroke-width="3"/>${person(70, 100, { bun: true, shirt: red })}${person(96, 100, { age: 'child', shirt: green })}`,

  'legal-aid': () => svg`${indoors}${table(70, 72, 80)}<rect x="112" y="34" width="32" height="24" rx="3" fill="${white}"/>${scales(128, 46, blue)}${seated(126, 72, blue)}
    ${person(48, 108, { age: 'elder', shirt: stone })}${paper(82, 60, 22, 12)}${badge(20, 22, 'tick', 10)}`,

  'study-group': () => svg`${indoors}<rect x="44" y="10" width="72" height="40" rx="3" fill="${green}"/>${scales(80, 32, white)}${person(24, 108, { shirt: blue, arm: 'out' })}
    ${seated(62, 96, red)}${seated(92, 96, stone, 'elder')}${seated(122, 96, gold)}`,

  environment: () => svg`${outdoors(70)}<path d="M0 96q40-14 80 0t80 0v24H0z" fill="${blue}" opacity=".6"/>${tree(20, 70, 12)}${tree(48, 70, 9)}${tree(128, 70, 14)}<circle cx="88" cy="24" r="11" fill="${gold}"/>`,

  'no-drugs': () => svg`<rect width="160" height="120" fill="${sky}"/><circle cx="80" cy="60" r="42" fill="${white}" stroke="${red}" stroke-width="8"/><rect x="56" y="50" width="48" height="20" rx="10" fill="${stone}"/><path d="M50 90l60-60" stroke="${red}" stroke-width="8"/>`,

  constitution: () => svg`<rect width="160" height="120" fill="${sky}"/><rect x="50" y="12" width="60" height="84" rx="3" fill="${red}"/><path d="M80 30l4 9h10l-8 6 3 10-9-6-9 6 3-10-8-6h10z" fill="${gold}"/>
    <path d="M62 70h36M66 80h28" stroke="${gold}" stroke-width="3"/>${person(28, 112, { age: 'child', shirt: green })}${person(136, 112, { shirt: blue, flip: true })}`,

  inheritance: () => svg`${outdoors()}${house(42, 84, white, red, 44)}${paper(100, 22, 30, 38, true)}${person(22, 110, { bun: true, shirt: red })}${person(142, 110, { shirt: blue, flip: true })}`,

  'well-done': () => svg`<rect width="160" height="120" fill="${INK.ground}"/>${badge(80, 44, 'tick', 26)}${person(40, 112, { age: 'elder', shirt: stone })}${person(120, 112, { bun: true, shirt: red, flip: true })}`,

  'think-again': () => svg`<rect width="160" height="120" fill="${sun}"/><circle cx="118" cy="36" r="22" fill="${white}" stroke="${line}" stroke-width="1.5"/><path d="M110 30q0-8 8-8t8 8q0 6-8 8v6M118 50v2" fill="none" stroke="${blue}" stroke-width="4" stroke-linecap="round"/>${person(62, 112, { age: 'elder', shirt: stone })}`,

  appointment: () => svg`${indoors}<rect x="84" y="12" width="64" height="60" rx="4" fill="${white}" stroke="${line}" stroke-width="1.5"/><rect x="84" y="12" width="64" height="14" rx="4" fill="${red}"/>
    <g fill="${stone}"><rect x="92" y="32" width="10" height="8"/><rect x="106" y="32" width="10" height="8"/><rect x="120" y="32" width="10" height="8"/><rect x="92" y="46" width="10" height="8"/><rect x="120" y="46" width="10" height="8"/><rect x="92" y="60" width="10" height="6"/></g>
    <rect x="105" y="45" width="12" height="10" fill="${green}"/><circle cx="42" cy="34" r="16" fill="${white}" stroke="${line}" stroke-width="2"/><path d="M42 24v10l7 5" fill="none" stroke="${blue}" stroke-width="3" stroke-linecap="round"/>
    ${person(60, 112, { age: 'elder', shirt: stone })}${badge(140, 78, 'tick', 10)}`,

  divorce: () => svg`${indoors}<path d="M80 18l-6 10 8 8-6 10 4 8" fill="none" stroke="${line}" stroke-width="2"/>
    <path d="M52 34c-6-10-22-6-18 6 2 8 12 14 18 20z" fill="${rose}" stroke="${red}" stroke-width="2"/><path d="M108 34c6-10 22-6 18 6-2 8-12 14-18 20z" fill="${rose}" stroke="${red}" stroke-width="2"/>
    ${person(38, 110, { shirt: blue })}${person(122, 110, { bun: true, shirt: red, flip: true })}${person(80, 110, { age: 'child', shirt: green })}`,

  neighbours: () => svg`${outdoors()}${house(4, 92, white, red, 34)}${house(122, 92, white, blue, 34)}<rect x="76" y="58" width="8" height="34" fill="${stone}"/><path d="M76 64h8M76 74h8M76 84h8" stroke="${line}" stroke-width="1"/>
    ${person(58, 104, { shirt: gold, arm: 'out' })}${person(102, 104, { age: 'elder', shirt: stone, arm: 'out', flip: true })}${bubble(34, 8, 34, rose)}${bubble(92, 8, 34, rose)}
    <path d="M44 18l6 6 6-6 6 6M102 18l6 6 6-6 6 6" fill="none" stroke="${red}" stroke-width="2.5" stroke-linecap="round"/>`,

  demolition: () => svg`${outdoors()}${house(86, 92, white, red, 48)}<path d="M20 92V78h30l6 14z" fill="${gold}"/><circle cx="28" cy="94" r="5" fill="${line}"/><circle cx="46" cy="94" r="5" fill="${line}"/>
    <path d="M40 78L58 44l22 12" fill="none" stroke="${gold}" stroke-width="6" stroke-linecap="round"/><path d="M78 52l8 12-12 2z" fill="${line}"/>${paper(130, 26, 24, 30, true)}${person(148, 110, { shirt: blue, flip: true })}`,
}
