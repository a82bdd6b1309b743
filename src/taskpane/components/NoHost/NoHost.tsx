import { Body1, Link, Subtitle1 } from '@fluentui/react-components';
import { S } from '../../strings';
import { useNoHostStyles } from './NoHost.styles';

export interface NoHostProps {
  /** Why the pane cannot work here, from host detection or the requirement check. */
  message: string;
  /** Link to the browser demo; omitted inside Excel or WPS (a host too old, say). */
  demoHref?: string;
}

/** Shown instead of the pane when there is no workbook to work on. */
export function NoHost({ message, demoHref }: NoHostProps) {
  const styles = useNoHostStyles();
  return (
    <div className={styles.root} data-testid="no-host">
      <Subtitle1>{S.noHost.title}</Subtitle1>
      <Body1>{message}</Body1>
      {demoHref && <Link href={demoHref}>{S.noHost.openDemo}</Link>}
    </div>
  );
}
