export * from './engine.js'
export { loadPack, overlay, checkOverlay, missingFigure, figureDiagnostics, type OverlayOptions } from './load.js'
export { regions } from './regions.js'
export { splitPack, splitText, TEXT_SECTIONS } from './pack-text.js'
