import type { Severity } from '../engine';

/**
 * Fill colours for marked cells: the light red of Excel's "差/Bad" cell style for 错误 and the light
 * yellow of its "适中/Neutral" style for 提示, so the marks look like something the clerk already knows.
 */
export const MARK_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
};

/** '#ffc7ce', 'FFC7CE' → '#FFC7CE'; hosts report colours in different cases. */
export function normalizeColor(color: string): string {
  const hex = color.trim().replace(/^#/, '').toUpperCase();
  return `#${hex}`;
}
