import { PROJECT_ECONOMIC_COLUMNS } from '../national/t7-gpb-project';
import type { CrossRelation, Profile, TableDefinition } from '../types';
import { BUDGET_GROUPS, col, J_FUNCTIONAL_ANCHORS, J_FUNCTIONAL_NAMES, J_TOTAL_LABELS } from './common';
import { JUESUAN_RELATIONS } from './relations';
import { J1, J2, J3, J4, J5, J6, J7, J8, J9, THREE_PUBLIC_ROWS } from './tables';

/**
 * The 决算 table sets juesuan.md §1 lists, as data: the national nine (三公 7th or 9th), 河南 (no 国有资本经营),
 * 云南 (adds 项目支出 and a “三公”/机关运行经费 table) and 四川 (13 tables). A region is a new profile here,
 * never new code.
 */

const renumber = (t: TableDefinition, number: number): TableDefinition => ({ ...t, number });
const without = (tables: string[]) => (r: CrossRelation) => {
  const used = r.kind === 'cells' ? [...r.left, ...r.right].map((s) => s.table) : [r.left.table, r.right.table];
  return !used.some((t) => t && tables.includes(t));
};

/** Central departments 2023, Shanghai 2024, 湖北 2021, 河南 2020: “三公” is 表7. */
export const JUESUAN_9: Profile = {
  id: 'juesuan-9',
  kind: '决算',
  name: '部门决算公开九张表（“三公”经费为表7）',
  tables: [J1, J2, J3, J4, J5, J6, J7, J8, J9],
  relations: JUESUAN_RELATIONS,
};

/** 广东 2021, 广西 2023, 湖北 2022: the same nine, “三公” last. */
export const JUESUAN_9_SANGONG_LAST: Profile = {
  id: 'juesuan-9-sangong-last',
  kind: '决算',
  name: '部门决算公开九张表（“三公”经费为表9）',
  tables: [J1, J2, J3, J4, J5, J6, renumber(J8, 7), renumber(J9, 8), renumber(J7, 9)],
  relations: JUESUAN_RELATIONS,
};

/** 河南 (舞钢 2020): eight tables, no 国有资本经营预算财政拨款 table. */
export const JUESUAN_HENAN_8: Profile = {
  id: 'juesuan-henan-8',
  kind: '决算',
  name: '部门决算公开八张表（河南，无国有资本经营预算财政拨款决算表）',
  tables: [J1, J2, J3, J4, J5, J6, J7, J8],
  relations: JUESUAN_RELATIONS.filter(without(['J9'])),
};

/** 一般公共预算财政拨款项目支出决算表 (云南, 四川): projects by 功能分类 项, 经济分类 columns as in the 预算 表7. */
const PROJECTS: TableDefinition = {
  id: 'JP',
  number: 7,
  title: '一般公共预算财政拨款项目支出决算表',
  aliases: ['一般公共预算财政拨款项目支出决算表', '项目支出决算表'],
  titleWords: { all: [['项目支出'], ['决算']], none: ['三公', '预算表'] },
  signature: ['项目名称', '项目支出', '决算'],
  required: false,
  blocks: [
    {
      id: 'body',
      kind: 'coded',
      label: '一般公共预算财政拨款项目支出',
      codeScheme: 'functional',
      anchorHeaders: J_FUNCTIONAL_ANCHORS,
      codeHeaders: J_FUNCTIONAL_ANCHORS,
      nameHeaders: J_FUNCTIONAL_NAMES,
      projectColumn: col('projectName', '项目名称', ['项目名称']),
      columns: [col('total', '合计', ['合计', '项目支出合计', '决算数', '项目支出'], BUDGET_GROUPS), ...PROJECT_ECONOMIC_COLUMNS],
      totalLabels: J_TOTAL_LABELS,
    },
  ],
  identities: [{ id: 'J-H', kind: 'hierarchy', block: 'body', columns: '*' }],
};

/** 云南: “三公”经费、行政参公单位机关运行经费情况表, rows down with 预算数 / 决算数; 机关运行经费 is not part of 三公. */
const YUNNAN_THREE_PUBLIC: TableDefinition = {
  ...J7,
  id: 'J7',
  number: 10,
  title: '“三公”经费、行政参公单位机关运行经费情况表',
  aliases: ['"三公"经费、行政参公单位机关运行经费情况表', '"三公"经费,行政参公单位机关运行经费情况表', '三公经费、行政参公单位机关运行经费情况表', '"三公"经费、行政参公单位机关运行经费决算表'],
  titleWords: { all: [['三公'], ['机关运行经费']] },
  blocks: [
    {
      ...J7.blocks[0],
      rows: [...THREE_PUBLIC_ROWS, { role: 'operatingCosts', label: '机关运行经费', labels: ['机关运行经费', '行政参公单位机关运行经费'] }],
    },
  ],
};

/** 云南 (耿马 2022, 罗平/施甸 2024): the nine, 一般公共预算表 with 年初预算, plus 项目支出 and the merged 三公 table. */
export const JUESUAN_YUNNAN: Profile = {
  id: 'juesuan-yunnan',
  kind: '决算',
  name: '部门决算公开（云南：含项目支出决算表和“三公”经费、机关运行经费情况表）',
  tables: [J1, J2, J3, J4, J5, J6, PROJECTS, J8, J9, YUNNAN_THREE_PUBLIC],
  relations: JUESUAN_RELATIONS,
};

