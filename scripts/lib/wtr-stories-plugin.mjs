// Serves `virtual:workroom-stories`: a list of every stories file with a lazy import, built on
// each request, so a new stories file is tested with no config edit.
import { findFiles } from './files.mjs'

const ID = 'virtual:workroom-stories'
const URL_PATH = '/__workroom-stories__.js'

/** @param {{ root: string, dir?: string, suffix?: string }} options */
export function storiesPlugin({ root, dir = 'stories', suffix = '.stories.ts' }) {
  return {
    name: 'workroom-stories',
    resolveImport({ source }) {
      if (source === ID) return URL_PATH
    },
    serve(context) {
      if (context.path !== URL_PATH) return
      const files = findFiles(root, dir, suffix)
      const entries = files.map((f) => `  { path: ${JSON.stringify(f)}, load: () => import(${JSON.stringify('/' + f)}) },`)
      return { body: `export default [\n${entries.join('\n')}\n]\n`, type: 'js' }
    },
  }
}
