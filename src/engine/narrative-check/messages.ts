/** Every sentence the narrative checker writes. {{name}} is filled by fillTemplate. */
export const CHECK_MESSAGES = {
  mismatch: '{{where}}「{{subject}}」{{what}}：文中为{{stated}}，按公开表应为{{expected}}{{how}}。',
  direction: '{{where}}「{{subject}}」{{what}}：文中写“{{word}}”，按公开表实际为{{actual}}{{how}}。',
  how: '（{{formula}}）',
  shareRounding: '（{{formula}}，直接四舍五入为{{plain}}，按最大余数法为{{final}}）',
} as const;

/** What the table comparison checks, worded like the rules' descriptions. */
export const TABLE_FIGURE_DESCRIPTION = '文中的金额、占比、增减额和增减率应与公开表一致';

export const FIGURE_WORDS = {
  amount: '金额',
  share: '占比',
  change: '增减额',
  rate: '增减率',
  budget: '预算数',
  completion: '完成预算的比例',
} as const;

export const SECTION_NAMES: Record<string, string> = {
  functions: '基本职能',
  units: '单位构成',
  overview: '收支预算总体情况',
  income: '收入预算',
  expense: '支出预算',
  fiscal: '财政拨款收支',
  gpb: '一般公共预算当年拨款',
  basic: '一般公共预算基本支出',
  projects: '项目支出',
  govFund: '政府性基金预算',
  soe: '国有资本经营预算',
  threePublic: '“三公”经费',
  performance: '预算绩效管理',
  other: '其他重要事项',
};

/** Why a number was left unchecked, as the report lists it. */
export const UNCHECKED_REASONS = {
  threshold: '金额界限（如“50万元以上”），不是预算数',
  reason: '经办人所写原因或用途中的数字，公开表中没有',
  clerk: '经办人填写的项目资料（资金分配等）中的数字，未能与合计核对',
  assets: '国有资产占用情况，公开表中没有，只有经办人掌握',
  performance: '绩效目标情况，公开表中没有，只有经办人掌握',
  noPrior: '未提供上年数，文中也没有同句的本年数，增减无法核对',
  zeroInTables: '公开表中此项为0或为空（可能未识别到该表或该列），未核对',
  kind: '公开表中有此项，但没有这一种数字（如该项的占比）',
  noSubject: '文中所指的项目在公开表中找不到（名称与表中不同，或为经办人填写的数字）',
  oneOfSeveral: '与公开表中该项目的合计、一般公共预算均不同（可能为另一资金来源的数字），未判断',
} as const;
