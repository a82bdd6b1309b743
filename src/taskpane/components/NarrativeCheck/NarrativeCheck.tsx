import {
  Body1,
  Button,
  Caption1,
  CounterBadge,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Textarea,
  mergeClasses,
} from '@fluentui/react-components';
import type { NarrativeCheckFinding, NarrativeCheckReport } from '../../../app/narrative-check-report';
import { S, clockTime } from '../../strings';
import { EmptyState } from '../EmptyState';
import { useNarrativeCheckStyles } from './NarrativeCheck.styles';

/** What the clerk asks to check: a sheet ('' = the 情况说明 sheet found by its name) or the pasted text. */
export interface NarrativeCheckInputState {
  kind: 'sheet' | 'text';
  sheet: string;
  text: string;
}

export interface NarrativeCheckProps {
  input: NarrativeCheckInputState;
  /** The workbook's sheets to choose from; empty before the workbook was first read. */
  sheetNames: string[];
  /** The last 核对 result; undefined before the first run. */
  report?: NarrativeCheckReport;
  /** An action is running (the button is disabled). Default false. */
  busy?: boolean;
  /** Id of the finding last clicked; highlighted. */
  selectedId?: string;
  onInput: (input: Partial<NarrativeCheckInputState>) => void;
  onCheck: () => void;
  /** A click on a finding: 'table' selects its table cells (or, without any, the sentence's cell); 'sentence' the sentence's cell. */
  onSelect: (finding: NarrativeCheckFinding, where: 'table' | 'sentence') => void;
}

/** 核对情况说明: a sheet's text or a pasted one against the tables; each finding selects its cells. */
export function NarrativeCheck({ input, sheetNames, report, busy = false, selectedId, onInput, onCheck, onSelect }: NarrativeCheckProps) {
  const styles = useNarrativeCheckStyles();
  const names = input.sheet && !sheetNames.includes(input.sheet) ? [input.sheet, ...sheetNames] : sheetNames;
  return (
    <div className={styles.root} data-testid="narrative-check">
      <Subtitle2>{S.check.title}</Subtitle2>
      <Body1 className={styles.intro}>{S.check.intro}</Body1>
      <Field label={S.check.sourceLabel}>
        <RadioGroup layout="horizontal" value={input.kind} onChange={(_e, d) => onInput({ kind: d.value as 'sheet' | 'text' })}>
          <Radio value="sheet" label={S.check.sourceOptions.sheet} />
          <Radio value="text" label={S.check.sourceOptions.text} />
        </RadioGroup>
      </Field>
      {input.kind === 'sheet' ? (
        <Field label={S.check.sheetLabel}>
          <Select value={input.sheet} onChange={(_e, d) => onInput({ sheet: d.value })} data-testid="check-sheet">
            <option value="">{S.check.sheetAuto}</option>
            {names.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Field label={S.check.textLabel}>
          <Textarea
            className={styles.text}
            value={input.text}
            placeholder={S.check.textPlaceholder}
            resize="vertical"
            onChange={(_e, d) => onInput({ text: d.value })}
            data-testid="check-text"
          />
        </Field>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={onCheck} data-action="check-narrative">
          {S.check.run}
        </Button>
      </div>
      {report && <CheckResult report={report} selectedId={selectedId} onSelect={onSelect} />}
    </div>
  );
}

function CheckResult({ report, selectedId, onSelect }: { report: NarrativeCheckReport; selectedId?: string; onSelect: NarrativeCheckProps['onSelect'] }) {
  const styles = useNarrativeCheckStyles();
  const from = report.source.kind === 'sheet' ? S.check.fromSheet(report.source.sheet) : S.check.fromText;
  return (
    <div className={styles.root} data-testid="narrative-check-result" data-source={report.source.kind}>
      <Caption1 className={styles.meta}>
        {S.check.checkedAt(clockTime(report.at))} · {from} · {S.check.numbers(report.numbers, report.checked)}
        {report.findings.length > 0 && ` · ${S.findings.summary(report.counts.error, report.counts.warning)}`}
      </Caption1>
      {report.prior === 'none' && (
        <MessageBar intent="info">
          <MessageBarBody>{S.check.noPrior}</MessageBarBody>
        </MessageBar>
      )}
      {report.findings.length === 0 && <EmptyState tone="success" title={S.check.noneTitle} body={S.check.noneBody} />}
      {(['error', 'warning'] as const).map((severity) => {
        const list = report.findings.filter((f) => f.severity === severity);
        if (!list.length) return null;
        return (
          <section key={severity} className={styles.severity} data-severity={severity}>
            <div className={styles.severityHeader}>
              <Subtitle2>{S.findings.severity[severity]}</Subtitle2>
              <CounterBadge count={list.length} color={severity === 'error' ? 'danger' : 'informative'} overflowCount={999} />
            </div>
            <ul className={styles.list}>
              {list.map((f) => (
                <li key={f.id} className={styles.item}>
                  <CheckCard finding={f} selected={f.id === selectedId} onSelect={onSelect} />
                  {f.sentenceCell && (
                    <Button appearance="subtle" size="small" onClick={() => onSelect(f, 'sentence')} data-action="locate-sentence" data-sentence-cell={f.sentenceCell}>
                      {S.check.locateSentence(f.sentenceCell)}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {report.unchecked.length > 0 && (
        <div className={styles.severity}>
          <Subtitle2>{S.check.uncheckedTitle(report.unchecked.length)}</Subtitle2>
          <ul className={styles.unchecked}>
            {report.unchecked.map((m, i) => (
              <li key={i}>
                <Caption1>
                  {S.check.line(m.line)} {m.text}：{m.reason}
                </Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function CheckCard({ finding: f, selected, onSelect }: { finding: NarrativeCheckFinding; selected: boolean; onSelect: NarrativeCheckProps['onSelect'] }) {
  const styles = useNarrativeCheckStyles();
  const clickable = !!(f.select ?? f.sentenceSelect);
  return (
    <button
      type="button"
      className={mergeClasses(styles.card, f.severity === 'error' ? styles.error : styles.warning, selected && styles.selected)}
      onClick={() => onSelect(f, 'table')}
      aria-pressed={selected}
      title={clickable ? S.findings.selectHint : undefined}
      data-check-finding-id={f.id}
      data-rule={f.ruleId}
      data-target={f.cells[0] ?? ''}
    >
      <span className={styles.where}>
        {f.sentenceCell ?? S.check.line(f.line)}
        {f.section && ` · ${f.section}`}
      </span>
      <span className={styles.message}>{f.message}</span>
      <span className={styles.sentence}>
        {S.check.sentence}：「{f.sentence}」
      </span>
      {(f.stated !== undefined || f.expected !== undefined) && (
        <span className={styles.fix}>
          {f.stated !== undefined && f.stated !== '' && (
            <span>
              {S.check.stated} <span className={styles.stated}>{f.stated}</span>
            </span>
          )}
          {f.expected !== undefined && f.expected !== '' && (
            <span>
              {S.check.expected} <span className={styles.expected}>{f.expected}</span>
            </span>
          )}
        </span>
      )}
      <span className={styles.footer}>
        {f.rule}
        {f.cells.length > 0 && ` · ${S.check.cells} ${f.cells.slice(0, 3).join('、')}`}
      </span>
    </button>
  );
}
