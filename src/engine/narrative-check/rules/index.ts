import type { NarrativeRule } from '../rule-types';
import { basicItems } from './basic-items';
import { completionBase } from './completion-base';
import { itemWording } from './item-wording';
import { procurementSme } from './procurement-sme';
import { directionWords } from './direction-words';
import { emptyTableSentence } from './empty-table-sentence';
import { partsSum } from './parts-sum';
import { percentSign } from './percent-sign';
import { rateArithmetic } from './rate-arithmetic';
import { reasonEmpty } from './reason-empty';
import { repeatedWord } from './repeated-word';
import { sameFigure } from './same-figure';
import { requiredSections } from './required-sections';
import { sharesSum } from './shares-sum';
import { templateLeftover } from './template-leftover';
import { threePublic } from './three-public';
import { threePublicChanges } from './three-public-changes';
import { unitYuan } from './unit-yuan';
import { unknownName } from './unknown-name';
import { year } from './year';
import { zeroBaseRate } from './zero-base-rate';

/** Every check of the narrative's own text, in the order their findings are listed. */
export const NARRATIVE_RULES: NarrativeRule[] = [
  rateArithmetic,
  zeroBaseRate,
  directionWords,
  partsSum,
  sharesSum,
  sameFigure,
  percentSign,
  unitYuan,
  templateLeftover,
  reasonEmpty,
  year,
  repeatedWord,
  emptyTableSentence,
  threePublic,
  threePublicChanges,
  requiredSections,
  unknownName,
  // 决算 (juesuan.md J-N): they read 决算 tables and wording only, and stay silent on a 预算.
  completionBase,
  basicItems,
  itemWording,
  procurementSme,
];
