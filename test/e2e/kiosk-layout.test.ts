// The kiosk's layout on the kiosk screens: 1080×1920 portrait and 1920×1080 landscape (see layout-suite.ts).
import { layoutSuite } from './layout-suite.js'

layoutSuite(['portrait', 'landscape'])
