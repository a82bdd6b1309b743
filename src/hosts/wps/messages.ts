/** What the WPS journal store tells the clerk (the ribbon's sentences are app/messages.ts COMMAND_TEXT). */
export const WPS_MESSAGES = {
  journalSheetTaken: (sheet: string) => `工作表“${sheet}”不是本助手的记录表，请把它改名后再试`,
} as const;
