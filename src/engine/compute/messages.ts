import type { WordingStyle } from '../settings';

/**
 * Every Chinese fragment the compute layer writes, in one place. {{name}} marks a value filled by
 * fillTemplate; a fragment never ends with 。 or ；, the narrative generator punctuates.
 */

/** Left where the clerk has not yet written why an amount changed; a rule finds it before publishing. */
export const REASON_PLACEHOLDER = '【待填写：变动原因】';

export const COMMON_MESSAGES = {
  /** "4698.73万元" */
  amount: '{{amount}}万元',
  /** "占45.47%" */
  share: '占{{percent}}%',
  /** "2023年预算数为3.9万元" (004 and 000, 一般公共预算当年拨款具体使用情况) */
  budgetAmount: '{{year}}年预算数为{{amount}}万元',
  /** "一般公共预算2786.73万元" */
  namedAmount: '{{name}}{{amount}}万元',
} as const;

/** The rates the seeds state as conventions, written without decimals: 增长100%, 增长0%. */
export const CONVENTIONAL_RATES = { full: '100', none: '0' } as const;

export interface ChangeMessages {
  /** What this year is compared with, when the budget year is not given or the style never names it. */
  basis: { budget: string; 'budget-amount': string; final: string };
  /** The same with the prior year named ({{priorYear}}); absent when the style never names it. */
  basisWithYear?: { budget: string; 'budget-amount': string; final: string };
  /** Opens a change stated with its amount: "比上年预算". */
  lead: string;
  /** Opens a change stated by its rate alone. */
  rateOnlyLead: string;
  increaseAmount: string;
  decreaseAmount: string;
  increaseRate: string;
  decreaseRate: string;
  /** Last year 0, setting 'not-comparable'. */
  notComparable: string;
  /** Between the amount clause and the rate clause. */
  clauseSeparator: string;
  /** Equal amounts, setting 'chiping'. */
  same: string;
  /** Both years 0, setting 'chiping'. */
  bothZero: string;
  /** Appended after the change: the clerk's reason or REASON_PLACEHOLDER. */
  reason: string;
}

export const CHANGE_MESSAGES: Record<WordingStyle, ChangeMessages> = {
  /** 昌吉州自然资源局 2023 (seed 004): "比上年预算增加1589.58万元，增长132.80%，主要原因是项目经费安排较上年增加" */
  changji: {
    basis: { budget: '上年预算', 'budget-amount': '上年预算数', final: '上年度' },
    lead: '比{{basis}}',
    rateOnlyLead: '比{{basis}}',
    increaseAmount: '增加{{change}}万元',
    decreaseAmount: '减少{{change}}万元',
    increaseRate: '增长{{rate}}%',
    decreaseRate: '下降{{rate}}%',
    notComparable: '上年无该预算，增长率无可比性',
    clauseSeparator: '，',
    same: '与{{basis}}持平',
    bothZero: '与{{basis}}持平',
    reason: '，主要原因是：{{reason}}',
  },
  /** 昭化区 2023 (seed 000): "比2022年预算减少23.38万元，下降23%", "与2022年预算相比持平。预算均为0万元" */
  zhaohua: {
    basis: { budget: '上年预算', 'budget-amount': '上年预算数', final: '上年度' },
    basisWithYear: { budget: '{{priorYear}}年预算', 'budget-amount': '{{priorYear}}年预算数', final: '{{priorYear}}年度' },
    lead: '比{{basis}}',
    rateOnlyLead: '与{{basis}}相比',
    increaseAmount: '增加{{change}}万元',
    decreaseAmount: '减少{{change}}万元',
    increaseRate: '增长{{rate}}%',
    decreaseRate: '下降{{rate}}%',
    notComparable: '上年无该预算，增长率无可比性',
    clauseSeparator: '，',
    same: '与{{basis}}相比持平',
    bothZero: '与{{basis}}相比持平。预算均为0万元',
    reason: '，主要原因是{{reason}}',
  },
};

/** 决算 compares with last year's 决算, named by its year in every style: "比2023年度减少56.95万元" (普陀财政局 2024). */
export const FINAL_BASIS_WITH_YEAR = '{{priorYear}}年度';

/** Words a clerk's reason may already start or end with, removed so they are not written twice. */
export const REASON_LEAD_IN = /^(主要(增加|减少|增长|下降)?原因(是|为)?)[:：]?/;
export const REASON_TRAILING_PUNCTUATION = /[。；;，,.\s\u3000]+$/;
