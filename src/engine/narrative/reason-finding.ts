import type { YearOverYear } from '../compute/yoy';
import { formatAmount, formatPercent } from '../compute/rounding';
import { fillTemplate } from '../compute/template';
import type { Finding } from '../findings';
import type { Settings } from '../settings';
import type { ChangeInput } from './types';

export const REASON_MISSING_RULE = 'narrative/reason-missing';

export const REASON_MISSING_MESSAGES = {
  aboveThreshold:
    '{{label}}比上年{{direction}}{{rate}}%（上年{{prior}}万元，本年{{current}}万元），超过{{threshold}}%，未填写变动原因：请在变动原因列或“变动原因”表中说明。',
  newItem: '{{label}}为本年新增（上年0万元，本年{{current}}万元），未填写变动原因：请在变动原因列或“变动原因”表中说明。',
} as const;

/** A change that needs a reason and has none, naming the row and both years' cells. */
export function reasonMissingFinding(input: ChangeInput, yoy: YearOverYear, settings: Settings): Finding {
  const message =
    yoy.reasonRule === 'new-item'
      ? fillTemplate(REASON_MISSING_MESSAGES.newItem, { label: input.label, current: formatAmount(input.current) })
      : fillTemplate(REASON_MISSING_MESSAGES.aboveThreshold, {
          label: input.label,
          direction: yoy.direction === 'decrease' ? '下降' : '增长',
          rate: formatPercent(yoy.rate!.rounded.abs(), yoy.decimals),
          prior: formatAmount(yoy.prior),
          current: formatAmount(yoy.current),
          threshold: settings.reasonThresholdPercent.toFixed(),
        });
  return {
    ruleId: REASON_MISSING_RULE,
    severity: 'warning',
    message,
    tables: [input.table],
    ...(input.cells[0] ? { target: input.cells[0] } : {}),
    sides: [
      { label: `${input.label}本年`, cells: input.cells, amount: yoy.current },
      { label: `${input.label}上年`, cells: input.priorCells ?? [], amount: yoy.prior },
    ],
    unit: '万元',
    difference: yoy.change,
  };
}
