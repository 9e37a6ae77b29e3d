// Types for embed.mjs, for the TypeScript end-to-end tests and benchmarks.
export interface EmbedEntry {
  name: string
  file: string
  versioned: string
  integrity: string
  /** gzip -9 bytes of the entry file alone */
  gzip: number
  /** gzip -9 bytes of the entry and everything it imports statically */
  upfrontGzip: number
}
export function embedEntries(): { entries: Record<string, string>; versions: Record<string, string> }
export function upfront(chunks: unknown[], entryFile: string): number
export function sri(bytes: Uint8Array): string
export function buildEmbed(outDir: string): Promise<{ entries: EmbedEntry[]; files: { file: string; integrity: string }[]; chunks: number; dir?: string }>
