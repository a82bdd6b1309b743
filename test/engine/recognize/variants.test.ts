import { formatRef } from '../../../src/engine/grid/address';
import { recognizeWorkbook } from '../../../src/engine/recognize/recognize';
import type { RecognizedRow } from '../../../src/engine/recognize/types';
import { badCell } from '../../../src/engine/rules/bad-cell';
import { codeHierarchy } from '../../../src/engine/rules/code-hierarchy';
import { itemSum } from '../../../src/engine/rules/item-sum';
import { regionGrid } from '../../support/region-examples';
import { rowSum } from '../../../src/engine/rules/row-sum';
import { runRules } from '../../../src/engine/runner/run-rules';
import { resolveSettings } from '../../../src/engine/settings';
import { NATIONAL_2023 } from '../../../src/engine/tables/national';
import { sourceWorkbook } from '../../support/rule-tester';

/** Workbooks that differ from the sample the way clerks' workbooks do; ⇥ is a TAB. */

const recognize = (text: string) => recognizeWorkbook(sourceWorkbook(text), NATIONAL_2023);
type Recognition = ReturnType<typeof recognize>;

function table(r: Recognition, id: string) {
  const t = r.tables.find((x) => x.def.id === id);
  if (!t) throw new Error(`${id} not recognized (found ${r.tables.map((x) => x.def.id).join(', ') || 'nothing'})`);
  return t;
}

const codes = (rows: RecognizedRow[]) => rows.filter((x) => x.code).map((x) => `${x.kind}:${x.code}`);
const at = (row: RecognizedRow, col: string) => formatRef(row.amounts[col].ref);

describe('several tables stacked on one sheet, starting at D10, on a sheet named anything', () => {
  const r = recognize(`
    @sheet 随便起的名字
    @start D10
    表3
    部门支出总体情况表
    编制部门：示例局⇥⇥⇥⇥单位：万元
    科目编码⇥科目名称⇥合计⇥基本支出⇥项目支出
    208⇥社会保障和就业支出⇥170.11⇥170.11⇥
    20805⇥行政事业单位养老支出⇥170.11⇥170.11⇥
    2080501⇥行政单位离退休⇥3.9⇥3.9⇥
    2080505⇥机关事业单位基本养老保险⇥166.21⇥166.21⇥
    ⇥合计⇥170.11⇥170.11⇥
    注：本表按支出功能分类科目列示。


    表5
    一般公共预算支出情况表
    编制部门：示例局⇥⇥⇥⇥单位：万元
    科目编码⇥科目名称⇥合计⇥基本支出⇥项目支出
    "208 05 01"⇥行政单位离退休⇥3.9⇥3.9⇥
    "208 05"⇥行政事业单位养老支出⇥3.9⇥3.9⇥
    "208"⇥社会保障和就业支出⇥3.9⇥3.9⇥
    ⇥合计⇥3.9⇥3.9⇥

    表8
    政府性基金预算支出情况表
    编制部门：示例局⇥⇥⇥⇥单位：万元
    科目编码⇥科目名称⇥合计⇥基本支出⇥项目支出
    ⇥合计⇥⇥⇥
    我单位没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。
  `);

  test('finds each table by its title, on the same sheet, in its own rows', () => {
    expect(r.tables.map((t) => [t.def.id, t.sheet, t.foundBy])).toEqual([
      ['T3', '随便起的名字', 'title'],
      ['T5', '随便起的名字', 'title'],
      ['T8', '随便起的名字', 'title'],
    ]);
    const [t3, t5, t8] = r.tables;
    expect(formatRef({ sheet: t3.sheet, row: t3.range.top, col: t3.range.left })).toBe('随便起的名字!D11');
    expect(t3.range.bottom).toBeLessThan(t5.range.top);
    expect(t5.range.bottom).toBeLessThan(t8.range.top);
  });

  test('reads a one-column code typed as a number (2080501) beside its name column', () => {
    const body = table(r, 'T3').blocks[0];
    expect(codes(body.rows)).toEqual(['class:208', 'kuan:20805', 'xiang:2080501', 'xiang:2080505']);
    const xiang = body.rows.find((x) => x.code === '2080501')!;
    expect(xiang.name).toBe('行政单位离退休');
    expect(at(xiang, 'total')).toBe('随便起的名字!F16');
    expect(body.total!.amounts.total.value.toFixed(2)).toBe('170.11');
  });

  test('reads a one-column code written as "208 05 01" text', () => {
    expect(codes(table(r, 'T5').blocks[0].rows)).toEqual(['xiang:2080501', 'kuan:20805', 'class:208']);
  });

  test('keeps a note with its own table, and not the next table\'s 表N line', () => {
    expect(table(r, 'T3').notes.map((n) => n.text)).toEqual(['注：本表按支出功能分类科目列示。']);
    expect(table(r, 'T5').notes).toEqual([]);
    expect(table(r, 'T8').notes.map((n) => n.text)).toEqual(['我单位没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。']);
  });
});

