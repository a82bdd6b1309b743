export { FakeEtApplication, createFakeEt, type FakeWrite } from './fake-app';
export { FakeWorkbook } from './fake-workbook';
export { FakeWorksheet } from './fake-sheet';
export { FakeRange, ERROR_SCODE } from './fake-range';
export type { FakeCell } from './fake-cells';
