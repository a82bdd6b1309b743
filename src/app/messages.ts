/** Every sentence the commands say to the clerk (progress, summaries, notices), in one place. */

export const PROGRESS = {
  read: '正在读取工作簿……',
  analyze: '正在识别预算公开表并校验……',
  mark: '正在标注有问题的单元格……',
  prior: '正在读取上年数……',
  narrative: '正在生成情况说明……',
  writeSheet: '正在写入“情况说明”工作表……',
  plan: '正在计算占比和同比……',
  write: '正在写入单元格……',
  checkNarrative: '正在核对情况说明……',
  done: '完成',
} as const;

export const NARRATIVE_SHEET = '情况说明';
export const NARRATIVE_LABEL = '生成情况说明';
export const FILL_LABEL = '填充占比/同比';

export const COMMAND_TEXT = {
  title: '预算公开助手',
  noProblem: (tables: number) => `未发现问题：已识别 ${tables} 张预算公开表，校验全部通过。`,
  /** `causes`: the engine's causeCountText, the one sentence every surface says about causes. */
  found: (errors: number, warnings: number, tables: number, causes = '') => `已识别 ${tables} 张预算公开表，发现 ${errors} 个错误、${warnings} 个提示${causes}。`,
  noTables:
    '没有在当前工作簿中识别到预算公开表（表1–表10）。请确认表格标题（如“部门收支总体情况表”）和表头在工作表中，再点“校验”。',
  skipped: (n: number) => `有 ${n} 张工作表过大，未读取（详见助手窗格）。`,
  marksFailed: (message: string) => `校验结果未能标注到单元格：${message}`,
  openPaneHint: '请点“预算公开”选项卡中的“打开助手”查看每个问题并定位到单元格。',
  paneOpening: '已在助手窗格中列出全部问题。',
  narrativeWritten: (paragraphs: number) => `已生成情况说明（${paragraphs} 段），写入“${NARRATIVE_SHEET}”工作表。`,
  narrativeNotWritten: (message: string) => `情况说明已生成，但没有写入工作表：${message}`,
  narrativeConflict: `“${NARRATIVE_SHEET}”工作表中有不是本助手写入的内容，没有覆盖。请在助手窗格中确认是否覆盖。`,
  placeholders: (n: number) => `其中 ${n} 处需要您补写（文中标为【待填写】）。`,
  failed: (action: string, detail: string) => `${action}没有完成：${detail}`,
  busy: '预算公开助手正在处理上一个操作，请稍候再点。',
} as const;

/** What 核对情况说明 says (the pane's 情况说明 tab). */
export const NARRATIVE_CHECK_TEXT = {
  noSheet: '没有找到情况说明工作表（名称含“情况说明”）。请在下拉框中选择情况说明所在的工作表，或把文字粘贴到下方核对。',
  sheetMissing: (sheet: string) => `工作簿中没有工作表“${sheet}”。`,
  sheetEmpty: (sheet: string) => `工作表“${sheet}”中没有文字。`,
  noText: '请先把情况说明的文字粘贴到下方，再点“核对”。',
  none: (checked: number, numbers: number) => `未发现问题：文中 ${numbers} 个数字核对了 ${checked} 个。`,
  found: (errors: number, warnings: number, checked: number, numbers: number) =>
    `文中 ${numbers} 个数字核对了 ${checked} 个，发现 ${errors} 个错误、${warnings} 个提示。`,
} as const;

/** Why no prior year was used although one was asked for. */
export const PRIOR_TEXT = {
  noColumns: '没有找到“上年数 / 上年预算数”列：与上年比较处留有待填写标记。',
  noSheets: '设置中选择的上年表格工作表在本工作簿中不存在，未使用上年数。',
  noFile: '设置中选择了上年工作簿文件，但尚未读取文件：请在“设置”中重新选择上年文件。',
  noTablesInPrior: (name: string) => `在上年数据“${name}”中没有识别到预算公开表，未使用上年数。`,
} as const;

/** The message of anything thrown, for a sentence that says what went wrong. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
