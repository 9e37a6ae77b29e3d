// The kiosk's screens on phones: 390×844 and 320×640 (see layout-suite.ts).
import { layoutSuite } from './layout-suite.js'

layoutSuite(['phone', 'small'])
