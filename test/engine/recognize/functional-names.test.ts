import { analyzeWorkbook } from '../../../src/engine';
import { functionalCodesOfName } from '../../../src/engine/recognize/codes';
import { recognizeWorkbook } from '../../../src/engine/recognize/recognize';
import type { RecognizedRow } from '../../../src/engine/recognize/types';
import { NATIONAL_2023 } from '../../../src/engine/tables/national';
import { sourceWorkbook } from '../../support/rule-tester';

/**
 * 功能分类 款 and 项 printed by name alone, flat, without codes or indentation (杭州 市级部门 tables as transcribed
 * from the PDF): the catalog gives each name its code under the 类 and 款 above it. ⇥ is a TAB.
 */

const codes = (rows: RecognizedRow[]) => rows.filter((x) => x.code).map((x) => `${x.kind}:${x.code}`);

/** 表3 of 杭州市公安局 2026, cut down: 201 with 款 and 项 of the same name, 204 with its 公安 项. */
const t3 = (lines: string) => `
  @sheet 表3
  表3：2026年市级部门支出预算总表
  部门名称：示例市公安局⇥⇥⇥⇥单位：万元
  功能分类科目名称⇥总计⇥基本支出⇥项目支出
  合计⇥100⇥60⇥40
  ${lines.trim().split('\n').map((l) => l.trim()).join('\n  ')}
`;

const BODY = `
  一般公共服务支出⇥10⇥⇥10
  其他一般公共服务支出⇥10⇥⇥10
  其他一般公共服务支出⇥10⇥⇥10
  公共安全支出⇥90⇥60⇥30
  公安⇥90⇥60⇥30
  行政运行⇥60⇥60⇥
  执法办案⇥20⇥⇥20
  其他公安支出⇥10⇥⇥10
`;

describe('names without codes, flat', () => {
  const r = recognizeWorkbook(sourceWorkbook(t3(BODY)), NATIONAL_2023);
  const rows = r.tables.find((t) => t.def.id === 'T3')!.blocks[0].rows;

  test('a 款 and then a 项 of the same name: the second is the 项, a 科目 being listed once', () => {
    expect(codes(rows)).toEqual(['class:201', 'kuan:20199', 'xiang:2019999', 'class:204', 'kuan:20402', 'xiang:2040201', 'xiang:2040220', 'xiang:2040299']);
  });

  test('the codes are real, not made up: cross-table relations match them', () => {
    expect(rows.some((x) => x.inferred)).toBe(false);
  });

  test('a 款 that does not add up is found at its cells, as with printed codes', () => {
    const wrong = analyzeWorkbook(sourceWorkbook(t3(BODY.replace('执法办案⇥20⇥⇥20', '执法办案⇥21⇥⇥21'))));
    const messages = wrong.findings.filter((f) => f.ruleId === 'code-hierarchy').map((f) => f.message);
    expect(messages).toContain('表3「20402 公安」合计90.00万元，与其下各项之和91.00万元不相等，相差-1.00万元。');
  });
});

describe('a name the catalog does not know', () => {
  // 某新设事务 is no name of the catalog: the line is not placed, and nothing under 204 can be summed.
  const body = BODY.replace('执法办案⇥20⇥⇥20', '某新设事务⇥20⇥⇥20');
  const analysis = analyzeWorkbook(sourceWorkbook(t3(body)));
  const rows = analysis.tables.find((t) => t.def.id === 'T3')!.blocks[0].rows;

  test('is an unknown line, and its 类 and 款 are marked partial', () => {
    expect(rows.find((x) => x.name === '某新设事务')?.code).toBeUndefined();
    expect(rows.filter((x) => x.partial).map((x) => x.code)).toEqual(['204', '20402']);
  });

  test('their sums stand aside with a word why, and no error is reported for them', () => {
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(analysis.skipped.map((s) => s.reason)).toContain('表3「204 公共安全支出」、「20402 公安」下有未能识别的科目名称，未核对其与下级之和');
  });

  test('a name after it that the catalog gives to every 款 alike (行政运行) is not taken for the 款 above', () => {
    const after = analyzeWorkbook(sourceWorkbook(t3(BODY.replace('公安⇥90⇥60⇥30\n  行政运行⇥60⇥60⇥', '公安⇥90⇥60⇥30\n  某新设事务⇥0⇥⇥\n  某新设事务二⇥60⇥60⇥\n  行政运行⇥60⇥60⇥'))));
    const placed = after.tables.find((t) => t.def.id === 'T3')!.blocks[0].rows.filter((x) => x.code === '2040201');
    expect(placed).toEqual([]);
  });

  test('a 款 name after it is not taken for a 款: it may be a 项 of the unknown line (杭州 表8 超长期特别国债 → 公路水路运输)', () => {
    const t8 = recognizeWorkbook(sourceWorkbook(t3(`
      交通运输支出⇥100⇥⇥100
      某新设专项债务安排的支出⇥100⇥⇥100
      公路水路运输⇥100⇥⇥100
    `)), NATIONAL_2023).tables.find((t) => t.def.id === 'T3')!.blocks[0].rows;
    expect(codes(t8)).toEqual(['class:214']);
  });

  test('其他公安支出, a name of 公安 alone, is still its 项 after the unknown line', () => {
    expect(rows.find((x) => x.name === '其他公安支出')?.code).toBe('2040299');
  });
});

