import { expect, expectNoAxeViolations, fixture, html, waitUntil } from '../helpers/index.js'
import '@workroom/console/elements'
import type { WrConsoleApp } from '@workroom/console'
import { fakeClient } from '../../stories/console/data.js'

const root = (el: Element) => el.shadowRoot!
const text = (el: Element) => root(el).textContent ?? ''

async function signIn(el: WrConsoleApp, username = 'admin', password = 'correct-horse-battery'): Promise<void> {
  await waitUntil(() => root(el).querySelector('#username'), 'the sign-in form shows')
  ;(root(el).querySelector('#username') as HTMLInputElement).value = username
  ;(root(el).querySelector('#password') as HTMLInputElement).value = password
  ;(root(el).querySelector('form') as HTMLFormElement).requestSubmit()
}

describe('wr-console-app', () => {
  it('signs in and shows the navigation the role may use', async () => {
    const el = await fixture<WrConsoleApp>(html`<wr-console-app lang="zh-Hans" .client=${fakeClient({ signedIn: false, role: 'workroom-adviser' })}></wr-console-app>`)
    await signIn(el)
    await waitUntil(() => root(el).querySelector('nav'), 'signed in')
    const links = [...root(el).querySelectorAll('nav a')].map((a) => a.textContent)
    expect(links).to.deep.equal(['今日预约', '法律援助申请', '一体机', '台账', '统计'])
    expect(root(el).querySelector('nav a[aria-current="page"]')?.textContent).to.equal('今日预约')
  })

  it('says a wrong password in plain words, with the lockout rule, and focuses the message', async () => {
    const el = await fixture<WrConsoleApp>(html`<wr-console-app lang="zh-Hans" .client=${fakeClient({ signedIn: false, signInStatus: 401 })}></wr-console-app>`)
    await signIn(el)
    await waitUntil(() => root(el).querySelector('#sign-in-error'), 'an error shows')
    expect(root(el).querySelector('#sign-in-error')!.textContent).to.contain('连续输错 5 次')
    expect(root(el).activeElement?.id).to.equal('sign-in-error')
    await expect(el).to.be.accessible()
  })

  it('says how long a locked account stays locked, by the service’s Retry-After', async () => {
    const el = await fixture<WrConsoleApp>(html`<wr-console-app lang="en" .client=${fakeClient({ signedIn: false, signInStatus: 423 })}></wr-console-app>`)
    await signIn(el)
    await waitUntil(() => /locked until/.test(root(el).querySelector('#sign-in-error')?.textContent ?? ''), 'the lock is explained in English')
    expect(root(el).querySelector('#sign-in-error')!.textContent).to.match(/locked until \d\d:\d\d \(about 15 minutes\)/)
    await expect(el).to.be.accessible()
  })

  it('warns before the idle sign-out, and "stay signed in" keeps the session (WCAG 2.2.1)', async () => {
    const client = fakeClient({ idleSeconds: 4 })
    let calls = 0
    const activity = () => calls++
    const el = await fixture<WrConsoleApp>(html`<wr-console-app lang="zh-Hans" warn-seconds="3" .client=${client}></wr-console-app>`)
    await waitUntil(() => root(el).querySelector('nav'), 'signed in')
    const before = client.onActivity!
    client.onActivity = () => (activity(), before())
    const dialog = root(el).querySelector('#expiry') as HTMLElement & { open: boolean }
    await waitUntil(() => dialog.open, 'the warning opens before the sign-out', { timeout: 4000 })
    expect(dialog.textContent).to.contain('自动退出')
    expect(root(el).querySelector('[role="status"][aria-live]')!.textContent).to.match(/秒后自动退出/)
    await expectNoAxeViolations(el)
    ;(dialog.querySelector('wr-button') as HTMLElement).click()
    await waitUntil(() => !dialog.open, 'the warning closes')
    expect(calls).to.be.greaterThan(0)
    expect(root(el).querySelector('nav')).to.exist
  })

  it('signs out when the idle time runs out, saying why', async () => {
    const el = await fixture<WrConsoleApp>(html`<wr-console-app lang="zh-Hans" warn-seconds="1" .client=${fakeClient({ idleSeconds: 2 })}></wr-console-app>`)
    await waitUntil(() => root(el).querySelector('nav'), 'signed in')
    await waitUntil(() => root(el).querySelector('#username'), 'signed out', { timeout: 9000 })
    expect(text(el)).to.contain('太久没有操作')
  })

  it('signs out everywhere from the bar', async () => {
    const el = await fixture<WrConsoleApp>(html`<wr-console-app lang="zh-Hans" .client=${fakeClient()}></wr-console-app>`)
    await waitUntil(() => root(el).querySelector('nav'), 'signed in')
    const button = [...root(el).querySelectorAll('header button')].find((b) => b.textContent === '所有设备退出') as HTMLButtonElement
    button.click()
    await waitUntil(() => root(el).querySelector('#username'), 'signed out')
    expect(text(el)).to.contain('已在所有设备上退出登录')
  })
})
