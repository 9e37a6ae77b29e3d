// The words residents type when they look for help, in one list shared by the screener's problem
// search and the library's search: "老板不给钱" finds unpaid wages in both, "墙" finds the
// neighbour and homestead matters in both. Plain data and two small functions, no DOM, so either
// side loads it when its search is first used.

/** One everyday concept: what residents call it, and where it leads. */
export interface Concept {
  /** A kebab-case name; the screener's problem id when there is one. */
  readonly id: string
  /** Screener problems (the rule engine's `problem` values) this concept points to. */
  readonly problems: readonly string[]
  /** Education topic ids (the starter pack's, which county packs are encouraged to reuse). */
  readonly topics: readonly string[]
  /** What residents say, colloquial first, then the usual terms. */
  readonly zh: readonly string[]
  readonly en: readonly string[]
  /** Pinyin initials of the main words (qx → 欠薪), for typing on a Latin keyboard. */
  readonly initials: readonly string[]
}

const c = (id: string, problems: string[], topics: string[], zh: string, en: string, initials = ''): Concept => ({
  id,
  problems,
  topics,
  zh: zh.split(' '),
  en: en.split('|'),
  initials: initials ? initials.split(' ') : [],
})

/** The shared list. Words are separated by spaces (Chinese) or `|` (English, which has spaces). */
export const VOCABULARY: readonly Concept[] = [
  c('wages', ['wages'], ['work'], '老板不给钱 不给工钱 不发工资 欠工资 要工钱 讨工钱 工钱 工资 欠薪 讨薪 拖欠 包工头 工头跑了 血汗钱 农民工', 'unpaid wages|wages|wage|pay|salary|not paid|boss|migrant worker', 'gq gz qx tx bgq'),
  c('labour-relationship', ['labour-relationship'], ['work'], '被开除 被辞退 炒鱿鱼 不签合同 没签合同 加班 劳动合同 劳动关系 辞退 开除', 'fired|dismissed|employment contract|overtime|worker', 'ldht kc ct'),
  c('work-injury', ['work-injury'], ['work'], '干活受伤 干活摔了 工地受伤 砸伤 摔伤 工伤 职业病 受伤', 'work injury|injured at work|occupational disease|hurt', 'gs zyb'),
  c('traffic-injury', ['traffic-injury'], ['safety'], '被车撞 被撞 撞车 车祸 交通事故 电动车 摩托 汽车 肇事 撞', 'car crash|traffic accident|accident|hit by a car|motorbike', 'ch jtsg'),
  c('medical-injury', ['medical-injury'], [], '看病出事 手术出事 医疗纠纷 医疗事故 医院 医生 手术', 'hospital|doctor|surgery|malpractice', 'ylsg yljf'),
  c('food-drug-injury', ['food-drug-injury'], [], '吃坏了 假药 中毒 食品 药品', 'food poisoning|fake medicine|medicine|food', 'jy zd'),
  c('environment-damage', ['environment-damage'], ['fraud'], '臭水 庄稼死了 排污 污染 环境', 'pollution|environment|dirty water|crops', 'wr hj'),
  c('support-payment', ['support-payment'], ['family'], '儿子不给钱 女儿不给钱 子女不给钱 孩子不给钱 儿子不管 子女不管 不管老人 不养老人 不给生活费 赡养费 抚养费 扶养费 赡养 抚养 扶养 养老 生活费', 'child support|support payment|maintenance|support|children do not help|elderly parent', 'syf fyf sy fy shf'),
  c('social-insurance', ['social-insurance'], [], '养老金 退休金 养老保险 医保 社保 失业', 'pension|social insurance|medical insurance|unemployment', 'sb yb ylj ylbx'),
  c('social-assistance', ['social-assistance'], [], '低保 救助 特困 五保', 'dibao|assistance|allowance|welfare', 'db jz tk'),
  c('survivor-pension', ['survivor-pension'], [], '抚恤金 抚恤 烈属', 'survivor pension|survivor', 'fxj'),
  c('state-compensation', ['state-compensation'], [], '错抓 冤枉 国家赔偿', 'state compensation|wrongful arrest|wrongly detained', 'gjpc'),
  c('civil-capacity', ['civil-capacity'], [], '老年痴呆 痴呆 精神病 监护 行为能力', 'dementia|guardian|mental capacity', 'jh cd'),
  c('domestic-violence', ['domestic-violence'], ['safety'], '老公打我 丈夫打我 他打我 打我 挨打 被打 家暴 家庭暴力 虐待 遗弃 保护令', 'domestic violence|hits me|beats me|beat|abuse|violence|protection order', 'jb jtbl bhl'),
  c('good-samaritan', ['good-samaritan'], [], '见义勇为 救人', 'rescue|good samaritan|helping someone', 'jyyw'),
  c('martyr-rights', ['martyr-rights'], [], '烈士 英雄', 'martyr|hero', 'ls'),
  c('retrial-acquittal-compensation', ['retrial-acquittal-compensation'], [], '改判无罪 无罪 再审赔偿', 'acquitted|retrial compensation', 'wz'),
  c('criminal-defence', ['criminal-defence'], [], '被抓 被关 坐牢 拘留 逮捕 判刑 辩护 刑事 派出所', 'arrested|detained|charged|prison|criminal|defence', 'jl db xs'),
  c('criminal-victim', ['criminal-victim'], ['fraud'], '被骗 被偷 被抢 被打 受害人 报案 骗子 诈骗', 'scammed|victim|robbed|assaulted|crime|fraud', 'pz bp'),
  c('compulsory-medical', ['compulsory-medical'], [], '强制医疗', 'compulsory treatment|psychiatric', 'qzyl'),
  c('divorce', ['divorce'], ['family'], '要离婚 想离婚 孩子归谁 离婚 婚姻 分居 彩礼 结婚', 'divorce|marriage|separation|bride price|custody', 'lh hy cl'),
  c('neighbour', ['neighbour'], ['land'], '邻居 邻里 吵架 围墙 院墙 墙 排水 流水 通道 过道 挡光 树', 'neighbour|neighbor|wall|quarrel|drain|path', 'lj wq'),
  c('homestead', ['homestead'], ['land'], '宅基地 盖房 建房 房子 房屋 地基 围墙 院墙 墙', 'homestead|house|building plot|wall', 'zjd gf'),
  c('land-contract', ['land-contract'], ['land'], '地被占 种地 承包地 土地 耕地 流转', 'farmland|land|land contract|lease', 'cbd td gd'),
  c('land-acquisition', ['land-acquisition'], ['land'], '征地 拆迁 征收 补偿款 补偿', 'land acquisition|demolition|expropriation|compensation', 'zd cq zs'),
  c('contract-debt', ['contract-debt'], ['civil'], '借了不还 不还钱 欠钱 借钱 借条 欠条 合同 债务', 'debt|loan|iou|contract|owes me money', 'jq jt qt ht'),
  c('consumer', ['consumer', 'criminal-victim'], ['fraud'], '保健品 买到假货 假货 退货 上当 买东西 消费', 'health products|fake goods|refund|shopping|consumer', 'bjp jh xf'),
  c('property-management', ['property-management'], [], '物业费 物业 小区', 'property management|estate|service fee', 'wy'),
  c('inheritance', ['inheritance'], ['family'], '分家产 分遗产 遗产 继承 遗嘱 分家', 'inheritance|will|estate|inherit', 'jc yz yc'),
  c('petition', ['petition'], [], '上访 信访', 'petition|complaint letter', 'xf sf'),
  c('retrial', ['retrial'], [], '判得不对 不服判决 申诉 再审 抗诉 冤案', 'appeal|retrial|judgment', 'ss zs'),
  c('other', ['other'], ['services'], '说不清 不知道 其他 别的', 'something else|other|not sure', 'qt'),
  // Education topics residents ask about that are not screener problems of their own.
  c('elder-fraud', ['consumer', 'criminal-victim'], ['fraud'], '养老诈骗 骗老人 以房养老 养老投资 养老院投资 免费体检 免费领鸡蛋 保健品', 'elder fraud|scam on the elderly|health products|pension scam', 'ylzp bjp'),
  c('phone-scam', ['criminal-victim'], ['fraud'], '电话诈骗 电信诈骗 冒充公安 安全账户 转账 刷单 验证码', 'phone scam|telecom fraud|safe account|transfer money', 'dxzp dhzp'),
  c('fund-raising', ['criminal-victim', 'contract-debt'], ['fraud'], '非法集资 集资 高息 高利息 保本 理财 投资', 'illegal fund-raising|fund-raising|high interest|investment scheme', 'ffjz jz gx'),
  c('drugs', [], ['fraud'], '吸毒 毒品 禁毒', 'drugs|narcotics', 'dp jd'),
  c('civil-code', [], ['civil'], '民法典 高空抛物 好意同乘 搭车', 'civil code|falling objects|ride', 'mfd gkpw'),
  c('personal-rights', [], ['civil'], '名誉 肖像 隐私 骂人 造谣', 'reputation|portrait|privacy|rumour', 'ys my'),
  c('legal-aid', [], ['services'], '免费律师 请不起律师 法律援助 律师', 'legal aid|free lawyer|lawyer', 'flyz ls'),
  c('mediation', [], ['services'], '调解员 人民调解 调解 评理', 'mediation|mediator', 'tj rmtj'),
  c('mingbairen', [], ['mingbairen'], '法律明白人 明白人 网格员 村干部', 'legal-savvy resident|grid worker|village cadre', 'flmbr mbr'),
  c('constitution', [], ['constitution'], '宪法 公民权利', 'constitution|citizen rights', 'xf'),
]

