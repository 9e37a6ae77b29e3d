// A legal-aid application as the resident's flow sends it: a migrant worker owed wages, applying
// for herself at the Dongping workroom kiosk of the demo office (qingshi). Shared by the contract,
// county service and end-to-end tests.
import type { ApplicationSubmission } from '../../packages/screening/src/application/contract.ts'

export const APPLICANT_MOBILE = '13800138000'

export function sampleSubmission(over: Partial<ApplicationSubmission> = {}): ApplicationSubmission {
  return {
    idempotencyKey: crypto.randomUUID(),
    officeId: 'qingshi',
    workroomId: 'dongping-workroom',
    channel: 'kiosk',
    applicant: { for: 'self', name: '王秀英', mobile: APPLICANT_MOBILE, address: { villageId: 'dongping-workroom', text: '东坪村三组 12 号' } },
    matter: {
      problem: 'wages', cause: 'labour', position: 'applicant', aidKind: 'arbitration', stage: 'not-started',
      account: { chips: ['unpaid', 'no-contract'], text: '工地老板欠了三个月工资。' }, urgency: { urgent: false },
    },
    screening: {
      packId: 'national', packVersion: '1.0.0', outcome: 'eligible-means-waived',
      facts: { problem: 'wages', side: 'claimant', hasLawyer: false, 'applicant.groups': ['migrant-worker'] },
      reasons: [{ code: 'scope-pay-and-labour', citations: [{ law: 'LAL', article: 31, item: 5 }] }, { code: 'waived-migrant-worker', citations: [{ law: 'LAL', article: 42, item: 4 }] }],
      materials: ['id-card', 'proof-of-work'], groups: ['migrant-worker'],
    },
    consent: { given: true, sensitive: false, version: '2026-1', at: '2026-03-02T08:00:00+08:00' },
    pledge: { accepted: true, readAloud: 'device', warningShown: true, version: '2026-1' },
    ...over,
  }
}
