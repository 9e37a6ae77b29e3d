/**
 * Kiosk lockdown for a shared touchscreen: no context menu, no selection outside inputs, no
 * pinch or ctrl-wheel zoom, no new windows, no Back into a previous person's screens.
 * Never used when components are embedded in a county website.
 */
export function lockDown(win: Window = window): () => void {
  const doc = win.document
  const isEditable = (t: EventTarget | null): boolean => {
    const el = (t as Element | null)?.closest?.('input, textarea, [contenteditable="true"]')
    return el != null
  }
  const stop = (e: Event): void => e.preventDefault()
  const onSelect = (e: Event): void => {
    if (!isEditable(e.composedPath()[0] ?? null)) e.preventDefault()
  }
  const onWheel = (e: WheelEvent): void => {
    if (e.ctrlKey) e.preventDefault()
  }
  const onKey = (e: KeyboardEvent): void => {
    // Browser zoom and history shortcuts; Alt+Left is Back.
    if ((e.ctrlKey || e.metaKey) && ['+', '-', '=', '0', 'p', 's', 'o', 'n', 't'].includes(e.key.toLowerCase())) e.preventDefault()
    if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) e.preventDefault()
  }
  const onTouch = (e: TouchEvent): void => {
    if (e.touches.length > 1) e.preventDefault()
  }
  const onClick = (e: MouseEvent): void => {
    // Links out of the app never open: external addresses are shown as QR codes instead.
    const a = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement)
    if (a && (a.target === '_blank' || new URL(a.href, win.location.href).origin !== win.location.origin)) e.preventDefault()
  }
  const opts = { capture: true, passive: false } as const
  const listeners: [string, (e: never) => void][] = [
    ['contextmenu', stop],
    ['selectstart', onSelect],
    ['dragstart', stop],
    ['gesturestart', stop],
    ['wheel', onWheel],
    ['keydown', onKey],
    ['touchmove', onTouch],
    ['click', onClick],
  ]
  for (const [type, fn] of listeners) doc.addEventListener(type, fn as EventListener, opts)
  const originalOpen = win.open
  win.open = () => null
  return () => {
    for (const [type, fn] of listeners) doc.removeEventListener(type, fn as EventListener, opts)
    win.open = originalOpen
  }
}
