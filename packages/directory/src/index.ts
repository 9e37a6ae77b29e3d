import './translations.js'
export { WrServiceDirectory, type DirectoryChangeDetail } from './service-directory/service-directory.js'
export * from '@workroom/core/directory'