describe('a table whose title row is missing', () => {
  const r = recognize(`
    @sheet 数据
    @start B3
    表3
    编制部门：示例局⇥⇥⇥⇥⇥⇥单位：万元
    功能分类科目编码⇥⇥⇥功能分类科目名称⇥合计⇥基本支出⇥项目支出
    类⇥款⇥项
    "208"⇥⇥⇥社会保障和就业支出⇥170.11⇥170.11⇥
    "208"⇥"05"⇥⇥行政事业单位养老支出⇥170.11⇥170.11⇥
    "208"⇥"05"⇥"01"⇥行政单位离退休⇥3.9⇥3.9⇥
    "208"⇥"05"⇥"05"⇥机关事业单位基本养老保险⇥166.21⇥166.21⇥
    ⇥⇥⇥合计⇥170.11⇥170.11⇥

    表6
    编制部门：示例局⇥⇥⇥⇥⇥⇥单位：万元
    经济分类科目编码⇥⇥经济分类科目名称⇥合计⇥人员经费⇥公用经费
    类⇥款
    301⇥⇥工资福利支出⇥10⇥10⇥
    301⇥1⇥基本工资⇥10⇥10⇥
    302⇥⇥商品和服务支出⇥5⇥⇥5
    302⇥17⇥公务接待费⇥5⇥⇥5
    ⇥⇥合计⇥15⇥10⇥5
  `);

  test('is found by its header signature, with its unit and rows', () => {
    expect(r.tables.map((t) => [t.def.id, t.foundBy])).toEqual([
      ['T3', 'signature'],
      ['T6', 'signature'],
    ]);
    const t3 = table(r, 'T3');
    expect(t3.titleRef).toBeUndefined();
    expect(t3.unitRef).toBeDefined();
    expect(t3.department).toBe('示例局');
    expect(codes(t3.blocks[0].rows)).toEqual(['class:208', 'kuan:20805', 'xiang:2080501', 'xiang:2080505']);
  });

  test('economic codes typed as numbers are padded (301 1 → 30101, 302 17 → 30217)', () => {
    expect(codes(table(r, 'T6').blocks[0].rows)).toEqual(['class:301', 'kuan:30101', 'class:302', 'kuan:30217']);
  });

  test('the first table does not take the next one\'s 编制部门 line and header as its notes', () => {
    expect(table(r, 'T3').notes).toEqual([]);
  });

  test('三公 without a title is found by its row labels and columns', () => {
    const t = recognize(`
      @sheet Sheet4
      编制部门：示例局⇥⇥⇥单位：万元
      三公支出内容⇥合计⇥一般公共预算⇥政府性基金⇥国有资本经营预算
      合计⇥3⇥3
      因公出国（境）费
      公务接待费⇥1⇥1
      公务用车购置及运行费⇥2⇥2
      其中：公务用车购置费
      公务用车运行费⇥2⇥2
    `);
    const t10 = table(t, 'T10');
    expect(t10.foundBy).toBe('signature');
    expect(t10.blocks[0].rows.filter((x) => x.kind === 'item').map((x) => x.role)).toEqual(['abroad', 'reception', 'vehicle', 'vehiclePurchase', 'vehicleOperation']);
  });
});

describe('三公 printed across', () => {
  const across = (body: string) =>
    recognize(`
      @sheet 表10
      @merge A3:A4 B3:B4 C3:E3 F3:F4
      财政拨款“三公”经费支出情况表
      编制部门：示例局⇥⇥⇥⇥⇥单位：万元
      “三公”经费合计⇥因公出国（境）费⇥公务用车购置及运行维护费⇥⇥⇥公务接待费
      ⇥⇥小计⇥公务用车购置费⇥公务用车运行维护费
      ${body}
    `);
  const cited = (t: ReturnType<typeof table>) => t.blocks.flatMap((b) => b.rows.flatMap((x) => Object.values(x.amounts).map((a) => a.ref.row)));

  test('one row of amounts under the header: each column one item', () => {
    const t = table(across('43.8⇥0⇥7.8⇥0⇥7.8⇥36'), 'T10');
    expect(t.blocks[0].rows.map((x) => [x.role ?? x.kind, x.amounts.total?.value.toNumber() ?? Object.values(x.amounts)[0].value.toNumber()])).toEqual([
      ['total', 43.8],
      ['abroad', 0],
      ['vehicle', 7.8],
      ['vehiclePurchase', 0],
      ['vehicleOperation', 7.8],
      ['reception', 36],
    ]);
    expect(new Set(cited(t))).toEqual(new Set([4]));
  });

  // Found by the fuzz test: with the header the last thing on the sheet, the rows were read (and cited) one row past
  // its end. The table is still found, empty, and cites no cell outside the sheet.
  test('the header the last thing on the sheet: found, with no row and no cell past the end', () => {
    const t = table(across(''), 'T10');
    expect(t.headerRows.bottom).toBe(3);
    expect(t.range.bottom).toBe(3);
    expect(cited(t)).toEqual([]);
  });
});

