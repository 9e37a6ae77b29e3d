import '@workroom/core/define'
import { defineElement } from '@workroom/core'
import { WrLesson } from './lesson/lesson.js'
import { WrCaseStory } from './case-story/case-story.js'
import { WrQuiz } from './quiz/quiz.js'
import { WrLibrary } from './library/library.js'
import { WrVideo } from './video/video.js'
import { WrAttractFeed } from './attract-feed/attract-feed.js'

defineElement('wr-lesson', WrLesson)
defineElement('wr-case-story', WrCaseStory)
defineElement('wr-quiz', WrQuiz)
defineElement('wr-library', WrLibrary)
defineElement('wr-video', WrVideo)
defineElement('wr-attract-feed', WrAttractFeed)

declare global {
  interface HTMLElementTagNameMap {
    'wr-lesson': WrLesson
    'wr-case-story': WrCaseStory
    'wr-quiz': WrQuiz
    'wr-library': WrLibrary
    'wr-video': WrVideo
    'wr-attract-feed': WrAttractFeed
  }
}
