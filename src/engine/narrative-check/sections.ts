import type { SectionKey } from '../narrative/types';

/** A heading "三、…" and a sub-heading "（一）…" of a clerk's narrative. */
export const HEADING = /^\s*[一二三四五六七八九十]+\s*[、.．]/;
export const SUBHEADING = /^\s*[（(][一二三四五六七八九十]+[）)]/;

/**
 * Which part of the 情况说明 a heading opens, by its words (the numbering differs between styles).
 * Order matters: "一般公共预算基本支出" is 基本支出, not 当年拨款.
 */
const KEYWORDS: Array<[RegExp, SectionKey]> = [
  [/三公/, 'threePublic'],
  // A 三公 说明's own sub-headings, one per item (宜宾 "一、因公出国(境)经费", "二、公务接待费").
  [/^\s*[一二三四五六七八九十]+\s*[、.．]\s*(因公出国|公务接待|公务用车)/, 'threePublic'],
  [/政府性基金/, 'govFund'],
  [/国有资本经营/, 'soe'],
  [/基本支出/, 'basic'],
  [/项目支出/, 'projects'],
  [/当年拨款|一般公共预算(财政拨款)?支出预算/, 'gpb'],
  // 决算 (juesuan.md §4): "五、一般公共预算财政拨款支出决算情况说明" and its "（一）…总体情况" are 五, not 一.
  [/一般公共预算财政拨款支出决算/, 'gpb'],
  [/财政拨款收支|财政拨款收入支出|财政拨款支出预算/, 'fiscal'],
  [/收入支出决算/, 'overview'],
  [/收入预算|收入决算/, 'income'],
  [/支出预算|支出决算/, 'expense'],
  [/预算绩效管理/, 'performance'],
  [/收支预算|总体/, 'overview'],
  [/其他重要事项|机关运行经费/, 'other'],
  [/职能|主要工作/, 'functions'],
  [/单位构成|机构设置/, 'units'],
];

export function classifyHeading(text: string): SectionKey | undefined {
  for (const [re, key] of KEYWORDS) if (re.test(text)) return key;
  return undefined;
}

/** A glossary entry numbered as a sub-heading ("（八）机关运行经费：指…"): a definition, no part of the 说明. */
const DEFINITION = /^\s*[（(][一二三四五六七八九十]+[）)][^：:。]{1,30}[：:]\s*(?:指|是指|是|包括)/;

/**
 * The part of the 说明 each line stands in, read in order: a heading opens its part; before the first heading a line
 * is the part its own words name. Definitions numbered like sub-headings (a glossary) open nothing.
 */
export class SectionReader {
  private current?: SectionKey;
  private headed = false;

  /** The line's section, and whether it is a heading. */
  read(folded: string): { section?: SectionKey; heading: boolean } {
    const heading = (HEADING.test(folded) || SUBHEADING.test(folded)) && !DEFINITION.test(folded);
    if (heading) {
      const key = classifyHeading(folded);
      if (HEADING.test(folded)) this.current = key;
      else if (key) this.current = key;
      this.headed = true;
    }
    const section = this.current ?? (this.headed ? undefined : classifyHeading(folded));
    return { ...(section ? { section } : {}), heading };
  }
}
