import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from '@fluentui/react-components';
import { S } from '../../strings';
import { useRunStatusStyles } from './RunStatus.styles';

export interface PaneMessage {
  intent: 'success' | 'info' | 'warning' | 'error';
  /** Bold first words; optional. */
  title?: string;
  text: string;
}

export interface RunStatusProps {
  /** The step running now and how far along (0–1); undefined when nothing runs. */
  progress?: { step: string; fraction: number };
  /** The outcome of the last action; undefined shows nothing. */
  message?: PaneMessage;
  /** Called when the clerk closes the message. */
  onDismiss?: () => void;
}

/** Progress of a long run, and the sentence that says how the last action went. */
export function RunStatus({ progress, message, onDismiss }: RunStatusProps) {
  const styles = useRunStatusStyles();
  if (!progress && !message) return null;
  return (
    <div className={styles.root}>
      {progress && (
        <div className={styles.progress} role="status" aria-live="polite" data-testid="progress">
          <ProgressBar value={progress.fraction} thickness="large" aria-label={progress.step} />
          <Caption1 className={styles.step}>{progress.step}</Caption1>
        </div>
      )}
      {message && (
        <MessageBar intent={message.intent} data-testid="pane-message" data-intent={message.intent}>
          <MessageBarBody className={styles.text}>
            {message.title && <MessageBarTitle>{message.title}</MessageBarTitle>}
            {message.text}
          </MessageBarBody>
          {onDismiss && (
            <MessageBarActions>
              <Button appearance="transparent" size="small" onClick={onDismiss}>
                {S.status.dismiss}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </div>
  );
}
