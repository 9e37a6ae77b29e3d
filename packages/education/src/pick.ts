// The one rule of @workroom/core: the resident's language when written and not blank, else Chinese.
export { localize as pick } from '@workroom/core/localized'
