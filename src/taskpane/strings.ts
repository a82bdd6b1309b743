/** Every word the task pane shows, in one file (components take their text from here). */

export const S = {
  appTitle: '预算公开助手',

  actions: {
    validate: '校验',
    validateHint: '识别工作簿中的预算公开表（表1–表10），逐项校验并标注有问题的单元格',
    generate: '生成说明',
    generateHint: '根据表格数据生成“情况说明”，写入新工作表，并可下载 Word 文档',
    clearMarks: '清除标记',
    clearMarksHint: '去掉本助手添加的全部底色和批注，单元格恢复原样',
    undo: '撤销',
    undoHint: (label: string) => `撤销上一次写入：${label}`,
    undoNothing: '没有可以撤销的写入',
  },

  tabs: {
    findings: '问题',
    tables: '表格',
    fill: '占比/同比',
    narrative: '情况说明',
    settings: '设置',
  },

  status: {
    dismiss: '关闭',
    fromRibbon: (time: string) => `功能区按钮于 ${time} 完成的结果`,
    cleared: (n: number) => (n > 0 ? `已清除本助手添加的 ${n} 处标记。` : '当前没有本助手添加的标记。'),
    undone: (label: string) => `已撤销：${label}。`,
    selectFailed: '无法定位到该单元格',
    cancelled: '已取消，没有修改任何单元格。',
    writeFailedTitle: '没有写入',
    protectedTitle: '工作表受保护',
    errorTitle: '出错了',
  },

  findings: {
    emptyTitle: '还没有校验结果',
    emptyBody: '点上方的“校验”，检查当前工作簿中的预算公开表。',
    noneTitle: '未发现问题',
    noneBody: (tables: number) => `已识别 ${tables} 张表，全部校验通过。`,
    noTablesTitle: '没有识别到预算公开表',
    noTablesBody:
      '请确认工作簿中有表1–表10（如“部门收支总体情况表”），标题行和表头都在工作表上。识别不到时，可在“设置”中检查表格套式。',
    summary: (errors: number, warnings: number, causes?: number) =>
      `共 ${errors} 个错误、${warnings} 个提示${causes !== undefined && causes < errors + warnings ? `，按原因归并为 ${causes} 个问题` : ''}`,
    /** A cause's findings, folded under it. */
    causeShows: (n: number) => `显示在 ${n} 处`,
    severity: { error: '错误', warning: '提示' } as Record<'error' | 'warning', string>,
    otherTables: '跨表 / 其他',
    tableGroup: (label: string, n: number) => `${label}（${n}）`,
    difference: '差额',
    rounding: '可能为四舍五入差异',
    location: '位置',
    selectHint: '点击定位到单元格',
    marksFailed: (message: string) => `单元格未能标注：${message}`,
    checkedAt: (time: string) => `校验时间 ${time}`,
  },

  tables: {
    emptyTitle: '还没有识别结果',
    emptyBody: '点“校验”后，这里列出识别到的每张表和它在工作簿中的位置。',
    foundBy: { title: '按标题识别', signature: '按表头识别' } as Record<'title' | 'signature', string>,
    rows: (n: number) => `${n} 行`,
    unit: (u: string) => `单位：${u}`,
    missingTitle: '未找到的表',
    issuesTitle: '未能识别的工作表',
    checkNotesTitle: '校验依据：未能对应的列与未执行的检查',
    skippedTitle: '未读取的工作表',
    locate: '定位',
  },

  fill: {
    intro:
      '按表格数据计算占比（各类占合计的百分比）和同比（比上年增减额、增减率），写在表格右侧的列中，或写在您指定的列。不会覆盖不是本助手写入的内容，除非您确认；写入后可用“撤销”恢复。',
    plan: '计算填充内容',
    replan: '重新计算',
    kinds: '填写内容',
    kindLabels: { prior: '上年数', change: '增减额', rate: '增减率(%)', share: '占比(%)' } as Record<string, string>,
    tablesLabel: '填写的表和起始列',
    startCol: (id: string) => `${id} 起始列`,
    columnsHint: (cols: string) => `计划写入：${cols}`,
    columnInvalid: '请输入列字母，如 H 或 AB',
    preview: (cells: number, tables: number) => `将在 ${tables} 张表中写入 ${cells} 个单元格（含表头）。`,
    nothing: '按当前选择没有可以填写的单元格。',
    noTargets: '没有可以填写占比/同比的表（表2、表3、表5、表6、表10）。请先确认这些表能被识别（见“表格”页）。',
    noPrior: '没有上年数，只能填写占比。可在“设置”中指定上年数来源。',
    priorFrom: (name: string) => `上年数来自：${name}`,
    priorColumns: '上年数来自表格旁的“上年数”列。',
    run: '填充占比/同比',
    done: (cells: number) => `已写入 ${cells} 个单元格。可用“撤销”恢复。`,
  },

  narrative: {
    emptyTitle: '还没有生成情况说明',
    emptyBody: '点上方的“生成说明”，按表格数据生成第三部分情况说明，写入“情况说明”工作表。',
    written: (sheet: string) => `已写入“${sheet}”工作表。`,
    notWritten: (message: string) => `没有写入工作表：${message}`,
    writeAnyway: '覆盖写入工作表',
    download: '下载 Word（.docx）',
    copy: '复制全文',
    copied: '已复制到剪贴板。',
    copyFailed: '无法访问剪贴板，请在下方文本中全选后复制。',
    downloadFailed: (m: string) => `无法生成 Word 文档：${m}`,
    placeholdersTitle: (n: number) => `有 ${n} 处需要您补写`,
    notesTitle: '说明',
    findingsTitle: (n: number) => `生成时发现 ${n} 个问题`,
    generatedAt: (time: string) => `生成时间 ${time}`,
    textLabel: '情况说明全文',
  },

  settings: {
    title: '设置',
    saved: '设置已保存，下次校验时生效。',
    save: '保存设置',
    reset: '恢复默认',
    checkGroup: '校验',
    tolerance: '表内容差（万元）',
    toleranceHint: '差额不超过此数视为相等；两位小数的万元表为 0.005',
    roundingLimit: '四舍五入差异上限（万元）',
    roundingLimitHint: '跨表比较时，不超过此数的差额标为“可能为四舍五入差异”',
    textGroup: '占比与同比',
    percentDecimals: '百分比小数位数',
    shareRounding: '占比合计 100% 的处理',
    shareRoundingOptions: {
      'largest-remainder': '最大余数法调整，使合计恰为 100%',
      plain: '各自四舍五入，不强制合计 100%',
    } as Record<string, string>,
    reasonThreshold: '增减幅度超过多少需说明原因（%）',
    sameWording: '与上年相同时的写法',
    sameWordingOptions: { chiping: '“持平”', 'zero-change': '“增加0万元，增长0%”' } as Record<string, string>,
    priorZeroWording: '上年为零时的写法',
    priorZeroOptions: { 'growth-100': '“增长100%”（昌吉州 004 写法，检查时会提示）', 'not-comparable': '“上年无该预算，增长率无可比性”（命令行默认）' } as Record<string, string>,
    amountStyle: '金额写法',
    amountStyleOptions: { 'two-decimals': '一律两位小数（3.90万元）', 'as-table': '与表中一致（3.9万元）' } as Record<string, string>,
    wordingStyle: '说明文字风格',
    wordingStyleOptions: { changji: '“比上年预算数增加……”（昌吉州样式）', zhaohua: '“比2022年预算……”（昭化区样式）' } as Record<string, string>,
    priorGroup: '上年数来源',
    priorOptions: {
      auto: '自动：表格旁的“上年数”列（没有则不比较）',
      columns: '表格旁的“上年数 / 上年预算数”列',
      sheets: '本工作簿中的上年表格所在工作表',
      file: '上年的工作簿文件',
      none: '不比较上年',
    } as Record<string, string>,
    priorSheets: '上年表格所在的工作表（这些工作表不参与本年校验）',
    priorSheetsEmpty: '点“校验”读取工作簿后，这里列出工作表供选择。',
    priorFile: '上年工作簿',
    priorFilePick: '选择上年文件（.xlsx）',
    priorFileLoaded: (name: string, sheets: number) => `已读取：${name}（${sheets} 张工作表）`,
    priorFileMemoryOnly: '文件较大，只保存在本窗格中；关闭窗格后需重新选择。',
    priorFileReading: '正在读取上年文件……',
    priorFileFailed: (m: string) => `无法读取上年文件：${m}`,
    priorFileNone: '尚未选择文件',
    priorFileRemove: '移除',
    invalidNumber: '请输入不小于 0 的数字',
    profile: '表格套式',
  },

  conflict: {
    title: '这些单元格已有内容',
    body: '以下单元格有内容，且不是本助手写入的。覆盖后可用“撤销”恢复。',
    undoTitle: '撤销会覆盖之后的修改',
    undoBody: '以下单元格在本助手写入之后又被修改过。继续撤销将恢复为写入前的内容。',
    cell: '单元格',
    current: '现有内容',
    wanted: '将写入',
    empty: '（空）',
    more: (n: number) => `……另有 ${n} 个单元格`,
    confirm: '覆盖',
    confirmUndo: '仍然撤销',
    cancel: '取消',
  },

  noHost: {
    title: '未连接到表格软件',
    openDemo: '打开演示（模拟工作簿）',
  },
} as const;

/** "10:32" from an ISO time, in the clerk's clock. */
export function clockTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
