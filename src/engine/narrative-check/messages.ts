/** Every sentence the narrative checker writes. {name} is filled by fillTemplate. */
export const CHECK_MESSAGES = {
  mismatch: '{where}「{subject}」{what}：文中为{stated}，按公开表应为{expected}{how}。',
  direction: '{where}「{subject}」{what}：文中写“{word}”，按公开表实际为{actual}{how}。',
  how: '（{formula}）',
  shareRounding: '（{formula}，直接四舍五入为{plain}，按最大余数法为{final}）',
} as const;

export const FIGURE_WORDS = {
  amount: '金额',
  share: '占比',
  change: '增减额',
  rate: '增减率',
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
  other: '其他重要事项',
};
