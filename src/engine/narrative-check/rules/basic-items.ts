import { formatRef } from '../../grid/address';
import { findTable } from '../../model/query';
import { cleanName } from '../../narrative/tables';
import { foldSubject } from '../mentions';
import { defineNarrativeRule } from '../rule-types';
import { sectionText } from './section-text';

const LIST = /(人员经费|公用经费)[^；;。]*?主要包括[:：]([^；;。]*)/g;

/**
 * The "主要包括" lists of 人员经费 and 公用经费 name the 款 of the 基本支出决算表 that carry amounts (juesuan.md
 * J-N12): a listed 款 the table leaves at 0 is wrong; a 款 with an amount the list leaves out is a 提示 (主要 allows it).
 */
export const basicItems = defineNarrativeRule({
  id: 'narrative/basic-items',
  refs: ['J-N12'],
  severity: 'error',
  description: '基本支出“主要包括”所列的款应为基本支出决算表中有金额的款',
  messages: {
    listedZero: '“{{group}}主要包括”列有“{{name}}”，但基本支出决算表中该款为0（{{cell}}），应删去。',
    omitted: '“{{group}}主要包括”未列“{{name}}”，基本支出决算表中该款为{{amount}}万元（{{cell}}），可补列。',
  },
  check(ctx) {
    const table = findTable(ctx.analysis.tables, 'J6');
    if (!table) return;
    const st = sectionText(ctx, 'basic');
    for (const m of st.text.matchAll(LIST)) {
      const group = m[1];
      const b = table.blocks.find((x) => x.def.id === (group === '人员经费' ? 'personnel' : 'public'));
      if (!b) continue;
      const rows = b.rows.filter((r) => r.kind === 'kuan' || (r.kind === 'class' && !b.rows.some((k) => k.kind === 'kuan' && k.code?.startsWith(r.code ?? '-'))));
      const byName = new Map(rows.map((r) => [foldSubject(cleanName(r.name)), r]));
      const listed = m[2].split(/[、，,]/).map((x) => x.replace(/等(支出)?$/, '')).filter(Boolean);
      // Only a list of the table's own 款 is checked: most names must be the table's.
      if (listed.filter((n) => byName.has(n)).length * 2 < listed.length) continue;
      const line = st.lineAt(m.index! + m[0].indexOf(m[2]));
      const sentence = st.sentenceAt(m.index!);
      for (const name of listed) {
        const r = byName.get(name);
        const cell = r?.amounts.amount;
        if (!r || !cell || !cell.value.isZero()) continue;
        ctx.report({ messageId: 'listedZero', data: { group, name, cell: formatRef(cell.ref) }, line: st.lineAt(m.index! + m[0].indexOf(name)), sentence, stated: name, expected: '不列', cells: [cell.ref] });
      }
      for (const [name, r] of byName) {
        const cell = r.amounts.amount;
        if (!cell || cell.value.isZero() || listed.includes(name)) continue;
        ctx.report({ messageId: 'omitted', severity: 'warning', data: { group, name, amount: cell.value.toFixed(2), cell: formatRef(cell.ref) }, line, sentence, stated: '未列', expected: name, cells: [cell.ref] });
      }
    }
  },
});
