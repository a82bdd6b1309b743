import type { BlockDef, TableDefinition } from '../types';
import { BUDGET_GROUPS, CLASS_ROLES, CLASS_ROWS, col, FINAL_HEADERS, J_ECONOMIC_NAMES, J_FUNCTIONAL_ANCHORS, J_FUNCTIONAL_NAMES, J_TOTAL_LABELS } from './common';

/**
 * The nine tables of 部门决算公开 (juesuan.md §1–§2, Shanghai 2024 layout, SG/CZ/TPL), as data. Every identity
 * carries the rule id juesuan.md gives it (J-01…J-19, J-H): findings are reported under that id.
 * Titles all say 决算; the 预算 definitions exclude 决算 in their titleWords, so neither set takes the other's tables.
 */

/** J1 收入支出决算总表: 收入 items left, 支出 by 功能分类 类 right, each with its 结转结余 lines. */
export const J1: TableDefinition = {
  id: 'J1',
  number: 1,
  title: '收入支出决算总表',
  aliases: ['收入支出决算总表', '收入支出决算表', '部门收入支出决算总表', '收支决算总表'],
  titleWords: { all: [['收入支出', '收支'], ['决算']], none: ['财政拨款', '预算表'] },
  signature: ['本年收入合计', '本年支出合计', '年初结转和结余', '年末结转和结余'],
  required: true,
  blocks: [
    {
      id: 'income',
      kind: 'items',
      label: '收入',
      anchorHeaders: ['项目', '收入项目', '收入'],
      columns: [col('amount', '决算数', FINAL_HEADERS)],
      totalLabels: ['总计', '收入总计'],
      rows: [
        { role: 'gpb', label: '一般公共预算财政拨款收入', labels: ['一般公共预算财政拨款收入', '一般公共预算财政拨款'] },
        { role: 'fund', label: '政府性基金预算财政拨款收入', labels: ['政府性基金预算财政拨款收入', '政府性基金预算财政拨款'] },
        { role: 'soe', label: '国有资本经营预算财政拨款收入', labels: ['国有资本经营预算财政拨款收入', '国有资本经营预算财政拨款'] },
        { role: 'supSubsidy', label: '上级补助收入', labels: ['上级补助收入'] },
        { role: 'bizIncome', label: '事业收入', labels: ['事业收入'] },
        { role: 'operating', label: '经营收入', labels: ['经营收入'] },
        { role: 'affiliated', label: '附属单位上缴收入', labels: ['附属单位上缴收入'] },
        { role: 'otherIncome', label: '其他收入', labels: ['其他收入'] },
        { role: 'currentIncome', label: '本年收入合计', labels: ['本年收入合计', '本年收入'] },
        { role: 'useNonFiscal', label: '使用非财政拨款结余', labels: ['使用非财政拨款结余', '使用专用结余', '使用非财政拨款结余和专用结余'] },
        { role: 'opening', label: '年初结转和结余', labels: ['年初结转和结余', '年初结转结余'] },
      ],
    },
    {
      id: 'expense',
      kind: 'items',
      label: '支出',
      anchorHeaders: ['项目', '支出项目', '支出'],
      columns: [col('amount', '决算数', FINAL_HEADERS)],
      totalLabels: ['总计', '支出总计'],
      rows: [
        ...CLASS_ROWS,
        { role: 'currentExpense', label: '本年支出合计', labels: ['本年支出合计', '本年支出'] },
        { role: 'distribution', label: '结余分配', labels: ['结余分配'] },
        { role: 'closing', label: '年末结转和结余', labels: ['年末结转和结余', '年末结转结余'] },
      ],
    },
  ],
  identities: [
    { id: 'J-01', kind: 'item-sum', block: 'income', target: 'currentIncome', parts: ['gpb', 'fund', 'soe', 'supSubsidy', 'bizIncome', 'operating', 'affiliated', 'otherIncome'], op: 'eq' },
    { id: 'J-02', kind: 'item-sum', block: 'expense', target: 'currentExpense', parts: CLASS_ROLES, op: 'eq', complete: true },
    { id: 'J-03', kind: 'item-sum', block: 'income', target: 'total', parts: ['currentIncome', 'useNonFiscal', 'opening'], op: 'eq' },
    { id: 'J-04', kind: 'item-sum', block: 'expense', target: 'total', parts: ['currentExpense', 'distribution', 'closing'], op: 'eq' },
    {
      id: 'J-05',
      kind: 'balance',
      label: '收入总计与支出总计',
      left: { block: 'income', row: 'total', col: 'amount' },
      right: { block: 'expense', row: 'total', col: 'amount' },
    },
  ],
};

