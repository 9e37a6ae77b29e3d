// Storybook: `npm run storybook` (port 6006) and `npm run build-storybook` (storybook-static/).
// Works offline: no telemetry, no update checks. Workspace packages load from their TypeScript
// sources (`source` export condition); the TS transform follows the root tsconfig.json, which
// has the legacy decorators Lit's @property needs.
import type { StorybookConfig } from '@storybook/web-components-vite'
import { defaultClientConditions, mergeConfig } from 'vite'

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    // The kiosk's service worker belongs to the kiosk, not to the component docs.
    viteConfig.plugins = (viteConfig.plugins ?? []).flat().filter((p) => !(p && typeof p === 'object' && 'name' in p && String(p.name).startsWith('vite-plugin-pwa')))
    return mergeConfig(viteConfig, {
      resolve: { conditions: ['source', ...defaultClientConditions] },
      // Storybook's own UI and axe are large by nature; size budgets are checked by `npm run size`.
      build: { chunkSizeWarningLimit: 4096, reportCompressedSize: false },
    })
  },
}
export default config
