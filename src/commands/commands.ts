/**
 * Entry of commands.html, Excel's function file when the add-in runs without the shared runtime.
 * (With the shared runtime the task pane page registers the same handlers: src/taskpane/index.tsx.)
 */
import { createExcelHost } from '../hosts/excel/excel-host';
import { checkRequirements } from '../hosts/excel/requirements';
import type { WorkbookHost } from '../hosts/host';
import { registerExcelCommands, type OfficeCommandApi } from './excel-commands';

let host: WorkbookHost | undefined;

Office.onReady(() => {
  registerExcelCommands({
    getHost: () => (host ??= createExcelHost()),
    office: Office as unknown as OfficeCommandApi,
    noticeUrl: new URL('notice.html', window.location.href).toString(),
    checkRequirements: () => checkRequirements(Office),
  });
});
