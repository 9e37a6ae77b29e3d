export * from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
export const pressKey = (press: string) => sendKeys({ press })
export function activeElementDeep(): Element | null { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a }