/** 四川 (渠县 2024): 财政拨款支出决算明细表 and 一般公共预算财政拨款支出决算明细表 besides the nine, and both 国有资本经营 tables. */
const detail = (id: string, number: number, title: string, extra: string[], none: string[]): TableDefinition => ({
  id,
  number,
  title,
  aliases: [title, ...extra],
  titleWords: { all: [['支出'], ['决算明细表']], none },
  signature: [title],
  required: false,
  blocks: [
    {
      id: 'body',
      kind: 'coded',
      label: title.replace(/表$/, ''),
      codeScheme: 'functional',
      anchorHeaders: J_FUNCTIONAL_ANCHORS,
      codeHeaders: J_FUNCTIONAL_ANCHORS,
      nameHeaders: J_FUNCTIONAL_NAMES,
      columns: [col('total', '合计', ['合计', '决算数'], BUDGET_GROUPS), col('basic', '基本支出'), col('project', '项目支出')],
      totalLabels: J_TOTAL_LABELS,
    },
  ],
  identities: [{ id: 'J-H', kind: 'hierarchy', block: 'body', columns: '*' }],
});

const SOE_EXPENSE: TableDefinition = {
  ...J9,
  id: 'J9E',
  number: 13,
  title: '国有资本经营预算财政拨款支出决算表',
  aliases: ['国有资本经营预算财政拨款支出决算表'],
  titleWords: { all: [['国有资本经营'], ['支出决算表']], none: ['收入', '三公'] },
  signature: ['国有资本经营预算财政拨款支出决算表'],
  required: false,
  blocks: [{ ...detail('x', 0, '国有资本经营预算财政拨款支出决算表', [], []).blocks[0] }],
  identities: [{ id: 'J-H', kind: 'hierarchy', block: 'body', columns: '*' }],
};

export const JUESUAN_SICHUAN_13: Profile = {
  id: 'juesuan-sichuan-13',
  kind: '决算',
  name: '部门决算公开十三张表（四川）',
  tables: [
    J1,
    J2,
    J3,
    J4,
    detail('JD', 5, '财政拨款支出决算明细表', [], ['一般公共预算']),
    renumber(J5, 6),
    detail('JDG', 7, '一般公共预算财政拨款支出决算明细表', [], ['基本支出', '项目支出']),
    renumber(J6, 8),
    { ...PROJECTS, number: 9 },
    renumber(J8, 10),
    renumber(J9, 11),
    renumber(J7, 12),
    SOE_EXPENSE,
  ],
  relations: JUESUAN_RELATIONS,
};

/**
 * 国有资产占用情况表 (江西 庐山 2023 表10; 云南 蒙自 2023 prints a 国有资产使用情况表 too). juesuan.md has its title
 * only, from a table of contents, and no published layout of it was found: its lines are read and shown, and no
 * relation is held on them (`unchecked`), rather than relations guessed.
 */
const ASSETS: TableDefinition = {
  id: 'JA',
  number: 10,
  title: '国有资产占用情况表',
  aliases: ['国有资产占用情况表', '国有资产占有使用情况表', '国有资产使用情况表'],
  titleWords: { all: [['国有资产'], ['占用', '占有', '使用']], none: ['三公'] },
  signature: [],
  required: false,
  unchecked: '其格式未见公开的表样，未核对其金额',
  blocks: [
    {
      id: 'body',
      kind: 'items',
      label: '国有资产占用',
      anchorHeaders: ['项目', '资产类别', '资产名称', '指标', '项目名称', '资产分类'],
      detailRows: true,
      columns: [col('total', '金额', ['金额', '合计', '资产总额', '账面价值', '账面净值', '账面原值', '年末数', '期末数', '决算数', '价值'])],
      totalLabels: ['合计', '总计', '资产总计', '资产总额'],
      // The asset classes of 政府会计制度, named where printed; other lines are the table's details.
      rows: [
        { role: 'current', label: '流动资产', labels: ['流动资产'] },
        { role: 'fixed', label: '固定资产', labels: ['固定资产'] },
        { role: 'construction', label: '在建工程', labels: ['在建工程'] },
        { role: 'intangible', label: '无形资产', labels: ['无形资产'] },
        { role: 'investment', label: '长期投资', labels: ['长期投资', '对外投资'] },
        { role: 'vehicles', label: '车辆', labels: ['车辆', '其中：车辆', '公务用车'] },
      ],
    },
  ],
  identities: [],
};

/** 江西 (庐山 2023): the nine, then 国有资产占用情况表. */
export const JUESUAN_JIANGXI: Profile = {
  id: 'juesuan-jiangxi',
  kind: '决算',
  name: '部门决算公开（江西：九张表及国有资产占用情况表）',
  tables: [J1, J2, J3, J4, J5, J6, J7, J8, J9, ASSETS],
  relations: JUESUAN_RELATIONS,
};

export const JUESUAN_PROFILES: Profile[] = [JUESUAN_9, JUESUAN_9_SANGONG_LAST, JUESUAN_HENAN_8, JUESUAN_YUNNAN, JUESUAN_SICHUAN_13, JUESUAN_JIANGXI];