/** J2 收入决算表: income by 功能分类 类/款/项 × source. */
export const J2: TableDefinition = {
  id: 'J2',
  number: 2,
  title: '收入决算表',
  aliases: ['收入决算表', '收入决算总表', '部门收入决算表'],
  titleWords: { all: [['收入'], ['决算']], none: ['支出', '收支', '财政拨款', '预算表'] },
  signature: ['本年收入合计', '财政拨款收入', '上级补助收入', '附属单位上缴收入'],
  required: true,
  blocks: [
    {
      id: 'body',
      kind: 'coded',
      label: '收入',
      codeScheme: 'functional',
      anchorHeaders: J_FUNCTIONAL_ANCHORS,
      codeHeaders: J_FUNCTIONAL_ANCHORS,
      nameHeaders: J_FUNCTIONAL_NAMES,
      columns: [
        col('total', '本年收入合计', ['本年收入合计', '合计', '收入合计']),
        col('fiscal', '财政拨款收入', ['财政拨款收入', '财政拨款']),
        col('supSubsidy', '上级补助收入'),
        col('bizIncome', '事业收入'),
        col('operating', '经营收入'),
        col('affiliated', '附属单位上缴收入'),
        col('otherIncome', '其他收入'),
      ],
      totalLabels: J_TOTAL_LABELS,
    },
  ],
  identities: [
    { id: 'J-07', kind: 'row-sum', block: 'body', target: 'total', parts: ['fiscal', 'supSubsidy', 'bizIncome', 'operating', 'affiliated', 'otherIncome'] },
    { id: 'J-H', kind: 'hierarchy', block: 'body', columns: '*' },
  ],
};

/** J3 支出决算表: spending by 类/款/项 × 基本/项目/上缴上级/经营/对附属单位补助. */
export const J3: TableDefinition = {
  id: 'J3',
  number: 3,
  title: '支出决算表',
  aliases: ['支出决算表', '支出决算总表', '部门支出决算表'],
  titleWords: {
    all: [['支出'], ['决算']],
    none: ['收入', '收支', '财政拨款', '一般公共预算', '政府性基金', '国有资本', '三公', '明细', '预算表'],
  },
  signature: ['本年支出合计', '基本支出', '项目支出', '上缴上级支出'],
  required: true,
  blocks: [
    {
      id: 'body',
      kind: 'coded',
      label: '支出',
      codeScheme: 'functional',
      anchorHeaders: J_FUNCTIONAL_ANCHORS,
      codeHeaders: J_FUNCTIONAL_ANCHORS,
      nameHeaders: J_FUNCTIONAL_NAMES,
      columns: [
        col('total', '本年支出合计', ['本年支出合计', '合计', '支出合计']),
        col('basic', '基本支出'),
        col('project', '项目支出'),
        col('upper', '上缴上级支出'),
        col('operating', '经营支出'),
        col('affiliated', '对附属单位补助支出'),
      ],
      totalLabels: J_TOTAL_LABELS,
    },
  ],
  identities: [
    { id: 'J-08', kind: 'row-sum', block: 'body', target: 'total', parts: ['basic', 'project', 'upper', 'operating', 'affiliated'] },
    { id: 'J-H', kind: 'hierarchy', block: 'body', columns: '*' },
  ],
};

