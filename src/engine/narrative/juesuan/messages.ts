/**
 * Every sentence of the generated 决算 情况说明, in the sections and wording of the Shanghai 2024 template
 * (juesuan.md §4: TPL, 普陀财政局 CZ, 普陀社工部 SG) and the central wording for 政府采购 (授予中小企业合同金额).
 * {{name}} marks a value filled by fillTemplate; the change clauses ("比2023年度减少56.95万元，下降1.87%") come
 * from compute/wording with comparedWith 'final'.
 */

/** The sections in the template's order, with their headings (numbered 一…十一 by the generator). */
export const JUESUAN_ORDER = ['overview', 'income', 'expense', 'fiscal', 'gpb', 'basic', 'threePublic', 'govFund', 'soe', 'performance', 'other'] as const;
export type JuesuanSectionKey = (typeof JUESUAN_ORDER)[number];

export const JUESUAN_MESSAGES = {
  title: '第三部分  {{dept}}{{year}}年度部门决算情况说明',
  headings: {
    overview: '收入支出决算总体情况说明',
    income: '收入决算情况说明',
    expense: '支出决算情况说明',
    fiscal: '财政拨款收入支出决算总体情况说明',
    gpb: '一般公共预算财政拨款支出决算情况说明',
    basic: '一般公共预算财政拨款基本支出决算情况说明',
    threePublic: '财政拨款“三公”经费支出决算情况说明',
    govFund: '政府性基金预算财政拨款收入支出决算情况说明',
    soe: '国有资本经营预算财政拨款收入支出决算情况说明',
    performance: '预算绩效管理情况',
    other: '其他重要事项的情况说明',
  } satisfies Record<JuesuanSectionKey, string>,
  overview: {
    total: '{{dept}}{{year}}年度收入支出总计{{total}}万元。',
    change: '收入支出总计{{change}}。',
  },
  income: { lead: '本年收入合计{{total}}万元，其中：{{list}}。', none: '{{dept}}{{year}}年度无本年收入。' },
  expense: { lead: '本年支出合计{{total}}万元，其中：{{list}}。', none: '{{dept}}{{year}}年度无本年支出。' },
  /** One source or kind of spending with its share: "财政拨款收入2940.05万元，占99.79%". */
  part: '{{name}}{{amount}}万元，占{{share}}%',
  fiscal: {
    total: '{{dept}}{{year}}年度财政拨款收入支出总计{{total}}万元。',
    change: '财政拨款收入支出总计{{change}}。',
  },
  gpb: {
    scaleHeading: '（一）一般公共预算财政拨款支出决算总体情况',
    scale: '一般公共预算财政拨款支出{{total}}万元，占本年支出合计的{{share}}%。',
    change: '一般公共预算财政拨款支出{{change}}。',
    structureHeading: '（二）一般公共预算财政拨款支出决算结构情况',
    structure: '一般公共预算财政拨款支出{{total}}万元，主要用于以下方面：{{list}}。',
    structureItem: '{{name}}（类）{{amount}}万元，占{{share}}%',
    detailHeading: '（三）一般公共预算财政拨款支出决算具体情况',
    detailTotal: '一般公共预算财政拨款支出年初预算为{{budget}}万元，支出决算为{{final}}万元{{completion}}。{{compare}}',
    detailLead: '其中：',
    detailItem: '{{n}}、{{path}}。主要用于：{{use}}。年初预算为{{budget}}万元，支出决算为{{final}}万元{{completion}}。{{compare}}',
    /** 完成年初预算的x%: only where 年初预算 is not 0 (juesuan.md J-N09, GovBudgetChecker R004). */
    completion: '，完成年初预算的{{rate}}%',
    more: '决算数大于预算数的主要原因：{{reason}}。',
    less: '决算数小于预算数的主要原因：{{reason}}。',
    same: '决算数与预算数持平。',
  },
  basic: {
    total: '一般公共预算财政拨款基本支出{{total}}万元。其中：人员经费{{personnel}}万元，主要包括：{{personnelItems}}；公用经费{{public}}万元，主要包括：{{publicItems}}。',
    none: '无',
  },
  threePublic: {
    totalHeading: '（一）“三公”经费财政拨款支出决算总体情况说明',
    total: '“三公”经费财政拨款支出年初预算为{{budget}}万元，支出决算为{{final}}万元{{completion}}，其中：{{list}}。{{compare}}',
    item: '{{name}}年初预算为{{budget}}万元，支出决算为{{final}}万元{{completion}}',
    /** 完成预算的x%: only where the item's 预算数 is not 0 (juesuan.md J-N15). */
    completion: '，完成预算的{{rate}}%',
    more: '{{year}}年度“三公”经费支出决算数大于预算数的主要原因：{{reason}}。',
    less: '{{year}}年度“三公”经费支出决算数小于预算数的主要原因：{{reason}}。',
    same: '{{year}}年度“三公”经费支出决算数与预算数持平。',
    change: '{{year}}年度“三公”经费财政拨款支出决算{{change}}。',
    detailHeading: '（二）“三公”经费财政拨款支出决算具体情况说明',
    none: '{{dept}}{{year}}年度无“三公”经费财政拨款支出。',
    abroad: '{{year}}年度因公出国（境）费支出决算{{amount}}万元，全年安排因公出国（境）团组{{groups}}个，累计{{people}}人次。',
    vehiclePurchase: '公务用车购置费支出决算{{amount}}万元，购置公务用车{{bought}}辆。',
    vehicleOperation: '公务用车运行维护费支出决算{{amount}}万元，截至{{year}}年12月31日，公务用车保有量{{held}}辆。',
    reception: '公务接待费支出决算{{amount}}万元，国内公务接待{{batches}}批次、{{people}}人次（其中外宾接待{{foreignBatches}}批次、{{foreignPeople}}人次）。',
  },
  emptyFund: '{{dept}}{{year}}年度无政府性基金预算财政拨款收入和支出。',
  emptySoe: '{{dept}}{{year}}年度无国有资本经营预算财政拨款收入和支出。',
  fundUsed: '{{dept}}{{year}}年度政府性基金预算财政拨款年初结转和结余{{opening}}万元，本年收入{{income}}万元，本年支出{{expense}}万元，年末结转和结余{{closing}}万元。',
  soeUsed: '{{dept}}{{year}}年度国有资本经营预算财政拨款年初结转和结余{{opening}}万元，本年收入{{income}}万元，本年支出{{expense}}万元，年末结转和结余{{closing}}万元。',
  other: {
    runningHeading: '（一）机关运行经费支出情况',
    running: '{{dept}}{{year}}年度机关运行经费支出{{amount}}万元，{{change}}。',
    procurementHeading: '（二）政府采购支出情况',
    procurement: '{{dept}}{{year}}年度政府采购支出总额{{total}}万元，其中：政府采购货物支出{{goods}}万元、政府采购工程支出{{works}}万元、政府采购服务支出{{services}}万元。',
    sme: '授予中小企业合同金额{{sme}}万元，占政府采购支出总额的{{smeShare}}%，其中：授予小微企业合同金额{{micro}}万元，占政府采购支出总额的{{microShare}}%。',
    assetsHeading: '（三）国有资产占有使用情况说明',
    assets:
      '截至{{year}}年12月31日，{{dept}}共有车辆{{vehicles}}辆，其中：部级领导干部用车{{v1}}辆、主要领导干部用车{{v2}}辆、机要通信用车{{v3}}辆、应急保障用车{{v4}}辆、执法执勤用车{{v5}}辆、特种专业技术用车{{v6}}辆、离退休干部用车{{v7}}辆、其他用车{{v8}}辆。单价100万元（含）以上设备（不含车辆）{{devices}}台（套）。',
  },
} as const;

