// Legal-aid applications on the kiosk: the screener's "申请法律援助" puts them into a sealed outbox
// on this device (never lost, whatever the network does) and they go to the county service with the
// bookings' sync (`sync.bookingServiceUrl`, the office's base URL; the device token). Without a
// county service the kiosk offers the printed sheet only.
import type { ApplicationOutbox, ApplicationSyncResult } from '@workroom/screening/application-outbox'
import type { ApplicationClient } from '@workroom/screening/application-client'
import type { ApplicationOptions } from '@workroom/screening/application-view'
import type { WorkroomConfig } from './config.js'

let runtime: { key: string; outbox: ApplicationOutbox; client: ApplicationClient } | undefined

/** The outbox and the county client for this config (one for the kiosk's life; renewed when the service changes). */
export async function loadApplications(config: WorkroomConfig | undefined, version: string): Promise<void> {
  const sync = config?.sync
  if (!sync) {
    runtime = undefined
    return
  }
  const key = `${sync.bookingServiceUrl}\n${sync.token ?? ''}`
  if (runtime?.key === key) return
  const [{ ApplicationOutbox }, { ApplicationClient }] = await Promise.all([import('@workroom/screening/application-outbox'), import('@workroom/screening/application-client')])
  const client = new ApplicationClient({ baseUrl: new URL(sync.bookingServiceUrl, document.baseURI).href, retries: 2, version, ...(sync.token ? { deviceToken: sync.token } : {}) })
  runtime = { key, client, outbox: new ApplicationOutbox({ client: () => client }) }
}

/** The villages and communities this county's workrooms serve (their directory entries), this workroom's first. */
export function villagesOf(config: WorkroomConfig | undefined): { id: string; name: string }[] {
  const entries = config?.directory?.entries.filter((e) => e.kind === 'workroom') ?? []
  const here = config?.workroom.directoryId
  return entries
    .sort((a, b) => (a.id === here ? -1 : b.id === here ? 1 : 0))
    .map((e) => ({ id: e.id, name: e.name['zh-Hans'].replace(/(公共法律服务|司法行政)?工作室$/, '') || e.name['zh-Hans'] }))
}

/** What the screener needs for applications on this kiosk. */
export function applicationOptions(config: WorkroomConfig | undefined): ApplicationOptions {
  const villages = villagesOf(config)
  if (!runtime || !config?.sync) return { villages }
  const { outbox } = runtime
  const officeId = new URL(config.sync.bookingServiceUrl, document.baseURI).pathname.replace(/\/+$/, '').split('/').pop() ?? ''
  return {
    villages,
    officeId,
    ...(config.workroom.directoryId ? { workroomId: config.workroom.directoryId } : {}),
    provider: {
      queues: true,
      submit: async (s) => {
        const receipt = await outbox.submit(s)
        // Online: on its way at once; offline: with the next sync.
        void syncApplications()
        return receipt
      },
      status: (req) => outbox.status(req),
    },
  }
}

/** Sends the applications waiting on this kiosk; nothing when there is no county service or no network. */
export async function syncApplications(): Promise<ApplicationSyncResult | undefined> {
  if (!runtime || !navigator.onLine) return undefined
  const { syncApplications: send } = await import('@workroom/screening/application-outbox')
  return send(runtime.outbox, runtime.client)
}

/** How many applications wait on this kiosk (nothing decrypted). */
export async function pendingApplications(): Promise<number> {
  return runtime ? runtime.outbox.count() : 0
}
