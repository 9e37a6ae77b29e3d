// The county's legal service directory as data: schema, opening hours on the holiday calendar,
// lookups. Plain TypeScript with no DOM, shared by <wr-service-directory>, the screener's routes,
// booking's confirmation and ticket, and the kiosk.
export * from './schema.js'
export * from './hours.js'
export * from './lookup.js'
export * from './parse.js'
