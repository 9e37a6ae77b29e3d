// The directory's vocabularies, without the schema (a page can filter by them before zod loads).

/** What kind of place it is (the kinds a county's 公共法律服务 network has). */
export const DIRECTORY_KINDS = [
  'legal-aid-centre',
  'legal-aid-workstation',
  'public-legal-service-centre',
  'judicial-office',
  'workroom',
  'mediation-committee',
  'notary-office',
  'labour-arbitration',
  'court-litigation-service',
  'hotline',
  'law-firm',
] as const
export type DirectoryKind = (typeof DIRECTORY_KINDS)[number]

/** What a resident can get there: the needs the directory is searched by. */
export const DIRECTORY_NEEDS = ['legal-aid', 'consultation', 'mediation', 'notarisation', 'arbitration', 'litigation', 'hotline'] as const
export type DirectoryNeed = (typeof DIRECTORY_NEEDS)[number]