// Found by the fuzz test: with 款 under 功能分类科目编码 blank, the 类 column was read as the only code column and the
// 款 column as the names ("5", "11"), every row a 类 208.
describe('a code level word left blank', () => {
  const t5 = (nameHeader: string, kuan: string) =>
    table(
      recognize(`
        @sheet 表5
        @merge A3:C3 D3:D4 E3:E4 F3:F4 G3:G4
        一般公共预算支出情况表
        单位：万元
        功能分类科目编码⇥⇥⇥${nameHeader}⇥合计⇥基本支出⇥项目支出
        类⇥${kuan}⇥项
        208⇥⇥⇥社会保障和就业支出⇥170.11⇥170.11⇥
        208⇥5⇥⇥行政事业单位养老支出⇥170.11⇥170.11⇥
        208⇥5⇥1⇥行政单位离退休⇥170.11⇥170.11⇥
        210⇥⇥⇥卫生健康支出⇥59.48⇥59.48⇥
        210⇥11⇥⇥行政事业单位医疗⇥59.48⇥59.48⇥
        210⇥11⇥1⇥行政单位医疗⇥59.48⇥59.48⇥
      `),
      'T5',
    );
  const rows = (t: ReturnType<typeof t5>) => t.blocks[0].rows.map((x) => [x.code, x.name]);
  const expected = [
    ['208', '社会保障和就业支出'],
    ['20805', '行政事业单位养老支出'],
    ['2080501', '行政单位离退休'],
    ['210', '卫生健康支出'],
    ['21011', '行政事业单位医疗'],
    ['2101101', '行政单位医疗'],
  ];

  test('as printed in full', () => expect(rows(t5('功能分类科目名称', '款'))).toEqual(expected));
  test('款 blank: the column between 类 and 项 under the code header is 款', () => expect(rows(t5('功能分类科目名称', ''))).toEqual(expected));
  test('款 blank and the name header unreadable: the names are still the names', () => expect(rows(t5('#DIV/0!', ''))).toEqual(expected));
  test('a column with a header of its own is never taken for the blank level', () => {
    const t = t5('功能分类科目名称', '备注');
    expect(t.blocks[0].codeCols).not.toContain(1);
  });
});

// Found by the fuzz test (seed 3): 表5 without its 名称 column took the 2025年预算数 column as the names ("52.17"), which
// the narrative then wrote in front of the amounts ("52.1754.94万元").
test('without a column of names, a column headed as amounts is never taken for the names', () => {
  const t = table(
    recognize(`
      @sheet 表5
      一般公共预算支出情况表
      单位：万元
      功能分类科目⇥2025年预算数⇥2026年预算数
      科目编码⇥⇥合计⇥基本支出⇥项目支出
      合计⇥219.38⇥227.11⇥113.22⇥113.89
      205⇥52.17⇥54.94⇥54.94⇥
      20508⇥52.17⇥54.94⇥54.94⇥
    `),
    'T5',
  );
  const block = t.blocks[0];
  expect(block.nameCol).not.toBe(1);
  expect(block.rows.filter((x) => x.code).map((x) => [x.code, x.name, x.amounts.total?.value.toNumber()])).toEqual([
    ['205', '', 54.94],
    ['20508', '', 54.94],
  ]);
});

describe('codes printed once per group', () => {
  const r = recognize(`
    @sheet 表3
    部门支出总体情况表
    单位：万元
    功能分类科目编码⇥⇥⇥功能分类科目名称⇥合计⇥基本支出⇥项目支出
    类⇥款⇥项
    208⇥⇥⇥社会保障和就业支出⇥170.11⇥170.11⇥
    ⇥5⇥⇥行政事业单位养老支出⇥170.11⇥170.11⇥
    ⇥⇥1⇥行政单位离退休⇥3.9⇥3.9⇥
    ⇥⇥5⇥机关事业单位基本养老保险⇥110.81⇥110.81⇥
    "2O8"⇥"05"⇥"06"⇥机关事业单位职业年金缴费支出⇥55.40⇥55.40⇥
    210⇥⇥⇥卫生健康支出⇥59.48⇥59.48⇥
    ⇥11⇥1⇥行政单位医疗⇥59.48⇥59.48⇥
    ⇥⇥⇥合计⇥229.59⇥229.59⇥
  `);
  const rows = table(r, 'T3').blocks[0].rows;

  test('a blank 类 or 款 cell takes the code of the rows above', () => {
    expect(codes(rows)).toEqual(['class:208', 'kuan:20805', 'xiang:2080501', 'xiang:2080505', 'class:210', 'xiang:2101101']);
  });

  test('a 类 cell holding something unreadable ("2O8") is not filled in from above', () => {
    const bad = rows.find((x) => x.name === '机关事业单位职业年金缴费支出')!;
    expect(bad.kind).toBe('other');
    expect(bad.code).toBeUndefined();
  });
});

