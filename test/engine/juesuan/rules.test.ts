import { readFileSync } from 'fs';
import { join } from 'path';
import { juesuanRules } from '../../../src/engine/rules/juesuan';
import { parseSheetSource } from '../../../src/hosts/node/sheet-source';
import { regionGrid, REGIONS_DIR } from '../../support/region-examples';
import { defineRule, type Rule } from '../../../src/engine/rules/types';
import { JUESUAN_9 } from '../../../src/engine/tables/juesuan';
import type { ExpectedError, InvalidRuleTestCase, RuleTestCase } from '../../support/rule-tester';
import { juesuanGrid, juesuanTester, juesuanWith, JUESUAN_TABLE_IDS } from './workbook';

/**
 * Every 决算 rule id (J-01…J-35 of juesuan.md, J-36 for the 三公 tables of other regions) through the rule tester: the consistent workbook is valid for
 * each, and each has a workbook with one relation broken. Rules that share an id (J-24 is one relation per 类)
 * run together, as they report together.
 */

const byId = new Map<string, Rule[]>();
for (const r of juesuanRules(JUESUAN_9)) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);

/** 'J-12' is item-sum and balance under one id: 'J-12/balance' picks the rule of that kind's messages. */
function ruleOf(key: string): Rule {
  const [id, kind] = key.split('/');
  const rules = byId.get(id)?.filter((r) => !kind || r.messages.mismatch?.includes('不平衡')) ?? [];
  if (!kind && id === 'J-12') return rules.find((r) => !r.messages.mismatch?.includes('不平衡'))!;
  if (!rules.length) throw new Error(`no rule ${key}`);
  if (!rules) throw new Error(`no rule ${id}`);
  if (rules.length === 1) return rules[0];
  return defineRule({
    id,
    severity: rules[0].severity,
    description: rules[0].description,
    messages: Object.assign({}, ...rules.map((r) => r.messages)),
    behaviour: rules[0].behaviour,
    check: (ctx) => rules.forEach((r) => r.check({ ...ctx, report: (input) => ctx.report({ ...input, severity: input.severity ?? r.severity }) })),
  });
}

const valid = (name = '每条关系都成立的决算工作簿'): RuleTestCase => ({ name, workbook: juesuanGrid(), tables: JUESUAN_TABLE_IDS });
const broken = (name: string, changes: Record<string, string | number | null>, errors: ExpectedError[]): InvalidRuleTestCase => ({
  name,
  workbook: juesuanWith(changes),
  errors,
});

/** J4 with no 财政拨款 结转结余: the condition under which J-35 holds. */
const NO_CARRY = { '表4!B9': null, '表4!D9': null, '表4!E9': null, '表4!B10': null, '表4!B13': 100, '表4!D13': 100, '表4!E13': 100 };