const FUND_ROWS = (parent?: string, prefix = '') => [
  { role: `${prefix}gpb`, label: `${parent ? '年初' : ''}一般公共预算财政拨款`, labels: ['一般公共预算财政拨款', '一般公共预算财政拨款收入', '一般公共预算'], ...(parent ? { parent } : {}) },
  { role: `${prefix}fund`, label: `${parent ? '年初' : ''}政府性基金预算财政拨款`, labels: ['政府性基金预算财政拨款', '政府性基金预算财政拨款收入', '政府性基金预算'], ...(parent ? { parent } : {}) },
  { role: `${prefix}soe`, label: `${parent ? '年初' : ''}国有资本经营预算财政拨款`, labels: ['国有资本经营预算财政拨款', '国有资本经营预算财政拨款收入', '国有资本经营预算'], ...(parent ? { parent } : {}) },
];

/** J4 财政拨款收入支出决算总表: 财政拨款 only, 收入 by fund vs 支出 by 类 × fund. */
export const J4: TableDefinition = {
  id: 'J4',
  number: 4,
  title: '财政拨款收入支出决算总表',
  aliases: ['财政拨款收入支出决算总表', '财政拨款收入支出决算表', '财政拨款收支决算总表'],
  titleWords: { all: [['财政拨款'], ['收入支出', '收支'], ['决算']], none: ['政府性基金', '国有资本', '一般公共预算', '预算表'] },
  signature: ['年初财政拨款结转和结余', '年末财政拨款结转和结余'],
  required: true,
  blocks: [
    {
      id: 'income',
      kind: 'items',
      label: '财政拨款收入',
      anchorHeaders: ['项目', '收入项目', '收入'],
      columns: [col('amount', '决算数', [...FINAL_HEADERS, '合计'])],
      totalLabels: ['总计', '收入总计'],
      rows: [
        ...FUND_ROWS(),
        { role: 'currentIncome', label: '本年收入合计', labels: ['本年收入合计', '本年收入'] },
        { role: 'opening', label: '年初财政拨款结转和结余', labels: ['年初财政拨款结转和结余', '年初结转和结余', '年初财政拨款结转结余'] },
        ...FUND_ROWS('opening', 'open'),
      ],
    },
    {
      id: 'expense',
      kind: 'items',
      label: '财政拨款支出',
      anchorHeaders: ['项目', '支出项目', '支出'],
      columns: [
        col('total', '合计', ['合计', '小计', '决算数']),
        col('gpb', '一般公共预算财政拨款', ['一般公共预算财政拨款', '一般公共预算']),
        col('fund', '政府性基金预算财政拨款', ['政府性基金预算财政拨款', '政府性基金预算', '政府性基金']),
        col('soe', '国有资本经营预算财政拨款', ['国有资本经营预算财政拨款', '国有资本经营预算', '国有资本经营']),
      ],
      totalLabels: ['总计', '支出总计'],
      rows: [
        ...CLASS_ROWS,
        { role: 'currentExpense', label: '本年支出合计', labels: ['本年支出合计', '本年支出'] },
        { role: 'closing', label: '年末财政拨款结转和结余', labels: ['年末财政拨款结转和结余', '年末结转和结余', '年末财政拨款结转结余'] },
      ],
    },
  ],
  identities: [
    { id: 'J-09', kind: 'row-sum', block: 'expense', target: 'total', parts: ['gpb', 'fund', 'soe'] },
    { id: 'J-10', kind: 'item-sum', block: 'income', target: 'currentIncome', parts: ['gpb', 'fund', 'soe'], op: 'eq' },
    { id: 'J-10', kind: 'item-sum', block: 'income', target: 'opening', parts: ['opengpb', 'openfund', 'opensoe'], op: 'eq' },
    { id: 'J-11', kind: 'item-sum', block: 'expense', target: 'currentExpense', parts: CLASS_ROLES, op: 'eq', complete: true },
    { id: 'J-12', kind: 'item-sum', block: 'income', target: 'total', parts: ['currentIncome', 'opening'], op: 'eq' },
    { id: 'J-12', kind: 'item-sum', block: 'expense', target: 'total', parts: ['currentExpense', 'closing'], op: 'eq' },
    {
      id: 'J-12',
      kind: 'balance',
      label: '收入总计与支出总计',
      left: { block: 'income', row: 'total', col: 'amount' },
      right: { block: 'expense', row: 'total', col: 'total' },
    },
  ],
};

