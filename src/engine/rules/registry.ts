import type { Profile } from '../tables/types';
import { badCell } from './bad-cell';
import { balance } from './balance';
import { codeHierarchy } from './code-hierarchy';
import { columnGroups } from './column-groups';
import { crossRelationRule } from './cross-table';
import { detailDepth } from './detail-depth';
import { economicSplit } from './economic-split';
import { emptyTableNote } from './empty-table-note';
import { itemSum } from './item-sum';
import { juesuanRules } from './juesuan';
import { missingTable } from './missing-table';
import { rateColumn } from './rate-column';
import { rowSum } from './row-sum';
import { tableNumber } from './table-number';
import { threePublicEconomic } from './three-public-economic';
import type { Rule } from './types';
import { unitMissing } from './unit-missing';
import { unknownRow } from './unknown-row';

/** Rules that read each table's own definition, sorted by id. */
export const TABLE_RULES: Rule[] = [
  badCell,
  balance,
  codeHierarchy,
  columnGroups,
  detailDepth,
  economicSplit,
  emptyTableNote,
  itemSum,
  missingTable,
  rateColumn,
  rowSum,
  tableNumber,
  threePublicEconomic,
  unitMissing,
  unknownRow,
];

/** Every rule for a profile: the table rules plus one rule per cross-table relation. */
export function rulesFor(profile: Profile): Rule[] {
  // A 决算 set has its own rules (J-01…J-35); a 预算 rule never runs on a 决算 table, nor the reverse.
  if (profile.kind === '决算') return juesuanRules(profile);
  return [...TABLE_RULES, ...profile.relations.map(crossRelationRule)];
}
