// The ids of the shared picture set, without the drawings (schemas and tools import this alone).

/** Every picture in the set; content packs, home tiles and the screener name them by id. */
export const PICTURES = [
  'people', 'village', 'workroom', 'mediation', 'labour-site', 'unpaid-wages', 'work-injury',
  'courtroom', 'id-card', 'dibao-card', 'scam-call', 'fund-raising', 'family-home', 'elder-care',
  'farmland', 'homestead', 'contract', 'traffic', 'protection', 'legal-aid', 'study-group',
  'environment', 'no-drugs', 'constitution', 'inheritance', 'well-done', 'think-again',
  'appointment', 'divorce', 'neighbours', 'demolition',
] as const

export type PictureId = (typeof PICTURES)[number]

export function isPictureId(id: string): id is PictureId {
  return (PICTURES as readonly string[]).includes(id)
}
