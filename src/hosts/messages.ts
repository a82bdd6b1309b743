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
  failedNotRolledBack: (detail: string) =>
    `写入失败（${detail}），且未能完全撤回本次修改，请检查相关单元格，必要时用 Ctrl+Z 撤销。`,
  nothingToUndo: () => '没有可以撤销的操作。',
  sheetTooLarge: (sheet: string, cells: number, limit: number) =>
    `工作表“${sheet}”的已用区域有 ${cells} 个单元格，超过 ${limit} 个的上限，未读取。` +
    '请删除其中多余的空行、空列或格式，或把预算公开表复制到新工作簿后再试。',
  selectFailed: (sheet: string) => `无法定位到工作表“${sheet}”，它可能已被重命名或删除。`,
} as const;
