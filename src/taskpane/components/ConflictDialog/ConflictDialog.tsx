import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { formatRef, isCellError, type RawCell } from '../../../engine';
import type { Conflict } from '../../../hosts/host';
import { S } from '../../strings';
import { useConflictDialogStyles } from './ConflictDialog.styles';

export interface ConflictDialogProps {
  /** Whether the dialog is shown. */
  open: boolean;
  /** 'write' asks before overwriting the clerk's cells; 'undo' before undoing over later edits. Default 'write'. */
  kind?: 'write' | 'undo';
  /** The cells the host refused to overwrite. */
  conflicts: Conflict[];
  /** Rows listed before "……另有 N 个单元格". Default 50. */
  maxRows?: number;
  /** The clerk agreed: retry with overwrite. */
  onConfirm: () => void;
  /** The clerk declined (or closed the dialog): nothing is written. */
  onCancel: () => void;
}

function shown(v: RawCell | undefined): string {
  if (v === null || v === undefined || v === '') return S.conflict.empty;
  if (isCellError(v)) return v.error;
  return String(v);
}

/** Lists the cells a write would overwrite and asks before it does. */
export function ConflictDialog({ open, kind = 'write', conflicts, maxRows = 50, onConfirm, onCancel }: ConflictDialogProps) {
  const styles = useConflictDialogStyles();
  const rows = conflicts.slice(0, maxRows);
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_e, data) => !data.open && onCancel()}>
      <DialogSurface className={styles.surface} data-testid="conflict-dialog">
        <DialogBody>
          <DialogTitle>{kind === 'undo' ? S.conflict.undoTitle : S.conflict.title}</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1>{kind === 'undo' ? S.conflict.undoBody : S.conflict.body}</Body1>
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th className={styles.th}>{S.conflict.cell}</th>
                    <th className={styles.th}>{S.conflict.current}</th>
                    <th className={styles.th}>{S.conflict.wanted}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((c) => (
                    <tr key={formatRef(c.ref)} data-conflict={formatRef(c.ref)}>
                      <td className={styles.td}>{formatRef(c.ref)}</td>
                      <td className={styles.td}>{shown(c.current)}</td>
                      <td className={styles.td}>{shown(c.wanted)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {conflicts.length > rows.length && <Caption1 className={styles.more}>{S.conflict.more(conflicts.length - rows.length)}</Caption1>}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {kind === 'undo' ? S.conflict.confirmUndo : S.conflict.confirm}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {S.conflict.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
