// What the library opens, loaded when first needed: lesson, case story, quiz, video, read-aloud.
import { defineElement, WrReadAloud } from '@workroom/core'
import { WrLesson } from '../lesson/lesson.js'
import { WrCaseStory } from '../case-story/case-story.js'
import { WrQuiz } from '../quiz/quiz.js'
import { WrVideo } from '../video/video.js'

defineElement('wr-read-aloud', WrReadAloud)
defineElement('wr-lesson', WrLesson)
defineElement('wr-case-story', WrCaseStory)
defineElement('wr-quiz', WrQuiz)
defineElement('wr-video', WrVideo)
