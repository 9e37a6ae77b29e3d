// The story check must be able to fail: run it on deliberately broken and clean fixtures.
import { expect } from '../helpers/index.js'
import { storiesOf, checkStory, type StoryEntry, type StoriesModule } from '../helpers/stories.js'
import * as broken from './fixtures/broken.stories.js'
import * as good from './fixtures/good.stories.js'

function story(mod: StoriesModule, exportName: string): StoryEntry {
  const found = storiesOf(mod, 'fixtures').find((s) => s.exportName === exportName)
  if (!found) throw new Error(`no story ${exportName}`)
  return found
}

describe('Story accessibility check', () => {
  it('finds and names the violations of an inaccessible story', async () => {
    const result = await checkStory(story(broken, 'Inaccessible'))
    expect(result.status).to.equal('failed')
    const ids = result.violations.map((v) => v.id)
    expect(ids).to.include.members(['image-alt', 'button-name', 'color-contrast'])
    expect(result.message).to.contain('image-alt').and.contain('button-name').and.contain('color-contrast')
    expect(result.message).to.contain('Fixtures/Broken › Inaccessible')
  })

  it('lets a story switch off a single rule through parameters.a11y.config.rules', async () => {
    const result = await checkStory(story(broken, 'ContrastWaived'))
    const ids = result.violations.map((v) => v.id)
    expect(ids).to.not.include('color-contrast')
    expect(ids).to.include.members(['image-alt', 'button-name'])
  })

  it('refuses parameters.a11y.disable without a reason', async () => {
    const result = await checkStory(story(broken, 'DisabledWithoutReason'))
    expect(result.status).to.equal('failed')
    expect(result.message).to.contain('parameters.a11y.reason')
  })

  it('skips a story disabled with a reason', async () => {
    const result = await checkStory(story(broken, 'DisabledWithReason'))
    expect(result.status).to.equal('skipped')
    expect(result.message).to.equal('Shows the failure on purpose.')
  })

  it('passes an accessible story, with merged args', async () => {
    const entries = storiesOf(good, 'fixtures')
    expect(entries.map((s) => s.fullName)).to.deep.equal(['Fixtures/Good › Default', 'Fixtures/Good › English'])
    expect(entries[1]!.context.args).to.deep.equal({ label: 'Start' })
    for (const entry of entries) {
      const result = await checkStory(entry)
      expect(result.message).to.equal('')
      expect(result.status).to.equal('passed')
    }
  })

  it('names unnamed exports the way Storybook does', async () => {
    const { storyNameFromExport } = await import('../helpers/stories.js')
    expect(storyNameFromExport('BadA11y')).to.equal('Bad A 11 Y')
    expect(storyNameFromExport('ElderMode')).to.equal('Elder Mode')
  })
})