const notBudget = BUDGET_GROUPS;

/** 合计 / 基本支出 / 项目支出 by 功能分类, the 决算数 only (budget columns, where printed, are their own roles). */
function basicProjectBlock(label: string, withBudget: boolean): BlockDef {
  return {
    id: 'body',
    kind: 'coded',
    label,
    codeScheme: 'functional',
    anchorHeaders: J_FUNCTIONAL_ANCHORS,
    codeHeaders: J_FUNCTIONAL_ANCHORS,
    nameHeaders: J_FUNCTIONAL_NAMES,
    columns: [
      ...(withBudget
        ? [col('initialBudget', '年初预算', ['年初预算', '年初预算数']), col('adjustedBudget', '调整预算', ['调整预算', '调整预算数', '全年预算', '全年预算数'])]
        : []),
      col('total', '合计', ['合计', '小计', '决算数', '决算合计', '支出合计'], notBudget),
      col('basic', '基本支出', ['基本支出'], notBudget),
      col('project', '项目支出', ['项目支出'], notBudget),
    ],
    totalLabels: J_TOTAL_LABELS,
  };
}

/** J5 一般公共预算财政拨款支出决算表 (合计 row last in SG/CZ/TPL; 云南 adds 年初预算 / 调整预算 columns). */
export const J5: TableDefinition = {
  id: 'J5',
  number: 5,
  title: '一般公共预算财政拨款支出决算表',
  aliases: ['一般公共预算财政拨款支出决算表', '一般公共预算财政拨款收入支出决算表', '一般公共预算财政拨款支出决算总表'],
  titleWords: { all: [['一般公共预算'], ['支出'], ['决算']], none: ['基本支出', '项目支出', '三公', '明细', '预算表'] },
  signature: ['一般公共预算财政拨款支出', '基本支出', '项目支出'],
  required: true,
  blocks: [basicProjectBlock('一般公共预算财政拨款支出', true)],
  identities: [
    { id: 'J-14', kind: 'row-sum', block: 'body', target: 'total', parts: ['basic', 'project'] },
    { id: 'J-H', kind: 'hierarchy', block: 'body', columns: '*' },
  ],
};

/**
 * J6 基本支出决算表: two 经济分类 groups side by side (301, 303 | 302, 310), each closed by its own 合计 row
 * (人员经费合计 | 公用经费合计). The left group is anchored at its 款 column (CZ prints 类 | 款 under one merged
 * 经济分类 header) or at its single 经济分类科目编码 column (SG); the right group at the next code header.
 */
export const J6: TableDefinition = {
  id: 'J6',
  number: 6,
  title: '一般公共预算财政拨款基本支出决算表',
  aliases: ['一般公共预算财政拨款基本支出决算表', '一般公共预算财政拨款基本支出决算明细表', '基本支出决算表'],
  titleWords: { all: [['基本支出'], ['决算']], none: ['项目支出', '三公', '预算表'] },
  signature: ['人员经费合计', '公用经费合计'],
  required: true,
  blocks: [
    {
      id: 'personnel',
      kind: 'coded',
      label: '人员经费',
      codeScheme: 'economic',
      anchorHeaders: ['款', '经济分类科目编码'],
      codeHeaders: ['经济分类科目编码', '科目编码', '经济分类'],
      nameHeaders: J_ECONOMIC_NAMES,
      columns: [col('amount', '决算数', FINAL_HEADERS)],
      totalLabels: ['人员经费合计', '人员经费'],
    },
    {
      id: 'public',
      kind: 'coded',
      label: '公用经费',
      codeScheme: 'economic',
      anchorHeaders: ['类', '科目编码'],
      codeHeaders: ['经济分类科目编码', '科目编码', '经济分类'],
      nameHeaders: J_ECONOMIC_NAMES,
      columns: [col('amount', '决算数', FINAL_HEADERS)],
      totalLabels: ['公用经费合计', '公用经费'],
    },
  ],
  identities: [
    { id: 'J-15', kind: 'hierarchy', block: 'personnel', columns: '*', scope: 'parents' },
    { id: 'J-15', kind: 'hierarchy', block: 'public', columns: '*', scope: 'parents' },
    { id: 'J-16', kind: 'hierarchy', block: 'personnel', columns: '*', scope: 'total' },
    { id: 'J-17', kind: 'hierarchy', block: 'public', columns: '*', scope: 'total' },
  ],
};

