import { Body1, Button, Caption1, Subtitle2 } from '@fluentui/react-components';
import type { ValidationReport } from '../../../app/report';
import type { TableSummary } from '../../../engine';
import { S } from '../../strings';
import { EmptyState } from '../EmptyState';
import { useTablesListStyles } from './TablesList.styles';

export interface TablesListProps {
  /** The last 校验 result; undefined before the first run. */
  report?: ValidationReport;
  /** Called with a table when the clerk clicks 定位: select its range in the sheet. */
  onLocate: (table: TableSummary) => void;
}

/** The tables the engine recognized and where they are, then what it could not find or read. */
export function TablesList({ report, onLocate }: TablesListProps) {
  const styles = useTablesListStyles();
  if (!report) return <EmptyState title={S.tables.emptyTitle} body={S.tables.emptyBody} />;
  if (report.tables.length === 0 && report.issues.length === 0 && report.skipped.length === 0) {
    return <EmptyState tone="warning" title={S.findings.noTablesTitle} body={S.findings.noTablesBody} />;
  }
  return (
    <div className={styles.root} data-testid="tables">
      {report.tables.length > 0 && (
        <ul className={styles.list}>
          {report.tables.map((t) => (
            <li key={`${t.id}-${t.sheet}-${t.range.top}`} className={styles.item} data-table-id={t.id}>
              <span>
                <span className={styles.title}>
                  {t.name} {t.title}
                </span>
                <span className={styles.where}>
                  {t.address} · {S.tables.unit(t.unit)} · {S.tables.rows(t.rows)} · {S.tables.foundBy[t.foundBy]}
                </span>
              </span>
              <Button size="small" appearance="subtle" onClick={() => onLocate(t)}>
                {S.tables.locate}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {report.missing.length > 0 && (
        <div className={styles.section}>
          <Subtitle2>{S.tables.missingTitle}</Subtitle2>
          {report.missing.map((m) => (
            <Caption1 key={m} className={styles.note}>
              {m}
            </Caption1>
          ))}
        </div>
      )}
      {report.skipped.length > 0 && (
        <div className={styles.section}>
          <Subtitle2>{S.tables.skippedTitle}</Subtitle2>
          {report.skipped.map((s) => (
            <Body1 key={s.sheet} className={styles.note}>
              {s.message}
            </Body1>
          ))}
        </div>
      )}
      {(report.checkNotes ?? []).length > 0 && (
        <div className={styles.section}>
          <Subtitle2>{S.tables.checkNotesTitle}</Subtitle2>
          {report.checkNotes.map((text, n) => (
            <Body1 key={n} className={styles.note}>
              {text}
            </Body1>
          ))}
        </div>
      )}
      {report.issues.length > 0 && (
        <div className={styles.section}>
          <Subtitle2>{S.tables.issuesTitle}</Subtitle2>
          {report.issues.map((i, n) => (
            <Body1 key={n} className={styles.note}>
              {i.message}
            </Body1>
          ))}
        </div>
      )}
    </div>
  );
}
