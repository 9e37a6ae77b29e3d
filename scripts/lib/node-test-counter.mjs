// node:test reporter that counts leaf tests only (not describe() suites nor tests with
// subtests) and emits one JSON line at the end: {"passed":n,"failed":n,"skipped":n}.
// A test file that crashes while loading arrives as a failed top-level test and counts as one.
export default async function* counter(source) {
  let passed = 0, failed = 0, skipped = 0
  // Per file and nesting depth: has a child finished since this level's last test? Children
  // always report before their parent.
  const childSeen = new Map()
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue
    const { nesting, file = '', skip, todo, details } = event.data
    const seen = childSeen.get(file) ?? []
    childSeen.set(file, seen)
    const hasChildren = seen[nesting + 1] === true
    seen[nesting + 1] = false
    seen[nesting] = true
    if (details?.type === 'suite' || hasChildren) continue
    // Under --test-name-pattern, Node reports every filtered-out test as skipped: not worth counting.
    if (skip || todo) skipped += process.env.WORKROOM_TEST_GREP ? 0 : 1
    else if (event.type === 'test:pass') passed++
    else failed++
  }
  yield JSON.stringify({ passed, failed, skipped }) + '\n'
}
