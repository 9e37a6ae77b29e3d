/* global customElements, document, requestAnimationFrame, window */
// <wr-library> with no attributes, as a county page drops it in: how long until a resident can
// read and tap (the heading and every topic tile of the starter content), until residents' own
// words find something (the shared vocabulary loads on first search), and until a lesson opens
// with its picture drawn.
const until = (test) =>
  new Promise((resolve) => {
    const look = () => {
      const v = test()
      if (v) resolve(v)
      else requestAnimationFrame(look)
    }
    look()
  })
const t0 = performance.now()
await import('/workroom/library.js')
await customElements.whenDefined('wr-library')
const tDefine = performance.now()
const el = document.createElement('wr-library')
document.body.append(el)
const root = () => el.shadowRoot
const tiles = await until(() => {
  const n = root()?.querySelectorAll('.tile').length ?? 0
  return root()?.querySelector('h2')?.textContent.trim() && n > 0 ? n : 0
})
const tRender = performance.now()
const input = root().querySelector('input[type=search]')
input.value = '老板不给钱'
input.dispatchEvent(new Event('input'))
await el.updateComplete
const first = await until(() => root().querySelector('.tiles .tile .tile-title')?.textContent)
const tSearch = performance.now()
root().querySelector('.tiles .tile').click()
const picture = await until(() => {
  const lesson = root().querySelector('wr-lesson')
  const svg = lesson?.shadowRoot?.querySelector('svg[role=img]')
  return svg && svg.getBoundingClientRect().height > 40 ? svg.getAttribute('aria-label') : ''
})
const tLesson = performance.now()
window.result = { define: tDefine - t0, render: tRender - tDefine, total: tRender - t0, search: tSearch - tRender, lesson: tLesson - tSearch, tiles, first, picture }
