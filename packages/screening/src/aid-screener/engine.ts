// The rule engine and the national rules, loaded just after the screener is defined rather than
// with it: the start page needs neither, so a county page shows it sooner and downloads less up
// front. The questions wait for it (getUpdateComplete does), by then long loaded.
import type * as Rules from '@workroom/rules/engine'

export type Engine = typeof Rules

let loaded: Engine | undefined
let loading: Promise<Engine> | undefined

/** Starts loading the engine (once) and resolves with it. */
export function loadEngine(): Promise<Engine> {
  loading ??= import('@workroom/rules/engine').then((m) => (loaded = m))
  return loading
}

/** Whether the engine has arrived. */
export function engineLoaded(): boolean {
  return loaded !== undefined
}

/** The engine, for code that runs only once it has arrived (the questions and the result). */
export function engine(): Engine {
  if (!loaded) throw new Error('the rule engine is used before it has loaded (await loadEngine())')
  return loaded
}
