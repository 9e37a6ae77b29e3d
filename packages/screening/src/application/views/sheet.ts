// The printed A4 "法律援助申请信息预填单": every field of the national form the screening and the
// answers can fill, ticks for the categories, the finances given, the materials and the region's
// commitment papers, and blanks for what only the resident can add (signature or thumbprint,
// date). Called a pre-filled information sheet, never the official form (the 2023 formats are
// not verified here). `blank`: no personal details at all, only the screening's ticks.
import { html, nothing, type TemplateResult } from 'lit'
import { formatShanghai, localizeHtml, markChinese, tHtml } from '@workroom/core'
import { AID_KINDS, CASE_CAUSES, FORM_GROUPS, LEGAL_POSITIONS, MATTER_STAGES, aidMode, position } from '../from-screening.js'
import { maskIdNumber, normalizeMobile } from '../id-number.js'
import { withinWords } from './consent.js'
import { materialsOf } from './review.js'
import { accountText } from './steps.js'
import type { ApplicationViewHost } from './host.js'

function ticks(h: ApplicationViewHost, name: string, prefix: string, all: readonly string[], on: readonly string[]): TemplateResult {
  return html`<div class="ticks" data-field=${name}>
    ${all.map((v) => {
      const ticked = on.includes(v)
      return html`<span class=${ticked ? 'tick on' : 'tick'} data-value=${v}><span aria-hidden="true">${ticked ? '☑' : '☐'}</span>${ticked ? html`<span class="visually-hidden">✓</span>` : nothing}${h.l.t(`${prefix}.${v}`)}</span>`
    })}
  </div>`
}

const line = (value: string, lang = 'zh-Hans') => (value ? html`<span class="filled">${markChinese(value, lang)}</span>` : html`<span class="blank"></span>`)

