/**
 * Which Excel JavaScript API requirement sets the host uses, and for what.
 *
 * The core path (read values, write values, fill colours, select) needs only ExcelApi 1.1, which
 * every Excel 2016 or later and Excel on the web has. Everything newer is used only when present:
 * - 1.2: getUsedRange(valuesOnly) and worksheet protection, to refuse a write to a protected sheet
 *   before writing anything (without it, the write fails at sync and is rolled back);
 * - 1.4: workbook settings, to keep the edit journal in the document within the same batch
 *   (without it, the common Office.context.document.settings, saved after the batch);
 * - 1.7: workbook names with their reference (NamedItem.formula), to follow the journal's cells when the clerk
 *   inserts or deletes rows or columns (without it, common-API bindings follow them: binding-anchors.ts);
 * - 1.9: fill pattern, to tell "no fill" from a white fill (without it, white is taken as no fill);
 * - 1.13: merged areas of the used range;
 * - 1.18: cell notes for marks. Threaded comments (1.10) are not used: they are a conversation in
 *   the clerk's name that other reviewers get notified of, not a label the add-in can take back.
 *   Without 1.18 a mark is the fill colour only, and its message stays in the task pane.
 */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export interface ExcelFeatures {
  valuesOnlyUsedRange: boolean;
  protection: boolean;
  workbookSettings: boolean;
  /** Hidden names that follow the journal's cells (ExcelApi 1.7). */
  anchors: boolean;
  fillPattern: boolean;
  mergedAreas: boolean;
  notes: boolean;
}

export function detectFeatures(isSetSupported: IsSetSupported): ExcelFeatures {
  const has = (v: string) => isSetSupported('ExcelApi', v);
  return {
    valuesOnlyUsedRange: has('1.2'),
    protection: has('1.2'),
    workbookSettings: has('1.4'),
    anchors: has('1.7'),
    fillPattern: has('1.9'),
    mergedAreas: has('1.13'),
    notes: has('1.18'),
  };
}

export const REQUIREMENT_MESSAGES = {
  notExcel: '预算公开助手没有在 Excel 中运行。请在 Excel（2016 或更新版本，或 Excel 网页版）中通过“加载项”打开本助手。',
  tooOld:
    '当前 Excel 版本过旧，不支持本助手需要的 Excel JavaScript API（ExcelApi 1.1）。' +
    '请使用 Excel 2016 或更新版本、Microsoft 365 或 Excel 网页版。',
} as const;

interface OfficeLike {
  context?: { requirements?: { isSetSupported?: IsSetSupported } };
}

/** Whether this Excel can run the add-in's core path; the message says what to do when it cannot. */
export function checkRequirements(
  office: unknown = (globalThis as { Office?: unknown }).Office,
): { ok: true } | { ok: false; message: string } {
  const isSetSupported = (office as OfficeLike | undefined)?.context?.requirements?.isSetSupported;
  if (typeof isSetSupported !== 'function') return { ok: false, message: REQUIREMENT_MESSAGES.notExcel };
  const requirements = (office as OfficeLike).context!.requirements!;
  if (!isSetSupported.call(requirements, 'ExcelApi', '1.1')) return { ok: false, message: REQUIREMENT_MESSAGES.tooOld };
  return { ok: true };
}
