import type { SheetView } from '../grid/sheet-view';
import { displayText, normalizeLabel } from '../grid/text';
import type { TableDefinition } from '../tables/types';
import { norm } from './match';

export interface TitleHit {
  def: TableDefinition;
  row: number;
  col: number;
  text: string;
  /** The 表N printed with the title, when there is one. */
  number?: number;
  /** Told by the words of the title (titleWords), not by one of the definition's titles. */
  byWords?: boolean;
}

/** Sentences mention titles too ("…支出情况表为空表。"); a title cell is short and is not a sentence. */
export function looksLikeSentence(text: string): boolean {
  return /[。；;]|空表|没有|无此|详见|见表/.test(text);
}

const TABLE_NUMBER = /^附?表(\d+)(?:[-—]\d+)?/;

function tableNumberNear(view: SheetView, row: number, col: number, text: string): number | undefined {
  const own = TABLE_NUMBER.exec(text);
  if (own) return Number(own[1]);
  return numberIn(view, row, view.left, col - 1) ?? numberIn(view, row - 1, view.left, view.right) ?? numberIn(view, row - 2, view.left, view.right);
}

function numberIn(view: SheetView, row: number, from: number, to: number): number | undefined {
  for (let c = from; c <= to; c++) {
    const t = view.labelAt(row, c);
    const m = t ? TABLE_NUMBER.exec(t) : null;
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** A title outside every alias list, told by the words it holds: the definition whose words it holds most of. */
function byTitleWords(text: string, defs: TableDefinition[]): { def: TableDefinition; len: number } | undefined {
  if (!/表$|表[(（]|表\d*$/.test(text) || /目录|绩效|说明|^第.部分/.test(text)) return undefined;
  let best: { def: TableDefinition; len: number } | undefined;
  let tie = false;
  for (const def of defs) {
    const words = def.titleWords;
    if (!words || (words.none ?? []).some((w) => text.includes(norm(w)))) continue;
    let len = 0;
    for (const group of words.all) {
      const hit = group.map(norm).filter((w) => text.includes(w)).sort((a, b) => b.length - a.length)[0];
      if (!hit) {
        len = -1;
        break;
      }
      len += hit.length;
    }
    if (len <= 0) continue;
    if (!best || len > best.len) {
      best = { def, len };
      tie = false;
    } else if (len === best.len) tie = true;
  }
  return tie ? undefined : best;
}

/** A definition's title and aliases, and the words its title must not hold, normalized once per definition. */
const titleForms = new Map<TableDefinition, { none: string[]; titles: string[] }>();
function titleFormsOf(def: TableDefinition): { none: string[]; titles: string[] } {
  let f = titleForms.get(def);
  if (f === undefined) {
    f = { none: (def.titleWords?.none ?? []).map(norm), titles: [def.title, ...def.aliases].map(norm) };
    if (titleForms.size > 1000) titleForms.clear();
    titleForms.set(def, f);
  }
  return f;
}

/** Every cell that names one of the tables, best (longest) alias per cell. */
export function findTitles(view: SheetView, defs: TableDefinition[]): TitleHit[] {
  const hits: TitleHit[] = [];
  // Every title ends in 表 (情况表, 总表, 预算表): most cells are out at this first test.
  for (const { row: r, col, text: v } of view.textsHolding('表')) {
    const text = normalizeLabel(v);
    if (text.length < 4 || text.length > 60 || looksLikeSentence(text)) continue;
    let best: { def: TableDefinition; len: number } | undefined;
    for (const def of defs) {
      const { none, titles } = titleFormsOf(def);
      // A title that says what the table is not (按经济分类 for 表5) is not that table, whichever alias it holds.
      if (none.some((w) => text.includes(w))) continue;
      for (const a of titles) {
        if (a.length > (best?.len ?? 0) && text.includes(a) && text.length <= a.length + 40) best = { def, len: a.length };
      }
    }
    const byWords = !best;
    if (!best) best = byTitleWords(text, defs);
    if (best) {
      hits.push({ def: best.def, row: r, col, text: displayText(v), number: tableNumberNear(view, r, col, text), ...(byWords ? { byWords } : {}) });
    }
  }
  return hits;
}
