import type { WordingStyle } from '../settings';

/**
 * Every sentence of the generated 情况说明, per wording style: 'changji' follows seed 004
 * (昌吉州自然资源局 2023), 'zhaohua' seed 000 (昭化区 2023). {{name}} marks a value filled by
 * fillTemplate; the change and reason clauses come from compute/wording.
 */

/** The text a clerk must replace; the checker and the rules look for this mark. */
export const PLACEHOLDER = '【待填写：{{what}}】';

/** What each placeholder asks for. */
export const PLACEHOLDER_WHAT = {
  year: '预算年度',
  department: '部门名称',
  priorYear: '与上年预算比较（未提供上年数）',
  reason: '变动原因',
  mainUse: '{{name}}主要用于',
  policyBasis: '{{name}}设立的政策依据',
  undertaker: '{{name}}项目承担单位',
  allocation: '{{name}}资金分配情况',
  period: '{{name}}资金执行时间',
  procurement: '政府采购情况（政府采购预算总额，其中货物、工程、服务预算）',
  assets: '国有资产占用使用情况',
  performance: '预算绩效情况',
  functions: '部门主要职能',
  units: '部门预算单位构成',
  vehicleNote: '公务用车保有及运行维护费用途说明',
  receptionNote: '公务接待费用途说明',
  basicSplit: '人员经费、公用经费及其构成（未公开表6，按本地口径填写）',
  projectList: '各项目的名称、金额、政策依据、承担单位、资金分配和执行时间（表7未按项目列示）',
} as const;

/** Names of the 收入 sources of 表2's total row, as 004's 二、收入预算 writes them. */
export const INCOME_SOURCE_NAMES: Record<string, string> = {
  gpb: '一般公共预算',
  gpbTransfer: '上级一般公共预算安排的转移支付资金',
  fund: '政府性基金预算',
  fundTransfer: '上级政府性基金安排的转移支付资金',
  soe: '国有资本经营预算',
  soeTransfer: '上级国有资本经营预算安排的转移支付资金',
  specialAccount: '财政专户管理资金',
  unitFunds: '单位资金',
  fiscalCarryover: '财政拨款结转',
  nonFiscalCarryover: '非财政拨款结转结余',
};

/** 表2's 财政拨款 as one column, where the table does not print it by 预算 (上海 财政拨款收入). */
export const FISCAL_INCOME_NAME = '财政拨款收入';

/** 表2 columns that are 财政拨款: written as "未安排" when zero, as 004 does. */
export const FISCAL_SOURCES = ['gpb', 'gpbTransfer', 'fund', 'fundTransfer', 'soe', 'soeTransfer'];

/** The three 三公 parts as the narrative names them, in 004's order. */
export const THREE_PUBLIC_NAMES = {
  abroad: '因公出国（境）费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行费',
  reception: '公务接待费',
  vehicle: '公务用车购置及运行维护费',
} as const;

/** Topics of clerk-written text (the 事项 column of the 情况说明素材 sheet). */
export const CLERK_TOPICS = {
  mainUse: '主要用于',
  policyBasis: '政策依据',
  undertaker: '承担单位',
  allocation: '资金分配',
  period: '执行时间',
  content: '情况',
} as const;

/** Subjects of section-level clerk text. */
export const CLERK_SUBJECTS = {
  procurement: '政府采购',
  assets: '国有资产',
  performance: '预算绩效',
  functions: '主要职能',
  units: '单位构成',
  vehicle: '公务用车',
  reception: '公务接待费',
} as const;

