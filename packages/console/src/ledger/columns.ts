/** The ledger's columns in order (personal ones only when they were asked for). */
export const LEDGER_COLUMNS = ['date', 'time', 'code', 'service', 'place', 'category', 'outcome', 'staff', 'channel', 'status'] as const
export const PERSONAL_COLUMNS = ['name', 'mobile'] as const
