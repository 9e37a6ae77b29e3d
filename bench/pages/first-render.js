/* global location, customElements, document, requestAnimationFrame, window */
// Loads one embed, creates its element and waits for its first heading: how long a county page
// waits from the script starting to something a resident can read. ?entry=screening&tag=wr-aid-screener
const params = new URLSearchParams(location.search)
const entry = params.get('entry')
const tag = params.get('tag')
const t0 = performance.now()
await import(`/workroom/${entry}.js`)
await customElements.whenDefined(tag)
const t1 = performance.now()
const el = document.createElement(tag)
for (const [k, v] of params) if (k.startsWith('attr-')) el.setAttribute(k.slice(5), v)
document.body.append(el)
const heading = await new Promise((resolve) => {
  const look = () => {
    const h = el.shadowRoot && el.shadowRoot.querySelector('h2')
    if (h && h.textContent.trim()) resolve(h.textContent.trim())
    else requestAnimationFrame(look)
  }
  look()
})
const t2 = performance.now()
window.result = { define: t1 - t0, render: t2 - t1, total: t2 - t0, heading }
