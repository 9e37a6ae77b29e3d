// Vocabulary shared by the schema and the elements, without zod (elements must not pull it in).

export const AUDIENCES = ['elderly', 'farmers', 'migrant-workers', 'women', 'youth'] as const

/** Illustration ids available in the package (see illustrations.ts). */
export const ILLUSTRATIONS = [
  'constitution', 'family', 'inheritance', 'contract', 'person', 'land', 'home', 'elder',
  'wages', 'injury', 'traffic', 'shield', 'phone', 'money', 'no-drugs', 'tree', 'legal-aid',
  'mediation', 'scales', 'book',
] as const

export const NEXT_STEPS = ['screener', 'booking', 'hotline'] as const
