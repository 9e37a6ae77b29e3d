import { html } from 'lit'
import { i18n } from '@workroom/core'
import { boardData, listOf, peopleOn, weekdayName, localize } from './board/board-data.js'
import type { WorkroomConfig } from './config.js'

/**
 * The workroom in the words a result names it with (issue: results know where they are): who is
 * on duty here today and the mediator, from the board's data, so the screener can say "right here"
 * before sending anyone to the judicial office or the county.
 */
export function hereToday(config: WorkroomConfig | undefined, now: number, lang: string): string[] {
  if (!config) return []
  const t = (key: string, options?: Record<string, unknown>) => i18n.t(`kiosk:directory.${key}`, { lng: lang, ...options })
  const data = boardData(config, now)
  const lines: string[] = []
  const onDuty = data.todayPeople.filter((p) => p.onDuty && p.person)
  if (onDuty.length) lines.push(t('onDuty', { people: listOf(onDuty.map((p) => t('person', { name: p.person!.name, role: localize(p.person!.role, lang) })), lang) }))
  // The mediator: whoever the mediation service's sessions are with, on the board's rota.
  const mediationStaff = new Set(config.booking.services.filter((s) => s.kind === 'mediation').flatMap((s) => s.rules.map((r) => r.staffId)).filter(Boolean))
  for (const person of config.board.people.filter((p) => mediationStaff.has(p.id))) {
    const today = peopleOn(config, data.today, undefined).some((d) => d.personId === person.id) || onDuty.some((p) => p.personId === person.id)
    const days = listOf(person.dutyWeekdays.map((d) => weekdayName(d, lang)), lang)
    lines.push(today ? t('mediatorToday', { name: person.name }) : days ? t('mediatorDays', { name: person.name, days }) : t('mediator', { name: person.name }))
  }
  return lines
}

/** What the kiosk hands to its directory screen: the place to open (from a result's route). */
export interface DirectoryHandover {
  entry?: string
}

/** The directory screen: the county's places, this workroom's township first, "you are here" marked. */
export function renderDirectory(config: WorkroomConfig | undefined, elder: boolean, handover: DirectoryHandover | undefined) {
  const here = config?.workroom.directoryId ?? ''
  const township = config?.directory?.entries.find((e) => e.id === here)?.township ?? ''
  return html`<wr-service-directory kiosk ?elder=${elder} .data=${config?.directory} here=${here} township=${township} entry=${handover?.entry ?? ''}></wr-service-directory>`
}
