// The county console in Chromium against a real county service process on a PGlite directory:
// what staff see and do, each role kept to its offices, kiosks, the ledger, lockout, reflow.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { DAY, bookOnline, openConsole, showDay, signInAs, startConsoleSite, syncKioskBooking, type ConsoleSite } from './console-site.ts'

let site: ConsoleSite
before(async () => {
  site = await startConsoleSite()
})
after(async () => {
  await site?.close()
})

describe('County console, end to end', () => {
  it('a booking made through HttpProvider appears in Today, masked; marking it attended shows in the ledger', async () => {
    const booking = await bookOnline(site, 'qingshi', 'adviser', '陈桂芳')
    const p = await openConsole(site)
    try {
      await signInAs(p, 'clerk')
      await showDay(p)
      const row = p.page.locator(`wr-console-today tr[data-code="${booking.code}"]`)
      await row.waitFor()
      assert.match(await row.innerText(), /陈\*芳/)
      assert.doesNotMatch(await row.innerText(), /陈桂芳|13912345678/)
      assert.match(await p.page.locator('wr-console-today h2').first().innerText(), /东坪村/)
      // Show details: the whole name, and an audited opening.
      await row.locator('button', { hasText: '查看信息' }).click()
      await p.page.waitForFunction((code) => document.querySelector('wr-console-app')?.shadowRoot?.querySelector('wr-console-today')?.shadowRoot?.querySelector(`tr[data-code="${code}"]`)?.textContent?.includes('陈桂芳'), booking.code)
      await row.locator('button', { hasText: '已到场' }).click()
      await p.page.waitForFunction((code) => document.querySelector('wr-console-app')?.shadowRoot?.querySelector('wr-console-today')?.shadowRoot?.querySelector(`tr[data-code="${code}"] .status.arrived`) !== null, booking.code)
      await row.locator('button', { hasText: '已办理' }).click()
      await p.page.locator('wr-console-today #category').selectOption('neighbour')
      await p.page.locator('wr-console-today #outcome').selectOption('mediated')
      await p.page.locator('wr-console-today wr-button', { hasText: '保存' }).click()
      await row.locator('.status.attended').waitFor()
      // The ledger: this month's row with its category and outcome, no name.
      await p.page.locator('nav a', { hasText: '台账' }).click()
      await p.page.locator('wr-console-ledger #l-month').fill('2026-03')
      await p.page.locator('wr-console-ledger button[type=submit]').click()
      const ledgerRow = p.page.locator(`wr-console-ledger tr[data-code="${booking.code}"]`)
      await ledgerRow.waitFor()
      const text = await ledgerRow.innerText()
      assert.match(text, /邻里/)
      assert.match(text, /调解成功/)
      assert.match(text, /网站/)
      assert.match(text, /青石所工作人员/)
      assert.doesNotMatch(text, /陈桂芳/)
      // Names only when asked for.
      await p.page.locator('wr-console-ledger input[type=checkbox]').check()
      await p.page.locator('wr-console-ledger button[type=submit]').click()
      await p.page.waitForFunction((code) => document.querySelector('wr-console-app')?.shadowRoot?.querySelector('wr-console-ledger')?.shadowRoot?.querySelector(`tr[data-code="${code}"]`)?.textContent?.includes('陈桂芳'), booking.code)
      assert.deepEqual(p.problems, [])
    } finally {
      await p.close()
    }
  })

})

