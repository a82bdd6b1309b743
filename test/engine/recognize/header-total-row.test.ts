import { formatRef } from '../../../src/engine/grid/address';
import { recognizeWorkbook } from '../../../src/engine/recognize/recognize';
import { getProfile } from '../../../src/engine/tables/registry';
import { sourceWorkbook } from '../../support/rule-tester';

/**
 * The header's last row is also the 合计 line (普陀财政局's 收入决算表/支出决算表): 类 | 款 | 项 head the code
 * columns, 合计 and the amounts are the first body row. ⇥ is a TAB.
 */
const grid = (codeLevels: string) =>
  sourceWorkbook(`
    @sheet 支出决算表
    @merge A1:I1 A3:D3 E3:E5 F3:F5 G3:G5 H3:H5 I3:I5 A4:C4 D4:D5 A5:C5
    支出决算表
    ⇥⇥⇥⇥⇥⇥⇥⇥单位：万元
    项目⇥⇥⇥⇥本年支出合计⇥基本支出⇥项目支出⇥上缴上级支出⇥经营支出
    支出功能分类⇥⇥⇥科目名称
    科目编码
    ${codeLevels}⇥合计⇥120.00⇥100.00⇥20.00⇥⇥
    "201"⇥⇥⇥一般公共服务支出⇥120.00⇥100.00⇥20.00⇥⇥
    "201"⇥"06"⇥⇥财政事务⇥120.00⇥100.00⇥20.00⇥⇥
    "201"⇥"06"⇥"01"⇥行政运行⇥100.00⇥100.00⇥⇥⇥
    "201"⇥"06"⇥"02"⇥一般行政管理事务⇥20.00⇥⇥20.00⇥⇥
  `);

function j3(codeLevels: string) {
  const r = recognizeWorkbook(grid(codeLevels), getProfile('juesuan-9'));
  const t = r.tables.find((x) => x.def.id === 'J3');
  if (!t) throw new Error(`J3 not recognized (found ${r.tables.map((x) => x.def.id).join(', ') || 'nothing'})`);
  return t;
}

describe('a header row that is also the 合计 line', () => {
  test('类 | 款 | 项 head the three code columns; the header ends where the amounts start', () => {
    const t = j3('类⇥款⇥项');
    const b = t.blocks[0];
    expect(b.codeCols).toEqual([0, 1, 2]);
    expect(t.headerRows).toEqual({ top: 2, bottom: 4 });
    expect(b.rows.filter((r) => r.code).map((r) => `${r.kind}:${r.code}`)).toEqual(['class:201', 'kuan:20106', 'xiang:2010601', 'xiang:2010602']);
  });

  test('the same row is the 合计 body row, with its amounts at their cells', () => {
    const b = j3('类⇥款⇥项').blocks[0];
    expect(b.total?.row).toBe(5);
    expect(b.rows[0]).toBe(b.total);
    expect(formatRef(b.total!.amounts.total.ref)).toBe('支出决算表!E6');
    expect(b.total!.amounts.total.value.toFixed(2)).toBe('120.00');
    expect(b.total!.amounts.basic.value.toFixed(2)).toBe('100.00');
  });

  test('without 类 | 款 | 项 before the amounts, the row is body only and the codes are read from one column', () => {
    const t = j3('⇥⇥');
    expect(t.headerRows.bottom).toBe(4);
    expect(t.blocks[0].total?.row).toBe(5);
    expect(t.blocks[0].codeCols.length).toBe(1);
  });
});
