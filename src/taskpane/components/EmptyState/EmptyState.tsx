import { Body1, Subtitle2, mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useEmptyStateStyles } from './EmptyState.styles';

export interface EmptyStateProps {
  /** One short line: "还没有校验结果", "未发现问题". */
  title: string;
  /** What it means and what to do next. */
  body?: string;
  /** 'neutral' (default) for "nothing yet", 'success' for "all good", 'warning' for "nothing found". */
  tone?: 'neutral' | 'success' | 'warning';
  /** A button or link under the text; optional. */
  action?: ReactNode;
}

/** What a list shows when it has nothing to list, saying why. */
export function EmptyState({ title, body, tone = 'neutral', action }: EmptyStateProps) {
  const styles = useEmptyStateStyles();
  const toneClass = tone === 'success' ? styles.success : tone === 'warning' ? styles.warning : undefined;
  return (
    <div className={styles.root} data-testid="empty-state" data-tone={tone}>
      <Subtitle2 className={mergeClasses(toneClass)}>{title}</Subtitle2>
      {body && <Body1 className={styles.body}>{body}</Body1>}
      {action}
    </div>
  );
}
