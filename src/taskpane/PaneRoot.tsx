import { FluentProvider } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { paneTheme } from './theme';

export interface PaneRootProps {
  children: ReactNode;
}

/** Fluent's theme around the pane (and the demo), full height. */
export function PaneRoot({ children }: PaneRootProps) {
  return (
    <FluentProvider theme={paneTheme} style={{ height: '100%' }} lang="zh-CN">
      {children}
    </FluentProvider>
  );
}
