import Decimal from 'decimal.js';

/**
 * Figures from seed 004 (昌吉州自然资源局 2023), as published. Last year's amounts are not in the
 * document: they are implied by the narrative, prior = current − the stated change.
 */

/** 五（三）一般公共预算当年拨款具体使用情况: one line per 项, as 004 prints it. */
export interface ItemLine {
  line: number;
  /** 功能分类 code of the 项 in 表5 (absent: not in 表5, the item has no money this year). */
  code?: string;
  /** The name 表5 prints (differs from the narrative's for 2080505). */
  tableName?: string;
  /** The 项 name as the narrative writes it. */
  name: string;
  current: string;
  /** The stated change, signed (减少 → negative). */
  change: string;
  /** The rate 004 printed, as text. */
  printedRate: string;
  reason: string;
}

export const ITEM_LINES: ItemLine[] = [
  { line: 1, code: '2080501', name: '行政单位离退休', current: '3.9', change: '0.2', printedRate: '5.41', reason: '退休人员增加' },
  { line: 2, code: '2080505', tableName: '机关事业单位基本养老保险', name: '机关事业单位基本养老保险缴费支出', current: '110.81', change: '15.29', printedRate: '16.00', reason: '在职人员退休' },
  { line: 3, code: '2080506', name: '机关事业单位职业年金缴费支出', current: '55.40', change: '55.40', printedRate: '100', reason: '2022年此项未单独拨款' },
  { line: 4, code: '2101101', name: '行政单位医疗', current: '29.32', change: '-2.44', printedRate: '7.68', reason: '人员变动' },
  { line: 5, code: '2101102', name: '事业单位医疗', current: '26.08', change: '1.11', printedRate: '4.45', reason: '人员变动' },
  { line: 6, code: '2101103', name: '公务员医疗补助', current: '3.46', change: '-14.45', printedRate: '80.68', reason: '财政社保拨款科目调整' },
  { line: 7, code: '2101199', name: '其他行政事业单位医疗支出', current: '0.62', change: '0', printedRate: '0', reason: '无变动' },
  { line: 8, code: '2200101', name: '行政运行', current: '526.37', change: '21.77', printedRate: '4.31', reason: '人员增加及工资调标' },
  { line: 9, code: '2200150', name: '事业运行', current: '331.68', change: '64.49', printedRate: '24.14', reason: '人员变动及工资调标' },
  { line: 10, code: '2200102', name: '一般行政管理事务', current: '55', change: '-25', printedRate: '31.25', reason: '2023年该款项项目减少' },
  { line: 11, code: '2200104', name: '自然资源规划及管理', current: '1058', change: '1013', printedRate: '2251.11', reason: '2023年项目增加' },
  { line: 12, code: '2200106', name: '自然资源利用与保护', current: '167', change: '147', printedRate: '735', reason: '当年增加上级转移支付项目' },
  { line: 13, code: '2200109', name: '自然资源调查与确权登记', current: '483.80', change: '473.80', printedRate: '4738', reason: '预算项目安排增加' },
  { line: 14, code: '2210201', name: '住房公积金', current: '87.29', change: '1.39', printedRate: '1.62', reason: '人员变动' },
  { line: 15, name: '地质勘查与矿产资源管理', current: '0', change: '-10', printedRate: '100', reason: '2023年该款项未安排项目' },
  { line: 16, code: '2240601', name: '地质灾害防治', current: '1760', change: '1760', printedRate: '100', reason: '2022年该款项年初预算未安排项目' },
];

export const d = (s: string | number): Decimal => new Decimal(s);

export function priorOf(item: { current: string; change: string }): Decimal {
  return d(item.current).minus(d(item.change));
}

/** 五（二）一般公共预算当年拨款结构: the 类 of 表5 and their whole. */
export const GENERAL_BUDGET_WHOLE = '4698.73';
export const GENERAL_BUDGET_STRUCTURE = [
  { key: '社会保障和就业支出', amount: '170.11' },
  { key: '卫生健康支出', amount: '59.48' },
  { key: '自然资源海洋气象等支出', amount: '2621.85' },
  { key: '住房保障支出', amount: '87.29' },
  { key: '灾害防治及应急管理支出', amount: '1760' },
];

/** 二、收入预算: the sources with money and their whole. */
export const INCOME_WHOLE = '6128.18';
export const INCOME_SOURCES = [
  { key: '一般公共预算', amount: '2786.73' },
  { key: '上级一般公共预算安排的转移支付资金', amount: '1912' },
  { key: '单位资金', amount: '1115.26' },
  { key: '财政拨款结转', amount: '314.19' },
];

export const parts = (list: Array<{ key: string; amount: string }>) => list.map((p) => ({ key: p.key, amount: d(p.amount) }));
