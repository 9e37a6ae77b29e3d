// Old county sites still extend the built-in prototypes (`Object.prototype.extend = …`,
// `Array.prototype.remove = …`, Prototype.js, MooTools). Every such extension shows up in
// `for…in`, and zod walks its own tables with `for…in`: on such a page, building or using any
// schema throws. Data that can be checked at build time (rule packs, the starter content) is, and
// ships without zod; what must be checked on the page (a county's content pack, the booking
// service's replies) is checked inside this guard, which makes the page's extensions
// non-enumerable while our code runs and puts them back exactly as they were afterwards. The
// extensions stay callable throughout; only `for…in` stops seeing them.

const PROTOTYPES: object[] = [Object.prototype, Array.prototype, String.prototype, Number.prototype, Boolean.prototype, Function.prototype]

let depth = 0
let hidden: { target: object; key: string; descriptor: PropertyDescriptor }[] = []

function hide(): void {
  for (const target of PROTOTYPES) {
    for (const key of Object.keys(target)) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key)
      if (!descriptor?.configurable) continue
      Object.defineProperty(target, key, { ...descriptor, enumerable: false })
      hidden.push({ target, key, descriptor })
    }
  }
}

function restore(): void {
  for (const { target, key, descriptor } of hidden) {
    const now = Object.getOwnPropertyDescriptor(target, key)
    // Put back only what is still ours: the page may have replaced or deleted it meanwhile.
    if (now && !now.enumerable && now.configurable && ('value' in descriptor ? now.value === descriptor.value : now.get === descriptor.get)) {
      Object.defineProperty(target, key, descriptor)
    }
  }
  hidden = []
}

/** The enumerable extensions of the built-in prototypes on this page (none on a clean page). */
export function prototypeExtensions(): string[] {
  const names = ['Object', 'Array', 'String', 'Number', 'Boolean', 'Function']
  return PROTOTYPES.flatMap((p, i) => Object.keys(p).map((k) => `${names[i]}.prototype.${k}`))
}

/** Runs `fn` with the page's prototype extensions out of `for…in`; puts them back after. */
export function withCleanPrototypes<T>(fn: () => T): T {
  if (depth++ === 0) hide()
  try {
    return fn()
  } finally {
    if (--depth === 0) restore()
  }
}

/**
 * For a module that builds schemas as it loads: call it first thing in the module's body. The
 * page's extensions are hidden until the current task's synchronous work (the evaluation of the
 * whole module graph being loaded) is over, then put back. So `import { HttpProvider } from
 * '@workroom/booking'` works on an extended page, not only our own elements' guarded imports.
 */
export function guardModuleEvaluation(): void {
  if (pendingRestore) return
  pendingRestore = true
  if (depth++ === 0) hide()
  queueMicrotask(() => {
    pendingRestore = false
    if (--depth === 0) restore()
  })
}
let pendingRestore = false

/**
 * The same around asynchronous work, e.g. importing a module that builds schemas as it loads:
 * the extensions stay hidden until the promise settles (they remain callable).
 */
export async function withCleanPrototypesAsync<T>(fn: () => Promise<T>): Promise<T> {
  if (depth++ === 0) hide()
  try {
    return await fn()
  } finally {
    if (--depth === 0) restore()
  }
}