describe('reworded titles', () => {
  const r = recognize(`
    @sheet Sheet1
    2023年部门收支预算总表
    编制部门：示例局⇥⇥⇥单位：元
    收入⇥⇥支出
    项目⇥预算数⇥功能分类⇥预算数
    一、本年收入⇥1701100⇥208 社会保障和就业支出⇥1701100
    1.一般公共预算拨款⇥1701100⇥
    收入总计⇥1701100⇥支出总计⇥1701100

    @sheet Sheet2
    附表3 昌吉州自然资源局部门支出预算表
    单位：万元
    功能分类科目编码⇥⇥⇥功能分类科目名称⇥合计⇥基本支出⇥项目支出
    类⇥款⇥项
    208⇥⇥⇥社会保障和就业支出⇥170.11⇥170.11⇥
    208⇥5⇥⇥行政事业单位养老支出⇥170.11⇥170.11⇥
    208⇥5⇥1⇥行政单位离退休⇥#REF!⇥3.9⇥
    208⇥5⇥5⇥机关事业单位基本养老保险⇥待定⇥166.21⇥
    ⇥⇥⇥合计⇥170.11⇥170.11⇥
  `);

  test('"2023年部门收支预算总表" is 表1, with its year, in 元', () => {
    const t1 = table(r, 'T1');
    expect(t1.foundBy).toBe('title');
    expect(t1.year).toBe(2023);
    expect(t1.unit).toBe('元');
    expect(t1.blocks[0].total!.amounts.amount.value.toString()).toBe('1701100');
    expect(codes(t1.blocks[1].rows)).toEqual(['class:208']);
  });

  test('"附表3 昌吉州自然资源局部门支出预算表" is 表3; 款/项 typed as numbers are padded (5 → 05, 1 → 01)', () => {
    const t3 = table(r, 'T3');
    expect(t3.foundBy).toBe('title');
    expect(t3.titleText).toBe('附表3 昌吉州自然资源局部门支出预算表');
    expect(codes(t3.blocks[0].rows)).toEqual(['class:208', 'kuan:20805', 'xiang:2080501', 'xiang:2080505']);
  });

  test('#REF! and words in amount cells are recognized as problems, and bad-cell reports each', () => {
    const rows = table(r, 'T3').blocks[0].rows;
    expect(rows.find((x) => x.code === '2080501')!.amounts.total.problem).toEqual({ kind: 'error', text: '#REF!' });
    expect(rows.find((x) => x.code === '2080505')!.amounts.total.problem).toEqual({ kind: 'text', text: '待定' });
    const findings = runRules([badCell], r.tables, NATIONAL_2023, resolveSettings());
    expect(findings.map((f) => [f.messageId, formatRef(f.target!)])).toEqual([
      ['error', 'Sheet2!E7'],
      ['text', 'Sheet2!E8'],
    ]);
  });
});

describe('a workbook without tables', () => {
  const prose = `
    @sheet 说明
    第一部分 部门概况
    一、部门职责
    本部门负责全州自然资源的调查、监测和确权登记。
    部门收支总体情况表
    部门收支总体情况表等十张表另行公开
  `;

  test('only prose: no table, and the no-table issue', () => {
    const r = recognize(prose);
    expect(r.tables).toEqual([]);
    expect(r.issues.map((i) => i.kind)).toEqual(['no-table']);
  });

  test('a prose sheet beside a table sheet raises no issue', () => {
    const r = recognize(`${prose}
    @sheet 表8
    政府性基金预算支出情况表
    单位：万元
    科目编码⇥科目名称⇥合计⇥基本支出⇥项目支出
    ⇥合计⇥⇥⇥
    `);
    expect(r.tables.map((t) => t.def.id)).toEqual(['T8']);
    expect(r.issues).toEqual([]);
  });
});

describe('广州\'s 三公 table: 行政经费 above the 三公, items worded as 支出', () => {
  const r = recognize(`
    @sheet 表8
    表8 财政拨款安排的行政经费及“三公”经费预算表
    单位名称：示例局⇥⇥⇥⇥单位：万元
    项目⇥合计⇥一般公共预算⇥政府性基金预算⇥国有资本经营预算
    行政经费⇥8560.42⇥8560.42⇥0⇥0
    “三公”经费⇥627⇥627⇥0⇥0
    其中：（一）因公出国（境）支出⇥40⇥40⇥0⇥0
    （二）公务用车购置及运行维护支出⇥567.72⇥567.72⇥0⇥0
    1.公务用车购置费⇥230.55⇥230.55⇥0⇥0
    2.公务用车运行维护费⇥337.17⇥337.17⇥0⇥0
    （三）公务接待费支出⇥19.28⇥19.28⇥0⇥0
  `);
  const rows = table(r, 'T10').blocks[0].rows;
  it('reads every line as the item it is, and the “三公”经费 line as the total', () => {
    expect(rows.map((x) => x.role ?? x.kind)).toEqual(['adminCost', 'total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception']);
  });
});

describe('基本支出 by 经济分类 names without codes, under the department\'s own line (深圳 基本支出总表, 杭州 表6)', () => {
  const r = recognize(`
    @sheet 表6
    表6 一般公共预算基本支出表
    部门名称：示例市交通局（本级）⇥⇥⇥单位：万元
    经济分类科目名称⇥2026年预算数⇥人员经费⇥公用经费
    示例市交通局（本级）⇥130⇥100⇥30
    工资福利支出⇥100⇥100⇥
    基本工资⇥60⇥60⇥
    津贴补贴⇥40⇥40⇥
    商品和服务支出⇥20⇥⇥20
    办公费⇥20⇥⇥20
    资本性支出⇥10⇥⇥10
    办公设备购置⇥10⇥⇥10
  `);
  const t = table(r, 'T6');
  it('gives each 款 its code under the 类 above it (办公设备购置 under 310, not 309)', () => {
    expect(codes(t.blocks[0].rows)).toEqual(['class:301', 'kuan:30101', 'kuan:30102', 'class:302', 'kuan:30201', 'class:310', 'kuan:31002']);
  });
  it('reads the department\'s line, first and with no 合计 printed, as the table\'s total', () => {
    expect(t.blocks[0].total?.name).toBe('示例市交通局（本级）');
  });
  it('takes the budget year from the header where the title has none', () => {
    expect(t.year).toBe(2026);
  });
});

