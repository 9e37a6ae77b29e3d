import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { prepareDataDir, signIn, startService, type ServiceProcess } from './fixtures.ts'

// A freed place offered to the first resident on the waitlist: the message goes through the
// outbox to the configured sender — a webhook (tested against a receiver on loopback) or, by
// default, the service log without any personal data.
const consent = { version: '1', given: true as const, at: '2026-03-02T08:00:00+08:00' }
const DAY = '2026-03-03'
const work = mkdtempSync(join(tmpdir(), 'wr-waitlist-'))
const received: Array<{ headers: Record<string, unknown>; body: any }> = []
let failNext = 0
const receiver: Server = createServer(async (req, res) => {
  let body = ''
  for await (const c of req) body += c
  if (failNext > 0) {
    failNext--
    return void res.writeHead(503).end()
  }
  received.push({ headers: req.headers, body: JSON.parse(body) })
  res.writeHead(204).end()
})
let webhook: ServiceProcess
let plain: ServiceProcess

async function joinQueue(url: string, name: string, mobile: string): Promise<string> {
  const res = await fetch(`${url}/api/booking/offices/qingshi/waitlist`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ serviceId: 'adviser', date: DAY, details: { name, mobile, needs: [] }, consent, idempotencyKey: crypto.randomUUID() }),
  })
  assert.equal(res.status, 200)
  return ((await res.json()) as { id: string }).id
}

async function api(url: string, cookie: string, route: string, body: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${url}/api/console${route}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) })
  return { status: res.status, json: await res.json() }
}

before(async () => {
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r))
  const hook = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/sms`
  await prepareDataDir(join(work, 'a'))
  await prepareDataDir(join(work, 'b'))
  webhook = await startService(['--data', join(work, 'a'), '--now', '2026-03-02T08:00:00+08:00', '--no-rate-limit', '--notify-webhook', hook])
  plain = await startService(['--data', join(work, 'b'), '--now', '2026-03-02T08:00:00+08:00', '--no-rate-limit'])
})
after(async () => {
  receiver.close()
  await webhook?.stop()
  await plain?.stop()
  rmSync(work, { recursive: true, force: true })
})

describe('Waitlist offers through the notification outbox', () => {
  it('lists the day’s queue masked, in order, with the places free', async () => {
    const first = await joinQueue(webhook.url, '孙明华', '13611112222')
    const second = await joinQueue(webhook.url, '周玉兰', '13633334444')
    const cookie = await signIn(webhook.url, 'clerk')
    const list = (await api(webhook.url, cookie, '/waitlist', { date: DAY })).json.entries
    assert.deepEqual(list.map((e: { id: string; position: number }) => [e.id, e.position]), [[first, 1], [second, 2]])
    assert.equal(list[0].name, '孙*华')
    assert.equal(list[0].mobile, '136****2222')
    assert.ok(list[0].free > 0)
    assert.equal(JSON.stringify(list).includes('13611112222'), false)
    const hexi = await signIn(webhook.url, 'hexi-clerk')
    assert.deepEqual((await api(webhook.url, hexi, '/waitlist', { date: DAY })).json.entries, [])
    assert.equal((await api(webhook.url, hexi, '/waitlist/offer', { officeId: 'qingshi', id: first })).status, 403)
    assert.equal((await api(webhook.url, cookie, '/waitlist', { date: 'soon' })).status, 400)
  })

  it('offers a free place: the webhook gets the message as JSON; a second offer is refused', async () => {
    const cookie = await signIn(webhook.url, 'clerk')
    const [first] = (await api(webhook.url, cookie, '/waitlist', { date: DAY })).json.entries
    const r = await api(webhook.url, cookie, '/waitlist/offer', { officeId: 'qingshi', id: first.id })
    assert.equal(r.status, 200, JSON.stringify(r.json))
    assert.equal(r.json.entry.status, 'offered')
    assert.equal(received.length, 1)
    const msg = received[0]!
    assert.deepEqual({ kind: msg.body.kind, office: msg.body.officeId, date: msg.body.date, to: msg.body.to }, { kind: 'waitlist-offer', office: 'qingshi', date: DAY, to: { name: '孙明华', mobile: '13611112222' } })
    assert.match(msg.body.start, /^2026-03-03T/)
    assert.equal(msg.headers['idempotency-key'], `workroom-notification-${r.json.notification}`)
    assert.equal((await api(webhook.url, cookie, '/waitlist/offer', { officeId: 'qingshi', id: first.id })).status, 409)
    const audit = (await api(webhook.url, await signIn(webhook.url, 'admin'), '/audit', { record: first.id })).json.entries.map((e: { action: string }) => e.action)
    assert.ok(audit.includes('waitlist.offer'))
    assert.equal(webhook.output().includes('13611112222'), false)
  })

  it('keeps a message the gateway refused in the outbox and sends it on the next run', async () => {
    const cookie = await signIn(webhook.url, 'clerk')
    const [next] = (await api(webhook.url, cookie, '/waitlist', { date: DAY })).json.entries.filter((e: { status: string }) => e.status === 'waiting')
    failNext = 1
    const before = received.length
    assert.equal((await api(webhook.url, cookie, '/waitlist/offer', { officeId: 'qingshi', id: next.id })).status, 200)
    assert.equal(received.length, before)
    // The next offer's dispatch sends the one left behind too, oldest first.
    const third = await joinQueue(webhook.url, '吴大山', '13655556666')
    await api(webhook.url, cookie, '/waitlist/offer', { officeId: 'qingshi', id: third })
    assert.deepEqual(received.slice(before).map((m) => m.body.to.mobile), ['13633334444', '13655556666'])
  })

  it('by default writes the offer to the service log, without the name or the mobile', async () => {
    const id = await joinQueue(plain.url, '郑秀珍', '13677778888')
    const cookie = await signIn(plain.url, 'clerk')
    assert.equal((await api(plain.url, cookie, '/waitlist/offer', { officeId: 'qingshi', id })).status, 200)
    // The service writes its log in batches: give the line a moment to arrive.
    const find = () => plain.output().split('\n').find((l) => l.includes('"kind":"waitlist-offer"'))
    for (let i = 0; i < 40 && !find(); i++) await new Promise((r) => setTimeout(r, 50))
    const line = find()
    assert.ok(line, 'a log line for the notification')
    assert.equal(/郑秀珍|13677778888|7888/.test(plain.output()), false)
  })
})
