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

/**
 * The line naming the department and the year over the tables (上海 决算 "中共上海市普陀区委社会工作部 2024 年度部门决算表",
 * a part title "第二部分 上海市普陀区财政局2024年度部门决算表", "XX局2026年部门预算"); the department is the first group.
 */
export const DEPARTMENT_TITLE = /^(?:第[一二三四五六七八九十]+部分)?(.{2,40}?)20\d{2}年度?部门(?:预算|决算)(?:公开)?表?$/;

/**
 * The department an empty table's note names (上海 "注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。");
 * undefined for 本部门 / 本单位 and the like.
 */
export function departmentInNote(text: string): string | undefined {
  const m = /^注[:：]?(.{2,40}?)(?:20\d{2}年度?)?(?:无|没有|未安排|不涉及)(?:政府性基金|国有资本经营|使用)/.exec(normalizeLabel(text));
  if (!m || /^(本|我|该)(部门|单位|局)/.test(m[1]) || /[,，。;；]|\d{4}年/.test(m[1])) return undefined;
  return displayText(m[1]);
}

/**
 * The unit a header cell states in brackets where the title block states none (宜宾 "2017年决算(万元)",
 * "金额（单位：万元）"): the first such cell of the header rows.
 */
export function headerUnit(view: SheetView, top: number, bottom: number, left: number, right: number): Pick<Preamble, 'unit' | 'unitRef'> {
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const m = /\((?:金额)?(?:单位[:]?)?(万元|元)\)/.exec(view.labelAt(r, c));
      if (m) return { unit: m[1] as Unit, unitRef: { sheet: view.name, row: r, col: c } };
    }
  }
  return {};
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
      const titled = DEPARTMENT_TITLE.exec(text);
      if (titled && !out.department) out.department = displayText(titled[1]);
      const year = /(20\d{2})年/.exec(text);
      if (year && !out.year) out.year = Number(year[1]);
    }
  }
  return out;
}
