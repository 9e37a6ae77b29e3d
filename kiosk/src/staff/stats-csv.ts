import Papa from 'papaparse'
import type { UsageKind, UsageRow } from './stats-model.js'

/** Column titles and names for the kinds and items, in the staff member's language. */
export interface UsageCsvLabels {
  columns: { date: string; kind: string; item: string; count: string }
  kinds: Record<UsageKind, string>
  /** Names of items (outcomes, categories, reset causes, lesson titles…); an item without one is written as its id. */
  items?: Partial<Record<UsageKind, Record<string, string>>>
}

/** The export as a table: a header row, then one row per day, kind and item. */
export function usageTable(rows: readonly UsageRow[], labels: UsageCsvLabels): (string | number)[][] {
  const c = labels.columns
  return [
    [c.date, c.kind, c.item, c.count],
    ...rows.map((r) => [r.date, labels.kinds[r.kind] ?? r.kind, labels.items?.[r.kind]?.[r.key] ?? r.key, r.count]),
  ]
}

/**
 * The usage counts as CSV that Excel opens correctly: UTF-8 with a BOM, CRLF, and cells that
 * start like a formula neutralised (as the booking ledger does).
 */
export function usageCsvText(rows: readonly UsageRow[], labels: UsageCsvLabels): string {
  const [fields, ...data] = usageTable(rows, labels)
  return '\uFEFF' + Papa.unparse({ fields: fields!.map(String), data }, { newline: '\r\n', escapeFormulae: true })
}
