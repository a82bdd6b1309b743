import type { Profile } from '../../tables/types';
import { badCell } from '../bad-cell';
import { crossRelationRule } from '../cross-table';
import { detailDepth } from '../detail-depth';
import { emptyTableNote } from '../empty-table-note';
import { missingTable } from '../missing-table';
import { tableNumber } from '../table-number';
import { defineRule, type Rule } from '../types';
import { unitMissing } from '../unit-missing';
import { unknownRow } from '../unknown-row';
import { identityRules } from './identity-rules';
import { j35 } from './j-35';

/** missing-table in 决算 words: 部门决算公开 must hold the table. */
export const juesuanMissingTable = defineRule({
  ...missingTable,
  description: '部门决算公开完整性：应公开的决算表均已找到',
  messages: {
    required: '未识别到表{{number}}「{{title}}」：部门决算公开必须包含此表（无数据时也应保留表格式并注明“本表无数据”）；如已公开，请检查其标题和表头是否完整。',
    optional: '未找到表{{number}}「{{title}}」：如本地区要求公开此表，请补充。',
  },
});

/** J-20: an empty 政府性基金 / 国有资本经营 决算表 says so under it (and a table with data does not say it is empty). */
export const j20 = defineRule({
  ...emptyTableNote,
  id: 'J-20',
  description: '政府性基金、国有资本经营预算财政拨款决算表无数据时，应在表下注明“本表无数据”及原因',
  messages: {
    missingNote: '{{table}}没有数据，但表下未注明。应保留表格式，并在表下写明如“本单位本年度没有{{subject}}收入和支出，故本表无数据。”',
    noteOnData: '{{table}}有数据，但表下注明“{{note}}”，说明与表内数据矛盾。',
  },
});

/** Rules for a 决算 profile: the structural ones, one per J id of its identities, its relations, and J-35. */
export function juesuanRules(profile: Profile): Rule[] {
  return [
    badCell,
    detailDepth,
    juesuanMissingTable,
    tableNumber,
    unitMissing,
    unknownRow,
    j20,
    ...identityRules(profile),
    ...profile.relations.map(crossRelationRule),
    ...(profile.tables.some((t) => t.id === 'J2') && profile.tables.some((t) => t.id === 'J5') ? [j35] : []),
  ];
}

export { identityRules, JUESUAN_RULE_DESCRIPTIONS } from './identity-rules';
export { j35 } from './j-35';