describe('County console, end to end: kiosks', () => {
  it('a kiosk’s offline booking synced with its device token appears under its workroom; a revoked token is refused', async () => {
    const { slots } = await (await fetch(`${site.url}/api/booking/offices/qingshi/slots/search`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceId: 'adviser', from: DAY, to: DAY }) })).json() as { slots: Array<{ id: string; remaining: number }> }
    const res = await syncKioskBooking(site, site.deviceToken, 'KSK001', slots.filter((s) => s.remaining > 0)[3]!.id, '王大山')
    assert.equal(res.status, 200)
    assert.equal(((await res.json()) as { results: Array<{ status: string }> }).results[0]!.status, 'applied')
    const p = await openConsole(site)
    try {
      await signInAs(p, 'adviser')
      await showDay(p)
      const row = p.page.locator('wr-console-today tr[data-code="KSK001"]')
      await row.waitFor()
      const group = p.page.locator('wr-console-today section.group', { has: p.page.locator('tr[data-code="KSK001"]') })
      assert.match(await group.locator('h2').innerText(), /东坪村公共法律服务工作室/)
      // The kiosk list shows its sync; the clerk (not the adviser) revokes it.
      await p.page.locator('nav a', { hasText: '一体机' }).click()
      await p.page.locator('wr-console-kiosks tr', { hasText: '东坪村一体机' }).waitFor()
      assert.equal(await p.page.locator('wr-console-kiosks tr wr-button', { hasText: '停用' }).count(), 0)
    } finally {
      await p.close()
    }
    const clerk = await openConsole(site)
    try {
      await signInAs(clerk, 'clerk')
      await clerk.page.locator('nav a', { hasText: '一体机' }).click()
      const kiosk = clerk.page.locator('wr-console-kiosks tr', { hasText: '东坪村一体机' })
      assert.doesNotMatch(await kiosk.innerText(), /还没有同步过/)
      await kiosk.locator('wr-button', { hasText: '停用' }).click()
      await clerk.page.locator('wr-console-kiosks #revoke-dialog wr-button', { hasText: '确认停用' }).click()
      await kiosk.locator('.status.cancelled').waitFor()
      assert.equal((await syncKioskBooking(site, site.deviceToken, 'KSK002', 'x', '王大山')).status, 401)
      // Register a new one: the token once, as text and QR code.
      await clerk.page.locator('wr-console-kiosks #kiosk-place').selectOption('dongping-workroom')
      await clerk.page.locator('wr-console-kiosks #kiosk-name').fill('东坪村新一体机')
      await clerk.page.locator('wr-console-kiosks form button[type=submit]').click()
      const token = await clerk.page.locator('wr-console-kiosks code.token').innerText()
      assert.match(token, /^wrd_/)
      await clerk.page.locator('wr-console-kiosks wr-qr-code').waitFor()
      assert.equal((await syncKioskBooking(site, token, 'KSK003', 'none', '王大山')).status, 200)
      await clerk.page.locator('wr-console-kiosks #token-dialog wr-button', { hasText: '关闭' }).click()
      assert.equal(await clerk.page.locator('wr-console-kiosks code.token').count(), 0)
      assert.deepEqual(clerk.problems, [])
    } finally {
      await clerk.close()
    }
  })

})

describe('County console, end to end: waitlist', () => {
  it('a resident on the waitlist is offered a place from Today; the offer goes to the outbox', async () => {
    const res = await fetch(`${site.url}/api/booking/offices/qingshi/waitlist`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serviceId: 'adviser', date: DAY, details: { name: '周玉兰', mobile: '13633334444', needs: [] }, consent: { version: '1', given: true, at: '2026-03-02T08:00:00+08:00' }, idempotencyKey: crypto.randomUUID() }),
    })
    const { id } = (await res.json()) as { id: string }
    const p = await openConsole(site)
    try {
      await signInAs(p, 'clerk')
      await showDay(p)
      const row = p.page.locator(`wr-console-today tr[data-waitlist="${id}"]`)
      await row.waitFor()
      assert.match(await row.innerText(), /周\*兰/)
      await row.locator('button', { hasText: '通知有空位' }).click()
      await row.getByText('已通知').waitFor()
      assert.match(await p.page.locator('wr-console-today [role=status]').first().innerText(), /已通知 周\*兰/)
      assert.deepEqual(p.problems, [])
    } finally {
      await p.close()
    }
  })
})

