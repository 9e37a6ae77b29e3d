import { BookingConfig, type BookingConfigInput } from './config.js'

/**
 * A realistic demo: Dongping Village public legal service workroom, Qingshi Town judicial office
 * of Linhe County, and the county centre. Names of people are invented.
 */
export const demoConfigInput: BookingConfigInput = {
  version: 1,
  dataController: { 'zh-Hans': '临河县司法局青石镇司法所', en: 'Qingshi Town Judicial Office, Linhe County Justice Bureau' },
  places: [
    {
      id: 'dongping-workroom',
      kind: 'workroom',
      name: { 'zh-Hans': '东坪村公共法律服务工作室', en: 'Dongping Village public legal service workroom' },
      address: { 'zh-Hans': '东坪村村民委员会一楼', en: 'Ground floor, Dongping Village committee' },
    },
    {
      id: 'qingshi-office',
      kind: 'judicial-office',
      name: { 'zh-Hans': '青石镇司法所', en: 'Qingshi Town Judicial Office' },
      address: { 'zh-Hans': '青石镇人民路 18 号', en: '18 Renmin Road, Qingshi Town' },
      phone: '0000-0000000',
    },
    {
      id: 'linhe-centre',
      kind: 'county-centre',
      name: { 'zh-Hans': '临河县公共法律服务中心', en: 'Linhe County public legal service centre' },
    },
    { id: 'home', kind: 'home', name: { 'zh-Hans': '上门服务', en: 'At your home' } },
  ],
  staff: [
    { id: 'adviser-wang', name: '王律师', role: { 'zh-Hans': '村居法律顾问', en: 'Village legal adviser' }, placeId: 'dongping-workroom' },
    { id: 'mediator-li', name: '李调解员', role: { 'zh-Hans': '人民调解员', en: "People's mediator" }, placeId: 'dongping-workroom' },
    { id: 'aid-zhao', name: '赵老师', role: { 'zh-Hans': '法律援助代办员', en: 'Legal-aid desk officer' }, placeId: 'qingshi-office' },
    { id: 'lawyer-chen', name: '陈律师', role: { 'zh-Hans': '县公共法律服务中心律师', en: 'County centre lawyer' }, placeId: 'linhe-centre' },
  ],
  greenChannel: { reservedShare: 0.5, groups: ['elderly', 'disabled', 'migrant-wage-claim', 'military-family'] },
  closures: [],
  holdMinutes: 5,
  retentionDays: 180,
  services: [
    {
      id: 'adviser',
      kind: 'legal-consultation',
      name: { 'zh-Hans': '找村里的法律顾问咨询', en: 'Talk to the village legal adviser' },
      description: { 'zh-Hans': '王律师每周二上午在村工作室坐班', en: 'Lawyer Wang is at the village workroom every Tuesday morning' },
      placeId: 'dongping-workroom',
      minNoticeMinutes: 60,
      horizonDays: 30,
      rules: [{ weekday: 2, start: '09:00', end: '11:30', slotMinutes: 30, capacity: 2, staffId: 'adviser-wang' }],
    },
    {
      id: 'mediation',
      kind: 'mediation',
      name: { 'zh-Hans': '申请人民调解', en: "Ask for people's mediation" },
      description: { 'zh-Hans': '调解是自愿的，不收费。对方可以不同意调解。', en: 'Mediation is voluntary and free. The other party may decline.' },
      placeId: 'dongping-workroom',
      needsDescription: true,
      asksOtherParty: true,
      rules: [
        { weekday: 1, start: '14:30', end: '17:00', slotMinutes: 30, capacity: 1, staffId: 'mediator-li' },
        { weekday: 4, start: '14:30', end: '17:00', slotMinutes: 30, capacity: 1, staffId: 'mediator-li' },
      ],
    },
    {
      id: 'legal-aid',
      kind: 'legal-aid',
      name: { 'zh-Hans': '法律援助申请代办', en: 'Help applying for legal aid' },
      placeId: 'qingshi-office',
      needsIdNumber: true,
      rules: [1, 2, 3, 4, 5].flatMap((weekday) => [
        { weekday, start: '08:30', end: '11:30', slotMinutes: 30, capacity: 2, staffId: 'aid-zhao' },
        { weekday, start: '14:30', end: '17:00', slotMinutes: 30, capacity: 2, staffId: 'aid-zhao' },
      ]),
    },
    {
      id: 'video',
      kind: 'video-consultation',
      name: { 'zh-Hans': '和县里律师视频咨询', en: 'Video call with a county lawyer' },
      placeId: 'linhe-centre',
      joinMethod: {
        kind: 'kiosk-terminal',
        instructions: { 'zh-Hans': '请到东坪村工作室，用工作室的视频终端接通。', en: 'Come to the Dongping workroom and use its video terminal.' },
      },
      rules: [3, 5].map((weekday) => ({ weekday, start: '09:00', end: '11:00', slotMinutes: 20, capacity: 1, staffId: 'lawyer-chen' })),
    },
    {
      id: 'home-visit',
      kind: 'home-visit',
      name: { 'zh-Hans': '请工作人员上门服务', en: 'Ask for a home visit' },
      description: { 'zh-Hans': '给行动不便的老人、残疾人和重病的人', en: 'For older, disabled or seriously ill people who cannot come' },
      placeId: 'home',
      eligibleGroups: ['elderly', 'disabled'],
      minNoticeMinutes: 24 * 60,
      rules: [{ weekday: 4, start: '09:00', end: '11:00', slotMinutes: 60, capacity: 1, staffId: 'mediator-li' }],
    },
  ],
}

export const demoConfig: BookingConfig = BookingConfig.parse(demoConfigInput)
