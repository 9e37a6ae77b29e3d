import Papa from 'papaparse'
import { localize } from './constants.js'
import type { BookingConfig } from './config.js'
import type { Booking } from './contract.js'
import { clockFromIso } from './format.js'

/** Column titles and status names, in the staff member's language. */
export interface LedgerLabels {
  columns: Record<'code' | 'date' | 'start' | 'end' | 'service' | 'place' | 'staff' | 'name' | 'mobile' | 'needs' | 'priority' | 'status' | 'reason', string>
  status: Record<Booking['status'], string>
  needs: Record<string, string>
  yes: string
}

/**
 * The appointments ledger (台账) as CSV that Excel opens correctly: UTF-8 with a BOM, CRLF,
 * and cells that start like a formula neutralised.
 */
export function ledgerCsv(bookings: readonly Booking[], config: BookingConfig, labels: LedgerLabels, lang = 'zh-Hans'): string {
  const c = labels.columns
  const rows = bookings.map((b) => ({
    [c.code]: b.code,
    [c.date]: b.start.slice(0, 10),
    [c.start]: clockFromIso(b.start),
    [c.end]: clockFromIso(b.end),
    [c.service]: localize(config.services.find((s) => s.id === b.serviceId)?.name, lang) || b.serviceId,
    [c.place]: localize(config.places.find((p) => p.id === b.placeId)?.name, lang) || b.placeId,
    [c.staff]: config.staff.find((s) => s.id === b.staffId)?.name ?? '',
    [c.name]: b.details.name,
    [c.mobile]: b.details.mobile,
    [c.needs]: b.details.needs.map((n) => labels.needs[n] ?? n).join('；'),
    [c.priority]: b.priority ? labels.yes : '',
    [c.status]: labels.status[b.status],
    [c.reason]: b.cancelReason ?? '',
  }))
  return '\uFEFF' + Papa.unparse({ fields: Object.values(c), data: rows.map((r) => Object.values(c).map((k) => r[k])) }, { newline: '\r\n', escapeFormulae: true })
}
