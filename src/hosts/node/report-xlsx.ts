import * as path from 'path';
import ExcelJS from 'exceljs';
import { getProfile, listProfiles, NARRATIVE_RULES, TABLE_FIGURE_DESCRIPTION, TABLE_FIGURE_RULE } from '../../engine';
import { rulesFor } from '../../engine';
import type { FileReport, NarrativeReport } from './check-file';
import type { Skipped } from './collect-files';

/**
 * The finance bureau's workbook (`gongkai check 各部门/ --report 汇总.xlsx`): a 汇总 sheet with one
 * row per file, the worst first, each linked to that department's sheet; one sheet per department
 * with its findings; a 规则 sheet counting each rule over all files. Written with ExcelJS, read the
 * same in Excel, WPS and LibreOffice: links are HYPERLINK formulas with their cached text, fills are
 * solid ARGB, widths are set from the text (a Chinese character is two columns wide).
 */

export const REPORT_TEXT = {
  summarySheet: '汇总',
  rulesSheet: '规则',
  skippedSheet: '未检查',
  title: (n: number) => `部门预算公开检查汇总（共 ${n} 个文件）`,
  summaryHeader: <string[]>['序号', '状态', '部门', '文件', '年度', '表样', '识别到的表', '错误', '提示', '主要问题（规则 × 次数）', '原因 / 说明', '详情'],
  findingHeader: <string[]>['序号', '严重程度', '规则', '规则说明', '问题', '位置', '单元格', '金额', '差额', '单位'],
  rulesHeader: <string[]>['规则', '规则说明', '严重程度', '出现次数', '涉及文件数', '涉及的部门'],
  skippedHeader: <string[]>['文件', '原因'],
  state: { ok: '通过', errors: '有错误', unreadable: '无法读取' },
  noTables: '未识别到预算公开表',
  open: '打开',
  moreIssues: (n: number) => `（共 ${n} 条说明，见部门表）`,
  back: '← 返回汇总',
  noFindings: '未发现问题。',
  unknownDepartment: '（未注明单位）',
  departmentLine: (r: FileReport) => `单位：${r.department ?? '（未注明）'}　年度：${r.year ?? '（未注明）'}　文件：${r.file}`,
  totals: (errors: number, warnings: number) => `错误 ${errors} 项，提示 ${warnings} 项`,
  tablesText: (r: FileReport) => (r.tables.length ? `${r.tables.length} 张：${r.tables.map((t) => t.name).join('、')}` : '无'),
  cellsMore: (shown: string, n: number) => `${shown} 等${n}格`,
  skippedNote: (n: number) => `另有 ${n} 个文件未检查，见“未检查”工作表。`,
  tablesFine: '公开表未发现问题。',
  narrativeHeading: (n: NarrativeReport) => {
    const total = n.checked + n.unchecked.length;
    const errors = n.findings.filter((f) => f.severity === 'error').length;
    return (
      `情况说明（工作表“${n.sheet}”）：共 ${total} 个数字，核对 ${n.checked} 个` +
      (n.findings.length ? `，发现 ${errors} 处错误、${n.findings.length - errors} 处提示` : '，未发现问题') +
      (n.unchecked.length ? `；另有 ${n.unchecked.length} 个数字未核对（详见 gongkai check-narrative）。` : '。')
    );
  },
  sentence: (s: string) => `原句：${s}`,
  lineOf: (sheet: string, line: number) => `${sheet} 第${line}行`,
  stated: (s: string) => `文中：${s}`,
  expected: (s: string) => `应为：${s}`,
} as const;

export type ReportState = 'unreadable' | 'errors' | 'ok';

export function stateOf(r: FileReport): ReportState {
  if (r.error) return 'unreadable';
  return r.errors > 0 ? 'errors' : 'ok';
}

const STATE_RANK: Record<ReportState, number> = { unreadable: 0, errors: 1, ok: 2 };

/** Worst first: files that could not be read, then by errors, then by 提示, then by name. */
export function worstFirst(reports: FileReport[]): FileReport[] {
  return [...reports].sort(
    (a, b) =>
      STATE_RANK[stateOf(a)] - STATE_RANK[stateOf(b)] ||
      b.errors - a.errors ||
      b.warnings - a.warnings ||
      a.file.localeCompare(b.file, 'zh-CN'),
  );
}

/** Fills, the add-in's own mark colours: light red for 错误, light yellow for 提示, green for 通过. */
const FILL = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  ok: 'FFC6EFCE',
  unreadable: 'FFD9D9D9',
  header: 'FFDDEBF7',
} as const;