export interface StyleMessages {
  title: string;
  /** Section headings by key; a style without the section leaves it out. */
  headings: Partial<Record<string, string>>;
  /** Order of sections, keys of headings. */
  order: string[];
  /** Number given to the first section (000 starts at 三: 一 and 二 are 职能 and 单位构成). */
  firstNumber: number;
  /** The part after the sections that defines the terms (004's 第四部分 名词解释): the same text in every 情况说明. */
  glossary?: { heading: string; terms: ReadonlyArray<readonly [string, string]>; term: string };
  overview: {
    intro: string;
    total: string;
    incomeList: string;
    expenseList: string;
    totalChange?: string;
  };
  income: { lead: string; notArranged: string };
  expense: { lead: string };
  fiscal: { total: string; onlyGpb: string; incomeList: string; expenseLead: string; expenseItem: string; totalChange?: string };
  gpb: {
    scaleHeading: string;
    scale: string;
    structureHeading: string;
    structureItem: string;
    detailHeading: string;
    detailItem: string;
    detailItemWithUse: string;
  };
  basic: { lead: string; personnel: string; public: string; itemAmount: string };
  projects: { name: string; basis: string; amount: string; undertaker: string; allocation: string; period: string; none: string; total: string };
  emptyFund: string;
  emptySoe: string;
  fundUsed: string;
  soeUsed: string;
  threePublic: { total: string; change: string; part: string; partHeading?: string };
  other: {
    runningHeading: string;
    running: string;
    procurementHeading: string;
    /** From a 政府采购预算表, where the workbook has one. */
    procurement: string;
    assetsHeading: string;
    performanceHeading: string;
  };
}

const CHINESE_NUMBERS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

export function chineseNumber(n: number): string {
  return CHINESE_NUMBERS[n] ?? String(n);
}

