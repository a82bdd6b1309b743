import type { CellSelector, CrossRelation } from '../types';
import { CLASS_NAMES } from '../class-names';

/**
 * Relations between the 决算 tables that hold by construction (juesuan.md §3, J-06, J-13, J-21…J-34), as data.
 * Several relations share one rule id (J-24 is one comparison per 类); each finding names its 类 or fund.
 * J-34 matches 经济分类 to 功能分类 by custom only: 提示, never an error.
 */

const J = (table: string, block: string | undefined, row: string, c: string): CellSelector => ({ table, ...(block ? { block } : {}), row, col: c });

const CLASSES = CLASS_NAMES.functional;

const FUNDS = [
  { role: 'gpb', name: '一般公共预算财政拨款' },
  { role: 'fund', name: '政府性基金预算财政拨款' },
  { role: 'soe', name: '国有资本经营预算财政拨款' },
];

export const JUESUAN_RELATIONS: CrossRelation[] = [
  {
    kind: 'cells',
    id: 'j1-carry',
    ruleId: 'J-06',
    description: '表1年初结转和结余、本年收入合计与使用非财政拨款结余之和，应等于本年支出合计、结余分配与年末结转和结余之和',
    left: [J('J1', 'income', 'opening', 'amount'), J('J1', 'income', 'currentIncome', 'amount'), J('J1', 'income', 'useNonFiscal', 'amount')],
    right: [J('J1', 'expense', 'currentExpense', 'amount'), J('J1', 'expense', 'distribution', 'amount'), J('J1', 'expense', 'closing', 'amount')],
    op: 'eq',
  },
  ...FUNDS.map(
    (f): CrossRelation => ({
      kind: 'cells',
      id: `j4-carry-${f.role}`,
      ruleId: 'J-13',
      description: `表4${f.name}：年初结转和结余加本年收入，应等于本年支出加年末结转和结余`,
      left: [J('J4', 'income', f.role, 'amount'), J('J4', 'income', `open${f.role}`, 'amount')],
      right: [J('J4', 'expense', 'currentExpense', f.role), J('J4', 'expense', 'closing', f.role)],
      op: 'eq',
    }),
  ),
  {
    kind: 'cells',
    id: 'j1-j2-income',
    ruleId: 'J-21',
    description: '表1本年收入合计应与表2合计行本年收入合计一致',
    left: [J('J1', 'income', 'currentIncome', 'amount')],
    right: [J('J2', undefined, 'total', 'total')],
    op: 'eq',
  },
  {
    kind: 'cells',
    id: 'j1-j2-fiscal',
    ruleId: 'J-22',
    description: '表1三项财政拨款收入之和应与表2合计行财政拨款收入一致',
    left: [J('J1', 'income', 'gpb', 'amount'), J('J1', 'income', 'fund', 'amount'), J('J1', 'income', 'soe', 'amount')],
    right: [J('J2', undefined, 'total', 'fiscal')],
    op: 'eq',
  },
  ...(
    [
      ['supSubsidy', '上级补助收入'],
      ['bizIncome', '事业收入'],
      ['operating', '经营收入'],
      ['affiliated', '附属单位上缴收入'],
      ['otherIncome', '其他收入'],
    ] as const
  ).map(
    ([role, name]): CrossRelation => ({
      kind: 'cells',
      id: `j1-j2-${role}`,
      ruleId: 'J-22',
      description: `表1${name}应与表2合计行${name}一致`,
      left: [J('J1', 'income', role, 'amount')],
      right: [J('J2', undefined, 'total', role)],
      op: 'eq',
    }),
  ),
  {
    kind: 'cells',
    id: 'j1-j3-expense',
    ruleId: 'J-23',
    description: '表1本年支出合计应与表3合计行本年支出合计一致',
    left: [J('J1', 'expense', 'currentExpense', 'amount')],
    right: [J('J3', undefined, 'total', 'total')],
    op: 'eq',
  },
  ...CLASSES.map(
    ([code, names]): CrossRelation => ({
      kind: 'cells',
      id: `j1-j3-${code}`,
      ruleId: 'J-24',
      description: `表1“${names[0]}”应与表3同一类科目本年支出合计一致`,
      left: [J('J1', 'expense', `c${code}`, 'amount')],
      right: [J('J3', undefined, code, 'total')],
      op: 'eq',
    }),
  ),
  ...FUNDS.map(
    (f): CrossRelation => ({
      kind: 'cells',
      id: `j4-j1-${f.role}`,
      ruleId: 'J-25',
      description: `表4本年收入中的${f.name}应与表1${f.name}收入一致`,
      left: [J('J4', 'income', f.role, 'amount')],
      right: [J('J1', 'income', f.role, 'amount')],
      op: 'eq',
    }),
  ),
  {
    kind: 'cells',
    id: 'j4-j2-fiscal',
    ruleId: 'J-26',
    description: '表4本年收入合计应与表2合计行财政拨款收入一致',
    left: [J('J4', 'income', 'currentIncome', 'amount')],
    right: [J('J2', undefined, 'total', 'fiscal')],
    op: 'eq',
  },
  {
    kind: 'cells',
    id: 'j4-j5-total',
    ruleId: 'J-27',
    description: '表4本年支出合计中的一般公共预算财政拨款应与表5合计一致',
    left: [J('J4', 'expense', 'currentExpense', 'gpb')],
    right: [J('J5', undefined, 'total', 'total')],
    op: 'eq',
  },
  ...CLASSES.map(
    ([code, names]): CrossRelation => ({
      kind: 'cells',
      id: `j4-j5-${code}`,
      ruleId: 'J-28',
      description: `表4“${names[0]}”一般公共预算财政拨款应与表5同一类科目合计一致`,
      left: [J('J4', 'expense', `c${code}`, 'gpb')],
      right: [J('J5', undefined, code, 'total')],
      op: 'eq',
    }),
  ),
  {
    kind: 'cells',
    id: 'j5-j6-basic',
    ruleId: 'J-29',
    description: '表5合计行基本支出应等于表6人员经费合计与公用经费合计之和',
    left: [J('J5', undefined, 'total', 'basic')],
    right: [J('J6', 'personnel', 'total', 'amount'), J('J6', 'public', 'total', 'amount')],
    op: 'eq',
  },
  ...(
    [
      ['J8', 'fund', '政府性基金预算财政拨款'],
      ['J9', 'soe', '国有资本经营预算财政拨款'],
    ] as const
  ).flatMap(([table, fund, name]): CrossRelation[] => [
    {
      kind: 'cells',
      id: `j4-${table.toLowerCase()}-opening`,
      ruleId: 'J-30',
      description: `表4年初结转和结余中的${name}应与${name}收入支出决算表合计行年初结转和结余一致`,
      left: [J('J4', 'income', `open${fund}`, 'amount')],
      right: [J(table, undefined, 'total', 'opening')],
      op: 'eq',
    },
    {
      kind: 'cells',
      id: `j4-${table.toLowerCase()}-income`,
      ruleId: 'J-30',
      description: `表4${name}收入应与${name}收入支出决算表合计行本年收入一致`,
      left: [J('J4', 'income', fund, 'amount')],
      right: [J(table, undefined, 'total', 'income')],
      op: 'eq',
    },
    {
      kind: 'cells',
      id: `j4-${table.toLowerCase()}-expense`,
      ruleId: 'J-30',
      description: `表4本年支出合计中的${name}应与${name}收入支出决算表合计行本年支出一致`,
      left: [J('J4', 'expense', 'currentExpense', fund)],
      right: [J(table, undefined, 'total', 'expense')],
      op: 'eq',
    },
    {
      kind: 'cells',
      id: `j4-${table.toLowerCase()}-closing`,
      ruleId: 'J-30',
      description: `表4年末结转和结余中的${name}应与${name}收入支出决算表合计行年末结转和结余一致`,
      left: [J('J4', 'expense', 'closing', fund)],
      right: [J(table, undefined, 'total', 'closing')],
      op: 'eq',
    },
  ]),
  ...(
    [
      ['total', '合计'],
      ['basic', '基本支出'],
      ['project', '项目支出'],
    ] as const
  ).map(
    ([c, name]): CrossRelation => ({
      kind: 'by-code',
      id: `j5-j3-${c}`,
      ruleId: 'J-31',
      description: `表5一般公共预算财政拨款${name}不应超过表3同一科目的${name}`,
      left: { table: 'J5', col: c },
      right: { table: 'J3', col: c },
      levels: ['class', 'kuan', 'xiang', 'total'],
      op: 'le',
    }),
  ),
  {
    kind: 'cells',
    id: 'j3-j4-nonfiscal',
    ruleId: 'J-32',
    description:
      '非财政拨款支出应由非财政拨款收入和结转结余说明：表3合计减表4本年支出合计，应等于（表1减表4本年收入）加使用非财政拨款结余、加（表1减表4年初结转和结余）、减（表1减表4年末结转和结余）、减结余分配',
    left: [
      J('J3', undefined, 'total', 'total'),
      J('J4', 'income', 'currentIncome', 'amount'),
      J('J4', 'income', 'opening', 'amount'),
      J('J1', 'expense', 'closing', 'amount'),
      J('J1', 'expense', 'distribution', 'amount'),
    ],
    right: [
      J('J4', 'expense', 'currentExpense', 'total'),
      J('J1', 'income', 'currentIncome', 'amount'),
      J('J1', 'income', 'useNonFiscal', 'amount'),
      J('J1', 'income', 'opening', 'amount'),
      J('J4', 'expense', 'closing', 'total'),
    ],
    op: 'eq',
  },
  ...(
    [
      ['30212', 'abroad', '因公出国（境）费'],
      ['30217', 'reception', '公务接待费'],
      ['30231', 'vehicleOperation', '公务用车运行维护费'],
      ['31013', 'vehiclePurchase', '公务用车购置费'],
    ] as const
  ).map(
    ([code, row, name]): CrossRelation => ({
      kind: 'cells',
      id: `j6-j7-${code}`,
      ruleId: 'J-33',
      description: `表6基本支出“${code} ${name}”不应超过“三公”经费决算表同一项目的决算数（“三公”表含基本支出和项目支出）`,
      left: [J('J6', 'public', code, 'amount')],
      right: [J('J7', undefined, row, 'final')],
      op: 'le',
    }),
  ),
  ...(
    [
      ['30108', '2080505', '机关事业单位基本养老保险缴费'],
      ['30109', '2080506', '机关事业单位职业年金缴费'],
      ['30110', '21011', '职工基本医疗保险缴费（行政事业单位医疗）'],
      ['30113', '2210201', '住房公积金'],
    ] as const
  ).map(
    ([eco, fn, name]): CrossRelation => ({
      kind: 'cells',
      id: `j6-j5-${eco}`,
      ruleId: 'J-34',
      severity: 'warning',
      description: `经济分类与功能分类通常对应（仅供核对）：表6“${eco} ${name}”一般应与表5“${fn}”基本支出一致`,
      left: [J('J6', 'personnel', eco, 'amount')],
      right: [J('J5', undefined, fn, 'basic')],
      op: 'eq',
    }),
  ),
];
