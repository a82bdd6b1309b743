/**
 * A fake of the part of Office.js (Excel) the add-in uses, with Office's load/sync semantics, so
 * the Excel host is tested against the rules real Excel enforces rather than against mocks that
 * answer whatever is asked. See proxies.ts for the semantics and model.ts for the document.
 */
export { FakeWorkbook, FakeSheet, type FakeCell, type FakeWrite, type SeedSheet, type Shown } from './model';
export { FakeOfficeError, FakeRequestContext, typeInto } from './proxies';
export { createRuntime, installOfficeGlobals, FakeDocumentSettings, FakeDocumentBindings, type FakeRuntime } from './install';
export { evaluateFormula } from './formula';
