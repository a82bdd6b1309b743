/** The demo page's own words (the pane's are in src/taskpane/strings.ts). */
export const DEMO_TEXT = {
  title: '预算公开助手 · 演示',
  subtitle: (name: string) => `模拟工作簿：${name}（昌吉州自然资源局 2023 年部门预算公开表，含原表中的错误）`,
  ribbonTab: '预算公开',
  validate: '校验',
  generate: '生成说明',
  openPane: '打开助手',
  closePane: '关闭助手',
  protect: '保护当前工作表',
  unprotect: '撤消工作表保护',
  loading: '正在加载演示工作簿……',
  loadFailed: (m: string) => `演示工作簿加载失败：${m}。请先运行 npm run build（或 npm run demo）。`,
  busy: '正在处理……',
  failed: (action: string, m: string) => `${action}没有完成：${m}`,
} as const;