describe('合计 over 当年预算 and 上年结转结余, each with the same columns (长春 预算表3)', () => {
  const sheet = (carryBasic: string | number) => `
    @sheet 表3
    @merge A3:A4 B3:B4 C3:C4 D3:F3 G3:I3
    表3 部门支出总体情况表
    单位：万元
    科目编码⇥科目名称⇥合计⇥当年预算⇥⇥⇥上年结转结余
    ⇥⇥⇥小计⇥基本支出⇥项目支出⇥小计⇥基本支出⇥项目支出
    合计⇥⇥130⇥100⇥80⇥20⇥30⇥${carryBasic}⇥20
    201⇥一般公共服务支出⇥130⇥100⇥80⇥20⇥30⇥${carryBasic}⇥20
  `;
  const settings = resolveSettings();
  it('reads 基本支出 and 项目支出 as this year’s and the carry-over’s together, as the 合计 adds them', () => {
    const t = table(recognize(sheet(10)), 'T3');
    const total = t.blocks[0].total!;
    expect(total.amounts.basic.value.toNumber()).toBe(90);
    expect(total.amounts.project.value.toNumber()).toBe(40);
    expect(total.amounts.basic.parts!.map((p) => formatRef(p.ref))).toEqual(['表3!E5', '表3!H5']);
    expect(runRules([rowSum], recognize(sheet(10)).tables, NATIONAL_2023, settings)).toEqual([]);
  });
  it('finds a wrong carry-over cell by the table’s sums, and words in it at its own cell', () => {
    expect(runRules([rowSum], recognize(sheet(15)).tables, NATIONAL_2023, settings).map((f) => f.message)).toEqual([
      expect.stringContaining('合计130.00万元，与基本支出'),
      expect.stringContaining('合计130.00万元，与基本支出'),
    ]);
    const bad = runRules([badCell], recognize(sheet('十')).tables, NATIONAL_2023, settings);
    expect(bad.map((f) => formatRef(f.target!))).toEqual(['表3!H5', '表3!H6']);
  });
});

describe('the next table\'s number on a line of its own, right under an empty table (上海 "单位预算08表", tables stacked)', () => {
  const r = recognize(`
    @sheet 全部
    表8 政府性基金预算支出情况表
    单位：万元
    科目编码⇥科目名称⇥合计⇥基本支出⇥项目支出
    合计⇥⇥⇥⇥

    ⇥⇥⇥⇥单位预算09表
    表9 国有资本经营预算支出情况表
    单位：万元
    科目编码⇥科目名称⇥合计⇥基本支出⇥项目支出
    合计⇥⇥⇥⇥
  `);
  it('ends the table above it: no body line, no words in an amount cell', () => {
    expect(table(r, 'T8').blocks[0].rows.filter((x) => x !== table(r, 'T8').blocks[0].total)).toEqual([]);
    expect(runRules([badCell], r.tables, NATIONAL_2023, resolveSettings())).toEqual([]);
  });
});

describe('layouts the carry-over twins, the sources of funds and the unit lines must leave alone (review of session 5)', () => {
  const errors = (text: string) => {
    const r = recognize(text);
    return runRules([rowSum, codeHierarchy], r.tables, NATIONAL_2023, resolveSettings()).map((f) => f.message);
  };
  it('表2 whose 上年结转结余 columns have roles of their own: its 事业收入 is no twin of this year’s', () => {
    expect(errors(`
      @sheet 表2
      @merge A3:A4 B3:B4 C3:C4 D3:F3 G3:I3
      表2 部门收入总体情况表
      单位：万元
      科目编码⇥科目名称⇥合计⇥本年收入⇥⇥⇥上年结转结余
      ⇥⇥⇥小计⇥一般公共预算⇥事业收入⇥小计⇥一般公共预算⇥事业收入
      合计⇥⇥130⇥100⇥80⇥20⇥30⇥20⇥10
      201⇥一般公共服务支出⇥130⇥100⇥80⇥20⇥30⇥20⇥10
    `)).toEqual([]);
  });
  it('表7 of 合计 | 一般公共预算: one source of several, its 合计 no sum of it', () => {
    expect(errors(`
      @sheet 表7
      表7 项目支出预算表
      单位：万元
      项目名称⇥合计⇥一般公共预算
      合计⇥100⇥60
      信息化运维⇥100⇥60
    `)).toEqual([]);
  });
  it('a unit line that prints only its 总计, and a 其中 line under a project', () => {
    const table12 = (unitLine: string, lines: string) => `
      @sheet 表12
      @merge A3:A4 B3:B4 C3:F3 G3:G4 H3:H4
      表12 部门预算项目支出及其他支出预算表
      单位名称：广州市示例局⇥⇥⇥⇥⇥⇥⇥单位：万元
      支出项目类别（资金使用单位）⇥总计⇥财政拨款⇥⇥⇥⇥财政专户拨款⇥其他资金
      ⇥⇥合计⇥一般公共预算⇥政府性基金预算⇥国有资本经营预算⇥⇥
      合计⇥100⇥100⇥100⇥0⇥0⇥0⇥0
      ${unitLine}
      ${lines}
    `;
    expect(errors(table12('广州市示例局⇥100⇥⇥⇥⇥⇥⇥', '"　　项目甲"⇥50⇥50⇥50⇥0⇥0⇥0⇥0\n"　　项目乙"⇥50⇥50⇥50⇥0⇥0⇥0⇥0'))).toEqual([]);
    expect(errors(table12('广州市示例局⇥100⇥100⇥100⇥0⇥0⇥0⇥0', '项目甲⇥50⇥50⇥50⇥0⇥0⇥0⇥0\n"　　其中：设备购置"⇥20⇥20⇥20⇥0⇥0⇥0⇥0\n项目乙⇥50⇥50⇥50⇥0⇥0⇥0⇥0'))).toEqual([]);
  });
});