const CASES: Record<string, { valid?: RuleTestCase[]; invalid: InvalidRuleTestCase[] }> = {
  'J-01': { invalid: [broken('本年收入合计不等于一至八项收入之和', { '表1!B13': 106 }, [{ messageId: 'mismatch', at: '表1!B13', sides: ['106', '105'], difference: '1' }])] },
  'J-02': { invalid: [broken('本年支出合计不等于各类支出之和', { '表1!D13': 106 }, [{ messageId: 'mismatch', at: '表1!D13', sides: ['106', '105'], difference: '1' }])] },
  'J-03': { invalid: [broken('收入总计不等于本年收入、使用结余与年初结转之和', { '表1!B16': 116 }, [{ messageId: 'mismatch', at: '表1!B16', sides: ['116', '115'] }])] },
  'J-04': { invalid: [broken('支出总计不等于本年支出、结余分配与年末结转之和', { '表1!D16': 116 }, [{ messageId: 'mismatch', at: '表1!D16', sides: ['116', '115'] }])] },
  'J-05': { invalid: [broken('收入总计与支出总计不平衡', { '表1!B16': 116 }, [{ messageId: 'mismatch', at: '表1!B16', sides: ['116', '115'], message: '表1收入总计与支出总计不平衡' }])] },
  'J-06': {
    invalid: [
      broken('年末结转和结余与年初、收入、支出对不上', { '表1!D15': 11, '表1!D16': 116 }, [{ messageId: 'mismatch', sides: ['115', '116'], difference: '-1', message: '年末结转和结余' }]),
    ],
  },
  'J-07': { invalid: [broken('收入决算表一行的本年收入合计不等于各项收入之和', { '表2!C8': 26 }, [{ messageId: 'mismatch', at: '表2!C8', sides: ['26', '25'] }])] },
  'J-08': { invalid: [broken('支出决算表合计行的本年支出合计不等于各组成列之和', { '表3!D4': 41 }, [{ messageId: 'mismatch', at: '表3!C4', sides: ['105', '106'] }])] },
  'J-H': {
    invalid: [
      broken('一般公共预算支出决算表的款不等于其下各项之和', { '表5!C6': 81 }, [{ messageId: 'parent', at: '表5!C5', sides: ['80', '81'] }]),
      broken('合计不等于各类之和', { '表5!E10': 66 }, [{ messageId: 'total', at: '表5!E10', sides: ['66', '65'] }]),
    ],
  },
  'J-09': { invalid: [broken('财政拨款支出行合计不等于三项资金之和', { '表4!D5': 81 }, [{ messageId: 'mismatch', at: '表4!D5', sides: ['81', '80'] }])] },
  'J-10': { invalid: [broken('财政拨款本年收入合计不等于三项资金之和', { '表4!B8': 101 }, [{ messageId: 'mismatch', at: '表4!B8', sides: ['101', '100'] }])] },
  'J-11': { invalid: [broken('财政拨款本年支出合计（一般公共预算列）不等于各类之和', { '表4!E8': 99 }, [{ messageId: 'mismatch', at: '表4!E8', sides: ['99', '100'] }])] },
  'J-12': {
    invalid: [
      broken('财政拨款收入总计不等于本年收入合计加年初结转和结余', { '表4!B13': 105 }, [{ messageId: 'mismatch', at: '表4!B13', sides: ['105', '104'] }]),
    ],
  },
  'J-12/balance': {
    invalid: [broken('财政拨款收入总计与支出总计不平衡', { '表4!B13': 105 }, [{ messageId: 'mismatch', at: '表4!B13', sides: ['105', '104'], message: '表4收入总计与支出总计不平衡' }])],
  },
  'J-13': { invalid: [broken('一般公共预算财政拨款的年初、收入、支出、年末对不上', { '表4!B5': 101 }, [{ messageId: 'mismatch', sides: ['105', '104'], message: '表4一般公共预算财政拨款' }])] },
  'J-14': { invalid: [broken('一般公共预算支出行合计不等于基本支出加项目支出', { '表5!D5': 16 }, [{ messageId: 'mismatch', at: '表5!C5', sides: ['80', '81'] }])] },
  'J-15': { invalid: [broken('工资福利支出不等于其下各款之和', { '表6!C5': 6 }, [{ messageId: 'parent', at: '表6!C4', sides: ['25', '26'] }])] },
  'J-16': { invalid: [broken('人员经费合计不等于301与303之和', { '表6!C8': 26 }, [{ messageId: 'total', at: '表6!C8', sides: ['26', '25'] }])] },
  'J-17': { invalid: [broken('公用经费合计不等于302与310之和', { '表6!F8': 11 }, [{ messageId: 'total', at: '表6!F8', sides: ['11', '10'] }])] },
  'J-18': {
    // Found by the fuzz test: the 决算数 header under 公务用车 小计 blank leaves that row without a 决算数 cell (J-19
    // below read it and threw). 合计's 决算数 is still checked, through 购置费 + 运行维护费.
    invalid: [
      broken('“三公”合计预算数不等于三项之和', { '表7!A7': 4 }, [{ messageId: 'mismatch', at: '表7!A7', sides: ['4', '3'] }]),
      broken('公务用车小计的决算数表头空白时，合计决算数仍按购置费、运行维护费核对', { '表7!F6': null, '表7!H7': 0.5, '表7!J7': 0.5 }, [
        { messageId: 'mismatch', at: '表7!B7', sides: ['2', '3'] },
      ]),
    ],
  },
  'J-19': {
    // 公务用车小计 = 购置费 + 运行维护费 (and 表1 against 表3): with the 决算数 header under 小计 blank, that row has no
    // 决算数 cell; the sum stands aside for it instead of throwing (found by the fuzz test).
    valid: [{ name: '公务用车小计的决算数表头空白时不出错', workbook: juesuanWith({ '表7!F6': null, '表7!H7': 0.5, '表7!J7': 0.5 }) }],
    invalid: [
      broken('公务用车小计决算数未填，而购置费有决算数', { '表7!H7': 1, '表7!B7': 3 }, [{ messageId: 'blankParent', severity: 'warning', at: '表7!F7', sides: ['0', '1'] }]),
    ],
  },
  'J-20': {
    invalid: [broken('政府性基金决算表无数据且未注明', { '表8!A6': null }, [{ messageId: 'missingNote', severity: 'warning', message: '本表无数据' }])],
  },
  'J-21': { invalid: [broken('表1本年收入合计与表2不一致', { '表2!C4': 106 }, [{ messageId: 'mismatch', sides: ['105', '106'], difference: '-1' }])] },
  'J-22': { invalid: [broken('表1其他收入与表2合计行其他收入不一致', { '表2!I4': 6 }, [{ messageId: 'mismatch', sides: ['5', '6'], message: '其他收入' }])] },
  'J-23': { invalid: [broken('表1本年支出合计与表3不一致', { '表3!C4': 106 }, [{ messageId: 'mismatch', sides: ['105', '106'] }])] },
  'J-24': {
    invalid: [
      broken('表1社会保障和就业支出与表3不一致', { '表3!C8': 26 }, [{ messageId: 'mismatch', at: '表1!D7', sides: ['25', '26'], message: '社会保障和就业支出' }]),
      broken('相差0.01万元：可能为四舍五入差异', { '表3!C8': 25.01 }, [{ messageId: 'mismatch', severity: 'error', rounding: true, difference: '-0.01', message: '四舍五入' }]),
    ],
  },
  'J-25': { invalid: [broken('表4一般公共预算财政拨款收入与表1不一致', { '表1!B5': 101 }, [{ messageId: 'mismatch', sides: ['100', '101'] }])] },
  'J-26': { invalid: [broken('表4本年收入合计与表2财政拨款收入不一致', { '表2!D4': 101 }, [{ messageId: 'mismatch', sides: ['100', '101'] }])] },
  'J-27': { invalid: [broken('表4一般公共预算本年支出与表5合计不一致', { '表5!C10': 101 }, [{ messageId: 'mismatch', sides: ['100', '101'] }])] },
  'J-28': { invalid: [broken('表4社会保障和就业支出（一般公共预算）与表5不一致', { '表5!C7': 21 }, [{ messageId: 'mismatch', at: '表4!E6', sides: ['20', '21'] }])] },
  'J-29': { invalid: [broken('表5基本支出合计与表6人员经费、公用经费之和不一致', { '表5!D10': 36 }, [{ messageId: 'mismatch', sides: ['36', '35'] }])] },
  'J-30': { invalid: [broken('表4政府性基金本年支出与表8不一致', { '表4!F8': 1 }, [{ messageId: 'mismatch', sides: ['1', '0'], message: '政府性基金' }])] },
  'J-31': { invalid: [broken('表5某类支出超过表3', { '表5!C7': 30 }, [{ messageId: 'exceeds', sides: ['30', '25'], difference: '5' }])] },
  'J-32': { invalid: [broken('非财政拨款支出与非财政拨款收入、结转结余对不上', { '表3!C4': 106 }, [{ messageId: 'mismatch', sides: ['220', '219'], difference: '1' }])] },
  'J-33': { invalid: [broken('表6公务接待费超过“三公”表公务接待费决算数', { '表6!F6': 3 }, [{ messageId: 'exceeds', sides: ['3', '2'], message: '公务接待费' }])] },
  'J-34': { invalid: [broken('表6养老保险缴费与表5对应科目基本支出不一致（提示）', { '表6!C6': 21 }, [{ messageId: 'mismatch', severity: 'warning', sides: ['21', '20'] }])] },
  'J-35': {
    valid: [
      { name: '无结转结余时表2财政拨款收入与表5逐科目一致', workbook: juesuanWith(NO_CARRY) },
      { name: '有财政拨款结转结余时不比较', workbook: juesuanWith({ '表2!D8': 21 }) },
    ],
    invalid: [broken('无结转结余时表2某科目财政拨款收入与表5不一致', { ...NO_CARRY, '表2!D8': 21 }, [{ messageId: 'mismatch', sides: ['21', '20'] }])],
  },
  // The 三公 tables of other regions: 上年决算数 | 本年决算数 | 增减金额 (施甸), 预算数/决算数 split by fund (合肥).
  'J-36': {
    valid: [
      { name: '施甸：本年决算数 = 上年决算数 + 增减金额', workbook: regionGrid('yunnan-shidian-sangong-juesuan') },
      { name: '合肥：预算数、决算数 = 一般公共预算 + 政府性基金', workbook: regionGrid('anhui-hefei-tushuguan-juesuan') },
    ],
    invalid: [
      {
        name: '本年决算数与上年决算数、增减金额不符',
        workbook: regionWith('yunnan-shidian-sangong-juesuan', '1.因公出国(境)费\t13.06\t10.20', '1.因公出国(境)费\t13.06\t10.30'),
        // …and its 增、减幅度 -21.9% is then no longer (10.30 − 13.06) ÷ 13.06 = -21.1%.
        errors: [
          { messageId: 'mismatch', at: '三公经费决算情况统计表!C6', sides: ['10.3', '10.2'] },
          { messageId: 'rateMismatch', at: '三公经费决算情况统计表!E6', message: '应为-21.1%' },
        ],
      },
      {
        name: '增、减幅度与增减金额 ÷ 上年决算数不符',
        workbook: regionWith('yunnan-shidian-sangong-juesuan', '"-21.9%"', '"-25.9%"'),
        errors: [{ messageId: 'rateMismatch', at: '三公经费决算情况统计表!E6', message: '应为-21.9%' }],
      },
      {
        // The published two (车辆购置 −47.95%, 车辆运行 −24.98%) are real; the others are within the rounding of whole 万元.
        name: '衢江：增减%与两年的决算数不符（整万元的舍入范围之外）',
        workbook: regionWith('zhejiang-qujiang-sangong-juesuan', '-3.14', '-3.54'),
        errors: [
          { messageId: 'rateMismatch', at: '三公经费决算数对比!D6', message: '应为-3.14%' },
          { messageId: 'rateMismatch', at: '三公经费决算数对比!F6', message: '应为-49.32%' },
          { messageId: 'rateMismatch', at: '三公经费决算数对比!G6', message: '应为-24.90%' },
        ],
      },
      {
        name: '决算数合计与一般公共预算、政府性基金之和不符',
        workbook: regionWith('anhui-hefei-tushuguan-juesuan', '公务接待费\t0.95\t0.95\t0.00\t0.39', '公务接待费\t0.95\t0.95\t0.00\t0.49'),
        errors: [{ messageId: 'mismatch', at: '三公经费支出决算表!E6', sides: ['0.49', '0.39'] }],
      },
    ],
  },
};

/** A real example's workbook with one published cell changed (its source.txt line `from` → `to`). */
function regionWith(region: string, from: string, to: string) {
  const text = readFileSync(join(REGIONS_DIR, region, 'source.txt'), 'utf8');
  if (!text.includes(from)) throw new Error(`${region}: no line ${from}`);
  return { ...parseSheetSource(text.replace(from, to)), name: `${region}.xlsx` };
}

test('every 决算 rule id has cases here', () => {
  expect([...byId.keys()].filter((id) => id.startsWith('J-') && !CASES[id]).sort()).toEqual([]);
});

for (const [id, cases] of Object.entries(CASES)) {
  juesuanTester.run(ruleOf(id), { valid: [valid(), ...(cases.valid ?? [])], invalid: cases.invalid });
}