/** “三公” rows, whether printed down (rows) or across (one row under 合计 | 因公出国（境）费 | …, each over 预算数 | 决算数). */
export const THREE_PUBLIC_ROWS = [
  { role: 'abroad', label: '因公出国（境）费', labels: ['因公出国(境)费', '因公出国(境)费用', '因公出国(境)经费', '因公出国费'] },
  {
    role: 'vehicle',
    label: '公务用车购置及运行维护费',
    labels: ['公务用车购置及运行维护费', '公务用车购置及运行费', '公务用车购置及运行维护费(小计)', '公务用车购置及运行费(小计)', '公车购置及运行维护费', '公车购置及运行费'],
  },
  { role: 'vehiclePurchase', label: '公务用车购置费', labels: ['公务用车购置费', '公务用车购置', '车辆购置费', '车辆购置'], parent: 'vehicle' },
  { role: 'vehicleOperation', label: '公务用车运行维护费', labels: ['公务用车运行维护费', '公务用车运行费', '车辆运行维护费', '车辆运行费', '车辆运行'], parent: 'vehicle' },
  { role: 'reception', label: '公务接待费', labels: ['公务接待费'] },
];

/** J7 财政拨款“三公”经费支出决算表: 预算数 and 决算数 per item (Shanghai, 湖北 2021, 河南 2020 print it 7th). */
export const J7: TableDefinition = {
  id: 'J7',
  number: 7,
  title: '财政拨款“三公”经费支出决算表',
  aliases: [
    '财政拨款"三公"经费支出决算表',
    '一般公共预算财政拨款"三公"经费支出决算表',
    '财政拨款安排的"三公"经费支出决算表',
    '"三公"经费支出决算表',
    '三公经费支出决算表',
  ],
  titleWords: { all: [['三公'], ['决算']], none: ['机关运行', '预算表'] },
  // 因公出国(境)费 or 经费 (宜宾); 决算数 in the header or in a title without 三公 (衢江 "2016年决算数与2015年决算数对比情况").
  signature: ['因公出国', '公务接待', '决算数'],
  required: true,
  blocks: [
    {
      id: 'body',
      kind: 'items',
      label: '“三公”经费',
      anchorHeaders: ['项目', '三公经费', '财政拨款"三公"经费', '年度'],
      columns: [
        col('budget', '预算数', ['预算数', '年初预算数', '年初预算', '全年预算数']),
        // 本年决算数 beside 上年决算数 (云南 施甸 “三公”经费决算情况统计表): last year's is never this year's.
        col('final', '决算数', ['决算数', '本年决算数', '决算'], ['上年决算数', '上年决算']),
        { ...col('prior', '上年决算数', ['上年决算数', '上年决算']), optional: true, priorOf: 'final' },
        { ...col('change', '增减金额', ['增减金额', '增、减金额', '增减额', '增、减额', '比上年增减']), optional: true },
        { ...col('changeRate', '增减幅度', ['增减幅度', '增、减幅度', '增减率', '增、减率', '增减%']), optional: true, percent: true },
        // 预算数 and 决算数 each split by fund (合肥 “一般公共预算及政府性基金财政拨款“三公”经费支出决算表”).
        { ...col('budgetGpb', '预算数（一般公共预算）', ['一般公共预算']), optional: true, under: ['预算数', '年初预算数'] },
        { ...col('budgetFund', '预算数（政府性基金）', ['政府性基金']), optional: true, under: ['预算数', '年初预算数'] },
        { ...col('finalGpb', '决算数（一般公共预算）', ['一般公共预算']), optional: true, under: ['决算数'] },
        { ...col('finalFund', '决算数（政府性基金）', ['政府性基金']), optional: true, under: ['决算数'] },
      ],
      printedAcross: true,
      acrossValue: 'final',
      totalLabels: ['合计', '总计', '"三公"经费合计', '三公经费合计'],
      totalFirst: true,
      rows: THREE_PUBLIC_ROWS,
    },
  ],
  identities: [
    { id: 'J-18', kind: 'item-sum', block: 'body', target: 'total', parts: ['abroad', 'vehicle', 'reception'], op: 'eq' },
    { id: 'J-19', kind: 'item-sum', block: 'body', target: 'vehicle', parts: ['vehiclePurchase', 'vehicleOperation'], op: 'eq' },
    // Each row: 本年决算数 = 上年决算数 + 增减金额; 预算数 (决算数) = 一般公共预算 + 政府性基金 where the table splits them.
    { id: 'J-36', kind: 'row-sum', block: 'body', target: 'final', parts: ['prior', 'change'], minParts: 2 },
    { id: 'J-36', kind: 'rate', block: 'body', target: 'changeRate', of: 'final' },
    { id: 'J-36', kind: 'row-sum', block: 'body', target: 'budget', parts: ['budgetGpb', 'budgetFund'], minParts: 2 },
    { id: 'J-36', kind: 'row-sum', block: 'body', target: 'final', parts: ['finalGpb', 'finalFund'], minParts: 2 },
  ],
};