describe('a name wrapped onto a line of its own, the label column blank and no amounts (苏州 公开13表 across a page)', () => {
  const r = recognize(`
    @sheet 表6
    表6 一般公共预算基本支出情况表
    单位：万元
    科目编码⇥科目名称⇥合计⇥人员经费⇥公用经费
    合计⇥⇥100⇥60⇥40
    301⇥工资福利支出⇥60⇥60⇥
    30101⇥基本工资（含⇥60⇥60⇥
    ⇥津贴补贴）
    302⇥商品和服务支出⇥40⇥⇥40
    30201⇥办公费⇥40⇥⇥40
    说明：本表为示例。
    ⇥另起一行的说明
  `);
  it('is inside the table: the rows below it are read', () => {
    expect(codes(table(r, 'T6').blocks[0].rows)).toEqual(['class:301', 'kuan:30101', 'class:302', 'kuan:30201']);
  });
  it('a note starting in the label column still ends the table', () => {
    expect(table(r, 'T6').blocks[0].rows.map((x) => x.row).pop()).toBe(8);
  });
});

describe('经济分类 to 7 digits (重庆 表六: 3010201 规范性津补贴 under 30102 津贴补贴)', () => {
  const sheet = (kuan: number) => `
    @sheet 表六
    表六 2026年一般公共预算基本支出情况表
    单位名称：示例市局⇥⇥⇥⇥单位：万元
    科目编码⇥科目名称⇥合计⇥人员经费⇥公用经费
    合计⇥⇥${kuan + 60}⇥${kuan + 60}⇥
    301⇥工资福利支出⇥${kuan + 60}⇥${kuan + 60}⇥
    30101⇥基本工资⇥60⇥60⇥
    30102⇥津贴补贴⇥${kuan}⇥${kuan}⇥
    3010201⇥规范性津补贴⇥30⇥30⇥
    3010202⇥其他津补贴⇥10⇥10⇥
  `;
  const rows = table(recognize(sheet(40)), 'T6').blocks[0].rows;
  it('reads the 7-digit lines as the third level, no unknown rows', () => {
    expect(codes(rows)).toEqual(['class:301', 'kuan:30101', 'kuan:30102', 'xiang:3010201', 'xiang:3010202']);
  });
  it('checks the 款 against its 7-digit lines', () => {
    const findings = (kuan: number) => runRules([codeHierarchy], recognize(sheet(kuan)).tables, NATIONAL_2023, resolveSettings());
    expect(findings(40)).toEqual([]);
    expect(findings(41).map((f) => f.message)).toEqual([expect.stringContaining('30102 津贴补贴'), expect.stringContaining('30102 津贴补贴')]);
  });
});

describe('三公 by 单位 and 年度, each item over its sources of funds (深圳 表9)', () => {
  // The item headers are printed over their first source only (the PDF's merges lost), as the transcriptions have them.
  const r = recognize(`
    @sheet 表9
    表9 财政拨款“三公”经费支出表
    部门名称：示例市交通局（本级）⇥⇥⇥⇥⇥⇥⇥⇥⇥⇥单位：万元
    预算单位⇥年度⇥总计⇥⇥⇥因公出国(境)费⇥⇥⇥公务接待费⇥⇥⇥公务用车购置及运行维护费
    预算单位⇥年度⇥一般公共预算⇥政府性基金预算⇥国有资本经营预算⇥一般公共预算⇥政府性基金预算⇥国有资本经营预算⇥一般公共预算⇥政府性基金预算⇥国有资本经营预算⇥一般公共预算⇥政府性基金预算⇥国有资本经营预算
    示例市交通局（本级）⇥2025年⇥176.01⇥0⇥0⇥129.8⇥0⇥0⇥15.11⇥0⇥0⇥31.1⇥0⇥0
    ⇥2026年⇥147.9⇥0⇥0⇥115⇥0⇥0⇥5.1⇥0⇥0⇥27.8⇥0⇥0
  `);
  const t = table(r, 'T10');
  it('reads this year\'s line, each item by source, its 合计 their sum', () => {
    expect(t.blocks[0].rows.map((x) => [x.role ?? x.kind, x.amounts.gpb.value.toNumber(), x.amounts.total.value.toNumber()])).toEqual([
      ['total', 147.9, 147.9],
      ['abroad', 115, 115],
      ['reception', 5.1, 5.1],
      ['vehicle', 27.8, 27.8],
    ]);
    expect(t.blocks[0].unmappedColumns).toEqual([]);
  });
  it('keeps the 2025年 line as last year\'s figures the table prints itself', () => {
    expect(t.blocks[0].rows.map((x) => [x.role ?? x.kind, x.prior?.total.value.toNumber()])).toEqual([
      ['total', 176.01],
      ['abroad', 129.8],
      ['reception', 15.11],
      ['vehicle', 31.1],
    ]);
  });
});

