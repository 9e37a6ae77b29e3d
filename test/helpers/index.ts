// Shared helpers for browser tests. Import from here, not from the libraries directly.
export { fixture, fixtureCleanup, html, expect, oneEvent, aTimeout, waitUntil, elementUpdated, nextFrame } from '@open-wc/testing'
export { axeViolations, expectNoAxeViolations, formatViolations, WCAG_TAGS, type AxeOptions } from './a11y.js'
export { shadowQuery, shadowQueryAll, deepQuery, deepQueryAll, activeElementDeep, allUpdatesComplete } from './dom.js'
export { tap, pressKey, typeText } from './input.js'
export { FakeSynth, installFakeVoice } from './speech.js'