/** 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本支出 | 项目支出) | 年末结转和结余 by 功能分类: J8 and J9. */
function carryBlock(label: string): BlockDef {
  return {
    id: 'body',
    kind: 'coded',
    label,
    codeScheme: 'functional',
    anchorHeaders: J_FUNCTIONAL_ANCHORS,
    codeHeaders: J_FUNCTIONAL_ANCHORS,
    nameHeaders: J_FUNCTIONAL_NAMES,
    columns: [
      col('opening', '年初结转和结余', ['年初结转和结余', '年初结转结余']),
      col('income', '本年收入', ['本年收入']),
      col('expense', '本年支出', ['本年支出', '本年支出合计']),
      col('basic', '基本支出'),
      col('project', '项目支出'),
      col('closing', '年末结转和结余', ['年末结转和结余', '年末结转结余']),
    ],
    totalLabels: J_TOTAL_LABELS,
  };
}

export const J8: TableDefinition = {
  id: 'J8',
  number: 8,
  title: '政府性基金预算财政拨款收入支出决算表',
  aliases: ['政府性基金预算财政拨款收入支出决算表', '政府性基金预算财政拨款支出决算表', '政府性基金预算财政拨款收支决算表'],
  titleWords: { all: [['政府性基金'], ['决算']], none: ['三公', '预算表'] },
  signature: ['政府性基金', '年初结转和结余', '本年收入', '年末结转和结余'],
  required: true,
  emptyNoteSubject: '政府性基金预算财政拨款',
  blocks: [carryBlock('政府性基金预算财政拨款')],
  identities: [
    { id: 'J-14', kind: 'row-sum', block: 'body', target: 'expense', parts: ['basic', 'project'] },
    { id: 'J-H', kind: 'hierarchy', block: 'body', columns: '*' },
  ],
};

export const J9: TableDefinition = {
  id: 'J9',
  number: 9,
  title: '国有资本经营预算财政拨款收入支出决算表',
  aliases: ['国有资本经营预算财政拨款收入支出决算表', '国有资本经营预算财政拨款支出决算表', '国有资本经营预算财政拨款收支决算表'],
  titleWords: { all: [['国有资本经营'], ['决算']], none: ['三公', '预算表'] },
  signature: ['国有资本经营', '年初结转和结余', '本年收入', '年末结转和结余'],
  required: false,
  emptyNoteSubject: '国有资本经营预算财政拨款',
  blocks: [carryBlock('国有资本经营预算财政拨款')],
  identities: [
    { id: 'J-14', kind: 'row-sum', block: 'body', target: 'expense', parts: ['basic', 'project'] },
    { id: 'J-H', kind: 'hierarchy', block: 'body', columns: '*' },
  ],
};

export const JUESUAN_TABLES = [J1, J2, J3, J4, J5, J6, J7, J8, J9];
