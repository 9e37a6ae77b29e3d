import Papa from 'papaparse'
import type { LedgerRow } from '../api.js'
import { LEDGER_COLUMNS, PERSONAL_COLUMNS } from './columns.js'

export type LedgerCell = (row: LedgerRow, column: string) => string

/**
 * The monthly ledger (台账) as CSV that Excel opens correctly: UTF-8 with a BOM, CRLF, and cells
 * that start like a formula neutralised (a name typed as "=…" must not run in a spreadsheet).
 */
export function ledgerCsv(rows: readonly LedgerRow[], headers: Record<string, string>, cell: LedgerCell, personal: boolean): string {
  const columns: string[] = [...LEDGER_COLUMNS, ...(personal ? PERSONAL_COLUMNS : [])]
  return '\uFEFF' + Papa.unparse({ fields: columns.map((c) => headers[c] ?? c), data: rows.map((r) => columns.map((c) => cell(r, c))) }, { newline: '\r\n', escapeFormulae: true })
}
