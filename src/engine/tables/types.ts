/**
 * Table definitions are data: the recognizer and the rules read them and hold nothing specific
 * to one table. A regional variant is a new definition (or profile), never new code.
 */

/** How a block's rows are identified. */
export type BlockKind =
  /** Rows carry a classification code (功能分类 类/款/项, 经济分类 类/款) and a name. */
  | 'coded'
  /** Rows carry a fixed label (一、本年收入; 公务接待费) matched against the block's row definitions. */
  | 'items';

export type CodeScheme = 'functional' | 'economic';

export interface ColumnDef {
  /** Stable id used by rules and cross-table relations: 'total', 'basic', 'project', 'gpb', … */
  role: string;
  /** Display name in Chinese, as reports print it. */
  label: string;
  /** Header texts that name this column (compared after normalizeLabel); the first is canonical. */
  headers: string[];
  /** Header texts that, when they are the best match, mean this is NOT the column. */
  notHeaders?: string[];
  /** A column only some templates print (表2's 事业收入 one by one): never reported missing. */
  optional?: boolean;
  /** The column is this role only under one of these header groups (表2's 上年结转结余 / 一般公共预算). */
  under?: string[];
  /** A rate in per cent, not an amount ("-7.03%" as text, or -7.03): read as that number; no sum runs over it. */
  percent?: boolean;
  /** The column holds last year's figure of another column (三公 上年决算数 beside 本年决算数, 施甸): read as that role's prior too. */
  priorOf?: string;
}

export interface ItemRowDef {
  role: string;
  label: string;
  /** Label texts (after numbering and 其中 are stripped) that identify the row. */
  labels: string[];
  /** When the same label appears twice (其中：一般公共预算拨款 under 财政拨款结转), the row it sits under. */
  parent?: string;
  /**
   * The part of `parent` printed under the parent's group with the parent's own name (长春 三公: 因公出国（境）费 over
   * 小计 | 因公出国（境）费 | 科研因公出国（境）费用): there the name is this row's, the 小计 the parent's.
   */
  namedAsParent?: boolean;
}

export interface BlockDef {
  id: string;
  kind: BlockKind;
  label: string;
  /** The header of the column holding codes or labels, which marks where the block starts. */
  anchorHeaders: string[];
  /** coded blocks: which code system the rows use. */
  codeScheme?: CodeScheme;
  /** coded blocks: headers of a single code column (科目编码); 类/款/项 sub-headers are found on their own. */
  codeHeaders?: string[];
  /** coded blocks: headers of the name column (科目名称); defaults to the anchor column. */
  nameHeaders?: string[];
  /** coded blocks whose leaf rows name a project (表7). */
  projectColumn?: ColumnDef;
  /** Amount columns, left to right as usually printed. */
  columns: ColumnDef[];
  /**
   * Columns some templates print only as their parts (基本支出 split into 人员经费 and 公用经费): when the
   * role has no column of its own but all its parts do, its amount is their sum.
   */
  composites?: Record<string, string[]>;
  /**
   * Columns some templates print only as those of their parts they use (单位资金 as 事业收入 | 其他收入, 重庆): when the
   * role has no column of its own and some of its parts do, its amount is the sum of those (a part not printed is 0).
   */
  sums?: Record<string, string[]>;
  /** items blocks: the rows it can hold. */
  rows?: ItemRowDef[];
  /** Labels of the block's total row (合计 / 总计 / 收入总计). */
  totalLabels: string[];
  /** The total row is printed above its parts (表10), so reading does not stop at it. */
  totalFirst?: boolean;
  /**
   * items blocks that may be printed across with several amount columns per item (决算 “三公”: 合计 |
   * 因公出国（境）费 | … each over 预算数 | 决算数, one body row): each header column names an item and a column role.
   */
  printedAcross?: boolean;
  /**
   * The column role of an across body row when the header names the items only (衢江 三公: a row per year under
   * 合计 | 因公出国(境)经费 | …, the title saying 决算数); the block's first column's role by default.
   */
  acrossValue?: string;
  /** items blocks: rows no definition names are the table's detail lines (单位, 品目), not unknown rows. */
  detailRows?: boolean;
  /**
   * items blocks printed as an outline (苏州 政府采购: 货物 → 单位 → 品目): a line with its label heads the
   * unlabelled lines after it, and the lines between two item rows belong to the first; each head = Σ its lines.
   */
  outline?: boolean;
  /**
   * coded blocks: rows printed by label beside the coded ones (表1 支出's 结转下年, 对附属单位补助支出, 本年支出合计).
   * `adds` says how each enters the 合计: 'current' is a part of 本年支出 as a 类 is, 'carry' a part of the
   * 总计 only (结转下年), 'currentTotal' the sum of the 类 and the 'current' rows (本年支出合计, 一、本年支出).
   */
  labelRows?: LabelRowDef[];
}

export interface LabelRowDef extends ItemRowDef {
  /** 'alt': a part of 本年支出 in a breakdown printed instead of the 类 (长沙 表1: 一、基本支出, 二、项目支出), counted only where no 类 are. */
  adds: 'current' | 'carry' | 'currentTotal' | 'alt';
}

