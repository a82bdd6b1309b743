import { Button, Tooltip } from '@fluentui/react-components';
import { S } from '../../strings';
import { useActionBarStyles } from './ActionBar.styles';

export type PaneAction = 'validate' | 'generate' | 'clear' | 'undo';

export interface ActionBarProps {
  /** The action running now; every button is disabled while one runs. Default: none. */
  busy?: PaneAction | string | null;
  /** Label of the write 撤销 would undo; undefined disables 撤销. */
  undoLabel?: string;
  onValidate: () => void;
  onGenerate: () => void;
  onClearMarks: () => void;
  onUndo: () => void;
}

/** The pane's main buttons, the same two the ribbon has plus 清除标记 and 撤销. */
export function ActionBar({ busy = null, undoLabel, onValidate, onGenerate, onClearMarks, onUndo }: ActionBarProps) {
  const styles = useActionBarStyles();
  const disabled = busy !== null && busy !== undefined;
  return (
    <div className={styles.root} role="toolbar" aria-label={S.appTitle}>
      <Tooltip content={S.actions.validateHint} relationship="description">
        <Button className={styles.button} appearance="primary" disabled={disabled} onClick={onValidate} data-action="validate">
          {S.actions.validate}
        </Button>
      </Tooltip>
      <Tooltip content={S.actions.generateHint} relationship="description">
        <Button className={styles.button} disabled={disabled} onClick={onGenerate} data-action="generate">
          {S.actions.generate}
        </Button>
      </Tooltip>
      <span className={styles.spacer} />
      <Tooltip content={S.actions.clearMarksHint} relationship="description">
        <Button className={styles.button} appearance="subtle" disabled={disabled} onClick={onClearMarks} data-action="clear">
          {S.actions.clearMarks}
        </Button>
      </Tooltip>
      <Tooltip content={undoLabel ? S.actions.undoHint(undoLabel) : S.actions.undoNothing} relationship="description">
        <Button className={styles.button} appearance="subtle" disabled={disabled || !undoLabel} onClick={onUndo} data-action="undo">
          {S.actions.undo}
        </Button>
      </Tooltip>
    </div>
  );
}
