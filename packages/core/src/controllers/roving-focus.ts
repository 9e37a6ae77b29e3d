// A group with one tab stop whose items are reached with the arrow keys (a calendar's days, a
// grid of cards): ←/→ the previous and next item, ↑/↓ the item above and below, Home/End the
// first and last of the row, Ctrl+Home/Ctrl+End the first and last of all (the ARIA grid keys).

export interface RovingFocusOptions {
  /** The items, inside the element the keydown listener is on. */
  selector: string
  /**
   * Where an item sits: its row and column. Default: the table cell it is in (rowIndex,
   * cellIndex), else one row of items in order.
   */
  position?: (item: HTMLElement, index: number) => readonly [row: number, column: number]
}

function tablePosition(item: HTMLElement, index: number): readonly [number, number] {
  const cell = item.closest('td, th') as HTMLTableCellElement | null
  const row = cell?.parentElement as HTMLTableRowElement | null
  return cell && row ? [row.rowIndex, cell.cellIndex] : [0, index]
}

/** The next item for a key, or undefined when the key is not a move (or there is nowhere to go). */
export function rovingTarget(items: readonly HTMLElement[], from: HTMLElement, e: Pick<KeyboardEvent, 'key' | 'ctrlKey'>, position = tablePosition): HTMLElement | undefined {
  const i = items.indexOf(from)
  if (i < 0) return undefined
  const at = items.map((x, n) => position(x, n))
  const [row, col] = at[i]!
  const inRow = items.filter((_, n) => at[n]![0] === row)
  const vertical = (dr: number) => items.find((_, n) => at[n]![0] === row + dr && at[n]![1] === col)
  switch (e.key) {
    case 'ArrowLeft':
      return items[i - 1]
    case 'ArrowRight':
      return items[i + 1]
    case 'ArrowUp':
      return vertical(-1)
    case 'ArrowDown':
      return vertical(1)
    case 'Home':
      return e.ctrlKey ? items[0] : inRow[0]
    case 'End':
      return e.ctrlKey ? items.at(-1) : inRow.at(-1)
    default:
      return undefined
  }
}

/**
 * A keydown listener for the group's container: moves focus and the one tab stop (`tabindex="0"`,
 * the others -1) to the item the key names. Works across a shadow root (the event's first target).
 */
export function rovingFocus(options: RovingFocusOptions): (e: KeyboardEvent) => void {
  return (e) => {
    const container = e.currentTarget as HTMLElement
    const items = [...container.querySelectorAll<HTMLElement>(options.selector)]
    const from = (e.composedPath() as Element[]).find((n): n is HTMLElement => n instanceof HTMLElement && items.includes(n))
    if (!from) return
    const next = rovingTarget(items, from, e, options.position)
    if (!next && !['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key)) return
    e.preventDefault()
    if (!next || next === from) return
    from.tabIndex = -1
    next.tabIndex = 0
    next.focus()
  }
}
