/** Workbook names as Excel keeps them (the reference moves with rows and columns: ../../../src/hosts/demo/demo-names.ts). */
export interface FakeName {
  formula: string;
  visible: boolean;
}

export { isReference, shiftFormula, splitAreas } from '../../../src/hosts/demo/demo-names';
