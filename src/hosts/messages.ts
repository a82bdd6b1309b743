/**
 * What a host tells the clerk when a write or a read cannot be done as asked. Shared by the Excel
 * and WPS hosts so both say the same thing in the same words.
 */

const MAX_LISTED = 5;

function listRefs(refs: string[]): string {
  const shown = refs.slice(0, MAX_LISTED).join('、');
  return refs.length > MAX_LISTED ? `${shown} 等` : shown;
}

export const HOST_MESSAGES = {
  conflict: (refs: string[]) =>
    `有 ${refs.length} 个单元格已有内容，且不是本助手写入的（${listRefs(refs)}），本次没有做任何修改。` +
    '确认可以覆盖后，请选择“覆盖”再试。',
  undoConflict: (refs: string[]) =>
    `以下单元格在本助手写入之后又被修改过（${listRefs(refs)}），撤销会覆盖这些修改，本次没有做任何修改。` +
    '确认可以覆盖后，请选择“覆盖”再试。',
  protectedSheet: (sheet: string) =>
    `工作表“${sheet}”受保护，无法写入，本次没有做任何修改。请先撤消工作表保护（审阅 → 撤消工作表保护）后再试。`,
  protectedRolledBack: () =>
    '目标工作表受保护，无法写入，已撤回本次修改。请先撤消工作表保护（审阅 → 撤消工作表保护）后再试。',
  sheetMissing: () => '找不到要写入的工作表，可能已被重命名或删除。请重新读取工作簿后再试。',
  failedRolledBack: (detail: string) => `写入失败（${detail}），已撤回本次修改。`,
  failedNothingWritten: (detail: string) => `写入失败（${detail}），本次没有做任何修改。`,
  failedNotRolledBack: (detail: string) =>
    `写入失败（${detail}），且未能完全撤回本次修改，请检查相关单元格，必要时用 Ctrl+Z 撤销。`,
  marksPartlyRolledBack: (detail: string, restored: number, refs: string[], recorded: boolean) =>
    `写入失败（${detail}），已撤回 ${restored} 个单元格的修改；以下 ${refs.length} 个单元格未能撤回（${listRefs(refs)}），` +
    (recorded
      ? '仍带有本助手的底色或批注，已记入本助手的记录，可用“清除标记”去掉。'
      : '仍带有本助手的底色或批注，且未能记入本助手的记录，请手动检查并去掉。'),
  nothingToUndo: () => '没有可以撤销的操作。',
  sheetTooLarge: (sheet: string, cells: number, limit: number) =>
    `工作表“${sheet}”的已用区域有 ${cells} 个单元格，超过 ${limit} 个的上限，未读取。` +
    '请删除其中多余的空行、空列或格式，或把预算公开表复制到新工作簿后再试。',
  sheetRenamed: (from: string, to: string) => `工作表“${from}”已改名为“${to}”，本助手的标记和撤销记录已随之更新。`,
  sheetDropped: (sheet: string, marks: number) =>
    `找不到工作表“${sheet}”（已被删除，或改名后无法辨认），本助手不再处理其上的` +
    (marks ? ` ${marks} 处标记和` : '') +
    '撤销记录；如该表只是改了名，其上的底色和批注请手动去掉。',
  marksSkipped: (refs: string[]) =>
    `有 ${refs.length} 个单元格未恢复原样（${listRefs(refs)}）：它们的底色或批注已不是本助手加的` +
    '（经办人改过，或插入、删除行列后单元格已移动），本助手没有改动。请手动检查。',
  cellsDeleted: (refs: string[]) =>
    `本助手标记或写入过的 ${refs.length} 个单元格已随所在的行或列被删除（${listRefs(refs)}），本助手不再处理它们。`,
  selectFailed: (sheet: string) => `无法定位到工作表“${sheet}”，它可能已被重命名或删除。`,
} as const;

/** One sentence per sheet the journal no longer finds under its old name. */
export function sheetChangeNotice(changes: {
  renamed: Array<{ from: string; to: string }>;
  dropped: Array<{ sheet: string; marks: number }>;
}): string | undefined {
  const lines = [
    ...changes.renamed.map((r) => HOST_MESSAGES.sheetRenamed(r.from, r.to)),
    ...changes.dropped.map((d) => HOST_MESSAGES.sheetDropped(d.sheet, d.marks)),
  ];
  return lines.length ? lines.join('\n') : undefined;
}

/** Joins what a host has to add to a result; undefined when there is nothing to say. */
export function joinNotices(...parts: Array<string | undefined>): string | undefined {
  const text = parts.filter((p): p is string => !!p).join('\n');
  return text || undefined;
}
