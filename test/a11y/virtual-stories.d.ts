// Served by the test runner (scripts/lib/wtr-stories-plugin.mjs): every stories/**/*.stories.ts.
declare module 'virtual:workroom-stories' {
  const files: ReadonlyArray<{ path: string; load: () => Promise<Record<string, unknown>> }>
  export default files
}
