import * as fs from 'fs';
import * as path from 'path';
import { generateNarrative, renderText } from '../../engine';
import { UsageError, type ParsedArgs } from './args';
import { loadNarrativeInputs, NARRATIVE_FLAG_HELP } from './narrative-inputs';
import { safeText as t } from './terminal';

export const GENERATE_USAGE = `gongkai generate 文件.xlsx [--prior 上年.xlsx] [--notes 素材.xlsx] [--out 输出名] [--json] …
  由公开表生成“情况说明”，写出 输出名.txt 和 输出名.docx（默认与工作簿同名加“-情况说明”）。
  只有经办人知道的内容（资金用途、政策依据、政府采购等）取自素材，没有时留“【待填写：…】”。
${NARRATIVE_FLAG_HELP}
  --out 输出名          输出文件路径（不含扩展名）
  --force               输出文件已存在时覆盖（不加时不覆盖，什么也不写）
  --json                另输出所用数字、占位符与提示（JSON）
  退出码：0 已生成；1 已生成但有须说明的增减未填原因；2 参数有误或文件无法读取。`;

export async function runGenerate(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const file = args.positionals[0];
  if (!file) throw new UsageError('请给出公开表工作簿 .xlsx');
  const base = typeof args.flags.out === 'string' ? args.flags.out.replace(/\.(txt|docx)$/i, '') : path.join(path.dirname(file), `${path.basename(file, path.extname(file))}-情况说明`);
  // A clerk edits last run's 情况说明: never write over it unasked. Checked before anything is read or written.
  const existing = [`${base}.txt`, `${base}.docx`].filter((f) => fs.existsSync(f));
  if (existing.length && args.flags.force !== true)
    throw new UsageError(`以下文件已存在，为免覆盖经办人改过的内容，未写入任何文件：${existing.join('、')}。确要覆盖请加 --force，或用 --out 指定新的输出名`, false);
  const inputs = await loadNarrativeInputs(file, args);
  const doc = generateNarrative(inputs.analysis, inputs.prior, {
    reasons: inputs.reasons,
    texts: inputs.texts,
    ...(inputs.year ? { year: inputs.year } : {}),
  });
  const text = renderText(doc);
  await fs.promises.writeFile(`${base}.txt`, text, 'utf8');
  const { writeNarrativeDocx } = await import('./write-docx');
  await writeNarrativeDocx(doc, `${base}.docx`);

  if (args.flags.json === true) {
    out(
      JSON.stringify(
        {
          text: `${base}.txt`,
          docx: `${base}.docx`,
          priorSource: inputs.prior?.source ?? null,
          placeholders: doc.placeholders,
          notes: doc.notes,
          findings: doc.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message })),
          figures: doc.figures.filter((f) => f.stated).map((f) => ({ section: f.section, subject: f.subjects[0], kind: f.kind, value: f.value.toFixed() })),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    const lines = [`${existing.length ? `已覆盖 ${existing.map(t).join('、')}；` : ''}已生成：${t(base)}.txt、${t(base)}.docx`];
    lines.push(inputs.prior ? `上年数：${inputs.prior.source === 'workbook' ? `取自上年工作簿 ${t(inputs.prior.name ?? '')}` : '取自表旁“上年数”列或表内印出的上年数'}` : '上年数：未提供（与上年比较处留待填写）');
    if (doc.placeholders.length) {
      lines.push(`待填写 ${doc.placeholders.length} 处：`);
      for (const p of doc.placeholders) lines.push(`  · ${t(p.what)}`);
    }
    for (const n of doc.notes) lines.push(`说明：${t(n)}`);
    for (const f of doc.findings) lines.push(`提示：${t(f.message)}`);
    out(lines.join('\n') + '\n');
  }
  return doc.findings.length > 0 ? 1 : 0;
}
