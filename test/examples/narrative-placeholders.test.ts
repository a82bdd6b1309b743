import { generateNarrative, PLACEHOLDER_WHAT } from '../../src/engine';
import { listRegions, loadRegion } from '../support/region-examples';

/**
 * On every real 预算 example, the generated 情况说明 leaves a placeholder only where a clerk must write: what
 * only the clerk knows (职能, 原因, 主要用于, 国有资产, 绩效…), last year's figures when none were given, the year
 * when no title states it, and a table the document does not have. It never says 未识别到 of a table the
 * audit (expected.json, independent of the engine) says the workbook holds.
 */

const CLERK_ONLY = new Set<string>([
  PLACEHOLDER_WHAT.priorYear,
  PLACEHOLDER_WHAT.reason,
  PLACEHOLDER_WHAT.procurement,
  PLACEHOLDER_WHAT.assets,
  PLACEHOLDER_WHAT.performance,
  PLACEHOLDER_WHAT.functions,
  PLACEHOLDER_WHAT.units,
  PLACEHOLDER_WHAT.vehicleNote,
  PLACEHOLDER_WHAT.receptionNote,
  PLACEHOLDER_WHAT.basicSplit,
  PLACEHOLDER_WHAT.projectList,
  '收入预算构成',
  '支出预算构成',
  '人员经费构成',
  '公用经费构成',
]);
const PER_NAME = /(主要用于|设立的政策依据|项目承担单位|资金分配情况|资金执行时间)$/;

const budgets = listRegions().filter((r) => loadRegion(r).analysis.kind !== '决算');

test.each(budgets)('%s: placeholders only where the clerk must write', (region) => {
  const { expected, analysis } = loadRegion(region);
  const doc = generateNarrative(analysis);
  const has = new Set(expected.sheets.map((s) => s.table));
  const yearInTitles = expected.sheets.some((s) => !s.table.startsWith('other') && /20\d{2}年/.test(s.title ?? s.sheet));
  // Every example prints its 编制单位 / 单位名称 / 部门 line on the tables, except where the audit notes it does not.
  const departmentStated = !expected.sheets.every((s) => /no 预算单位|no 编制单位|不注明单位/.test(s.notes ?? ''));
  const wrong = doc.placeholders
    .map((p) => p.what)
    .filter((what) => {
      if (CLERK_ONLY.has(what) || PER_NAME.test(what)) return false;
      if (what === PLACEHOLDER_WHAT.year) return yearInTitles;
      if (what === PLACEHOLDER_WHAT.department) return analysis.tables.length > 0 && expected.sheets.length > 0 && departmentStated;
      const missing = /（未识别到表(\d+)）$/.exec(what);
      if (missing) return has.has(`T${missing[1]}`);
      // A table the document has, whose 合计 row or columns the generator could not use: said as such.
      return !/中未找到所需的合计行或列，请据表填写）$/.test(what);
    });
  expect(wrong).toEqual([]);
});
