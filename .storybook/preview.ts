/// <reference types="vite/client" />
// Every story is checked with axe (addon-a11y); a violation is an error, as in `npm test`.
// The toolbar switches language and elder mode (长辈模式) for all stories.
import type { Preview } from '@storybook/web-components-vite'
import { setCustomElementsManifest } from '@storybook/web-components-vite'
import { html } from 'lit'

// custom-elements.json is generated (`npm run analyze`); a glob lets Storybook start without it.
const manifests = import.meta.glob<object>('../custom-elements.json', { eager: true, import: 'default' })
const manifest = Object.values(manifests)[0]
if (manifest) setCustomElementsManifest(manifest)

type Lang = 'zh-Hans' | 'bo' | 'ug' | 'en'
const LANGS: Lang[] = ['zh-Hans', 'bo', 'ug', 'en']

/** Switches the shared i18n instance; stories keep rendering if core cannot load. */
async function applyLanguage(lang: Lang): Promise<void> {
  try {
    const core = await import('@workroom/core')
    await core.setLanguage(lang)
  } catch (error) {
    console.warn('Workroom: could not switch language in the preview', error)
  }
}

const preview: Preview = {
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  globalTypes: {
    lang: {
      description: 'Language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'zh-Hans', title: '中文' },
          { value: 'bo', title: 'བོད་ཡིག Tibetan' },
          { value: 'ug', title: 'ئۇيغۇرچە Uyghur' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    elder: {
      description: 'Elder mode (长辈模式): larger text, higher contrast',
      toolbar: {
        title: 'Elder mode',
        icon: 'accessibility',
        items: [
          { value: 'off', title: 'Standard' },
          { value: 'on', title: '长辈模式 Elder mode' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'zh-Hans', elder: 'off' },
  decorators: [
    (story, { globals }) => {
      const lang: Lang = LANGS.includes(globals.lang as Lang) ? (globals.lang as Lang) : 'zh-Hans'
      void applyLanguage(lang)
      return html`<div lang=${lang} dir=${lang === 'ug' ? 'rtl' : 'ltr'} ?elder=${globals.elder === 'on'}>${story()}</div>`
    },
  ],
}
export default preview
