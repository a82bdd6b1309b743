import { normalizeName } from '../compute/prior-match';
import { SheetView } from '../grid/sheet-view';
import { compactText, displayText, normalizeLabel } from '../grid/text';
import type { WorkbookGrid } from '../grid/types';
import type { ClerkText } from './types';

/** The sheet where the clerk writes what only they know: 对象 | 事项 | 内容. */
export const CLERK_SHEET = /^(情况说明素材|说明素材|素材)/;
const SUBJECT_HEADER = /^(对象|项目|名称)$/;
const TOPIC_HEADER = /^(事项|类别|内容类型)$/;
const TEXT_HEADER = /^(内容|说明|文字)$/;

/**
 * Reads 情况说明素材 sheets: one text per row, e.g. "自然资源海洋气象等支出 | 主要用于 | …",
 * "国土空间规划编制经费 | 政策依据 | …", "政府采购 | 情况 | …". Without a header row the first three
 * columns are taken in that order.
 */
export function readClerkTexts(grid: WorkbookGrid): ClerkText[] {
  const out: ClerkText[] = [];
  for (const sheet of grid.sheets) {
    if (!CLERK_SHEET.test(compactText(sheet.name))) continue;
    const view = new SheetView(sheet);
    let cols = [view.left, view.left + 1, view.left + 2];
    let start = view.top;
    for (let r = view.top; r <= Math.min(view.bottom, view.top + 4); r++) {
      const found = [SUBJECT_HEADER, TOPIC_HEADER, TEXT_HEADER].map((re) => {
        for (let c = view.left; c <= view.right; c++) if (re.test(normalizeLabel(view.value(r, c)))) return c;
        return -1;
      });
      if (found.every((c) => c >= 0)) {
        cols = found;
        start = r + 1;
        break;
      }
    }
    for (let r = start; r <= view.bottom; r++) {
      const subject = displayText(view.value(r, cols[0]));
      const topic = normalizeTopic(displayText(view.value(r, cols[1])));
      const text = displayText(view.value(r, cols[2]));
      if (!subject || !text) continue;
      out.push({ subject: normalizeName(subject), topic, text, ref: { sheet: sheet.name, row: r, col: cols[2] } });
    }
  }
  return out;
}

/** The topics as the generator names them; clerks write 设立的政策依据, 资金分配情况, …. */
function normalizeTopic(topic: string): string {
  const t = compactText(topic);
  if (/主要用于|用途/.test(t)) return '主要用于';
  if (/政策依据/.test(t)) return '政策依据';
  if (/承担单位/.test(t)) return '承担单位';
  if (/资金分配/.test(t)) return '资金分配';
  if (/执行时间/.test(t)) return '执行时间';
  return '情况';
}
