// The kiosk in Uyghur (ug), right to left, every screen of every flow at 1080×1920 and 320×640 (see languages-suite.ts).
import { languagesSuite } from './languages-suite.js'

languagesSuite('ug')
