import { readFileSync } from 'fs';
import { join } from 'path';
import { rateColumn } from '../../../src/engine/rules/rate-column';
import { parseSheetSource } from '../../../src/hosts/node/sheet-source';
import { regionGrid, REGIONS_DIR } from '../../support/region-examples';
import { juesuanTester } from '../juesuan/workbook';

/** A real example's workbook with one printed cell changed (its source.txt text `from` → `to`). */
function regionWith(region: string, from: string, to: string) {
  const text = readFileSync(join(REGIONS_DIR, region, 'source.txt'), 'utf8');
  if (!text.includes(from)) throw new Error(`${region}: no ${from}`);
  return { ...parseSheetSource(text.replace(from, to)), name: `${region}.xlsx` };
}

/**
 * A table's own 增减幅度 (施甸 “三公” 统计表's column, printed "-7.03%") and 增减% (衢江's line under its two years) against
 * its own 本年 and 上年 决算数, at the decimals printed; whole 万元 allow the range their rounding gives (衢江 −16.77% for
 * 2364 against 2840, exactly −16.76%).
 */
// The 决算 profile's tester: the rate identities are 决算 table definitions' (J7).
const ruleTester = juesuanTester;
ruleTester.run(rateColumn, {
  valid: [
    { name: '施甸：每行增、减幅度 = 增、减金额 ÷ 上年决算数（-21.9% 一位小数）', workbook: regionGrid('yunnan-shidian-sangong-juesuan') },
    { name: '衢江：整万元的增减%在舍入范围之内', workbook: regionWith('zhejiang-qujiang-sangong-juesuan', '\t-47.95\t-24.98', '\t-49.32\t-24.90') },
  ],
  invalid: [
    {
      name: '施甸：增、减幅度与上年、本年决算数不符',
      workbook: regionWith('yunnan-shidian-sangong-juesuan', '"-5.28%"', '"-6.28%"'),
      errors: [{ messageId: 'rateMismatch', at: '三公经费决算情况统计表!E7', message: '应为-5.28%' }],
    },
    {
      name: '衢江：车辆购置、车辆运行的增减%不是表中两年决算数之比（已公开的两处）',
      workbook: regionGrid('zhejiang-qujiang-sangong-juesuan'),
      errors: [
        { messageId: 'rateMismatch', at: '三公经费决算数对比!F6', message: '应为-49.32%' },
        { messageId: 'rateMismatch', at: '三公经费决算数对比!G6', message: '应为-24.90%' },
      ],
    },
  ],
});
