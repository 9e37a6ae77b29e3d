// The start page (with "continue with a code" when the host enables save-and-resume) and the
// webmaster's debug notice: all the screener shows before the rule engine has arrived.
import { html, nothing } from 'lit'
import type { LocalizeController } from '@workroom/core'
import type { ScreeningSession } from './screening-session.js'

export interface StartViewHost {
  readonly l: LocalizeController
  readonly session: ScreeningSession
  readonly saveResume: boolean
  begin(): void
  resume(): void
  /** The session's working state changed (the resume code typed): render again. */
  changed(): void
}

export function renderStart(h: StartViewHost) {
  const { l, session: s } = h
  return html`<h2 tabindex="-1" part="question">${l.t('start.title')}</h2>
    <p class="lead">${l.t('start.lead')}</p>
    <p>${l.t('start.privacy')}</p>
    <p class="muted">${l.t('start.disclaimer')}</p>
    <div class="actions bar">
      <wr-button size="large" @click=${() => h.begin()}>${l.t('start.begin')}</wr-button>
      <wr-read-aloud .text=${`${l.t('start.title')}。${l.t('start.lead')}${l.t('start.privacy')}`}></wr-read-aloud>
    </div>
    ${h.saveResume
      ? html`<section class="panel" aria-labelledby="resume-heading">
          <h3 id="resume-heading">${l.t('resume.haveCode')}</h3>
          <wr-text-field
            label=${l.t('resume.codeLabel')}
            hint=${l.t('resume.codeHint')}
            autocomplete="off"
            .value=${s.resumeInput}
            error=${s.resumeError}
            @input=${(e: Event) => {
              s.resumeInput = (e.target as HTMLInputElement & { value: string }).value
              h.changed()
            }}
          ></wr-text-field>
          <div class="actions submit"><wr-button variant="secondary" @click=${() => h.resume()}>${l.t('resume.continue')}</wr-button></div>
        </section>`
      : nothing}`
}

/** What the embed lacks, for the webmaster (the `debug` attribute); residents never see it. */
export function renderDebug(l: LocalizeController, debug: boolean, problems: readonly string[]) {
  if (!debug || !problems.length) return nothing
  // The problems name attributes and values as written in HTML: English, left to right.
  return html`<div class="debug" part="debug" role="note">
    <p><strong>${l.t('debug.title')}</strong></p>
    <ul lang="en" dir="ltr">${problems.map((p) => html`<li><code>${p}</code></li>`)}</ul>
  </div>`
}
