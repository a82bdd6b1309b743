import { recognizeWorkbook } from '../../../src/engine/recognize/recognize';
import { crossRelationRule } from '../../../src/engine/rules/cross-table';
import { NATIONAL_2023 } from '../../../src/engine/tables/national';
import { ruleTester } from '../../support/rule-tester';
import { withCell } from '../../support/workbooks';
import { consistentSample } from './cross-table-cases';

/** The corrected sample with 表3's 单位 line rewritten from 万元 to 元: every 表3 amount is then read 10,000 times too small. */
function t3InYuan() {
  const grid = consistentSample();
  const t3 = recognizeWorkbook(grid, NATIONAL_2023).tables.find((t) => t.def.id === 'T3')!;
  const ref = t3.unitRef!;
  const text = String(grid.sheets.find((s) => s.name === ref.sheet)!.cells[ref.row - (grid.sheets.find((s) => s.name === ref.sheet)!.originRow ?? 0)][ref.col - (grid.sheets.find((s) => s.name === ref.sheet)!.originCol ?? 0)]);
  return withCell(grid, ref.sheet, ref.row, ref.col, text.replace('万元', '元'));
}

const t2t3 = NATIONAL_2023.relations.find((r) => r.id === 't2-t3-code')!;

ruleTester.run(crossRelationRule(t2t3), {
  valid: [{ name: 'the corrected sample: 表2 and 表3 in 万元 agree', workbook: consistentSample() }],
  invalid: [
    {
      name: '表3 labelled 元 while its amounts are 万元: one finding about the unit, not one per 科目',
      workbook: t3InYuan(),
      errors: [{ messageId: 'unitFactor', severity: 'error', message: '正好相差一万倍' }],
    },
  ],
});
