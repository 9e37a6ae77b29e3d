import '@workroom/core/define'
import { defineElement } from '@workroom/core'
import { WrKioskApp } from './app.js'
import { loadConfig } from './config.js'
import { lockDown } from './lockdown.js'

defineElement('wr-kiosk-app', WrKioskApp)
lockDown()

const app = document.querySelector('wr-kiosk-app') as WrKioskApp
const result = await loadConfig(new URL('workroom.json', document.baseURI).href)
if (result.ok) app.config = result.config
else app.configProblems = result.problems
document.title = app.config.workroom.name['zh-Hans']
