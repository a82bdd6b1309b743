import Decimal from 'decimal.js';
import type { Analysis } from '../analyze';
import { computeShares, type Share } from '../compute/shares';
import { formatAmount } from '../compute/rounding';
import { placeholdersOf, fillTemplate } from '../compute/template';
import { REASON_PLACEHOLDER } from '../compute/messages';
import { changePhrase, reasonPhrase, type ChangeParts, type ComparedWith, type WordingOptions } from '../compute/wording';
import { yearOverYear } from '../compute/yoy';
import { normalizeName } from '../compute/prior-match';
import type { Finding } from '../findings';
import type { CellRef } from '../grid/types';
import { findReason, type ReasonBook } from '../prior/reasons';
import type { PriorYear } from '../prior/types';
import { resolveSettings, type Settings } from '../settings';
import { NARRATIVE_MESSAGES, PLACEHOLDER, PLACEHOLDER_WHAT, type StyleMessages } from './messages';
import type { ChangeInput, ClerkText, Figure, NarrativeDocument, Placeholder, SectionKey, ShareAdjustment } from './types';
import { reasonMissingFinding } from './reason-finding';

export interface GenerateOptions {
  /** Last year's figures (priorFromAnalysis / priorFromColumns). */
  prior?: PriorYear;
  /** The clerk's reasons for changes (readReasons). */
  reasons?: ReasonBook;
  /** The clerk's texts: 主要用于, a project's 政策依据, 政府采购 (readClerkTexts). */
  texts?: ClerkText[];
  department?: string;
  year?: number;
  /** Overrides of the analysis's settings (wordingStyle, percentDecimals, …). */
  settings?: Partial<Settings>;
}

export interface ShareInput {
  key: string;
  subjects: string[];
  amount: Decimal;
  cells: CellRef[];
}

/** What every section builder reads and writes: the analysis, the settings and the collected lists. */
export class NarrativeContext {
  readonly settings: Settings;
  readonly m: StyleMessages;
  readonly department: string;
  readonly year?: number;
  readonly prior?: PriorYear;
  readonly reasons?: ReasonBook;
  readonly texts: ClerkText[];
  readonly placeholders: Placeholder[] = [];
  readonly figures: Figure[] = [];
  readonly shareAdjustments: ShareAdjustment[] = [];
  readonly priorChanges: NarrativeDocument['priorChanges'] = [];
  readonly findings: Finding[] = [];
  readonly notes: string[] = [];
  readonly zero = new Decimal(0);
  /** The department, or its placeholder. */
  readonly deptText: string;
  /** The budget year, or its placeholder. */
  readonly yearText: string;

  constructor(readonly analysis: Analysis, options: GenerateOptions = {}) {
    this.settings = resolveSettings({ ...analysis.settings, ...(options.settings ?? {}) });
    this.m = NARRATIVE_MESSAGES[this.settings.wordingStyle];
    this.prior = options.prior;
    this.reasons = options.reasons;
    this.texts = options.texts ?? [];
    const tableDept = analysis.tables.find((t) => t.department)?.department;
    this.department = options.department ?? tableDept ?? '';
    const tableYear = analysis.tables.find((t) => t.year)?.year;
    this.year = options.year ?? tableYear ?? (options.prior?.year ? options.prior.year + 1 : undefined) ?? yearFromFileName(analysis.workbook.name);
    this.deptText = this.department || this.placeholderText('部门名称');
    const yearWhat = analysis.kind === '决算' ? '决算年度' : '预算年度';
    this.yearText = this.year ? String(this.year) : this.placeholderText(yearWhat);
    if (!this.department) this.placeholders.push({ section: 'overview', text: this.deptText, what: '部门名称' });
    if (!this.year) this.placeholders.push({ section: 'overview', text: this.yearText, what: yearWhat });
  }

  /** Notes each share the largest-remainder rule moved, so the clerk sees why it is not the plain rounding. */
  noteShareAdjustments(): void {
    const d = this.settings.percentDecimals;
    for (const a of this.shareAdjustments) this.notes.push(`占比按最大余数法调整，使各项合计为100%：${a.subject}由${a.plain.toFixed(d)}%调为${a.final.toFixed(d)}%。`);
  }

  /** The document of the sections written, with everything gathered while writing them (预算 and 决算 alike). */
  document(title: string, sections: NarrativeDocument['sections']): NarrativeDocument {
    return {
      style: this.settings.wordingStyle,
      department: this.department,
      ...(this.year ? { year: this.year } : {}),
      title,
      sections,
      placeholders: this.placeholders,
      figures: this.figures,
      shareAdjustments: this.shareAdjustments,
      priorChanges: this.priorChanges,
      findings: this.findings,
      notes: this.notes,
    };
  }

  /** Fills a template; {{dept}} and {{year}} are always available, other values only where the template uses them. */
  t(template: string, data: Record<string, string> = {}): string {
    const all: Record<string, string> = { dept: this.deptText, year: this.yearText, ...data };
    const used: Record<string, string> = {};
    for (const name of placeholdersOf(template)) if (all[name] !== undefined) used[name] = all[name];
    return fillTemplate(template, used);
  }

  amount(d: Decimal, printed?: string): string {
    return formatAmount(d, this.settings.amountStyle, printed);
  }