export const NARRATIVE_MESSAGES: Record<WordingStyle, StyleMessages> = {
  changji: {
    title: '第三部分  {{year}}年部门预算情况说明',
    headings: {
      overview: '关于{{dept}}{{year}}年收支预算情况的总体说明',
      income: '关于{{dept}}{{year}}年收入预算情况说明',
      expense: '关于{{dept}}{{year}}年支出预算情况说明',
      fiscal: '关于{{dept}}{{year}}年财政拨款收支预算情况的总体说明',
      gpb: '关于{{dept}}{{year}}年一般公共预算当年拨款情况说明',
      basic: '关于{{dept}}{{year}}年一般公共预算基本支出情况说明',
      projects: '关于{{dept}}{{year}}年一般公共预算项目支出情况说明',
      govFund: '关于{{dept}}{{year}}年政府性基金预算拨款情况说明',
      soe: '关于{{dept}}{{year}}年国有资本经营预算拨款情况说明',
      threePublic: '关于{{dept}}{{year}}年财政拨款“三公”经费预算情况说明',
      other: '其他重要事项的情况说明',
    },
    order: ['overview', 'income', 'expense', 'fiscal', 'gpb', 'basic', 'projects', 'govFund', 'soe', 'threePublic', 'other'],
    firstNumber: 1,
    glossary: {
      heading: '第四部分  名词解释',
      terms: [
        ['财政拨款', '指由一般公共预算、政府性基金预算、国有资本经营预算安排的财政拨款数。'],
        ['一般公共预算', '包括公共财政拨款（补助）资金、专项收入。'],
        ['财政专户管理资金', '包括专户管理行政事业性收费（主要是教育收费）、其他非税收入。'],
        ['其他资金', '包括事业收入、事业经营收入、其他收入等。'],
        ['基本支出', '包括人员经费、公用经费（定额）。其中，人员经费包括工资福利支出、对个人和家庭的补助。'],
        ['项目支出', '部门（单位）支出预算的组成部分，是各部门（单位）为完成其特定的行政任务或事业发展目标，在基本支出预算之外编制的年度项目支出计划。'],
        [
          '“三公”经费',
          '指因公出国（境）费、公务用车购置及运行维护费和公务接待费。其中：因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车运行维护费反映单位按规定保留的公务用车租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。',
        ],
        ['机关运行经费', '指各部门（单位）的公用经费，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费及其他费用。'],
      ],
      term: '{{n}}、{{name}}：{{text}}',
    },
    overview: {
      intro: '按照全口径预算的原则，{{dept}}{{year}}年所有收入和支出均纳入部门预算管理。收支总预算{{total}}万元。',
      total: '',
      incomeList: '收入预算包括：{{list}}。',
      expenseList: '支出预算包括：{{list}}。',
    },
    income: { lead: '{{dept}}收入预算{{total}}万元，其中：', notArranged: '{{name}}未安排。' },
    expense: { lead: '{{dept}}{{year}}年支出预算{{total}}万元，其中：' },
    fiscal: {
      total: '{{year}}年财政拨款收支总预算{{total}}万元。',
      onlyGpb: '收入全部为一般公共预算拨款。',
      incomeList: '收入预算包括：{{list}}。',
      expenseLead: '{{name}}支出包括：',
      expenseItem: '{{name}}{{amount}}万元，主要用于{{use}}。',
    },
    gpb: {
      scaleHeading: '（一）一般公共预算当年拨款规模变化情况',
      scale: '{{dept}}{{year}}年一般公共预算拨款合计{{total}}万元，其中：{{parts}}',
      structureHeading: '（二）一般公共预算当年拨款结构情况',
      structureItem: '{{n}}.{{name}}{{amount}}万元，{{share}}。',
      detailHeading: '（三）一般公共预算当年拨款具体使用情况',
      detailItem: '{{n}}.{{path}}：{{budget}}，{{change}}。',
      detailItemWithUse: '{{n}}.{{path}}：{{budget}}，主要用于：{{use}}。',
    },
    basic: {
      lead: '{{dept}}{{year}}年一般公共预算基本支出{{total}}万元，其中：',
      personnel: '人员经费{{amount}}万元，主要包括：{{items}}。',
      public: '公用经费{{amount}}万元，主要包括：{{items}}。',
      itemAmount: '{{name}}{{amount}}万元',
    },
    projects: {
      name: '项目名称：{{name}}',
      basis: '设立的政策依据：{{text}}',
      amount: '预算安排规模：{{amount}}万元',
      undertaker: '项目承担单位：{{text}}',
      allocation: '资金分配情况：{{text}}',
      period: '资金执行时间：{{text}}',
      none: '{{dept}}{{year}}年没有安排一般公共预算项目支出。',
      total: '{{dept}}{{year}}年一般公共预算项目支出{{amount}}万元。',
    },
    emptyFund: '{{dept}}{{year}}年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。',
    emptySoe: '{{dept}}{{year}}年没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。',
    fundUsed: '{{dept}}{{year}}年政府性基金预算拨款安排的支出{{total}}万元，其中：{{list}}。',
    soeUsed: '{{dept}}{{year}}年国有资本经营预算拨款安排的支出{{total}}万元，其中：{{list}}。',
    threePublic: {
      total: '{{dept}}{{year}}年财政拨款“三公”经费数为{{total}}万元，其中：{{list}}。',
      change: '{{year}}年财政拨款“三公”经费{{change}}。',
      part: '{{name}}{{change}}',
    },
    other: {
      runningHeading: '（一）机关运行经费情况',
      running: '{{year}}年，{{dept}}的机关运行经费财政拨款预算{{amount}}万元，{{change}}。',
      procurementHeading: '（二）政府采购情况',
      procurement: '{{year}}年，{{dept}}安排政府采购预算{{total}}万元，其中：政府采购货物预算{{goods}}万元、政府采购工程预算{{works}}万元、政府采购服务预算{{services}}万元。',
      assetsHeading: '（三）国有资产占用使用情况',
      performanceHeading: '（四）预算绩效情况',
    },
  },
  zhaohua: {
    title: '{{dept}}{{year}}年部门预算情况说明',
    headings: {
      functions: '基本职能及主要工作',
      units: '部门预算单位构成',
      overview: '收支预算情况说明',
      fiscal: '财政拨款收支预算情况说明',
      gpb: '一般公共预算当年拨款情况说明',
      basic: '一般公共预算基本支出情况说明',
      threePublic: '“三公”经费财政拨款预算安排情况说明',
      govFund: '政府性基金预算支出情况说明',
      soe: '国有资本经营预算支出情况说明',
      other: '其他重要事项的情况说明',
    },
    order: ['functions', 'units', 'overview', 'fiscal', 'gpb', 'basic', 'threePublic', 'govFund', 'soe', 'other'],
    firstNumber: 1,
    overview: {
      intro: '按照综合预算的原则，{{dept}}所有收入和支出均纳入部门预算管理。收入包括：{{incomeNames}}；支出包括：{{expenseNames}}。',
      total: '{{dept}}{{year}}年收支总预算{{total}}万元',
      incomeList: '（一）收入预算情况',
      expenseList: '（二）支出预算情况',
      totalChange: '{{lead}}，{{change}}。',
    },
    income: { lead: '{{dept}}{{year}}年收入预算{{total}}万元，其中：{{list}}。', notArranged: '' },
    expense: { lead: '{{dept}}{{year}}年支出预算{{total}}万元，其中：{{list}}。' },
    fiscal: {
      total: '{{dept}}{{year}}年财政拨款收支总预算{{total}}万元',
      onlyGpb: '',
      incomeList: '收入包括：{{income}}；支出包括：{{expense}}。',
      expenseLead: '',
      expenseItem: '{{name}}{{amount}}万元',
      totalChange: '{{lead}}，{{change}}。',
    },
    gpb: {
      scaleHeading: '（一）一般公共预算当年拨款规模变化情况',
      scale: '{{dept}}{{year}}年一般公共预算当年拨款{{total}}万元，{{change}}。',
      structureHeading: '（二）一般公共预算当年拨款结构情况',
      structureItem: '{{name}}{{amount}}万元，{{share}}',
      detailHeading: '（三）一般公共预算当年拨款具体使用情况',
      detailItem: '{{n}}．{{path}}{{budget}}，{{change}}。',
      detailItemWithUse: '{{n}}．{{path}}{{budget}}，主要用于：{{use}}。',
    },
    basic: {
      lead: '',
      personnel: '{{dept}}{{year}}年一般公共预算基本支出{{total}}万元，其中：人员经费{{amount}}万元，主要包括：{{items}}等支出。',
      public: '公用经费{{amount}}万元，主要包括：{{items}}等支出。',
      itemAmount: '{{name}}',
    },
    projects: { name: '', basis: '', amount: '', undertaker: '', allocation: '', period: '', none: '', total: '' },
    emptyFund: '{{dept}}{{year}}年没有使用政府性基金预算拨款安排的支出。',
    emptySoe: '{{dept}}{{year}}年没有使用国有资本经营预算拨款安排的支出。',
    fundUsed: '{{dept}}{{year}}年政府性基金预算拨款安排的支出{{total}}万元，其中：{{list}}。',
    soeUsed: '{{dept}}{{year}}年国有资本经营预算拨款安排的支出{{total}}万元，其中：{{list}}。',
    threePublic: {
      total: '{{dept}}{{year}}年“三公”经费财政拨款预算数{{total}}万元，其中：{{list}}。',
      change: '',
      part: '{{name}}{{change}}',
      partHeading: '（{{n}}）{{name}}{{change}}。',
    },
    other: {
      runningHeading: '（一）机关运行经费',
      running: '{{year}}年，{{dept}}的机关运行经费财政拨款预算为{{amount}}万元，{{change}}。',
      procurementHeading: '（二）政府采购情况',
      procurement: '{{year}}年，{{dept}}安排政府采购预算{{total}}万元，其中：政府采购货物预算{{goods}}万元、政府采购工程预算{{works}}万元、政府采购服务预算{{services}}万元。',
      assetsHeading: '（三）国有资产占有使用情况',
      performanceHeading: '（四）绩效目标编制情况',
    },
  },
};
