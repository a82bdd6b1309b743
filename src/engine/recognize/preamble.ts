import type { SheetView } from '../grid/sheet-view';
import { displayText, normalizeLabel } from '../grid/text';
import type { CellRef } from '../grid/types';
import type { Unit } from './types';

export interface Preamble {
  unit?: Unit;
  unitRef?: CellRef;
  department?: string;
  year?: number;
}

/** Reads 编制部门：… and 单位：万元 from the lines between the title and the header. */
export function readPreamble(view: SheetView, fromRow: number, toRow: number, left: number, right: number): Preamble {
  const out: Preamble = {};
  for (let r = fromRow; r <= toRow; r++) {
    for (let c = left; c <= right; c++) {
      const raw = view.value(r, c);
      const text = normalizeLabel(raw);
      if (!text) continue;
      const unit = /(?:金额)?单位[:]?(万元|元)/.exec(text);
      if (unit && !out.unit) {
        out.unit = unit[1] as Unit;
        out.unitRef = { sheet: view.name, row: r, col: c };
      }
      // 编制部门：X (004), 单位名称：X (重庆, 长沙), 部门名称：X (杭州), 部门：X (苏州), 预算单位：X (长春), 单位：X beside 单位：万元 (苏州 生态环境局).
      const dept = /^(?:编制(?:部门|单位)|(?:单位|部门|预算单位)名称|部门|预算单位|单位(?=:(?!(?:万元|元)$)))[:](.+?)(?:(?:金额)?单位[:]?(?:万元|元))?$/.exec(text) ?? /编制(?:部门|单位)[:]?(.+?)(?:(?:金额)?单位[:]?(?:万元|元))?$/.exec(text);
      if (dept && dept[1] && !out.department) out.department = displayText(dept[1]).replace(/[:：]$/, '');
      const year = /(20\d{2})年/.exec(text);
      if (year && !out.year) out.year = Number(year[1]);
    }
  }
  return out;
}
