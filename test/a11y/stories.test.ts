// Every story of every stories/**/*.stories.ts is an accessibility test (WCAG 2.x A/AA via axe).
import storyFiles from 'virtual:workroom-stories'
import { storiesOf, checkStory, type StoryEntry } from '../helpers/stories.js'

// Load all story files before mocha collects tests; a file that fails to load becomes one failing test.
const loaded = await Promise.all(
  storyFiles.map(async ({ path, load }) => {
    try {
      return { path, stories: storiesOf(await load(), path), error: undefined }
    } catch (error) {
      return { path, stories: [] as StoryEntry[], error }
    }
  }),
)

describe('Stories are accessible', () => {
  if (!storyFiles.length) {
    it('has no story files yet (nothing to check)', () => {})
  }
  for (const { path, stories, error } of loaded) {
    if (error) {
      it(`${path} loads`, () => {
        throw error
      })
      continue
    }
    for (const story of stories) {
      it(`${story.fullName} has no accessibility violations`, async function () {
        const result = await checkStory(story)
        if (result.status === 'skipped') this.skip()
        if (result.status === 'failed') throw new Error(result.message)
      })
    }
  }
})
