import { Caption1, CounterBadge, Badge, Subtitle2, mergeClasses } from '@fluentui/react-components';
import { selectionForFinding, type ValidationReport } from '../../../app/report';
import { causeCountText, type CauseJson, type FindingJson } from '../../../engine';
import { S, clockTime } from '../../strings';
import { EmptyState } from '../EmptyState';
import { useFindingsListStyles } from './FindingsList.styles';
import { groupFindings } from './group-findings';

export interface FindingsListProps {
  /** The last 校验 result; undefined before the first run (shows how to start). */
  report?: ValidationReport;
  /** Index in `report.findings` of the finding whose cells are selected in the sheet; highlighted. Default: none. */
  selected?: number;
  /** Called with the finding's index when the clerk clicks it: select its cells. */
  onSelect: (index: number) => void;
}

/** A cause's headline finding, standing for the cause in the groups by severity and table. */
interface Headline {
  severity: FindingJson['severity'];
  tables: string[];
  cause: CauseJson;
  /** Index of the cause in `report.causes`. */
  causeIndex: number;
}

/** 校验 findings by severity and table, each with its amounts and difference; a click selects the cells. */
export function FindingsList({ report, selected, onSelect }: FindingsListProps) {
  const styles = useFindingsListStyles();
  if (!report) return <EmptyState title={S.findings.emptyTitle} body={S.findings.emptyBody} />;
  if (report.tables.length === 0) return <EmptyState tone="warning" title={S.findings.noTablesTitle} body={S.findings.noTablesBody} />;

  const numbers: Record<string, number> = {};
  const names: Record<string, string> = {};
  for (const t of report.tables) {
    numbers[t.id] = t.number || 100;
    names[t.id] = t.name;
  }
  // One card per cause: its headline finding stands for it in the groups; the others fold under it.
  const headlines: Headline[] = report.causes.map((cause, causeIndex) => ({ severity: cause.severity, tables: report.findings[cause.findings[0]].tables, cause, causeIndex }));
  const groups = groupFindings(headlines, numbers, S.findings.otherTables, names);
  const causeCount = causeCountText(report.counts);

  return (
    <div className={styles.root} data-testid="findings">
      <Caption1 className={styles.meta}>
        {S.findings.checkedAt(clockTime(report.at))}
        {report.findings.length > 0 && ` · ${S.findings.summary(report.counts.error, report.counts.warning, causeCount)}`}
      </Caption1>
      {!report.marks.ok && report.marks.message && <Caption1>{S.findings.marksFailed(report.marks.message)}</Caption1>}
      {report.findings.length === 0 && (
        <EmptyState tone="success" title={S.findings.noneTitle} body={S.findings.noneBody(report.tables.length)} />
      )}
      {groups.map((g) => (
        <section key={g.severity} className={styles.severity} data-severity={g.severity}>
          <div className={styles.severityHeader}>
            <Subtitle2>{S.findings.severity[g.severity]}</Subtitle2>
            <CounterBadge count={g.count} color={g.severity === 'error' ? 'danger' : 'informative'} overflowCount={999} />
          </div>
          {g.tables.map((t) => (
            <div key={t.key} className={styles.tableGroup} data-table-group={t.key}>
              <Caption1 className={styles.tableHeader}>{S.findings.tableGroup(t.label, t.findings.length)}</Caption1>
              <ul className={styles.list}>
                {t.findings.map(({ cause, causeIndex }) => (
                  <li key={causeIndex}>
                    {cause.findings.length > 1 ? (
                      <CauseCard cause={cause} causeIndex={causeIndex} findings={report.findings} selected={selected} onSelect={onSelect} />
                    ) : (
                      <FindingCard finding={report.findings[cause.findings[0]]} index={cause.findings[0]} selected={cause.findings[0] === selected} onSelect={onSelect} />
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

interface CauseCardProps {
  cause: CauseJson;
  causeIndex: number;
  /** The report's findings, which the cause's indices point into. */
  findings: FindingJson[];
  selected?: number;
  onSelect: (index: number) => void;
}

/** A cause that shows in several places: its sentence, and each finding folded under it (expandable). */
function CauseCard({ cause, causeIndex, findings, selected, onSelect }: CauseCardProps) {
  const styles = useFindingsListStyles();
  return (
    <div className={mergeClasses(styles.cause, cause.severity === 'error' ? styles.error : styles.warning)} data-cause-id={causeIndex} data-cause-kind={cause.kind}>
      <span className={styles.message}>{cause.message}</span>
      {/* Open by default: every place stays one click from its cell; the clerk may fold it. */}
      <details className={styles.causeDetails} open>
        <summary>{S.findings.causeShows(cause.findings.length)}</summary>
        <ul className={styles.list}>
          {cause.findings.map((i) => (
            <li key={i}>
              <FindingCard finding={findings[i]} index={i} selected={i === selected} onSelect={onSelect} />
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

interface FindingCardProps {
  finding: FindingJson;
  index: number;
  selected: boolean;
  onSelect: (index: number) => void;
}

function FindingCard({ finding: f, index, selected, onSelect }: FindingCardProps) {
  const styles = useFindingsListStyles();
  return (
    <button
      type="button"
      className={mergeClasses(styles.card, f.severity === 'error' ? styles.error : styles.warning, selected && styles.selected)}
      onClick={() => onSelect(index)}
      aria-pressed={selected}
      title={selectionForFinding(f) ? S.findings.selectHint : undefined}
      data-finding-id={index}
      data-target={f.target ?? ''}
    >
      <span className={styles.message}>{f.message}</span>
      {f.sides.length > 0 && (
        <span className={styles.sides}>
          {f.sides.map((s, i) => (
            <span key={i} className={styles.side}>
              {s.label}：<span className={styles.amount}>{s.amount}</span>{f.unit}
              {s.cells.length > 0 && s.cells.length <= 3 && `（${s.cells.join('、')}）`}
            </span>
          ))}
        </span>
      )}
      <span className={styles.footer}>
        {f.difference !== undefined && (
          <span>
            {S.findings.difference} <span className={styles.difference}>{f.difference}</span> {f.unit}
          </span>
        )}
        {f.rounding && (
          <Badge appearance="tint" color="warning" size="small">
            {S.findings.rounding}
          </Badge>
        )}
        {f.target && (
          <span>
            {S.findings.location} {f.target}
          </span>
        )}
      </span>
    </button>
  );
}