describe('the catalog', () => {
  test('places a name under the parent above it only', () => {
    expect(functionalCodesOfName('行政运行', '20402')).toEqual(['2040201']);
    expect(functionalCodesOfName('公安', '204')).toEqual(['20402']);
    expect(functionalCodesOfName('公安', '201')).toEqual([]);
  });

  test('行政运行, 一般行政管理事务 and 机关服务 are 01, 02, 03 under a 款 it has not seen; 事业运行 is not guessed', () => {
    expect(functionalCodesOfName('机关服务', '20402')).toEqual(['2040203']);
    expect(functionalCodesOfName('事业运行', '29901')).toEqual([]);
  });
});

describe('a 科目 one table lists and the other may hold in a line it could not read', () => {
  /** 公安 with 行政运行 60, 执法办案 20 and one line of 10 named `other`, as 表3 or 表5 prints it. */
  const sheet = (n: 3 | 5, title: string, other: string) => `
      @sheet 表${n}
      表${n}：2026年市级部门${title}
      部门名称：示例市公安局⇥⇥⇥⇥单位：万元
      功能分类科目名称⇥${n === 3 ? '总计' : '合计'}⇥基本支出⇥项目支出
      合计⇥90⇥60⇥30
      公共安全支出⇥90⇥60⇥30
      公安⇥90⇥60⇥30
      行政运行⇥60⇥60⇥
      ${other}⇥10⇥⇥10
      执法办案⇥20⇥⇥20
  `;
  const analysis = analyzeWorkbook(sourceWorkbook(sheet(3, '支出预算总表', '某新设事务') + sheet(5, '一般公共预算支出预算表', '信息化建设')));

  test('is not compared as 0 there: 表5 信息化建设 is not said to exceed 表3', () => {
    const t5t3 = analysis.findings.filter((f) => f.tables.includes('T5') && f.tables.includes('T3'));
    expect(t5t3.map((f) => f.message)).toEqual([]);
    expect(analysis.skipped.some((s) => /表3有未能识别科目的金额行，其未列示的科目未核对/.test(s.reason))).toBe(true);
  });
});

describe('the 提示 for a line no name placed', () => {
  test('says the table prints no code and the name was not known there, and that a code would let it be checked', () => {
    const a = analyzeWorkbook(sourceWorkbook(t3(BODY.replace('执法办案⇥20⇥⇥20', '某新设事务⇥20⇥⇥20'))));
    const f = a.findings.find((x) => x.ruleId === 'unknown-row');
    expect(f?.message).toMatch(/「某新设事务」）有金额，但表中未印科目编码，.*补上科目编码即可核对。$/);
  });
});

describe('lines under numbered 类 (“一、教育支出”) or after 其中 are details, not a full level', () => {
  // A 表1 that names the main 款 of some 类 only: summing them as the 类's 款 would report the rest as missing.
  const a = analyzeWorkbook(
    sourceWorkbook(`
      @sheet 表1
      表1 部门收支总表
      部门名称：示例局⇥⇥⇥单位：万元
      收入⇥⇥支出
      项目⇥预算数⇥项目⇥预算数
      一、财政拨款⇥500⇥一、教育支出⇥200
      ⇥⇥其中：职业教育⇥60
      ⇥⇥二、卫生健康支出⇥300
      ⇥⇥行政事业单位医疗⇥100
      收入总计⇥500⇥支出总计⇥500
    `),
  );
  test('no catalog code is given them, and no 类 = Σ款 is reported', () => {
    const rows = a.tables.find((t) => t.def.id === 'T1')!.blocks.find((b) => b.def.id === 'expense')!.rows;
    expect(codes(rows)).toEqual(['class:205', 'class:210']);
    expect(a.findings.filter((f) => f.ruleId === 'code-hierarchy')).toEqual([]);
  });
});
