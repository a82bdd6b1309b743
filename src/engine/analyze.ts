import { isUnplacedLine } from './model/query';
import type { Finding } from './findings';
import { normalizeLabel } from './grid/text';
import type { WorkbookGrid } from './grid/types';
import { prepareWorkbook, recognizeWorkbook, type PreparedWorkbook } from './recognize/recognize';
import type { Recognition, RecognitionIssue, RecognizedTable } from './recognize/types';
import { rulesFor } from './rules/registry';
import { runRules } from './runner/run-rules';
import type { SkippedCheck } from './rules/types';
import { resolveSettings, type Settings } from './settings';
import { readAcross } from './tables/juesuan/read-across';
import { allProfiles, getProfile, profileKind } from './tables/registry';
import type { Profile } from './tables/types';

export type PublicationKind = '预算' | '决算';

/** Which profile the workbook was read with, and why. */
export interface ProfileChoice {
  /** True when settings.profile (or --profile) named it; false when chosen from what the workbook holds. */
  forced: boolean;
  /** Why, in one Chinese sentence. */
  reason: string;
  /** What the workbook itself says it is (决算表 titles, 决算数 headers, 结转结余 rows), when it says anything. */
  evidence: { kind?: PublicationKind; juesuan: number; yusuan: number };
  /** Every profile tried, best first. */
  candidates: Array<{ id: string; name: string; kind: PublicationKind; tables: number; columns: number; unknownRows: number; numbersAgree: number; numbersDiffer: number }>;
}

export interface Analysis {
  /** The workbook read: its sheets (for what the clerk wrote beside the tables) and its file name as the host knows it (for the budget year when no title states it). */
  workbook: WorkbookGrid;
  profile: Profile;
  /** 部门预算公开 or 部门决算公开: the kind of the profile the workbook was read with. */
  kind: PublicationKind;
  profileChoice: ProfileChoice;
  settings: Settings;
  tables: RecognizedTable[];
  issues: RecognitionIssue[];
  findings: Finding[];
  /** Checks that stood aside, each with its reason. */
  skipped: SkippedCheck[];
}

/** Recognizes the workbook's tables with one profile (决算 “三公” printed across included). */
export function recognizeWithProfile(workbook: WorkbookGrid, profile: Profile, prepared?: PreparedWorkbook): Recognition {
  const recognition = recognizeWorkbook(workbook, profile, prepared);
  return profileKind(profile) === '决算' ? readAcross(workbook, recognition) : recognition;
}