/** Relations that hold inside one table, as data; rules in src/engine/rules read them. */
export type Identity =
  /** On every row of the block: column `target` = Σ columns `parts`. */
  | {
      kind: 'row-sum';
      block: string;
      target: string;
      parts: string[];
      id?: string;
      /**
       * Columns one template adds into the target and another prints beside it as part of the others (表3's
       * 事业单位经营支出: in 杭州's 总计, inside 深圳's 基本支出 and 项目支出). Each table's 合计 line tells which it
       * follows; every row is then held to that.
       */
      optionalParts?: string[];
      /** Run only where the table prints at least this many of the parts (own or derived): one would be the total restated. */
      minParts?: number;
    }
  /**
   * Code hierarchy: 类 = Σ款, 款 = Σ项, 项 = Σ projects, 合计 = Σ类, in every listed column ('*' = all).
   * `scope` limits it to the parents (类 = Σ款 …) or to the total row (合计 = Σ类); both by default.
   */
  | {
      kind: 'hierarchy';
      block: string;
      columns: string[] | '*';
      scope?: 'parents' | 'total';
      id?: string;
      /**
       * The lines listed under each 单位 may leave some out (a 绩效目标表 lists the projects that have goals): a unit's
       * line above the sum of its lines is a 提示, not an error.
       */
      partialListing?: boolean;
    }
  /** Items: row `target` = Σ rows `parts` (op 'eq'), or the parts may not exceed it ('le'), in every column. */
  | {
      kind: 'item-sum';
      block: string;
      target: string;
      parts: string[];
      op: 'eq' | 'le';
      id?: string;
      /** The parts are every row the target can hold (the 类 of 本年支出合计): a part not printed is 0, so the sum stays 'eq'. */
      complete?: boolean;
    }
  /**
   * On every row: column `target` (a percent column) = (this year's `of` − last year's) ÷ last year's × 100, to the decimals
   * printed; last year's is the row's own (上年决算数 column, the year before's line). 施甸 增、减幅度, 衢江 增减%.
   */
  | { kind: 'rate'; block: string; target: string; of: string; id?: string }
  /** Two totals that must agree: 收入总计 = 支出总计. */
  | { kind: 'balance'; left: CellSelector; right: CellSelector; label: string; id?: string }
  /**
   * On the total row, column `col` = Σ column `source` over the listed 类 (or over every 类 but the listed):
   * 表6's 人员经费 = 301 + 303, 公用经费 = the other 类.
   */
  | { kind: 'class-column'; block: string; col: string; source: string; classes: string[] | { except: string[] }; classesLabel: string; id?: string };

/*
 * `id` on an identity: the rule id its findings are reported under (决算: 'J-07' as juesuan.md numbers it).
 * Identities without one are reported by the generic rule of their kind (row-sum, item-sum …).
 */

/** Selects one amount of one table: a row (by item role, by code, or 'total') in a column. */
export interface CellSelector {
  table?: string;
  block?: string;
  /** 'total' for the total row, an item role, or a code like '30217'. */
  row: string;
  col: string;
}

export interface TableDefinition {
  /** Stable id: 'T1' … 'T10' in the national set; variants use their own ids. */
  id: string;
  /** The number printed as 表N; 0 for a table a region adds and numbers its own way (政府采购预算表). */
  number: number;
  /** How findings name a table without a number ("政府采购预算表"); numbered tables are 表N. */
  name?: string;
  /** Canonical title. */
  title: string;
  /** Other titles in use; matched as substrings of the title cell, longest match wins. */
  aliases: string[];
  /**
   * What a title says, for titles no alias lists ("2026年预算单位财务收支预算总表"): every group has one of
   * its words in the title, and none of `none` appears. Words are compared after normalizeLabel.
   */
  titleWords?: { all: string[][]; none?: string[] };
  /** Header texts that, found together, identify the table when its title row is missing. */
  signature: string[];
  blocks: BlockDef[];
  identities: Identity[];
  /** The funding this table reports, for 为空表 notes: 'gov-fund' → "没有使用政府性基金预算拨款安排的支出". */
  emptyNoteSubject?: string;
  /** Required in the profile's completeness check. */
  required: boolean;
  /** A table read and shown but not checked, and why (no published layout to hold relations to): the check notes say it. */
  unchecked?: string;
  /**
   * Tables this one stands in for where a region publishes it instead (深圳's 一般公共预算支出表（按经济分类）
   * holds 表6's 基本支出 by 经济科目): found, they are not reported missing.
   */
  covers?: string[];
}

/**
 * A relation that holds only when a table's printed title says what it covers: 表7 "一般公共预算项目支出" is
 * compared with 表5, a 项目支出总表 of all funds with 表3.
 */
export interface TitleCondition {
  table: string;
  /** The title holds one of these words (a table found without its title counts as the national one). */
  has?: string[];
  /** The title holds none of these words. */
  lacks?: string[];
}

/** A cross-table relation: Σ left terms op Σ right terms. */
export type CrossRelation = ({ when?: TitleCondition } & (
  | {
      kind: 'cells';
      id: string;
      /** The rule id findings are reported under, shared by several relations ('J-24' for each 类); default 'cross-table/<id>'. */
      ruleId?: string;
      /** 'warning' for a heuristic relation (经济分类 ↔ 功能分类): 提示 only. */
      severity?: 'error' | 'warning';
      left: CellSelector[];
      right: CellSelector[];
      op: 'eq' | 'le';
      description: string;
    }
  | {
      /** Row by row, matched on code at the given levels: left table's column = right table's column. */
      kind: 'by-code';
      id: string;
      ruleId?: string;
      severity?: 'error' | 'warning';
      /** A column, or several whose sum is compared. */
      left: { table: string; block?: string; col: string | string[] };
      right: { table: string; block?: string; col: string | string[] };
      levels: Array<'class' | 'kuan' | 'xiang' | 'total'>;
      op: 'eq' | 'le';
      description: string;
    }
));

/** A set of tables one region publishes, with the relations between them. */
export interface Profile {
  id: string;
  name: string;
  /** 部门预算公开 or 部门决算公开; a profile without it is a 预算 set. */
  kind?: '预算' | '决算';
  tables: TableDefinition[];
  relations: CrossRelation[];
}