  private placeholderText(what: string): string {
    return fillTemplate(PLACEHOLDER, { what });
  }

  /** Registers and returns 【待填写：what】. */
  placeholder(section: SectionKey, what: string): string {
    // A section that could not read its table says whether the table was not found or only its 合计 row: 未识别到 is said
    // only of a table the recognizer did not find.
    const missing = /（未识别到表(\d+)）$/.exec(what);
    if (missing && this.analysis.tables.some((t) => t.def.number === Number(missing[1])))
      what = what.replace(missing[0], `（表${missing[1]}中未找到所需的合计行或列，请据表填写）`);
    const text = this.placeholderText(what);
    if (!this.placeholders.some((p) => p.section === section && p.text === text)) this.placeholders.push({ section, text, what });
    return text;
  }

  /** The clerk's text about one of the subjects on a topic, if written. */
  clerk(subjects: string[], topic: string): string | undefined {
    const wanted = new Set(subjects.map((s) => normalizeName(s)).filter((s) => s !== ''));
    return this.texts.find((t) => t.topic === topic && wanted.has(normalizeName(t.subject)))?.text;
  }

  /** The clerk's text, or a registered placeholder. */
  clerkOr(section: SectionKey, subjects: string[], topic: string, what: string): string {
    return this.clerk(subjects, topic) ?? this.placeholder(section, what);
  }

  figure(f: Omit<Figure, 'stated'> & { stated?: boolean }): void {
    this.figures.push({ ...f, stated: f.stated ?? true });
  }

  /**
   * Shares of one whole with the configured precision and rounding; each share becomes a figure,
   * each share the largest-remainder rule moved is listed.
   */
  shares(section: SectionKey, parts: ShareInput[], whole: Decimal, stated: (key: string) => boolean = () => true): Map<string, Share> {
    const result = computeShares(
      parts.map((p) => ({ key: p.key, amount: p.amount })),
      whole,
      { decimals: this.settings.percentDecimals, rounding: this.settings.shareRounding },
    );
    const out = new Map<string, Share>();
    result.shares.forEach((share, i) => {
      const part = parts[i];
      out.set(share.key, share);
      this.figure({
        section,
        subjects: part.subjects,
        kind: 'share',
        value: share.final,
        exact: share.exact,
        ...(share.adjustment.isZero() ? {} : { plain: share.plain }),
        formula: `${part.amount.toFixed()}÷${whole.toFixed()}`,
        cells: part.cells,
        stated: stated(share.key),
      });
    });
    for (const moved of result.moved) {
      const part = parts.find((p) => p.key === moved.key)!;
      this.shareAdjustments.push({ section, subject: part.subjects[0], plain: moved.plain, final: moved.final });
    }
    return out;
  }

  /** Wording options of the change clauses. */
  wording(comparedWith: ComparedWith = 'budget', parts: ChangeParts = 'amount-and-rate'): WordingOptions {
    return { ...this.settings, comparedWith, parts, ...(this.year ? { budgetYear: this.year } : {}) };
  }

  /**
   * "比上年预算增加1589.58万元，增长132.78%，主要原因是：…", registering the change and rate as
   * figures. Without last year's figure, a placeholder; above the threshold without a reason, a
   * finding naming the row and the reason placeholder.
   */
  change(section: SectionKey, input: ChangeInput, stated = true): string {
    if (input.prior === undefined) return stated ? this.placeholder(section, PLACEHOLDER_WHAT.priorYear) : '';
    const yoy = yearOverYear(input.current, input.prior, this.settings);
    const options = this.wording(input.comparedWith, input.parts);
    const reason = findReason(this.reasons, input.reason);
    const cells = [...input.cells, ...(input.priorCells ?? [])];
    this.figure({ section, subjects: input.subjects, kind: 'change', value: yoy.change, formula: `${input.current.toFixed()}−${input.prior.toFixed()}`, cells, stated });
    if (yoy.statedRate !== null) {
      this.figure({
        section,
        subjects: input.subjects,
        kind: 'rate',
        value: yoy.statedRate,
        ...(yoy.rate ? { exact: yoy.rate.exact, formula: `${yoy.change.toFixed()}÷${input.prior.abs().toFixed()}` } : { conventional: true }),
        cells,
        stated,
      });
    } else if (yoy.case === 'both-zero') {
      // 004 writes 增加0万元，增长0% for an item neither year has: a convention, not a division.
      this.figure({ section, subjects: input.subjects, kind: 'rate', value: yoy.change, conventional: true, cells, stated: false });
    }
    if (stated && yoy.reasonRequired && !reason) {
      this.findings.push(reasonMissingFinding(input, yoy, this.settings));
      this.placeholders.push({ section, text: REASON_PLACEHOLDER, what: `${input.subjects[0]}的变动原因` });
    }
    return changePhrase(yoy, options) + reasonPhrase(yoy, reason?.text, options);
  }
}

/** "昌吉州2023年部门预算.xlsx", "changji-2023-budget.xlsx" → 2023; only the file name, not its folders. */
export function yearFromFileName(name: string | undefined): number | undefined {
  const base = name?.split(/[\\/]/).pop() ?? '';
  const m = /(?:^|\D)(20\d{2})(?!\d)/.exec(base);
  return m ? Number(m[1]) : undefined;
}