describe('small wordings of real templates', () => {
  it('上海 “三公”经费和机关运行经费预算表: 购置费 | 运行费 under 公务用车, 机关运行经费 a line outside the 三公 合计', () => {
    const t = recognizeWorkbook(regionGrid('shanghai-shangwu'), NATIONAL_2023).tables.find((x) => x.def.id === 'T10')!;
    const amount = (role: string) => t.blocks[0].rows.find((r) => r.role === role)?.amounts.total.value.toNumber();
    expect([amount('vehiclePurchase'), amount('vehicleOperation'), amount('operatingCost')]).toEqual([0, 3.5, 396.84]);
    expect(t.blocks[0].unmappedColumns).toEqual([]);
    expect(runRules([itemSum], [t], NATIONAL_2023, resolveSettings())).toEqual([]);
  });
  it('a one-column table numbered "** | 1" under its header (杭州 表9): the 栏次 row is no body line', () => {
    const t = table(
      recognize(`
        @sheet 表9
        表9：2026年市级部门国有资本经营预算支出预算表
        部门名称：示例局⇥单位：万元
        功能分类科目名称⇥项目支出
        **⇥1
        合计⇥
        备注：本部门没有国有资本经营预算拨款安排的支出，故本表无数据。
      `),
      'T9',
    );
    expect(t.blocks[0].rows.filter((x) => x.kind === 'other')).toEqual([]);
  });
  it('a label with its colon (长春 "总计：") is the total, named without the colon (never "总计：：" in a message)', () => {
    const t = table(
      recognize(`
        @sheet 表3
        支出总表（预算表3）
        编制单位：示例局⇥⇥⇥⇥单位：万元
        科目编码⇥科目名称⇥合计⇥基本支出⇥项目支出
        ⇥总计：⇥100⇥60⇥40
        "205"⇥教育支出⇥100⇥60⇥40
      `),
      'T3',
    );
    expect(t.blocks[0].total?.name).toBe('总计');
  });
});

describe('金额 under a group is the group’s amount (长沙 表2: 本级财政拨款 | 金额 | 其中:经费拨款)', () => {
  const t = table(
    recognize(`
      @sheet 表2
      @merge E3:F3
      部门收入总体情况表
      单位名称：示例局⇥⇥⇥⇥⇥单位：万元
      功能科目编码⇥功能科目⇥合计⇥上年结转⇥本级财政拨款⇥
      ⇥⇥⇥⇥金额⇥其中:经费拨款
      ⇥合计⇥110⇥10⇥100⇥80
      "201"⇥一般公共服务支出⇥110⇥10⇥100⇥80
    `),
    'T2',
  );
  it('reads the 金额 column as 财政拨款, and no column named 金额 is left unplaced', () => {
    const fiscal = t.blocks[0].columns.find((c) => c.role === 'fiscal');
    expect(fiscal && formatRef({ sheet: '表2', row: 0, col: fiscal.col })).toBe('表2!E1');
    expect(t.blocks[0].unmappedColumns.map((c) => c.header)).not.toContain('金额');
  });
});

describe('基本支出 printed with its parts as 人员支出 | 日常公用支出 (杭州 表3, 表5, 表6)', () => {
  const sheet = (personnel: number) => `
    @sheet 表5
    @merge A3:A4 B3:B4 C3:E3 F3:F4
    一般公共预算支出表
    部门名称：示例局⇥⇥⇥⇥⇥单位：万元
    功能分类科目名称⇥合计⇥基本支出⇥⇥⇥项目支出
    ⇥⇥小计⇥人员支出⇥日常公用支出⇥
    合计⇥130⇥100⇥${personnel}⇥20⇥30
    一般公共服务支出⇥130⇥100⇥${personnel}⇥20⇥30
  `;
  it('places both parts, none left unplaced', () => {
    const t = table(recognize(sheet(80)), 'T5');
    expect(t.blocks[0].columns.map((c) => c.role)).toEqual(expect.arrayContaining(['basic', 'personnel', 'public']));
    expect(t.blocks[0].unmappedColumns).toEqual([]);
  });
  it('holds 基本支出 to their sum on every line', () => {
    const settings = resolveSettings();
    expect(runRules([rowSum], recognize(sheet(80)).tables, NATIONAL_2023, settings)).toEqual([]);
    expect(runRules([rowSum], recognize(sheet(75)).tables, NATIONAL_2023, settings).map((f) => formatRef(f.sides[0].cells[0]))).toEqual(['表5!C5', '表5!C6']);
  });
});

describe('the table’s subject over its 小计 (广州 表5: 一般公共预算支出 | 小计 | 其中：基本支出 | 项目支出)', () => {
  it('reads that 小计 as the 合计', () => {
    const t = table(
      recognize(`
        @sheet 表5
        @merge B3:D3
        一般公共预算支出情况表
        单位名称：示例局⇥⇥⇥单位：万元
        功能科目名称⇥一般公共预算支出
        ⇥小计⇥其中：基本支出⇥项目支出
        合计⇥130⇥100⇥30
        [201]一般公共服务支出⇥130⇥100⇥30
      `),
      'T5',
    );
    expect(t.blocks[0].columns.find((c) => c.role === 'total')?.col).toBe(1);
    expect(t.blocks[0].unmappedColumns).toEqual([]);
  });
});

