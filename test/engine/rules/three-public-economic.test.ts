import { formatRef } from '../../../src/engine/grid/address';
import type { WorkbookGrid } from '../../../src/engine/grid/types';
import { recognizeWorkbook } from '../../../src/engine/recognize/recognize';
import { threePublicEconomic } from '../../../src/engine/rules/three-public-economic';
import { NATIONAL_2023 } from '../../../src/engine/tables/national';
import { ruleTester } from '../../support/rule-tester';
import { sampleGrid, withCell } from '../../support/workbooks';

/** The sample with one amount changed, found by table, row and column as the engine reads them. */
function sampleWith(table: 'T6' | 'T10', row: (r: { code?: string; role?: string }) => boolean, col: string, value: number): { grid: WorkbookGrid; at: string } {
  const grid = sampleGrid();
  const t = recognizeWorkbook(grid, NATIONAL_2023).tables.find((x) => x.def.id === table)!;
  const cell = t.blocks[0].rows.find(row)!.amounts[col].ref;
  return { grid: withCell(grid, cell.sheet, cell.row, cell.col, value), at: formatRef(cell) };
}

const t6Reception = sampleWith('T6', (r) => r.code === '30217', 'total', 1.74);
const t10Reception = sampleWith('T10', (r) => r.role === 'reception', 'gpb', 2);
const t10Vehicle = sampleWith('T10', (r) => r.role === 'vehicleOperation', 'gpb', 10);

ruleTester.run(threePublicEconomic, {
  valid: [
    { name: 'the sample: 表6 30217 0.74 = 表10 公务接待费 0.74, 30231 14 = 公务用车运行费 14', workbook: sampleGrid() },
    { name: '表10 above 表6: projects pay for the rest, not reported', workbook: t10Reception.grid },
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
  ],
});
