// Screenshots of an element on a test page against the same element in its Storybook story, and
// how much they differ: the share of pixels with no match within one pixel in the other image (a
// channel off by more than `threshold` out of 255), over the larger of the two sizes, so a height
// difference counts too.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'

export interface Difference {
  /** Different pixels / pixels of the larger box, 0…1. */
  ratio: number
  a: { width: number; height: number }
  b: { width: number; height: number }
}

/** Compares two PNGs in the browser (a canvas each): no image library needed. */
export async function compare(browser: Browser, a: Buffer, b: Buffer, threshold = 48): Promise<Difference> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    return await page.evaluate(
      async ([a64, b64, limit]) => {
        // No named inner functions: the TypeScript loader would wrap them in a helper the page lacks.
        const [x, y] = (await Promise.all(
          [a64 as string, b64 as string].map(async (data) => {
            const img = new Image()
            img.src = `data:image/png;base64,${data}`
            await img.decode()
            const c = document.createElement('canvas')
            c.width = img.width
            c.height = img.height
            const g = c.getContext('2d')!
            g.drawImage(img, 0, 0)
            return { w: img.width, h: img.height, data: g.getImageData(0, 0, img.width, img.height).data }
          }),
        )) as [{ w: number; h: number; data: Uint8ClampedArray }, { w: number; h: number; data: Uint8ClampedArray }]
        const w = Math.max(x.w, y.w)
        const h = Math.max(x.h, y.h)
        let different = 0
        const lim = limit as number
        for (let row = 0; row < h; row++) {
          for (let col = 0; col < w; col++) {
            if (row >= x.h || row >= y.h || col >= x.w || col >= y.w) {
              different++
              continue
            }
            // The same within one pixel: a box that lands half a pixel lower on one page is
            // rasterised one pixel lower, and that is not a difference anyone can see.
            const i = (row * x.w + col) * 4
            let same = false
            for (let dy = -1; dy <= 1 && !same; dy++) {
              for (let dx = -1; dx <= 1 && !same; dx++) {
                const r = row + dy
                const c = col + dx
                if (r < 0 || c < 0 || r >= y.h || c >= y.w) continue
                const j = (r * y.w + c) * 4
                same = Math.abs(x.data[i]! - y.data[j]!) <= lim && Math.abs(x.data[i + 1]! - y.data[j + 1]!) <= lim && Math.abs(x.data[i + 2]! - y.data[j + 2]!) <= lim
              }
            }
            if (!same) different++
          }
        }
        return { ratio: different / (w * h), a: { width: x.w, height: x.h }, b: { width: y.w, height: y.h } }
      },
      [a.toString('base64'), b.toString('base64'), threshold] as const,
    )
  } finally {
    await context.close()
  }
}

/** Lets layout, fonts and lazily loaded parts settle before a screenshot. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.waitForTimeout(400)
}

/**
 * Opens a story at the width the element has on the test page (a story fills its frame, so the
 * frame is sized to match) and screenshots the element there.
 */
export async function storyShot(browser: Browser, storybookUrl: string, id: string, tag: string, width: number): Promise<Buffer> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  try {
    const page = await context.newPage()
    await page.goto(`${storybookUrl}/iframe.html?id=${id}&viewMode=story`)
    const el = page.locator(tag).first()
    await el.waitFor()
    await settle(page)
    const box = (await el.boundingBox())!
    if (Math.round(box.width) !== Math.round(width)) {
      await page.setViewportSize({ width: Math.round(1280 - box.width + width), height: 900 })
      await settle(page)
    }
    return await el.screenshot({ animations: 'disabled', caret: 'hide' })
  } finally {
    await context.close()
  }
}

/** Keeps the screenshots for a person to look at, when WORKROOM_SCREENSHOTS names a directory. */
export function keep(name: string, png: Buffer): void {
  const dir = process.env.WORKROOM_SCREENSHOTS
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `${name}.png`), png)
}

export async function elementShot(el: Locator): Promise<Buffer> {
  return el.screenshot({ animations: 'disabled', caret: 'hide' })
}