describe('County console, end to end: each office its own', () => {
  it('a staff user of office A cannot see office B, in the API and the UI', async () => {
    const hexi = await bookOnline(site, 'hexi', 'adviser', '河西居民')
    const qingshi = await bookOnline(site, 'qingshi', 'adviser', '青石居民', 1)
    const p = await openConsole(site)
    try {
      await signInAs(p, 'hexi-clerk')
      await showDay(p)
      await p.page.locator(`wr-console-today tr[data-code="${hexi.code}"]`).waitFor()
      assert.equal(await p.page.locator(`wr-console-today tr[data-code="${qingshi.code}"]`).count(), 0)
      assert.doesNotMatch(await p.page.locator('wr-console-today').innerText(), /青石/)
      assert.equal(await p.page.locator('nav a', { hasText: '账号' }).count(), 0)
      // The same session asked directly for the other office: refused.
      const status = await p.page.evaluate(async (code) => (await fetch('/api/console/bookings/open', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ officeId: 'qingshi', code }) })).status, qingshi.code)
      assert.equal(status, 403)
      const list = await p.page.evaluate(async () => (await (await fetch('/api/console/today', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ date: '2026-03-03' }) })).json()) as { bookings: Array<{ officeId: string }> })
      assert.ok(list.bookings.length > 0 && list.bookings.every((b) => b.officeId === 'hexi'))
    } finally {
      await p.close()
    }
  })

  it('locks the account after repeated wrong passwords, and says so in plain words', async () => {
    const p = await openConsole(site)
    try {
      for (let i = 0; i < 4; i++) {
        await signInAs(p, 'hexi-clerk', `wrong-password-${i}`)
        await p.page.locator('#sign-in-error', { hasText: '用户名或密码不对' }).waitFor()
      }
      await signInAs(p, 'hexi-clerk', 'wrong-password-5')
      const error = p.page.locator('#sign-in-error', { hasText: '账号已锁住' })
      await error.waitFor()
      assert.match(await error.innerText(), /约 1[45] 分钟/)
      // Even the right password waits for the lock to pass.
      await signInAs(p, 'hexi-clerk')
      await p.page.locator('#sign-in-error', { hasText: '账号已锁住' }).waitFor()
      assert.equal(await p.page.locator('wr-console-today').count(), 0)
      // The message has focus, so a screen reader reads it at once.
      assert.equal(await p.page.evaluate(() => document.querySelector('wr-console-app')?.shadowRoot?.activeElement?.id), 'sign-in-error')
    } finally {
      await p.close()
    }
  })

})

describe('County console, end to end: sessions and reflow', () => {
  it('signs out, and signs out everywhere (another browser’s session ends too)', async () => {
    const a = await openConsole(site)
    const b = await openConsole(site)
    try {
      await signInAs(a, 'admin')
      await signInAs(b, 'admin')
      await a.page.locator('wr-console-today').waitFor()
      await b.page.locator('wr-console-today').waitFor()
      await a.page.locator('header button', { hasText: '所有设备退出' }).click()
      await a.page.locator('p.notice', { hasText: '已在所有设备上退出登录' }).waitFor()
      // The other browser finds out at its next request.
      await b.page.locator('nav a', { hasText: '统计' }).click()
      await b.page.locator('p.notice', { hasText: '登录已结束' }).waitFor()
    } finally {
      await a.close()
      await b.close()
    }
  })

  it('reflows at 320 px with text at 200 %: no sideways scrolling', async () => {
    const p = await openConsole(site, { width: 320, height: 640 })
    try {
      // Text at 200 % (the browser's font size setting; CSSOM, which the page's CSP allows).
      await p.page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'))
      await signInAs(p, 'clerk')
      await showDay(p)
      await p.page.locator('wr-console-today tr[data-code]').first().waitFor()
      const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`)
      const size = await p.page.locator('wr-console-today h1').evaluate((h) => parseFloat(getComputedStyle(h).fontSize))
      assert.ok(size >= 50, `heading at ${size}px`)
    } finally {
      await p.close()
    }
  })
})

describe('County console, end to end: schedules', () => {
  it('office staff change a session’s places, see the preview, save a new version; at 320 px with 200 % text nothing scrolls sideways', async () => {
    const p = await openConsole(site, { width: 320, height: 640 })
    try {
      await p.page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'))
      await signInAs(p, 'clerk')
      await p.page.locator('nav a', { hasText: '排班' }).click()
      await p.page.locator('wr-console-schedules tr[data-date]').first().waitFor()
      const before = await p.page.evaluate(async () => (await (await fetch('/api/console/schedule', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ officeId: 'qingshi' }) })).json()) as { version: number })
      const capacity = p.page.locator('wr-console-schedules #f-services-0-rules-0-capacity-input')
      await capacity.fill('1000')
      await capacity.blur()
      await p.page.locator('wr-console-schedules #f-services-0-rules-0-capacity-problem', { hasText: '1 到 100' }).waitFor()
      await capacity.fill('3')
      await capacity.blur()
      const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`)
      await p.page.locator('wr-console-schedules button[type=submit]').click()
      await p.page.locator('wr-console-schedules #message', { hasText: `第 ${before.version + 1} 版` }).waitFor()
      const after = await p.page.evaluate(async () => (await (await fetch('/api/console/schedule', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ officeId: 'qingshi' }) })).json()) as { version: number; config: { services: Array<{ rules: Array<{ capacity: number }> }> } })
      assert.equal(after.version, before.version + 1)
      assert.equal(after.config.services[0]!.rules[0]!.capacity, 3)
      assert.deepEqual(p.problems, [])
    } finally {
      await p.close()
    }
  })
})
