// Renders Storybook CSF3 stories outside Storybook and checks them with axe, so every story is
// also an accessibility test. Mirrors what @storybook/web-components does: merged args, the
// story's or the meta's render (or a bare element from `component`), decorators innermost-first.
import type { Result } from 'axe-core'
import { fixture, html } from '@open-wc/testing'
import { axeViolations, formatViolations } from './a11y.js'
import { allUpdatesComplete } from './dom.js'

type Args = Record<string, unknown>
interface A11yRule {
  id: string
  enabled?: boolean
}
/** The subset of Storybook's `parameters.a11y` this check honours. */
export interface A11yParameters {
  /** Skips the check; allowed only together with `reason`. */
  disable?: boolean
  /** Storybook 9+: 'off' and 'todo' are treated like `disable` (a reason is required). */
  test?: 'off' | 'todo' | 'error'
  reason?: string
  config?: { rules?: A11yRule[] }
}
interface Parameters {
  a11y?: A11yParameters
  [key: string]: unknown
}
interface StoryContext {
  id: string
  name: string
  title: string
  args: Args
  parameters: Parameters
  component?: string
  globals: Record<string, unknown>
  argTypes: Record<string, unknown>
  viewMode: 'story'
  loaded: Record<string, unknown>
}
type RenderFn = (args: Args, context: StoryContext) => unknown
type Decorator = (story: () => unknown, context: StoryContext) => unknown

export interface StoryMeta {
  title?: string
  component?: string
  args?: Args
  render?: RenderFn
  decorators?: Decorator[]
  parameters?: Parameters
  includeStories?: string[] | RegExp
  excludeStories?: string[] | RegExp
}
export interface StoryAnnotations {
  name?: string
  args?: Args
  render?: RenderFn
  decorators?: Decorator[]
  parameters?: Parameters
  play?: unknown
}
export type StoriesModule = Record<string, unknown>

export interface StoryEntry {
  exportName: string
  title: string
  name: string
  /** `<title> › <name>` */
  fullName: string
  context: StoryContext
  a11y: A11yParameters
  render: () => unknown
}

export interface StoryCheck {
  status: 'passed' | 'failed' | 'skipped'
  violations: Result[]
  /** Why it failed (readable) or why it was skipped (the story's reason). */
  message: string
}

/** Storybook's name for an unnamed export: `BadA11y` → `Bad A 11 Y`. */
export function storyNameFromExport(key: string): string {
  return key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2')
    .replace(/\b\w/g, (c) => c.toUpperCase())
    .trim()
}

/** Title from the file path when the meta has none: `stories/core/button.stories.ts` → `core/button`. */
function titleFromPath(path: string): string {
  return path.replace(/^.*?stories\//, '').replace(/\.stories\.\w+$/, '')
}

function matches(list: string[] | RegExp | undefined, key: string): boolean {
  if (!list) return false
  return Array.isArray(list) ? list.includes(key) : list.test(key)
}

function mergeA11y(meta?: A11yParameters, story?: A11yParameters): A11yParameters {
  const rules = new Map<string, A11yRule>()
  for (const r of [...(meta?.config?.rules ?? []), ...(story?.config?.rules ?? [])]) rules.set(r.id, r)
  return { ...meta, ...story, config: { rules: [...rules.values()] } }
}

/** Every story of a CSF module, in export order, ready to render. */
export function storiesOf(mod: StoriesModule, path = ''): StoryEntry[] {
  const meta = (mod.default ?? {}) as StoryMeta
  const title = meta.title ?? titleFromPath(path)
  const order = Array.isArray(mod.__namedExportsOrder) ? (mod.__namedExportsOrder as string[]) : Object.keys(mod)
  const entries: StoryEntry[] = []
  for (const exportName of order) {
    if (exportName === 'default' || exportName === '__namedExportsOrder') continue
    if (meta.includeStories && !matches(meta.includeStories, exportName)) continue
    if (matches(meta.excludeStories, exportName)) continue
    const raw = mod[exportName]
    if (raw === null || (typeof raw !== 'object' && typeof raw !== 'function')) continue
    // CSF2 function stories are their own render function.
    const story: StoryAnnotations = typeof raw === 'function' ? { render: raw as RenderFn } : (raw as StoryAnnotations)
    const name = story.name ?? storyNameFromExport(exportName)
    const parameters: Parameters = { ...meta.parameters, ...story.parameters }
    const a11y = mergeA11y(meta.parameters?.a11y, story.parameters?.a11y)
    const context: StoryContext = {
      id: `${title}--${exportName}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-'),
      name,
      title,
      args: { ...meta.args, ...story.args },
      parameters: { ...parameters, a11y },
      ...(meta.component ? { component: meta.component } : {}),
      globals: {},
      argTypes: {},
      viewMode: 'story',
      loaded: {},
    }
    const renderFn: RenderFn = story.render ?? meta.render ?? defaultRender
    let storyFn = (): unknown => renderFn(context.args, context)
    for (const decorate of [...(story.decorators ?? []), ...(meta.decorators ?? [])]) {
      const inner = storyFn
      storyFn = () => decorate(inner, context)
    }
    entries.push({ exportName, title, name, fullName: `${title} › ${name}`, context, a11y, render: storyFn })
  }
  return entries
}

/** @storybook/web-components' default: a bare `component` element with the args as properties. */
function defaultRender(args: Args, context: StoryContext): Element {
  if (!context.component) throw new Error(`Story "${context.title} › ${context.name}" has no render and its meta has no component`)
  const el = document.createElement(context.component)
  Object.assign(el, args)
  return el
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** Renders the story into a fixture, waits for every element inside to render, and runs axe. */
export async function checkStory(entry: StoryEntry): Promise<StoryCheck> {
  const { a11y } = entry
  if (a11y.disable || a11y.test === 'off' || a11y.test === 'todo') {
    const why = a11y.disable ? 'parameters.a11y.disable' : `parameters.a11y.test = '${a11y.test}'`
    if (a11y.reason?.trim()) return { status: 'skipped', violations: [], message: a11y.reason.trim() }
    return { status: 'failed', violations: [], message: `${entry.fullName}: ${why} needs a parameters.a11y.reason saying why` }
  }
  const rendered = entry.render()
  if (typeof rendered === 'string') {
    return { status: 'failed', violations: [], message: `${entry.fullName}: returns an HTML string; return a lit html\`\` template instead` }
  }
  const root = await fixture<HTMLDivElement>(html`<div data-story=${entry.context.id}>${rendered}</div>`)
  await withTimeout(allUpdatesComplete(root), 5_000, `Rendering ${entry.fullName}`)
  const rules = Object.fromEntries((a11y.config?.rules ?? []).map((r) => [r.id, { enabled: r.enabled !== false }]))
  const violations = await axeViolations(root, { rules })
  if (!violations.length) return { status: 'passed', violations, message: '' }
  return {
    status: 'failed',
    violations,
    message: `${entry.fullName}: ${violations.length} accessibility violation(s):\n${formatViolations(violations)}`,
  }
}