describe('长沙 wordings: 表6 总计 | 人员类 | 公用经费; 三公 under one group: 小计 | 公务接待费 | … | 其中：公务用车购置', () => {
  it('reads 人员类 as 人员经费', () => {
    const t = table(
      recognize(`
        @sheet 表6
        一般公共预算基本支出情况表
        单位名称：示例局⇥⇥⇥⇥单位：万元
        经济科目编码⇥经济科目名称⇥总计⇥人员类⇥公用经费
        ⇥合计⇥110⇥100⇥10
        "301"⇥工资福利支出⇥100⇥100⇥
        "302"⇥商品和服务支出⇥10⇥⇥10
      `),
      'T6',
    );
    expect(t.blocks[0].columns.map((c) => c.role)).toEqual(['total', 'personnel', 'public']);
  });
  it('reads the group’s 小计 as the 三公 合计 and 其中 lines as the 公务用车 parts', () => {
    const t = table(
      recognize(`
        @sheet 三公
        @merge B3:G3
        一般公共预算“三公”经费支出情况表
        单位名称：示例局⇥⇥⇥⇥⇥⇥单位：万元
        部门名称⇥三公经费预（决）算数（财政拨款）
        ⇥小计⇥公务接待费⇥因公出国（境）费⇥公务用车购置及运行费⇥其中：公务用车购置⇥其中：公务用车运行费
        合计⇥458.5⇥28.5⇥30⇥400⇥150⇥250
      `),
      'T10',
    );
    const amount = (role?: string) => t.blocks[0].rows.find((r) => r.role === role)?.amounts.total.value.toFixed();
    expect(t.blocks[0].total?.amounts.total.value.toFixed()).toBe('458.5');
    expect([amount('vehiclePurchase'), amount('vehicleOperation')]).toEqual(['150', '250']);
    expect(t.blocks[0].unmappedColumns).toEqual([]);
  });
});

describe('表1 支出 by use (上海: 合计 | 基本支出 (人员经费 | 公用经费) | 项目支出)', () => {
  const sheet = (project: number) => `
    @sheet 表1
    @merge A3:B3 C3:G3 E5:F5
    2026年预算单位财务收支预算总表
    编制单位：示例中心⇥⇥⇥⇥⇥⇥单位：元
    本年收入⇥⇥本年支出
    项目⇥预算数⇥项目⇥预算数
    ⇥⇥⇥合计⇥基本支出⇥⇥项目支出
    ⇥⇥⇥⇥人员经费⇥公用经费
    一、财政拨款收入⇥1000⇥一、社会保障和就业支出⇥1000⇥600⇥100⇥${project}
    收入总计⇥1000⇥支出总计⇥1000⇥600⇥100⇥300
  `;
  it('places the use columns and holds each line’s 合计 to 基本支出 + 项目支出', () => {
    const t = table(recognize(sheet(300)), 'T1');
    const expense = t.blocks.find((b) => b.def.id === 'expense')!;
    expect(expense.unmappedColumns).toEqual([]);
    expect(expense.columns.map((c) => c.role)).toEqual(['amount', 'personnel', 'public', 'project']);
    const settings = resolveSettings();
    expect(runRules([rowSum], recognize(sheet(300)).tables, NATIONAL_2023, settings)).toEqual([]);
    expect(runRules([rowSum], recognize(sheet(290)).tables, NATIONAL_2023, settings).map((f) => formatRef(f.sides[0].cells[0]))).toEqual(['表1!D7']);
  });
});

describe('a 项目支出表 of all funds with short source names (杭州 表10: 财政拨款收入 | 一般公共预算 | 政府性基金 | 国有资本经营预算)', () => {
  it('places 政府性基金 as the 政府性基金预算 source', () => {
    const t = table(
      recognize(`
        @sheet 表10
        @merge D3:F3
        项目支出预算表
        部门名称：示例局⇥⇥⇥⇥⇥⇥单位：万元
        单位名称⇥项目名称⇥总计⇥财政拨款收入⇥⇥⇥单位资金
        ⇥⇥⇥一般公共预算⇥政府性基金⇥国有资本经营预算⇥
        ⇥合计⇥100⇥60⇥30⇥⇥10
        示例局⇥项目甲⇥100⇥60⇥30⇥⇥10
      `),
      'T7',
    );
    expect(t.blocks[0].columns.map((c) => c.role)).toEqual(expect.arrayContaining(['gpb', 'fund', 'soe']));
    expect(t.blocks[0].unmappedColumns).toEqual([]);
  });
});

describe('三公 with 因公出国（境）费 split under its own group (长春: 小计 | 因公出国（境）费 | 科研因公出国（境）费用)', () => {
  const sheet = (research: number) => `
    @sheet 三公
    @merge A3:A4 B3:D3 E3:G3 H3:H4
    本年一般公共预算“三公”经费支出表
    单位：万元
    合计⇥因公出国（境）费⇥⇥⇥公务用车购置及运行费⇥⇥⇥公务接待费
    ⇥小计⇥因公出国（境）费⇥科研因公出国（境）费用⇥小计⇥购置费⇥运行费⇥
    13⇥5⇥3⇥${research}⇥6⇥2⇥4⇥2
  `;
  it('reads both parts and holds 因公出国（境）费 to their sum', () => {
    const r = recognize(sheet(2));
    const t = table(r, 'T10');
    const amount = (role: string) => t.blocks[0].rows.find((x) => x.role === role)?.amounts.total.value.toFixed();
    expect([amount('abroad'), amount('abroadOrdinary'), amount('abroadResearch')]).toEqual(['5', '3', '2']);
    expect(t.blocks[0].unmappedColumns).toEqual([]);
    expect(runRules([itemSum], r.tables, NATIONAL_2023, resolveSettings())).toEqual([]);
    expect(runRules([itemSum], recognize(sheet(1)).tables, NATIONAL_2023, resolveSettings()).map((f) => formatRef(f.sides[0].cells[0]))).toEqual(['三公!B5']);
  });
});
