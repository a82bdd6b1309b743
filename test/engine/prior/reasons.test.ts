import { analyzeWorkbook } from '../../../src/engine/analyze';
import { findReason, readReasons } from '../../../src/engine/prior/reasons';
import { parseSheetSource } from '../../../src/hosts/node/sheet-source';
import { source } from '../narrative/fixtures';

describe('reasons for changes', () => {
  it('reads a 变动原因 sheet of 项目 | 原因, a 表N prefix limiting an entry to that table', () => {
    const book = readReasons(source('changji-2023-notes.txt'));
    expect(findReason(book, { table: 3, names: ['基本支出'] })!.text).toBe('人员有所增加且工资调标');
    expect(findReason(book, { table: 5, names: ['基本支出'] })!.text).toBe('人员增加及工资调标');
    expect(findReason(book, { table: 6, names: ['基本支出'] })).toBeUndefined();
    expect(findReason(book, { table: 5, code: '2080505', names: ['机关事业单位基本养老保险'] })!.text).toBe('在职人员退休');
    expect(findReason(book, { table: 6, names: ['机关运行经费'] })!.text).toBe('人员增加，按标准增加公用经费');
  });

  it('reads a sheet named 说明 without a header row, and a 变动原因 column beside a table', () => {
    const grid = parseSheetSource(`@sheet 说明
2080501	退休人员增加
行政单位医疗	"人员变动。"
`);
    const book = readReasons(grid);
    expect(findReason(book, { table: 5, code: '2080501', names: ['x'] })!.text).toBe('退休人员增加');
    expect(findReason(book, { names: ['行政单位医疗（项）'] })!.text).toBe('人员变动。');

    const zhaohua = source('zhaohua-2023.txt');
    const columns = readReasons(zhaohua, analyzeWorkbook(zhaohua));
    const reception = findReason(columns, { table: 10, names: ['公务接待费'] })!;
    expect(reception.source).toBe('column');
    expect(reception.text).toMatch(/^按照党中央/);
    expect(findReason(columns, { table: 5, names: ['total'] })!.text).toBe('人员退休及考调');
  });
});
