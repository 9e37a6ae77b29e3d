import { z } from 'zod/mini'

/**
 * The workroom's configuration (a JSON file next to the app). The foundation reads what the
 * shell needs; the full workroom config grows from here.
 */
const Localized = z.object({ 'zh-Hans': z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) })

export const WorkroomConfig = z.object({
  version: z.string(),
  workroom: z.object({ name: Localized, address: Localized }),
  judicialOffice: z.object({ name: Localized }),
  /** Region overlay for the screener ('CN-NX', 'CN-GD-ZS', 'CN-JS'); absent = national rules. */
  region: z.optional(z.string()),
  languages: z.array(z.enum(['zh-Hans', 'en'])).check(z.minLength(1)),
  idle: z.object({
    idleSeconds: z.number().check(z.gte(20), z.lte(600)),
    warningSeconds: z.number().check(z.gte(20), z.lte(120)),
  }),
})
export type WorkroomConfig = z.infer<typeof WorkroomConfig>

export type ConfigResult = { ok: true; config: WorkroomConfig } | { ok: false; problems: string[] }

/** Validates a config, naming every bad path ("idle.warningSeconds: …"). */
export function parseConfig(json: unknown): ConfigResult {
  const r = WorkroomConfig.safeParse(json)
  if (r.success) return { ok: true, config: r.data }
  return { ok: false, problems: r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) }
}

export async function loadConfig(url: string): Promise<ConfigResult> {
  try {
    const res = await fetch(url, { cache: 'no-cache' })
    if (!res.ok) return { ok: false, problems: [`${url}: HTTP ${res.status}`] }
    return parseConfig(await res.json())
  } catch (e) {
    return { ok: false, problems: [`${url}: ${(e as Error).message}`] }
  }
}
