import { Body1, Button, Caption1, Checkbox, Field, Input, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { FILL_KINDS, columnName, type FillChoice, type FillKind, type FillPlan } from '../../../app/fill';
import { columnIndex } from '../../../engine';
import { S } from '../../strings';
import { useFillPanelStyles } from './FillPanel.styles';

export interface FillPanelProps {
  /** The planned fill; undefined until the clerk asks for it (or after the workbook changed). */
  plan?: FillPlan;
  /** An action is running: buttons disabled. Default false. */
  busy?: boolean;
  /** Reads the workbook and plans the fill. */
  onPlan: () => void;
  /** Writes what the clerk chose. */
  onFill: (choice: FillChoice) => void;
}

const COLUMN = /^[A-Za-z]{1,3}$/;

function firstColumn(cols: Partial<Record<FillKind, number>>): number | undefined {
  const list = Object.values(cols).filter((c): c is number => c !== undefined);
  return list.length ? Math.min(...list) : undefined;
}

/** 填充占比/同比: which kinds, which tables, starting at which column; then one undoable write. */
export function FillPanel({ plan, busy = false, onPlan, onFill }: FillPanelProps) {
  const styles = useFillPanelStyles();
  const available = useMemo(() => new Set(plan?.tables.flatMap((t) => Object.keys(t.cells) as FillKind[]) ?? []), [plan]);
  const [kinds, setKinds] = useState<Record<FillKind, boolean>>({ prior: true, change: true, rate: true, share: true });
  const [include, setInclude] = useState<Record<string, boolean>>({});
  const [start, setStart] = useState<Record<string, string>>({});

  useEffect(() => {
    setInclude({});
    setStart(Object.fromEntries((plan?.tables ?? []).map((t) => [t.id, columnName(firstColumn(t.columns))])));
  }, [plan]);

  if (!plan) {
    return (
      <div className={styles.root} data-testid="fill">
        <Body1 className={styles.intro}>{S.fill.intro}</Body1>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy} onClick={onPlan} data-action="fill-plan">
            {S.fill.plan}
          </Button>
        </div>
      </div>
    );
  }

  const invalid = plan.tables.filter((t) => !COLUMN.test((start[t.id] ?? '').trim())).map((t) => t.id);
  const choice: FillChoice = {
    kinds,
    tables: Object.fromEntries(
      plan.tables.map((t) => {
        const planned = columnName(firstColumn(t.columns));
        const typed = (start[t.id] ?? planned).trim().toUpperCase();
        const moved = typed !== planned && COLUMN.test(typed) ? { startCol: columnIndex(typed) } : {};
        return [t.id, { include: include[t.id] ?? true, ...moved }];
      }),
    ),
  };
  const chosen = plan.tables.filter((t) => choice.tables[t.id].include);
  const cells = chosen.reduce((n, t) => n + FILL_KINDS.reduce((m, k) => m + (kinds[k] ? t.cells[k] ?? 0 : 0), 0), 0);

  return (
    <div className={styles.root} data-testid="fill">
      <Body1 className={styles.intro}>{S.fill.intro}</Body1>
      {plan.prior.source === 'none' && (
        <MessageBar intent="info">
          <MessageBarBody>{plan.prior.note ?? S.fill.noPrior}</MessageBarBody>
        </MessageBar>
      )}
      {plan.prior.source === 'workbook' && plan.prior.name && <Caption1>{S.fill.priorFrom(plan.prior.name)}</Caption1>}
      {plan.prior.source === 'columns' && <Caption1>{S.fill.priorColumns}</Caption1>}
      {plan.tables.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{S.fill.noTargets}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Subtitle2>{S.fill.kinds}</Subtitle2>
          <div className={styles.kinds}>
            {FILL_KINDS.filter((k) => available.has(k)).map((k) => (
              <Checkbox
                key={k}
                label={S.fill.kindLabels[k]}
                checked={kinds[k]}
                onChange={(_e, d) => setKinds((x) => ({ ...x, [k]: Boolean(d.checked) }))}
                data-fill-kind={k}
              />
            ))}
          </div>
          <Subtitle2>{S.fill.tablesLabel}</Subtitle2>
          <div className={styles.tables}>
            {plan.tables.map((t) => (
              <div key={t.id} className={styles.tableRow} data-fill-table={t.id}>
                <div>
                  <Checkbox
                    label={`表${t.number} ${t.title}`}
                    checked={include[t.id] ?? true}
                    onChange={(_e, d) => setInclude((x) => ({ ...x, [t.id]: Boolean(d.checked) }))}
                  />
                  <Caption1 className={styles.hint}>
                    {S.fill.columnsHint(
                      FILL_KINDS.filter((k) => t.columns[k] !== undefined)
                        .map((k) => `${S.fill.kindLabels[k]}→${columnName(t.columns[k])}`)
                        .join('，'),
                    )}
                  </Caption1>
                </div>
                <Field
                  validationState={invalid.includes(t.id) ? 'error' : 'none'}
                  validationMessage={invalid.includes(t.id) ? S.fill.columnInvalid : undefined}
                >
                  <Input
                    className={styles.column}
                    aria-label={S.fill.startCol(`表${t.number}`)}
                    value={start[t.id] ?? ''}
                    onChange={(_e, d) => setStart((x) => ({ ...x, [t.id]: d.value }))}
                    data-fill-start={t.id}
                  />
                </Field>
              </div>
            ))}
          </div>
          <Caption1 className={styles.preview}>{cells > 0 ? S.fill.preview(cells, chosen.length) : S.fill.nothing}</Caption1>
        </>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || cells === 0 || invalid.some((id) => choice.tables[id]?.include)}
          onClick={() => onFill(choice)}
          data-action="fill-run"
        >
          {S.fill.run}
        </Button>
        <Button disabled={busy} onClick={onPlan}>
          {S.fill.replan}
        </Button>
      </div>
    </div>
  );
}
