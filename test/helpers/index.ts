// Shared helpers for browser tests. Import from here, not from the libraries directly.
import { waitUntil as openWcWaitUntil } from '@open-wc/testing'
export { fixture, fixtureCleanup, html, expect, oneEvent, aTimeout, elementUpdated, nextFrame } from '@open-wc/testing'

/**
 * Waits until `predicate` holds. No short deadline: on a loaded machine a load or a timer can take
 * seconds, and a test that guesses how long fails there. A condition that never comes true still
 * fails, at the test's own timeout (web-test-runner.config.mjs) or after `timeout` ms.
 */
export function waitUntil(predicate: () => unknown, message?: string, options: { interval?: number; timeout?: number } = {}): Promise<void> {
  return openWcWaitUntil(predicate, message, { interval: options.interval ?? 20, timeout: Math.max(options.timeout ?? 0, 25_000) })
}
export { axeViolations, expectNoAxeViolations, formatViolations, WCAG_TAGS, type AxeOptions } from './a11y.js'
export { shadowQuery, shadowQueryAll, deepQuery, deepQueryAll, activeElementDeep, allUpdatesComplete } from './dom.js'
export { tap, pressKey, typeText } from './input.js'
export { FakeSynth, installFakeVoice } from './speech.js'