/**
 * 第四部分 名词解释, as the Shanghai 2024 决算 publishes it (普陀社工部 SG; the national rule asks every 情况说明 for it,
 * narrative/required-sections). Definitions of the terms the tables use, not claims about this department: the
 * same in every 情况说明.
 */
export const JUESUAN_GLOSSARY = {
  heading: '第四部分  名词解释',
  terms: [
    ['财政拨款收入', '指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。'],
    ['事业收入', '指事业单位开展专业业务活动及其辅助活动取得的收入。'],
    ['经营收入', '指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。'],
    ['其他收入', '指单位取得的除“财政拨款收入”、“事业收入”、“经营收入”等以外的收入。'],
    ['年初结转和结余', '指以前年度尚未完成、结转到本年按有关规定继续使用的资金。'],
    ['年末结转和结余', '指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用的资金。'],
    ['基本支出', '指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。'],
    ['项目支出', '指单位为完成特定的行政工作任务或事业发展目标，在基本支出之外发生的各项支出。'],
    ['经营支出', '指事业单位在专业活动及辅助活动之外开展非独立核算经营活动发生的支出。'],
    [
      '“三公”经费',
      '指单位使用本级财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。其中：因公出国（境）费反映单位参加国际合作交流、重大项目洽谈、境外培训研修等的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务接待费反映全国性专业会议、国家重大政策调研、专项检查以及外事团组接待交流等执行公务或开展业务所需住宿费、交通费、伙食费等支出；公务用车购置及运行维护费反映编制内公务车辆的报废更新，以及用于安排市内因公出差、公务文件交换、日常工作开展等所需公务用车燃料费、维修费、过路过桥费、保险费等支出。',
    ],
    ['机关运行经费', '指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。'],
  ] as ReadonlyArray<readonly [string, string]>,
  term: '{{n}}、{{name}}：{{text}}',
} as const;