function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/** Display width of text in Excel column units: CJK and full-width forms take two. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000) ? 2 : 1;
  }
  return w;
}

/** Column widths from the text in each column, between a floor and a ceiling (long sentences wrap). */
function fitColumns(ws: ExcelJS.Worksheet, rows: unknown[][], max: number[], fromRow = 0): void {
  const widths: number[] = [];
  for (const row of rows.slice(fromRow))
    row.forEach((v, c) => {
      const lines = String(v ?? '').split('\n');
      widths[c] = Math.max(widths[c] ?? 0, ...lines.map(textWidth));
    });
  widths.forEach((w, c) => {
    ws.getColumn(c + 1).width = Math.min(max[c] ?? 40, Math.max(6, w + 2));
  });
}

/**
 * Row heights for wrapped text, set explicitly: Excel works them out on opening but LibreOffice and
 * WPS keep the default height and draw the lines over each other.
 */
function fitRows(ws: ExcelJS.Worksheet, fromRow: number): void {
  const widths: number[] = [];
  ws.columns.forEach((c, i) => (widths[i] = c.width ?? 9));
  for (let r = fromRow; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    let lines = 1;
    row.eachCell((cell, c) => {
      const v = cell.value as unknown;
      const text = typeof v === 'object' && v !== null && 'result' in v ? String((v as { result: unknown }).result ?? '') : String(v ?? '');
      const width = Math.max(1, (widths[c - 1] ?? 9) - 1);
      const n = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidth(line) / width)), 0);
      if (n > lines) lines = n;
    });
    if (lines > 1) row.height = Math.min(409, 15 * lines + 2);
  }
}