export function sheetView(h: ApplicationViewHost, blank: boolean, now: number): TemplateResult {
  const { l, flow } = h
  const s = (k: string, o?: Record<string, unknown>) => l.t(`application.sheet.${k}`, o)
  const d = flow.draft
  const k = flow.known
  const personal = !blank
  const facts = k ? flow.facts : {}
  const gender = personal && (facts['applicant.gender'] === 'female' || facts['applicant.gender'] === 'male') ? l.t(`application.gender.${facts['applicant.gender']}`) : ''
  const address = personal ? [h.villages.find((v) => v.id === d.village)?.name ?? '', d.address.trim()].filter(Boolean).join(' ') : ''
  const pos = k ? position(k, personal ? d.stage : '', personal && d.forWhom === 'someone') : undefined
  const legal = pos ? [pos] : []
  const mode = k && (d.stage || k.problem) ? [aidMode(k, personal ? d.stage : '')] : []
  const finances = personal && d.shareFinances && k ? k.finances : {}
  const perHead = finances.monthlyIncome !== undefined && finances.householdSize ? Math.round(finances.monthlyIncome / finances.householdSize) : undefined
  const papers = h.pack?.applicationPapers ?? []
  const materials = materialsOf(h)
  return html`<article class="sheet" part="sheet" aria-label=${s(blank ? 'blankTitle' : 'title')}>
    <header>
      <h2 class="sheet-title">${s(blank ? 'blankTitle' : 'title')}</h2>
      <p class="small">${s('notForm')}</p>
      <p class="small">${s('made', { date: formatShanghai(now, l.lang, { dateStyle: 'long' }) })}${personal && flow.receipt ? html` · ${s('code', { code: flow.receipt.code })}` : nothing}${h.officeName ? html` · ${markChinese(h.officeName, l.lang)}` : nothing}</p>
    </header>
    ${k?.urgent ? html`<p class="urgent-line"><strong>${s('urgent')}</strong></p>` : nothing}
    <section>
      <h3>${s('basics')}</h3>
      <table class="grid">
        <tr><th>${s('name')}</th><td>${line(personal ? d.name.trim() : '', l.lang)}</td><th>${s('gender')}</th><td>${line(gender)}</td></tr>
        <tr><th>${s('idNumber')}</th><td colspan="3">${line(personal && d.giveId && d.idNumber ? maskIdNumber(d.idNumber) : '')}</td></tr>
        <tr><th>${s('mobile')}</th><td colspan="3">${line(personal && d.mobile ? normalizeMobile(d.mobile) : '')}</td></tr>
        <tr><th>${s('address')}</th><td colspan="3">${line(address, l.lang)}</td></tr>
      </table>
      <p>${personal && d.forWhom === 'someone' && d.relationship
        ? s('representative', { name: d.helperName.trim(), relationship: l.t(`application.who.rel.${d.relationship}`) })
        : html`${s('representativeBlank')}：<span class="blank wide"></span>`}</p>
    </section>
    <section>
      <h3>${s('groups')}</h3>
      ${ticks(h, 'groups', 'application.group', FORM_GROUPS, k?.groups ?? [])}
      <h3>${s('legalStatus')}</h3>
      ${ticks(h, 'legalStatus', 'application.legalStatus', LEGAL_POSITIONS, legal)}
      <h3>${s('aidMode')}</h3>
      ${ticks(h, 'aidMode', 'application.aidMode', AID_KINDS, mode)}
      <h3>${s('caseType')}</h3>
      ${ticks(h, 'caseType', 'application.caseType', CASE_CAUSES, k ? [k.caseType] : [])}
      <h3>${s('stage')}</h3>
      ${ticks(h, 'stage', 'application.stage', MATTER_STAGES, personal && d.stage ? [d.stage] : [])}
    </section>
    <section>
      <h3>${s('account')}</h3>
      <div class="box-lines">${personal ? accountText(h, d.topics, d.account) : nothing}</div>
    </section>
    <section>
      <h3>${s('finances')}</h3>
      <table class="grid">
        <tr><th>${s('householdSize')}</th><td>${line(finances.householdSize !== undefined ? String(finances.householdSize) : '')}</td>
          <th>${s('monthlyIncome')}</th><td>${line(finances.monthlyIncome !== undefined ? l.number(finances.monthlyIncome) : '')}</td></tr>
        <tr><th>${s('perHead')}</th><td>${line(perHead !== undefined ? l.number(perHead) : '')}</td>
          <th>${s('assets')}</th><td>${line(finances.valuableAssets === undefined ? '' : s(finances.valuableAssets ? 'yes' : 'no'))}</td></tr>
      </table>
      ${finances.incomeWithinLine !== undefined ? html`<p>${withinWords(h, finances)}</p>` : nothing}
      ${finances.line !== undefined ? html`<p class="small">${s('line', { line: l.number(finances.line) })}</p>` : nothing}
    </section>
    ${materials.length
      ? html`<section>
          <h3>${s('materials')}</h3>
          <ul class="checklist">${materials.map((m) => html`<li><span aria-hidden="true">☐</span> ${m}</li>`)}</ul>
        </section>`
      : nothing}
    <section>
      <h3>${s('papers')}</h3>
      <ul class="checklist" data-field="papers">
        ${papers.length
          ? papers.map((p) => html`<li><span aria-hidden="true">☐</span> ${localizeHtml(p.name, l.lang)}${p.note ? html`<span class="small">${tHtml(l, 'core:text.aside', { text: localizeHtml(p.note, l.lang) })}</span>` : nothing}</li>`)
          : html`<li><span aria-hidden="true">☐</span> ${s('papersNational')}</li>`}
      </ul>
      <p class="small">${s('papersAsk')}</p>
      ${personal && d.pledgedAt ? html`<p>${s('pledge')}：${s('pledgeDone')}</p>` : nothing}
    </section>
    <section class="sign">
      <div><span>${s('signature')}</span><span class="blank sign-box"></span></div>
      <div><span>${s('date')}</span><span class="blank"></span></div>
      <div class="wide-row"><span>${s('helperSignature')}</span><span class="blank wide"></span></div>
    </section>
  </article>`
}
