import * as path from 'path';
import { checkNarrativeReport, compactText, displayText, SECTION_LABELS, type WorkbookGrid } from '../../engine';
import { UsageError, type ParsedArgs } from './args';
import { loadNarrativeInputs, NARRATIVE_FLAG_HELP } from './narrative-inputs';
import { readDocxText } from './read-docx';
import { readLimitedFile, readXlsxFile } from './read-xlsx';
import { safeText as t } from './terminal';

export const CHECK_NARRATIVE_USAGE = `gongkai check-narrative 文件.xlsx 情况说明(.txt|.docx|.xlsx) [--prior 上年.xlsx] [--sheet 工作表] [--json]
  逐句核对情况说明中的金额、占比、增减额和增减率，与公开表计算结果不一致的列出原句和正确数字。
${NARRATIVE_FLAG_HELP}
  --sheet 工作表        情况说明在 .xlsx 中时所在的工作表（默认名称含“情况说明”的表）
  --json                输出机器可读的 JSON
  退出码：0 未发现不一致；1 发现不一致；2 参数有误或文件无法读取。`;

/** The narrative's text from a .txt, a .docx or a sheet of an .xlsx (one row a line). */
export async function readNarrativeText(file: string, sheet?: string): Promise<string> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.docx') return readDocxText(await readLimitedFile(file));
  if (ext === '.xlsx') return sheetText(await readXlsxFile(file), sheet);
  return (await readLimitedFile(file)).toString('utf8');
}

function sheetText(grid: WorkbookGrid, name?: string): string {
  const sheet = name ? grid.sheets.find((s) => s.name === name) : grid.sheets.find((s) => /情况说明/.test(compactText(s.name))) ?? grid.sheets[0];
  if (!sheet) throw new UsageError(name ? `找不到工作表“${name}”` : '工作簿中没有工作表');
  return sheet.cells.map((row) => (row ?? []).map((c) => displayText(c)).filter((t) => t !== '').join('')).join('\n');
}

export async function runCheckNarrative(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const [file, narrative] = args.positionals;
  if (!file || !narrative) throw new UsageError('请给出公开表工作簿和情况说明文件');
  const inputs = await loadNarrativeInputs(file, args);
  const text = await readNarrativeText(narrative, typeof args.flags.sheet === 'string' ? args.flags.sheet : undefined);
  const report = checkNarrativeReport(text, inputs.analysis, inputs.prior, inputs.year ? { year: inputs.year } : {});
  if (args.flags.json === true) {
    out(
      JSON.stringify(
        {
          file,
          narrative,
          checked: report.checked.length,
          unchecked: report.unchecked.map((m) => ({ line: m.line, text: m.text, sentence: m.sentence })),
          findings: report.findings.map(({ cells, ...f }) => ({ ...f, cells: cells.map((c) => `${c.sheet}!R${c.row + 1}C${c.col + 1}`) })),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    const lines = [`核对 ${t(path.basename(narrative))}（对照 ${t(path.basename(file))}）`];
    if (!inputs.prior) lines.push('未提供上年数：增减额、增减率未核对（可用 --prior 或表旁“上年数”列）。');
    for (const f of report.findings) {
      lines.push(`第${f.line}行〔${f.section ? SECTION_LABELS[f.section] : '情况说明'}〕${t(f.message)}`);
      lines.push(`  原句：${t(f.sentence)}`);
    }
    lines.push(
      `共核对 ${report.checked.length} 个数字，${report.findings.length ? `发现 ${report.findings.length} 处不一致` : '未发现不一致'}；另有 ${report.unchecked.length} 个数字无法对应到公开表（经办人填写的内容或名称与表中不同），未核对。`,
    );
    out(lines.join('\n') + '\n');
  }
  return report.findings.length > 0 ? 1 : 0;
}