/** A sheet name Excel accepts (≤ 31 characters, none of []:*?/\), unique in the workbook. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\']/g, '_').trim().slice(0, 31) || '工作表';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)}~${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function link(sheet: string, text: string): ExcelJS.CellFormulaValue {
  return { formula: `HYPERLINK("#'${sheet}'!A1","${text.replace(/"/g, '""')}")`, result: text, date1904: false };
}

/** Printed (and rendered to PDF) landscape, every column on one page width, the header row repeated. */
function printSetup(ws: ExcelJS.Worksheet, headerRow: number): void {
  Object.assign(ws.pageSetup, { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` });
}

function styleHeader(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = solid(FILL.header);
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8EA9C8' } } };
  });
}

interface RuleInfo {
  description: string;
  severity: string;
}

function ruleInfo(): Map<string, RuleInfo> {
  const out = new Map<string, RuleInfo>();
  for (const { id } of listProfiles())
    for (const rule of rulesFor(getProfile(id)))
      if (!out.has(rule.id)) out.set(rule.id, { description: rule.description, severity: rule.severity === 'error' ? '错误' : '提示' });
  out.set(TABLE_FIGURE_RULE, { description: TABLE_FIGURE_DESCRIPTION, severity: '错误' });
  for (const rule of NARRATIVE_RULES) out.set(rule.id, { description: rule.description, severity: rule.severity === 'error' ? '错误' : '提示' });
  return out;
}

/** Every finding of a file, the tables' and its 情况说明 sheet's, as the 汇总 and 规则 count them. */
function allFindings(r: FileReport): Array<{ ruleId: string; severityLabel: string }> {
  return [...r.findings, ...(r.narrative?.findings ?? [])];
}

function departmentOf(r: FileReport): string {
  return r.department ?? path.basename(r.file).replace(/\.xlsx$/i, '');
}

/** "'表1'!B7、B8、B9": the sheet named once for a run of cells on it. */
function cellsText(cells: string[]): string {
  let sheet: string | undefined;
  const short = cells.slice(0, 6).map((ref) => {
    const at = ref.lastIndexOf('!');
    const s = at >= 0 ? ref.slice(0, at) : undefined;
    const out = s !== undefined && s === sheet ? ref.slice(at + 1) : ref;
    sheet = s;
    return out;
  });
  return cells.length > 6 ? REPORT_TEXT.cellsMore(short.join('、'), cells.length) : short.join('、');
}

function amountNumber(s: string | undefined): number | string {
  if (s === undefined || s === '') return '';
  const n = Number(s);
  return Number.isFinite(n) ? n : s;
}

/** The rules a file broke, most frequent first: "item-sum × 3、表1=表2 × 1". */
function mainCauses(r: FileReport, info: Map<string, RuleInfo>): string {
  const counts = new Map<string, number>();
  for (const f of allFindings(r)) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([id, n]) => `${shortRule(id, info)} × ${n}`)
    .join('；');
}

function shortRule(id: string, info: Map<string, RuleInfo>): string {
  const d = info.get(id)?.description;
  if (!d) return id;
  const head = d.split(/[：:（(，,]/)[0];
  return head.length > 18 ? `${head.slice(0, 17)}…` : head;
}

export async function buildReportWorkbook(reports: FileReport[], skipped: Skipped[] = []): Promise<ExcelJS.Workbook> {
  const info = ruleInfo();
  const wb = new ExcelJS.Workbook();
  wb.creator = '预算公开助手';
  const sorted = worstFirst(reports);
  const taken = new Set<string>([REPORT_TEXT.summarySheet, REPORT_TEXT.rulesSheet, REPORT_TEXT.skippedSheet].map((s) => s.toLowerCase()));
  const names = sorted.map((r, i) => sheetName(`${String(i + 1).padStart(String(sorted.length).length, '0')} ${departmentOf(r)}`, taken));

  // 汇总
  const summary = wb.addWorksheet(REPORT_TEXT.summarySheet, { views: [{ state: 'frozen', ySplit: 2, xSplit: 3 }] });
  summary.addRow([REPORT_TEXT.title(reports.length) + (skipped.length ? `　${REPORT_TEXT.skippedNote(skipped.length)}` : '')]).font = { bold: true, size: 13 };
  const summaryRows: unknown[][] = [REPORT_TEXT.summaryHeader];
  styleHeader(summary.addRow(REPORT_TEXT.summaryHeader));
  sorted.forEach((r, i) => {
    const state = stateOf(r);
    const issue = r.issues[0] ?? '';
    const reason = r.error ?? (r.tables.length ? (issue.length > 60 ? `${issue.slice(0, 59)}…${r.issues.length > 1 ? REPORT_TEXT.moreIssues(r.issues.length) : ''}` : issue) : REPORT_TEXT.noTables);
    const values = [
      i + 1,
      REPORT_TEXT.state[state],
      departmentOf(r),
      path.basename(r.file),
      r.year ?? '',
      r.error ? '' : (r.profile ?? ''),
      r.error ? '' : REPORT_TEXT.tablesText(r),
      r.error ? '' : r.errors,
      r.error ? '' : r.warnings,
      mainCauses(r, info),
      reason,
      REPORT_TEXT.open,
    ];
    summaryRows.push(values);
    const row = summary.addRow(values);
    row.getCell(12).value = link(names[i], REPORT_TEXT.open);
    row.getCell(12).font = { color: { argb: 'FF0563C1' }, underline: true };
    row.getCell(3).value = link(names[i], departmentOf(r));
    row.getCell(3).font = { color: { argb: 'FF0563C1' }, underline: true };
    const fill = state === 'unreadable' ? FILL.unreadable : state === 'errors' ? FILL.error : r.warnings ? FILL.warning : FILL.ok;
    row.getCell(2).fill = solid(fill);
    if (!r.error && r.errors) row.getCell(8).fill = solid(FILL.error);
    if (!r.error && r.warnings) row.getCell(9).fill = solid(FILL.warning);
    row.alignment = { vertical: 'top', wrapText: true };
  });
  summary.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + sorted.length, column: REPORT_TEXT.summaryHeader.length } };
  fitColumns(summary, summaryRows, [6, 10, 30, 34, 6, 24, 30, 6, 6, 44, 50, 6]);
  fitRows(summary, 3);
  printSetup(summary, 2);

  // One sheet per department
  sorted.forEach((r, i) => {
    const ws = wb.addWorksheet(names[i], { views: [{ state: 'frozen', ySplit: 3 }] });
    ws.getCell('A1').value = `${departmentOf(r)}　${REPORT_TEXT.state[stateOf(r)]}${r.error ? '' : `：${REPORT_TEXT.totals(r.errors, r.warnings)}`}`;
    ws.getCell('A1').font = { bold: true, size: 13 };
    ws.mergeCells('A2:C2');
    ws.getCell('A2').value = link(REPORT_TEXT.summarySheet, REPORT_TEXT.back);
    ws.getCell('A2').font = { color: { argb: 'FF0563C1' }, underline: true };
    ws.getCell('D2').value = REPORT_TEXT.departmentLine({ ...r, file: path.basename(r.file) });
    const rows: unknown[][] = [REPORT_TEXT.findingHeader];
    ws.getRow(3).values = REPORT_TEXT.findingHeader;
    styleHeader(ws.getRow(3));
    let at = 4;
    const note = (text: string) => {
      rows.push(['', '', '', '', text]);
      ws.getCell(at, 5).value = text;
      ws.getCell(at, 5).alignment = { wrapText: true, vertical: 'top' };
      at++;
    };
    if (r.error) note(`无法检查：${r.error}`);
    r.findings.forEach((f, n) => {
      const sides = f.sides.filter((s) => s.cells.length);
      const values = [
        n + 1,
        f.severityLabel,
        f.ruleId,
        info.get(f.ruleId)?.description ?? '',
        f.message,
        f.target ?? '',
        sides.map((s) => `${s.label}：${cellsText(s.cells)}`).join('\n'),
        sides.map((s) => `${s.label}：${s.amount}`).join('\n'),
        amountNumber(f.difference),
        f.unit,
      ];
      rows.push(values);
      const row = ws.getRow(at++);
      row.values = values;
      row.alignment = { vertical: 'top', wrapText: true };
      row.getCell(2).fill = solid(f.severity === 'error' ? FILL.error : FILL.warning);
      row.getCell(9).numFmt = '#,##0.00';
    });
    const narrative = r.narrative;
    if (!r.error && r.findings.length === 0) note(!r.tables.length ? REPORT_TEXT.noTables : narrative?.findings.length ? REPORT_TEXT.tablesFine : REPORT_TEXT.noFindings);
    if (narrative) {
      // The 情况说明 sheet's findings under the tables' own, numbered on, counted in the totals above.
      note(REPORT_TEXT.narrativeHeading(narrative));
      narrative.findings.forEach((f, n) => {
        const values = [
          r.findings.length + n + 1,
          f.severityLabel,
          f.ruleId,
          info.get(f.ruleId)?.description ?? '',
          `${f.message}\n${REPORT_TEXT.sentence(f.sentence)}`,
          f.sentenceCell ?? REPORT_TEXT.lineOf(narrative.sheet, f.line),
          cellsText(f.cells),
          [f.stated ? REPORT_TEXT.stated(f.stated) : '', f.expected ? REPORT_TEXT.expected(f.expected) : ''].filter(Boolean).join('\n'),
          '',
          '',
        ];
        rows.push(values);
        const row = ws.getRow(at++);
        row.values = values;
        row.alignment = { vertical: 'top', wrapText: true };
        row.getCell(2).fill = solid(f.severity === 'error' ? FILL.error : FILL.warning);
      });
    }
    const lastFinding = at - 1;
    for (const issue of r.issues) note(issue);
    ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: Math.max(3, lastFinding), column: REPORT_TEXT.findingHeader.length } };
    fitColumns(ws, rows, [6, 8, 18, 36, 60, 22, 40, 30, 12, 6]);
    fitRows(ws, 4);
    printSetup(ws, 3);
  });

  // 规则
  const rules = wb.addWorksheet(REPORT_TEXT.rulesSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  styleHeader(rules.addRow(REPORT_TEXT.rulesHeader));
  const byRule = new Map<string, { severity: Set<string>; count: number; files: Set<string> }>();
  for (const r of reports)
    for (const f of allFindings(r)) {
      const e = byRule.get(f.ruleId) ?? { severity: new Set<string>(), count: 0, files: new Set<string>() };
      e.severity.add(f.severityLabel);
      e.count++;
      e.files.add(departmentOf(r));
      byRule.set(f.ruleId, e);
    }
  const ruleRows: unknown[][] = [REPORT_TEXT.rulesHeader];
  [...byRule]
    .sort((a, b) => b[1].files.size - a[1].files.size || b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .forEach(([id, e]) => {
      const depts = [...e.files];
      const values = [id, info.get(id)?.description ?? '', [...e.severity].join('、'), e.count, e.files.size, depts.slice(0, 10).join('、') + (depts.length > 10 ? ` 等${depts.length}个` : '')];
      ruleRows.push(values);
      const row = rules.addRow(values);
      row.alignment = { vertical: 'top', wrapText: true };
      row.getCell(3).fill = solid(e.severity.has('错误') ? FILL.error : FILL.warning);
    });
  rules.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + byRule.size, column: REPORT_TEXT.rulesHeader.length } };
  fitColumns(rules, ruleRows, [22, 50, 10, 10, 10, 50]);
  fitRows(rules, 2);
  printSetup(rules, 1);

  if (skipped.length) {
    const ws = wb.addWorksheet(REPORT_TEXT.skippedSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    styleHeader(ws.addRow(REPORT_TEXT.skippedHeader));
    const rows: unknown[][] = [REPORT_TEXT.skippedHeader, ...skipped.map((s) => [path.basename(s.file), s.reason])];
    for (const s of skipped) ws.addRow([path.basename(s.file), s.reason]);
    fitColumns(ws, rows, [40, 60]);
  }
  return wb;
}

export async function writeReportWorkbook(file: string, reports: FileReport[], skipped: Skipped[] = []): Promise<void> {
  const wb = await buildReportWorkbook(reports, skipped);
  await wb.xlsx.writeFile(file);
}
