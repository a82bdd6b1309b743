import { formatRef } from '../../../src/engine/grid/address';
import type { WorkbookGrid } from '../../../src/engine/grid/types';
import { recognizeWorkbook } from '../../../src/engine/recognize/recognize';
import { threePublicEconomic } from '../../../src/engine/rules/three-public-economic';
import { NATIONAL_2023 } from '../../../src/engine/tables/national';
import { regionGrid } from '../../support/region-examples';
import { ruleTester } from '../../support/rule-tester';
import { sampleGrid, withCell } from '../../support/workbooks';

/** The sample with one amount changed, found by table, row and column as the engine reads them. */
function sampleWith(table: 'T6' | 'T10', row: (r: { code?: string; role?: string }) => boolean, col: string, value: number, grid = sampleGrid()): { grid: WorkbookGrid; at: string } {
  const t = recognizeWorkbook(grid, NATIONAL_2023).tables.find((x) => x.def.id === table)!;
  const cell = t.blocks[0].rows.find(row)!.amounts[col].ref;
  return { grid: withCell(grid, cell.sheet, cell.row, cell.col, value), at: formatRef(cell) };
}

const t6Reception = sampleWith('T6', (r) => r.code === '30217', 'total', 1.74);
const t10Reception = sampleWith('T10', (r) => r.role === 'reception', 'gpb', 2);
const t10Vehicle = sampleWith('T10', (r) => r.role === 'vehicleOperation', 'gpb', 10);
// 苏州 公开09表: 一般公共预算“三公”经费、会议费、培训费 in one amount row (培训费 56.05; 表6 30216 45.87).
const suzhouTraining = sampleWith('T6', (r) => r.code === '30216', 'total', 60, regionGrid('suzhou'));

ruleTester.run(threePublicEconomic, {
  valid: [
    { name: 'the sample: 表6 30217 0.74 = 表10 公务接待费 0.74, 30231 14 = 公务用车运行费 14', workbook: sampleGrid() },
    { name: '表10 above 表6: projects pay for the rest, not reported', workbook: t10Reception.grid },
    { name: '苏州: 会议费 26.6 = 表6 30215, 培训费 56.05 above 表6 30216 45.87', workbook: regionGrid('suzhou') },
  ],
  invalid: [
    {
      name: '表6 30217 above 表10 公务接待费',
      workbook: t6Reception.grid,
      errors: [{ messageId: 'exceeds', severity: 'error', at: t6Reception.at, message: '超过表10“三公”经费表「公务接待费」一般公共预算0.74万元，超出1.00万元' }],
    },
    {
      name: '表10 公务用车运行费 below 表6 30231',
      workbook: t10Vehicle.grid,
      errors: [{ messageId: 'exceeds', severity: 'error', message: '公务用车运行维护费' }],
    },
    {
      name: '苏州: 表6 30216 above the table’s 培训费 (its one amount column, the 合计)',
      workbook: suzhouTraining.grid,
      errors: [{ messageId: 'exceeds', severity: 'error', at: suzhouTraining.at, message: '表6「30216 培训费」60.00万元，超过表10“三公”经费表「培训费」56.05万元，超出3.95万元' }],
    },
  ],
});
