import type { BlockDef, ColumnDef, Identity, LabelRowDef } from '../types';

/** Header texts shared by the tables of the national set. */
export const FUNCTIONAL_ANCHORS = ['功能分类科目编码', '支出功能分类科目编码', '科目编码', '功能分类科目', '编码'];
export const FUNCTIONAL_NAMES = ['功能分类科目名称', '支出功能分类科目名称', '科目名称', '名称'];
export const ECONOMIC_ANCHORS = ['经济分类科目编码', '部门预算支出经济分类科目编码', '科目编码', '经济分类科目', '编码'];
export const ECONOMIC_NAMES = ['经济分类科目名称', '部门预算支出经济分类科目名称', '科目名称', '名称'];
export const TOTAL_LABELS = ['合计', '总计', '支出合计', '本年支出合计'];

export const col = (role: string, label: string, headers: string[] = [label], notHeaders?: string[]): ColumnDef => ({
  role,
  label,
  headers,
  ...(notHeaders ? { notHeaders } : {}),
});

/** A column only some templates print: matched as any other, never reported missing. */
export const optionalCol = (role: string, label: string, headers: string[] = [label], notHeaders?: string[]): ColumnDef => ({
  ...col(role, label, headers, notHeaders),
  optional: true,
});

/** 合计 / 基本支出 / 项目支出 by 功能分类: 表3, 表5, 表8, 表9 share this body. */
export function basicProjectBlock(label: string): BlockDef {
  return {
    id: 'body',
    kind: 'coded',
    label,
    codeScheme: 'functional',
    anchorHeaders: FUNCTIONAL_ANCHORS,
    codeHeaders: FUNCTIONAL_ANCHORS,
    nameHeaders: FUNCTIONAL_NAMES,
    columns: [
      // 广州 prints the table's subject over its 小计: 一般公共预算支出 | 小计 | 其中：基本支出 | 项目支出.
      col('total', '合计', ['合计', '小计', '总计', '支出合计', ...(label === '支出' ? [] : [label])]),
      col('basic', '基本支出'),
      col('project', '项目支出'),
      // Some templates print 基本支出 only as its two parts.
      col('personnel', '人员经费', ['人员经费', '人员经费支出', '人员支出', '人员类']),
      col('public', '公用经费', ['公用经费', '公用经费支出', '日常公用支出', '日常公用经费', '公用类']),
    ],
    composites: { basic: ['personnel', 'public'] },
    totalLabels: TOTAL_LABELS,
  };
}

/** Where 基本支出 is printed with its two parts (杭州 基本支出 | 人员支出 | 日常公用支出), it is their sum on every line. */
export const basicPartsSum = (block = 'body'): Identity => ({ kind: 'row-sum', block, target: 'basic', parts: ['personnel', 'public'], minParts: 2 });

/** Lines of a 支出 side by 功能分类 printed by label beside the 类 (表1, 表4): how each enters the 支出总计. */
const CARRY_FORWARD: LabelRowDef = {
  role: 'carryForward',
  label: '结转下年',
  labels: ['结转下年', '结转结余下年', '年末结转结余', '年末结转和结余', '结转下年度', '年终结转结余', '结转下年支出'],
  adds: 'carry',
};
const CURRENT_EXPENSE: LabelRowDef = { role: 'currentExpense', label: '本年支出合计', labels: ['本年支出合计', '本年支出'], adds: 'currentTotal' };

/** 表1 支出: 对附属单位补助 and 上缴上级 are this year's spending beside the 类; 结转下年 is carried to the next. */
export const EXPENSE_LABEL_ROWS: LabelRowDef[] = [
  { role: 'toAffiliated', label: '对附属单位补助支出', labels: ['对附属单位补助支出'], adds: 'current' },
  { role: 'toSuperior', label: '上缴上级支出', labels: ['上缴上级支出'], adds: 'current' },
  { role: 'operatingExpense', label: '事业单位经营支出', labels: ['事业单位经营支出', '经营支出'], adds: 'current' },
  { role: 'basicExpense', label: '基本支出', labels: ['基本支出'], adds: 'alt' },
  { role: 'projectExpense', label: '项目支出', labels: ['项目支出'], adds: 'alt' },
  { role: 'surplusDistribution', label: '结余分配', labels: ['结余分配'], adds: 'carry' },
  CARRY_FORWARD,
  CURRENT_EXPENSE,
];

/** 表4 支出 (财政拨款 only): 结转下年 beside the 类. */
export const FISCAL_EXPENSE_LABEL_ROWS: LabelRowDef[] = [CARRY_FORWARD, CURRENT_EXPENSE];

/** 长春 prints 本年预算 | 编制预算 | 上年结转 (表1, 表4): this year's money as newly budgeted and as brought forward. */
export const STAGE_COLUMNS: ColumnDef[] = [optionalCol('compiled', '编制预算', ['编制预算']), optionalCol('carried', '上年结转', ['上年结转'])];
