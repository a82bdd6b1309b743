import type Decimal from 'decimal.js';
import type { Finding } from '../findings';
import type { CellRef } from '../grid/types';
import type { ChangeParts, ComparedWith } from '../compute/wording';
import type { ReasonQuery } from '../prior/reasons';
import type { WordingStyle } from '../settings';

/** The parts of the 情况说明, whatever number a style gives them. */
export type SectionKey =
  | 'functions'
  | 'units'
  | 'overview'
  | 'income'
  | 'expense'
  | 'fiscal'
  | 'gpb'
  | 'basic'
  | 'projects'
  | 'govFund'
  | 'soe'
  | 'threePublic'
  | 'performance'
  | 'other'
  | 'glossary';

export type ParagraphKind = 'heading' | 'subheading' | 'body' | 'item';

export interface Paragraph {
  kind: ParagraphKind;
  text: string;
}

export interface NarrativeSection {
  key: SectionKey;
  /** "一、关于昌吉州自然资源局2023年收支预算情况的总体说明" */
  heading: string;
  paragraphs: Paragraph[];
}

/** A gap only the clerk can fill, left in the text as 【待填写：…】. */
export interface Placeholder {
  section: SectionKey;
  /** The text in the document: "【待填写：政府采购情况】". */
  text: string;
  /** What is missing, for the list shown to the clerk. */
  what: string;
}

/**
 * budget: a 预算数 stated beside its 决算 ("年初预算为2993.92万元"); completion: 决算 ÷ 预算 ("完成年初预算的98.20%").
 */
export type FigureKind = 'amount' | 'share' | 'change' | 'rate' | 'budget' | 'completion';

/**
 * A number the narrative states (or could state) and how it was computed: what the generator
 * writes and what the checker verifies a clerk's narrative against.
 */
export interface Figure {
  section: SectionKey;
  /** Names the sentence may use for what the number is about, most specific first. */
  subjects: string[];
  kind: FigureKind;
  /** amount / change in 万元 (change signed); share / rate in percent as stated (rounded, signed). */
  value: Decimal;
  /** share / rate: the unrounded value. */
  exact?: Decimal;
  /** share: the plainly rounded value when largest remainder moved it. */
  plain?: Decimal;
  /** rate: stated by convention (增长100% when last year was 0), not by arithmetic. */
  conventional?: boolean;
  /**
   * rate of whole 万元 (and a 三公 item's share, within the rounding of its printed amounts) (衢江 2364 against 2840): each amount stands for any value it rounds from, so the rate may be anything
   * between these (percent, unsigned); a stated rate inside them is no error.
   */
  bounds?: [Decimal, Decimal];
  /** How it was computed, for messages: "1589.58÷1197.15". */
  formula?: string;
  cells: CellRef[];
  /** False for figures only kept for checking (a zero source the text leaves out). */
  stated: boolean;
  /** amount: the most the text may state (机关运行经费 read from 表6's 公用经费 counts 事业单位 too). */
  atMost?: boolean;
  /** amount of all funds (政府采购): a number the sentence gives for one source (其中一般公共预算拨款…) is another figure. */
  allFunds?: boolean;
  /** Only confirms the text (a project of a table of all funds: the text may give its total or one source's part): never a finding. */
  confirmOnly?: boolean;
}

/** A share the largest-remainder rule moved away from plain rounding. */
export interface ShareAdjustment {
  section: SectionKey;
  subject: string;
  plain: Decimal;
  final: Decimal;
}

export interface NarrativeDocument {
  style: WordingStyle;
  department: string;
  year?: number;
  /** "第三部分  2023年部门预算情况说明" */
  title: string;
  sections: NarrativeSection[];
  placeholders: Placeholder[];
  figures: Figure[];
  shareAdjustments: ShareAdjustment[];
  /** Items only one year has, by section: "新增：机关事业单位职业年金缴费支出". */
  priorChanges: Array<{ section: SectionKey; kind: 'new' | 'dropped'; name: string; code?: string }>;
  /** Changes above the threshold without a reason, and other problems met while writing. */
  findings: Finding[];
  /** Remarks for the clerk about how figures were taken (机关运行经费 from 表6 公用经费, no prior year, …). */
  notes: string[];
}

/** Clerk-written text the generator may use: 主要用于…, a project's 政策依据, 政府采购. */
export interface ClerkText {
  /** What it is about, normalized: a 类/项 name or code, a project name, or a topic (政府采购). */
  subject: string;
  /** Which text: 主要用于, 政策依据, 承担单位, 资金分配, 执行时间, 情况. */
  topic: string;
  text: string;
  ref?: CellRef;
}

/** One change the text states: a row this year against last year, with the cells on each side. */
export interface ChangeInput {
  subjects: string[];
  /** How findings name the row: 表5「2080501 行政单位离退休」. */
  label: string;
  table: string;
  tableNumber?: number;
  current: Decimal;
  /** undefined: last year's figure is not known. */
  prior?: Decimal;
  cells: CellRef[];
  priorCells?: CellRef[];
  reason: ReasonQuery;
  comparedWith?: ComparedWith;
  parts?: ChangeParts;
}
