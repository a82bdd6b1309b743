import { describeHostContract } from '../contract/host-contract';
import { excelFixture } from './fixture';

// The full Excel of today, and the oldest Excel the add-in supports (Excel 2016: ExcelApi 1.1,
// where protection is only found out when the write fails and must be rolled back).
describeHostContract('Excel (ExcelApi 1.18)', (sheets) => excelFixture(sheets, '1.18'));
describeHostContract('Excel 2016 (ExcelApi 1.1)', (sheets) => excelFixture(sheets, '1.1'));
