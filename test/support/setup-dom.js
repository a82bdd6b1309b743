// Component tests render the whole pane over the sample workbook; on a loaded CI machine jest's
// and testing-library's defaults (5 s per test, 1 s per wait) are too tight.
if (typeof document !== 'undefined') {
  require('@testing-library/dom').configure({ asyncUtilTimeout: 10000 });
  jest.setTimeout(30000);
}
