// Types for kiosk.mjs, for the TypeScript end-to-end tests.
import type { Browser } from 'playwright-core'

export const root: string
export const configFile: string
export const defaultOutDir: string
export const chromePath: string
export const chromeFlags: string[]
export function buildKiosk(outDir?: string): Promise<{ outDir: string; seconds: number }>
export function isFresh(outDir?: string): boolean
export function freePort(): Promise<number>
export function serveKiosk(outDir?: string): Promise<{ url: string; close: () => Promise<void> }>
export function launchChromium(extraArgs?: string[]): Promise<Browser>
