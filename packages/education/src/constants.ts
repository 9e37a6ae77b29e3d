// Vocabulary shared by the schema and the elements, without zod (elements must not pull it in).

export const AUDIENCES = ['elderly', 'farmers', 'migrant-workers', 'women', 'youth'] as const

/** Illustration ids available in the package (see illustrations.ts). */
export const ILLUSTRATIONS = [
  'constitution', 'family', 'inheritance', 'contract', 'person', 'land', 'home', 'elder',
  'wages', 'injury', 'traffic', 'shield', 'phone', 'money', 'no-drugs', 'tree', 'legal-aid',
  'mediation', 'scales', 'book',
] as const

/** Where a story or lesson can send the resident: the screener, a booking, a mediator (a booking for mediation), the 12348 hotline. */
export const NEXT_STEPS = ['screener', 'booking', 'mediation', 'hotline'] as const

export { PICTURES } from '@workroom/core/picture-ids'

/** Media limits a kiosk can precache and play: per item, and for the starter pack's own video. */
export const MEDIA_LIMITS = {
  video: { maxBytes: 20 * 1024 * 1024, maxSeconds: 600, types: ['video/mp4', 'video/webm'] },
  audio: { maxBytes: 5 * 1024 * 1024, maxSeconds: 600, types: ['audio/mpeg', 'audio/mp4', 'audio/ogg', 'audio/webm'] },
} as const
