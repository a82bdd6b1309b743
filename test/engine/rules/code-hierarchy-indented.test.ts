import { codeHierarchy } from '../../../src/engine/rules/code-hierarchy';
import { crossRelationRule } from '../../../src/engine/rules/cross-table';
import { NATIONAL_2023 } from '../../../src/engine/tables/national';
import { ruleTester } from '../../support/rule-tester';

/**
 * 表5 as templates without codes print it (杭州): 类 by name, 款 and 项 by indentation only (two spaces or one
 * U+3000 a level). `kuan` is the 款 row's 合计 as written; its 项 add up to 30.
 */
const t5 = (kuan: string, indent = '  ') => `
  @sheet 表5
  表5
  一般公共预算支出情况表
  编制部门：示例局⇥⇥⇥单位：万元
  功能分类科目名称⇥合计⇥基本支出⇥项目支出
  合计⇥40⇥10⇥30
  一般公共服务支出⇥40⇥10⇥30
  "${indent}社会工作事务"⇥${kuan}⇥10⇥20
  "${indent}${indent}其他社会工作事务支出"⇥30⇥10⇥20
  "${indent}其他一般公共服务支出"⇥10⇥⇥10
  "${indent}${indent}其他一般公共服务支出"⇥10⇥⇥10
`;

ruleTester.run(codeHierarchy, {
  valid: [
    { name: '类 = Σ款 = Σ项 read from indentation (two spaces a level)', workbook: t5('30'), tables: ['T5'] },
    { name: 'the same with U+3000 a level', workbook: t5('30', '\\u3000'), tables: ['T5'] },
  ],
  invalid: [
    {
      name: 'a 款 that is not the sum of its indented 项',
      workbook: t5('35'),
      // One cause, one finding: the 类 still equals its 项, so only the 款 is named, with the code the catalog gives it.
      errors: [{ messageId: 'parent', at: '表5!B7', message: '表5「20139 社会工作事务」合计35.00万元，与其下各项之和30.00万元不相等' }],
    },
    {
      name: 'names the catalog does not know, placed by indentation alone: no made-up code in the message',
      workbook: t5('35').replace(/社会工作事务"/, '某新设事务"').replace('其他社会工作事务支出', '某新设事务支出'),
      errors: [{ messageId: 'parent', at: '表5!B7', message: '表5「某新设事务」合计35.00万元，与其下各项之和30.00万元不相等' }],
    },
  ],
});

// Codes made up from indentation are unique to their table: a by-code relation never pairs them across tables.
const t5t3 = NATIONAL_2023.relations.find((r) => r.id === 't5-t3-code')!;
/** 表3 listing the same 款 in another order (so made-up codes would pair the wrong rows); `cls` is its 类 row. */
const t3 = (cls: string) => `
  @sheet 表3
  表3
  部门支出总体情况表
  编制部门：示例局⇥⇥⇥单位：万元
  功能分类科目名称⇥合计⇥基本支出⇥项目支出
  合计⇥40⇥10⇥30
  一般公共服务支出⇥${cls}⇥10⇥30
  "  其他一般公共服务支出"⇥10⇥⇥10
  "    其他一般公共服务支出"⇥10⇥⇥10
  "  社会工作事务"⇥30⇥10⇥20
  "    其他社会工作事务支出"⇥30⇥10⇥20
`;
ruleTester.run(crossRelationRule(t5t3), {
  valid: [{ name: '表3 and 表5 without codes: only the named 类 are compared, not the indented rows', workbook: t5('30') + t3('40') }],
  invalid: [
    {
      name: '表5 一般公共服务支出 above 表3: one finding, at the 类',
      workbook: t5('30') + t3('35'),
      errors: [{ messageId: 'exceeds', message: '表3「201 一般公共服务支出」合计35.00万元' }],
    },
  ],
});