const JUESUAN_TITLE = /决算(总|明细)?表(\(|$)/;
const YUSUAN_TITLE = /预算(总|明细)?表(\(|$)|情况表(\(|$)/;
/** Columns and rows only a 决算 prints (juesuan.md §1: telling 决算 from 预算). */
const JUESUAN_LABELS = new Set(['决算数', '年初结转和结余', '年末结转和结余', '结余分配', '年初财政拨款结转和结余', '年末财政拨款结转和结余']);

/** What one cell's text tells: 决算 evidence as a positive weight, 预算 as a negative one, 0 for neither. */
function evidenceOf(v: string): number {
  let w = EVIDENCE_CACHE.get(v);
  if (w === undefined) {
    if (EVIDENCE_CACHE.size > 100_000) EVIDENCE_CACHE.clear();
    w = 0;
    const t = normalizeLabel(v).replace(/^附?表\d+([-—]\d+)?/, '').replace(/^[一二三四五六七八九十]+、/, '');
    if (t.length < 2 || t.length > 60) w = 0;
    else if (JUESUAN_LABELS.has(t)) w = 1;
    else if (/决算/.test(t) && JUESUAN_TITLE.test(t)) w = 3;
    else if (!/决算/.test(t) && YUSUAN_TITLE.test(t) && /预算|收支|收入|支出|三公/.test(t)) w = -3;
    EVIDENCE_CACHE.set(v, w);
  }
  return w;
}

/** Cell texts repeat across rows and workbooks: each distinct one is read for evidence once. */
const EVIDENCE_CACHE = new Map<string, number>();

/** Counts what tells a 决算 from a 预算 in the workbook's cells: titles, 决算数 headers, 结转结余 rows. */
export function publicationEvidence(workbook: WorkbookGrid): ProfileChoice['evidence'] {
  let juesuan = 0;
  let yusuan = 0;
  for (const sheet of workbook.sheets) {
    const name = normalizeLabel(sheet.name);
    if (JUESUAN_TITLE.test(name)) juesuan++;
    for (const row of sheet.cells) {
      if (!row) continue;
      for (const v of row) {
        if (typeof v !== 'string' || v.length > 80) continue;
        const w = evidenceOf(v);
        if (w > 0) juesuan += w;
        else yusuan -= w;
      }
    }
  }
  const kind: PublicationKind | undefined = juesuan > yusuan ? '决算' : yusuan > juesuan ? '预算' : undefined;
  return { kind, juesuan, yusuan };
}

type Candidate = ProfileChoice['candidates'][number] & { profile: Profile; recognition: Recognition; score: number };

function measure(profile: Profile, recognition: Recognition): Candidate {
  let columns = 0;
  let unknownRows = 0;
  let numbersAgree = 0;
  let numbersDiffer = 0;
  for (const t of recognition.tables) {
    for (const b of t.blocks) {
      columns += b.columns.length;
      unknownRows += b.rows.filter((r) => isUnplacedLine(r) && Object.values(r.amounts).some((a) => !a.blank)).length;
    }
    if (t.printedNumber !== undefined && t.def.number > 0) {
      if (t.printedNumber === t.def.number) numbersAgree++;
      else numbersDiffer++;
    }
  }
  const tables = recognition.tables.length;
  return {
    id: profile.id,
    name: profile.name,
    kind: profileKind(profile),
    tables,
    columns,
    unknownRows,
    numbersAgree,
    numbersDiffer,
    profile,
    recognition,
    score: tables * 1000 + numbersAgree * 40 - numbersDiffer * 40 + columns * 10 - unknownRows * 3,
  };
}

function evidenceSentence(kind: PublicationKind, e: ProfileChoice['evidence'], other: Candidate | undefined): string {
  const held =
    kind === '决算'
      ? e.juesuan > 0 ? `工作簿中有决算表标题、“决算数”栏或结转结余行（${e.juesuan}处）` : '工作簿中的表按决算表识别'
      : e.yusuan > 0 ? '工作簿的表标题为预算表' : '工作簿中的表按预算表识别';
  const vs = other ? `，按${other.kind}表只识别到${other.tables}张` : '';
  return `${held}${vs}，判定为部门${kind}`;
}

/**
 * A sheet the national set found no table on whose first lines give the title of a table only a regional set has
 * (江西 国有资产占用情况表): the national set does not explain the workbook, however complete it is.
 */
function titlesOnlyVariantsKnow(prepared: PreparedWorkbook, base: Candidate, profiles: Profile[]): boolean {
  const own = new Set(base.profile.tables.map((t) => t.id));
  const extra = profiles
    .filter((p) => profileKind(p) === base.kind && p !== base.profile)
    .flatMap((p) => p.tables.filter((t) => !own.has(t.id)))
    .flatMap((t) => t.aliases.map(normalizeLabel));
  if (extra.length === 0) return false;
  const used = new Set(base.recognition.tables.map((t) => t.sheet));
  // The views' labels are normalized once per analysis, for every profile's recognition alike.
  return prepared.views.some((view) => {
    if (used.has(view.name)) return false;
    for (let r = view.top; r <= Math.min(view.bottom, view.top + 4); r++)
      for (let c = view.left; c <= Math.min(view.right, view.left + 9); c++) {
        const text = view.labelAt(r, c);
        if (text.length >= 4 && extra.some((alias) => text.includes(alias))) return true;
      }
    return false;
  });
}

function chooseProfile(workbook: WorkbookGrid): { chosen: Candidate; choice: ProfileChoice } {
  const evidence = publicationEvidence(workbook);
  const profiles = allProfiles();
  const prepared = prepareWorkbook(workbook);
  const rank = (list: Candidate[]) =>
    list
      .map((c) => ({ c, i: profiles.indexOf(c.profile), bonus: evidence.kind === c.kind ? 500 : 0 }))
      .sort((a, b) => b.c.score + b.bonus - (a.c.score + a.bonus) || a.i - b.i)
      .map((x) => x.c);
  // The first profile of each kind (the national sets) tells 预算 from 决算: a 预算 definition never takes a
  // 决算 title, nor the reverse; what the workbook holds (决算数, 结转结余) breaks a tie.
  const kinds = [...new Set(profiles.map(profileKind))];
  const bases = kinds.map((k) => profiles.find((p) => profileKind(p) === k)!).map((p) => measure(p, recognizeWithProfile(workbook, p, prepared)));
  const base = rank(bases)[0];
  // The national set usually explains the workbook fully: every required table found, every printed 表N agreeing,
  // no row unread. Only when it does not are the regional variants of its kind tried.
  const found = new Set(base.recognition.tables.map((t) => t.def.id));
  const complete =
    base.profile.tables.every((t) => !t.required || found.has(t.id)) && base.numbersDiffer === 0 && base.unknownRows === 0 &&
    !titlesOnlyVariantsKnow(prepared, base, profiles);
  const variants = complete ? [] : profiles.filter((p) => profileKind(p) === base.kind && p !== base.profile).map((p) => measure(p, recognizeWithProfile(workbook, p, prepared)));
  const ranked = rank([...bases, ...variants]);
  const chosen = ranked[0];
  const parts = [`${chosen.tables}张表`, `${chosen.columns}列金额对应到表定义`];
  if (chosen.numbersAgree) parts.push(`${chosen.numbersAgree}张表的表号与配置一致`);
  if (chosen.unknownRows) parts.push(`${chosen.unknownRows}行未能识别`);
  const runner = ranked.find((c) => c !== chosen && c.kind === chosen.kind);
  let versus = complete ? `，应有的表都已识别、没有表号不符或未识别的行，未再比较其他${chosen.kind}配置` : '';
  if (runner) {
    if (runner.tables < chosen.tables) versus = `；其他配置识别到的表更少（如“${runner.name}”${runner.tables}张）`;
    else if (runner.numbersDiffer > chosen.numbersDiffer) versus = `；“${runner.name}”也识别到${runner.tables}张表，但表号与工作簿不符`;
    else if (runner.score < chosen.score) versus = `；“${runner.name}”对应到的列或识别出的行更少`;
    else versus = `；“${runner.name}”识别结果相同，按默认顺序选用前者`;
  }
  const otherKind = rank(bases.filter((b) => b.kind !== chosen.kind))[0];
  const reason = chosen.tables
    ? `自动选用“${chosen.name}”：${evidenceSentence(chosen.kind, evidence, otherKind)}；按此配置识别到${parts.join('、')}${versus}。`
    : `没有一种公开表配置能识别出工作簿中的表，按“${chosen.name}”报告。`;
  return {
    chosen,
    choice: {
      forced: false,
      reason,
      evidence,
      candidates: ranked.map(({ profile: _p, recognition: _r, score: _s, ...c }) => c),
    },
  };
}

/**
 * Recognizes every table of the workbook and validates them: the one call every host makes. Without a profile in
 * the options (or with 'auto'), every registered profile of the workbook's kind is tried and the one that explains
 * it best is kept; recognition is cheap, and the rules run once, for that profile only.
 */
export function analyzeWorkbook(workbook: WorkbookGrid, options?: Partial<Settings>): Analysis {
  const settings = resolveSettings(options);
  const named = options?.profile && options.profile !== 'auto' ? options.profile : undefined;
  let profile: Profile;
  let recognition: Recognition;
  let profileChoice: ProfileChoice;
  if (named) {
    profile = getProfile(named);
    recognition = recognizeWithProfile(workbook, profile);
    profileChoice = {
      forced: true,
      reason: `按设置使用“${profile.name}”（部门${profileKind(profile)}公开）。`,
      evidence: publicationEvidence(workbook),
      candidates: [measure(profile, recognition)].map(({ profile: _p, recognition: _r, score: _s, ...c }) => c),
    };
  } else {
    const { chosen, choice } = chooseProfile(workbook);
    profile = chosen.profile;
    recognition = chosen.recognition;
    profileChoice = choice;
  }
  const finalSettings = { ...settings, profile: profile.id };
  const { tables, issues } = recognition;
  const kind = profileKind(profile);
  if (kind === '决算') for (const i of issues) if (i.kind === 'no-table') i.message = '未在工作簿中找到可识别的部门预算或决算公开表：请检查表标题和表头是否完整。';
  const skipped: SkippedCheck[] = [];
  const findings = tables.length ? runRules(rulesFor(profile), tables, profile, finalSettings, skipped) : [];
  return { workbook, profile, kind, profileChoice, settings: finalSettings, tables, issues, findings, skipped };
}
