// Defines the console's elements and the core elements it is made of (the only side effects). Not an embed entry: the console is a page of the county service, not a county website element.
import '@workroom/core/define/button'
import '@workroom/core/define/dialog'
import '@workroom/core/define/qr-code'
import { defineElement } from '@workroom/core'
import { WrConsoleApp } from './console-app/console-app.js'
import { WrConsoleToday } from './today/today-view.js'
import { WrConsoleKiosks } from './kiosks/kiosks-view.js'
import { WrConsoleUsers } from './users/users-view.js'
import { WrConsoleAudit } from './audit/audit-view.js'
import { WrConsoleLedger } from './ledger/ledger-view.js'
import { WrConsoleStats } from './stats/stats-view.js'
import { WrConsoleSchedules } from './schedules/schedules-view.js'
import { WrConsoleApplications } from './applications/applications-view.js'

defineElement('wr-console-app', WrConsoleApp)
defineElement('wr-console-today', WrConsoleToday)
defineElement('wr-console-kiosks', WrConsoleKiosks)
defineElement('wr-console-users', WrConsoleUsers)
defineElement('wr-console-audit', WrConsoleAudit)
defineElement('wr-console-ledger', WrConsoleLedger)
defineElement('wr-console-stats', WrConsoleStats)
defineElement('wr-console-schedules', WrConsoleSchedules)
defineElement('wr-console-applications', WrConsoleApplications)
