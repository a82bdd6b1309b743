import type { Dispatch } from 'react';
import type { SharedStore } from '../../app/shared-store';
import type { WorkbookHost } from '../../hosts/host';
import type { PaneServices } from '../services/types';
import type { PaneAction, PaneState } from './pane-state';
import type { PaneRunner } from './use-pane-runner';

/** What each tab's actions are built from. */
export interface PaneContext extends PaneRunner {
  host: WorkbookHost;
  store: SharedStore;
  services: PaneServices;
  state: PaneState;
  dispatch: Dispatch<PaneAction>;
}
