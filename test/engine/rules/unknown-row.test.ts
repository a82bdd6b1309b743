import { unknownRow } from '../../../src/engine/rules/unknown-row';
import { t3Under20805 } from '../../support/rule-fixtures';
import { ruleTester } from '../../support/rule-tester';

const t3 = (rows: string) => t3Under20805(rows);

ruleTester.run(unknownRow, {
  valid: [
    {
      name: 'every row coded; 款/项 typed as numbers, a blank row between',
      workbook: t3(`
        208⇥5⇥1⇥行政单位离退休⇥3.9⇥3.9⇥

        208⇥5⇥5⇥机关事业单位基本养老保险⇥166.21⇥166.21⇥
      `),
      tables: ['T3'],
    },
    {
      name: 'a 项 row whose 类/款 cells are left to the rows above',
      workbook: t3(`
        ⇥⇥"01"⇥行政单位离退休⇥3.9⇥3.9⇥
        ⇥⇥"05"⇥机关事业单位基本养老保险⇥166.21⇥166.21⇥
      `),
    },
    {
      name: 'a label row without amounts, and empty cells holding only U+3000',
      workbook: t3(`
        ⇥⇥⇥其中：⇥⇥⇥
        208⇥5⇥5⇥机关事业单位基本养老保险⇥170.11⇥170.11⇥
        ⇥⇥⇥⇥"\\u3000"⇥"\\u3000"⇥"\\u3000"
      `),
    },
  ],
  invalid: [
    {
      name: 'a row with amounts and no code',
      workbook: t3(`
        208⇥5⇥1⇥行政单位离退休⇥3.9⇥3.9⇥
        ⇥⇥⇥机关事业单位基本养老保险⇥166.21⇥166.21⇥
      `),
      errors: [{ messageId: 'unknown', severity: 'warning', at: '表3!D9', message: '表3第9行（表3!D9「机关事业单位基本养老保险」）有金额' }],
    },
    {
      name: 'a code with a letter O typed for a zero',
      workbook: t3(`
        "2O8"⇥"05"⇥"05"⇥机关事业单位基本养老保险⇥"170.11\\u3000"⇥170.11⇥
      `),
      errors: [{ messageId: 'unknown', at: '表3!D8' }],
    },
    {
      name: 'many rows without codes (a table by 单位): one finding that counts them and names the first',
      workbook: t3(`
        208⇥5⇥5⇥机关事业单位基本养老保险⇥166.21⇥166.21⇥
        ⇥⇥⇥甲单位⇥1⇥1⇥
        ⇥⇥⇥乙单位⇥1⇥1⇥
        ⇥⇥⇥丙单位⇥1⇥1⇥
        ⇥⇥⇥丁单位⇥1⇥1⇥
      `),
      errors: [{ messageId: 'many', severity: 'warning', at: '表3!D9', message: '表3有4行有金额，但识别不出科目编码或项目（如第9行「甲单位」、第10行「乙单位」、第11行「丙单位」）' }],
    },
    {
      name: 'amounts with neither code nor name',
      workbook: t3(`
        208⇥5⇥5⇥机关事业单位基本养老保险⇥166.21⇥166.21⇥
        ⇥⇥⇥⇥3.9⇥3.9⇥
      `),
      errors: [{ messageId: 'unknown', at: '表3!D9', message: '「（空）」' }],
    },
  ],
});
