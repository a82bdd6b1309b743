/** What the WPS ribbon and the WPS journal store tell the clerk. */
export const WPS_MESSAGES = {
  busy: '预算公开助手正在处理上一个操作，请稍候再点。',
  failed: (action: string, detail: string) => `${action}没有完成：${detail}`,
  journalSheetTaken: (sheet: string) => `工作表“${sheet}”不是本助手的记录表，请把它改名后再试`,
} as const;