/** Lower case, full-width folded, punctuation and spaces collapsed. */
export function normalizeQuery(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim()
}

const CJK = /[\u3400-\u9fff]/

/**
 * The concepts a resident's words touch. Chinese: the query holds one of a concept's words
 * ("我儿子不给钱" holds 儿子不给钱), or, from two characters typed, is part of one (赡养 → 赡养费).
 * English: a word starts with what was typed (3 letters or more) or the query holds it. Latin
 * letters alone are also tried as pinyin initials (qx → 欠薪).
 */
export function matchConcepts(query: string, vocabulary: readonly Concept[] = VOCABULARY): Concept[] {
  const q = normalizeQuery(query)
  if (!q) return []
  const out: Concept[] = []
  if (CJK.test(q)) {
    const compact = q.replace(/ /g, '')
    for (const concept of vocabulary) {
      if (concept.zh.some((w) => compact.includes(w) || (compact.length >= 2 && w.includes(compact)))) out.push(concept)
    }
    return out
  }
  const latin = /^[a-z]+$/.test(q)
  for (const concept of vocabulary) {
    const word = concept.en.some((w) => w === q || (q.length >= 3 && w.startsWith(q)) || (` ${q} `.includes(` ${w} `) && w.length >= 3))
    const initials = latin && q.length >= 2 && concept.initials.some((i) => i.startsWith(q))
    if (word || initials) out.push(concept)
  }
  return out
}

/** The screener problems a query points to, in the vocabulary's order. */
export function problemsFor(query: string, vocabulary: readonly Concept[] = VOCABULARY): Set<string> {
  return new Set(matchConcepts(query, vocabulary).flatMap((x) => x.problems))
}
