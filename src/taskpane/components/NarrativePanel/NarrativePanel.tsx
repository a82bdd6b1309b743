import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, Subtitle2, Textarea } from '@fluentui/react-components';
import type { NarrativeReport } from '../../../app/narrative-report';
import { S, clockTime } from '../../strings';
import { EmptyState } from '../EmptyState';
import { useNarrativePanelStyles } from './NarrativePanel.styles';

export interface NarrativePanelProps {
  /** The last 生成说明 result; undefined before the first run. */
  report?: NarrativeReport;
  /** An action on the report is running (the buttons are disabled). Default false. */
  busy?: boolean;
  /** Offers the document as a .docx download. */
  onDownload: () => void;
  /** Copies the whole text to the clipboard. */
  onCopy: () => void;
  /** Writes the stored rows again, overwriting the clerk's content (after a refused write). */
  onWriteAnyway: () => void;
}

/** The generated 情况说明: where it was written, what the clerk must still add, download and copy. */
export function NarrativePanel({ report, busy = false, onDownload, onCopy, onWriteAnyway }: NarrativePanelProps) {
  const styles = useNarrativePanelStyles();
  if (!report) return <EmptyState title={S.narrative.emptyTitle} body={S.narrative.emptyBody} />;
  const w = report.written;
  return (
    <div className={styles.root} data-testid="narrative">
      <Caption1 className={styles.meta}>{S.narrative.generatedAt(clockTime(report.at))}</Caption1>
      {w.ok ? (
        <MessageBar intent="success">
          <MessageBarBody>{S.narrative.written(report.sheet)}</MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent={w.reason === 'conflict' ? 'warning' : 'error'}>
          <MessageBarBody>{S.narrative.notWritten(w.message)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={onDownload} data-action="download-docx">
          {S.narrative.download}
        </Button>
        <Button disabled={busy} onClick={onCopy} data-action="copy-text">
          {S.narrative.copy}
        </Button>
        {!w.ok && w.reason === 'conflict' && (
          <Button disabled={busy} onClick={onWriteAnyway} data-action="write-anyway">
            {S.narrative.writeAnyway}
          </Button>
        )}
      </div>
      {report.placeholders.length > 0 && (
        <div className={styles.section}>
          <Subtitle2>{S.narrative.placeholdersTitle(report.placeholders.length)}</Subtitle2>
          <ul className={styles.list}>
            {report.placeholders.map((p, i) => (
              <li key={i}>
                <Body1>{p.what}</Body1>
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.findings.length > 0 && (
        <div className={styles.section}>
          <Subtitle2>{S.narrative.findingsTitle(report.findings.length)}</Subtitle2>
          <ul className={styles.list}>
            {report.findings.map((f, i) => (
              <li key={i}>
                <Body1>{f.message}</Body1>
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.notes.length > 0 && (
        <div className={styles.section}>
          <Subtitle2>{S.narrative.notesTitle}</Subtitle2>
          <ul className={styles.list}>
            {report.notes.map((n, i) => (
              <li key={i}>
                <Caption1>{n}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Field label={S.narrative.textLabel}>
        <Textarea className={styles.text} value={report.text} readOnly resize="vertical" data-testid="narrative-text" />
      </Field>
    </div>
  );
}
