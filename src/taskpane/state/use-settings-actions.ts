import { useCallback } from 'react';
import { errorText } from '../../app/messages';
import type { PaneSettings } from '../../app/pane-settings';
import type { PaneContext } from './pane-context';

/** The 设置 tab: settings saved to the shared store (they come back through it), last year's file picked or removed. */
export function useSettingsActions({ store, services, state, dispatch }: PaneContext) {
  const saveSettings = useCallback(
    (settings: PaneSettings) => {
      store.setSettings(settings);
      dispatch({ type: 'settingsSaved' });
    },
    [store, dispatch],
  );

  const pickPriorFile = useCallback(
    async (file: File) => {
      dispatch({ type: 'priorFile', priorFile: { reading: true } });
      try {
        const grid = await services.readPriorWorkbook(file);
        const { persisted } = store.setPriorFile({ name: file.name, grid });
        store.setSettings({ ...state.settings, prior: { kind: 'file', name: file.name } });
        dispatch({ type: 'priorFile', priorFile: { name: file.name, sheets: grid.sheets.length, persisted } });
      } catch (e) {
        dispatch({ type: 'priorFile', priorFile: { error: errorText(e) } });
      }
    },
    [services, store, state.settings, dispatch],
  );

  const removePriorFile = useCallback(() => {
    store.setPriorFile(undefined);
    dispatch({ type: 'priorFile', priorFile: {} });
  }, [store, dispatch]);

  return { saveSettings, pickPriorFile, removePriorFile };
}