/** What each 决算 placeholder asks for (the clerk's list). */
export const JUESUAN_WHAT = {
  priorYear: '与上年度决算比较（未提供上年数）',
  initialBudget: '{{name}}年初预算数',
  reason: '{{name}}决算数与预算数差异的主要原因',
  mainUse: '{{name}}主要用于',
  groups: '因公出国（境）团组数',
  abroadPeople: '因公出国（境）人次',
  bought: '公务用车购置数量',
  held: '公务用车保有量',
  batches: '国内公务接待批次',
  receptionPeople: '国内公务接待人次',
  foreignBatches: '外宾接待批次',
  foreignPeople: '外宾接待人次',
  procurement: '政府采购{{what}}金额',
  vehicles: '车辆{{what}}数量',
  devices: '单价100万元（含）以上设备数量',
  performance: '预算绩效管理工作开展情况',
} as const;

/** Subjects and topics of the clerk's texts (情况说明素材: 对象 | 事项 | 内容) a 决算 reads. */
export const JUESUAN_CLERK = {
  initialBudget: '年初预算',
  reason: '差异原因',
  count: '数量',
  amount: '金额',
} as const;

/** The sources of J2's 合计 row (收入) and the kinds of J3's (支出), in the tables' order. */
export const INCOME_PARTS: Array<[string, string]> = [
  ['fiscal', '财政拨款收入'],
  ['supSubsidy', '上级补助收入'],
  ['bizIncome', '事业收入'],
  ['operating', '经营收入'],
  ['affiliated', '附属单位上缴收入'],
  ['otherIncome', '其他收入'],
];
export const EXPENSE_PARTS: Array<[string, string]> = [
  ['basic', '基本支出'],
  ['project', '项目支出'],
  ['upper', '上缴上级支出'],
  ['operating', '经营支出'],
  ['affiliated', '对附属单位补助支出'],
];

/** The 车辆 categories of 国有资产占有使用情况 (CZ), in order. */
export const VEHICLE_KINDS = ['部级领导干部用车', '主要领导干部用车', '机要通信用车', '应急保障用车', '执法执勤用车', '特种专业技术用车', '离退休干部用车', '其他用车'];
