import '@workroom/core/define'
import { defineElement, overrideTranslations, type Language } from '@workroom/core'
import { WrKioskApp } from './app.js'
import { startConfig } from './config-store.js'
import { loadContent } from './content-store.js'
import type { WorkroomConfig } from './config.js'
import { lockDown } from './lockdown.js'

defineElement('wr-kiosk-app', WrKioskApp)
lockDown()

const app = document.querySelector('wr-kiosk-app') as WrKioskApp
void import('./pwa.js').then((pwa) => {
  app.updates = pwa.startServiceWorker()
})

/** What the page itself shows of the config: its title, default language and paper size for printing. */
function applyToPage(config: WorkroomConfig | undefined): void {
  if (!config) return
  document.title = config.workroom.name['zh-Hans']
  document.documentElement.dataset.paper = config.printer.enabled ? config.printer.paper : 'A4'
  for (const [lang, override] of Object.entries(config.translations ?? {})) overrideTranslations(lang as Language, override.strings)
}

const state = await startConfig(new URL('workroom.json', document.baseURI).href)
app.configState = state
applyToPage(state.config)
app.content = await loadContent(state.config?.content.packs ?? ['starter'])
await app.rest()
app.starting = false

app.addEventListener('wr-kiosk-config-applied', () => applyToPage(app.config))
setInterval(() => void app.checkConfigUpdate(), (app.config?.updates?.checkMinutes ?? 60) * 60_000)
void app.checkConfigUpdate()
window.addEventListener('online', () => void app.syncBookings())
setInterval(() => void app.syncBookings(), (app.config?.sync?.everyMinutes ?? 15) * 60_000)
