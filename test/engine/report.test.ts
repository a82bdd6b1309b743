import Decimal from 'decimal.js';
import { analysisReport, analyzeWorkbook, findingToJson, money, type Finding } from '../../src/engine';
import { buildValidationReport } from '../../src/app/report';
import { marksForFindings } from '../../src/app/marks';
import { formatFileReport } from '../../src/hosts/node/report-text';
import type { FileReport } from '../../src/hosts/node/check-file';
import { sampleGrid } from '../support/workbooks';

const analysis = analyzeWorkbook(sampleGrid());

test('money formats by unit: a 元 table whole, a 万元 table to the fen', () => {
  expect(money(new Decimal('6847060'), '元')).toBe('6847060');
  expect(money(new Decimal('6847060.5'), '元')).toBe('6847060.50');
  expect(money(new Decimal('170.1'), '万元')).toBe('170.10');
  const f: Finding = { ruleId: 'x', severity: 'error', message: 'm', tables: ['T2'], unit: '元', sides: [{ label: 'a', cells: [], amount: new Decimal(6847060) }], difference: new Decimal(-3) };
  expect(findingToJson(f).sides[0].amount).toBe('6847060');
  expect(findingToJson(f).difference).toBe('-3');
});

test('the report counts findings and causes; every finding is in one cause', () => {
  const { causes, counts } = analysisReport(analysis);
  expect(counts).toEqual({ error: 12, warning: 2, causes: { error: 4, warning: 2 } });
  expect(causes.flatMap((c) => c.findings).sort((a, b) => a - b)).toEqual(analysis.findings.map((_, i) => i));
});

test('the CLI text shows a cause once with every place it shows, and says it counts causes', () => {
  const { causes, findings } = analysisReport(analysis);
  const r: FileReport = { file: 'x.xlsx', tables: [], issues: [], findings, causes, errors: 12, warnings: 2 };
  const text = formatFileReport(r);
  expect(text).toContain('[错误] 表2第7行（20805 行政事业单位养老支出）：以下5处不一致都可由该行金额相差0.01万元解释');
  expect(text).toContain('    5. 表2一般公共预算（含上级转移支付）应与表5合计一致');
  expect(text).toContain('小计：错误 12 项，提示 2 项，按原因归并为 6 个问题（错误 4 个、提示 2 个）。');
  for (const f of r.findings) expect(text).toContain(f.message);
});

test('the pane report carries the causes; a cell of a cause notes its sentence and what each finding says there', () => {
  const report = buildValidationReport(analysisReport(analysis), { origin: 'pane', marks: { ok: true, cells: 0 } });
  expect(report.causes).toHaveLength(6);
  expect(report.counts.causes).toEqual({ error: 4, warning: 2 });
  const marks = marksForFindings(report.findings, report.causes);
  const e7 = marks.filter((m) => m.sheet === '表2' && m.range.top === 6 && m.range.left === 4);
  expect(e7).toHaveLength(1);
  expect(e7[0].note).toContain('表2第7行（20805 行政事业单位养老支出）');
  expect(e7[0].note).toContain('总计170.10万元');
  expect(e7[0].note).toContain('表2各科目总计应与表3合计一致');
});
