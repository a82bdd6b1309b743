/**
 * Text from a workbook or a file a department sent, made safe to print: every control character
 * (C0, DEL, C1) and every bidirectional override shows as its code, \x1B, \u202E, so a 科目 name
 * carrying `_x001B_[2K` (ExcelJS decodes it to ESC) cannot erase or reorder the lines of a report.
 * Every string from a cell that reaches the terminal goes through this one function.
 */
export function safeText(value: unknown): string {
  return String(value ?? '').replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (ch) => {
      const code = ch.charCodeAt(0);
      return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    },
  );
}
