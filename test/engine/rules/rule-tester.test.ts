import Decimal from 'decimal.js';
import { findTable } from '../../../src/engine/model/query';
import { defineRule, type Rule } from '../../../src/engine/rules/types';
import { RuleTester } from '../../support/rule-tester';

/** The tester refuses what ESLint's refuses; a tester that lets these through would let rules rot. */

const T3 = `
  @sheet 表3
  表3
  部门支出总体情况表
  编制部门：示例局⇥⇥⇥⇥⇥⇥单位：万元
  功能分类科目编码⇥⇥⇥功能分类科目名称⇥合计⇥基本支出⇥项目支出
  类⇥款⇥项
  "208"⇥⇥⇥社会保障和就业支出⇥170.11⇥170.11⇥
  ⇥⇥⇥合计⇥170.11⇥170.11⇥
`;

/** A rule that reports the 表3 total once with the given message and data, or stays silent without one. */
function fakeRule(messages: Record<string, string>, report: { messageId: string; data: Record<string, string | number> } | undefined): Rule {
  return defineRule({
    id: 'fake',
    severity: 'error',
    description: 'test double',
    messages,
    check(ctx) {
      const t = findTable(ctx.tables, 'T3');
      if (!t || !report) return;
      const cell = t.blocks[0].total!.amounts.total;
      ctx.report({ ...report, tables: ['T3'], sides: [{ label: '合计', cells: [cell.ref], amount: cell.value }, { label: '零', cells: [], amount: new Decimal(0) }], difference: cell.value });
    },
  });
}

const tester = new RuleTester();
const reporting = fakeRule({ seen: '合计为{{amount}}' }, { messageId: 'seen', data: { amount: '170.11' } });
const silent = fakeRule({ seen: '合计为{{amount}}' }, undefined);

describe('RuleTester', () => {
  test('passes an invalid case whose errors match, field by field', () => {
    expect(() =>
      tester.checkInvalid(reporting, {
        name: 'ok',
        workbook: T3,
        tables: ['T3'],
        errors: [{ messageId: 'seen', severity: 'error', at: '表3!E7', sides: ['170.110', '0'], difference: '170.11', rounding: false, message: '合计为170.11' }],
      }),
    ).not.toThrow();
  });

  test('refuses an expected messageId the rule does not define', () => {
    expect(() => tester.checkInvalid(reporting, { name: 'typo', workbook: T3, errors: [{ messageId: 'sen' }] })).toThrow(/has no message "sen"/);
  });

  test('refuses a message with an unfilled placeholder', () => {
    const unfilled = fakeRule({ seen: '合计为{{amount}}，差{{diff}}' }, { messageId: 'seen', data: { amount: '1' } });
    expect(() => tester.checkInvalid(unfilled, { name: 'unfilled', workbook: T3, errors: [{ messageId: 'seen' }] })).toThrow(/缺少参数 diff/);
    expect(() => tester.checkValid(unfilled, { name: 'unfilled', workbook: T3 })).toThrow(/缺少参数 diff/);
  });

  test('refuses a reported messageId the rule does not define', () => {
    const wrongId = fakeRule({ seen: '合计' }, { messageId: 'other', data: {} });
    expect(() => tester.checkValid(wrongId, { name: 'wrong id', workbook: T3 })).toThrow(/没有消息 other/);
  });

  test('refuses an invalid case that reports nothing, and one that expects nothing', () => {
    expect(() => tester.checkInvalid(silent, { name: 'quiet', workbook: T3, errors: [{ messageId: 'seen' }] })).toThrow(/reported nothing/);
    expect(() => tester.checkInvalid(reporting, { name: 'empty', workbook: T3, errors: [] })).toThrow(/at least one error/);
  });

  test('refuses a valid case that reports anything', () => {
    expect(() => tester.checkValid(reporting, { name: 'noisy', workbook: T3 })).toThrow(/should report nothing.*\n.*seen \[error\] at 表3!E7/);
  });

  test('refuses a wrong count, target, severity, sides, difference or message', () => {
    const base = { name: 'x', workbook: T3 };
    const e = { messageId: 'seen' };
    expect(() => tester.checkInvalid(reporting, { ...base, errors: [e, e] })).toThrow(/should report 2 error\(s\) but reported 1/);
    expect(() => tester.checkInvalid(reporting, { ...base, errors: [{ ...e, at: '表3!E6' }] })).toThrow(/target should be 表3!E6 but is 表3!E7/);
    expect(() => tester.checkInvalid(reporting, { ...base, errors: [{ ...e, severity: 'warning' }] })).toThrow(/severity/);
    expect(() => tester.checkInvalid(reporting, { ...base, errors: [{ ...e, sides: ['170.12', '0'] }] })).toThrow(/sides/);
    expect(() => tester.checkInvalid(reporting, { ...base, errors: [{ ...e, difference: '-170.11' }] })).toThrow(/difference/);
    expect(() => tester.checkInvalid(reporting, { ...base, errors: [{ ...e, message: /差额/ }] })).toThrow(/message/);
  });

  test('refuses a case on which no table is recognized, or other tables than it says', () => {
    const prose = '@sheet 说明\n本表无数据';
    expect(() => tester.checkValid(silent, { name: 'nothing', workbook: prose })).toThrow(/no table was recognized/);
    expect(() => tester.checkValid(silent, { name: 'nothing, on purpose', workbook: prose, tables: [] })).not.toThrow();
    expect(() => tester.checkValid(silent, { name: 'wrong table', workbook: T3, tables: ['T5'] })).toThrow(/recognized as \[T5\], got \[T3\]/);
  });

  test('run() refuses a rule test without valid or invalid cases, or with duplicate names', () => {
    expect(() => tester.run(silent, { valid: [{ name: 'a', workbook: T3 }], invalid: [] })).toThrow(/both valid and invalid/);
    const c = { name: 'same', workbook: T3 };
    expect(() => tester.run(reporting, { valid: [c], invalid: [{ ...c, errors: [{ messageId: 'seen' }] }] })).toThrow(/duplicate case name "same"/);
  });
});
