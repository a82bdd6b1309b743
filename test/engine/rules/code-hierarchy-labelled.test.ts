import { codeHierarchy } from '../../../src/engine/rules/code-hierarchy';
import { unknownRow } from '../../../src/engine/rules/unknown-row';
import { ruleTester } from '../../support/rule-tester';

/**
 * What a 合计 adds up beside the 科目, as real templates print it: 表1 支出 with 对附属单位补助支出, 本年支出合计 and
 * 结转下年 (广州, 深圳); 类 named without codes and their 款/项 named below them unnumbered (深圳); tables listed by
 * 单位 (广州 表2: 合计 then the units; 杭州: 合计, the department's own line, then its units; 深圳: one unit line
 * and no 合计).
 */
const t1 = (opts: { affiliated?: string; current?: string; carry?: string; total?: string } = {}) => `
  @sheet 表1
  表1 收支总表
  部门名称：示例局⇥⇥⇥单位：万元
  收入⇥⇥支出
  项目⇥预算数⇥项目⇥预算数
  一、财政拨款⇥100⇥一、教育支出⇥40
  1.一般公共预算拨款⇥100⇥进修及培训⇥40
  ⇥⇥培训支出⇥40
  ⇥⇥二、住房保障支出⇥60
  ⇥⇥住房改革支出⇥60
  ⇥⇥三、对附属单位补助支出⇥${opts.affiliated ?? '5'}
  本年收入合计⇥100⇥本年支出合计⇥${opts.current ?? '105'}
  上年结余、结转⇥10⇥结转下年⇥${opts.carry ?? '5'}
  1.财政拨款结余、结转⇥10⇥⇥
  收入总计⇥110⇥支出总计⇥${opts.total ?? '110'}
`;

/** 表2 listed by 单位: `dept` is the department's own line (杭州) or nothing (广州); the units add up to 100. */
const t2 = (first: string, dept = '') => `
  @sheet 表2
  表2 收入总表
  部门名称：示例局⇥⇥⇥单位：万元
  单位名称⇥合计⇥一般公共预算⇥政府性基金预算
  合计⇥100⇥90⇥10
  ${dept}
  示例局本级⇥${first}⇥50⇥10
  示例局服务中心⇥40⇥40⇥
`;

/** 表2 of units grouped under units: 示例局 (100) is 本级 (60) + 中心 (40); its sum is not one level. */
const t2Nested = `
  @sheet 表2
  表2 收入总表
  部门名称：示例局⇥⇥⇥单位：万元
  单位名称⇥合计⇥一般公共预算⇥政府性基金预算
  合计⇥150⇥140⇥10
  示例局⇥100⇥90⇥10
  示例局本级⇥60⇥50⇥10
  示例局服务中心⇥40⇥40⇥
  示例局直属队⇥50⇥50⇥
`;

/** 深圳's 表3: a 预算单位 column, the unit's line first and no 合计; its 类 add up to `unit`. */
const t3ByUnit = (unit: string) => `
  @sheet 表3
  表3 支出总表
  部门名称：示例局⇥⇥⇥⇥⇥单位：万元
  预算单位⇥科目编码⇥科目名称⇥支出总计⇥基本支出⇥项目支出
  示例局（本级）⇥⇥⇥${unit}⇥60⇥40
  ⇥"205"⇥教育支出⇥40⇥⇥40
  ⇥"221"⇥住房保障支出⇥60⇥60⇥
`;

/** 长沙's 项目支出绩效目标表: 合计, the department's line, its projects; `unit` is the department's 资金总额. */
const performance = (unit: string) => `
  @sheet 绩效
  2026年项目支出绩效目标表
  部门名称：示例市信访局⇥⇥单位：万元
  单位编码⇥单位（项目）名称⇥资金总额
  合计⇥⇥${unit}
  126001⇥示例市信访局⇥${unit}
  126001⇥信访业务工作专项⇥100
  126001⇥来访接待中心运行专项⇥50
`;

/** 深圳's 项目支出总表: the department's line, then its projects, all in one column. */
const projects = (unit: string) => `
  @sheet 表5
  表5 项目支出总表
  部门名称：示例市交通局（本级）⇥⇥单位：万元
  支出项目类别⇥总计⇥一般公共预算拨款
  示例市交通局（本级）⇥${unit}⇥${unit}
  安全生产专项经费⇥70⇥70
  办公设备采购⇥30⇥30
`;

/** 长沙's 表1: 支出 by 支出类型 (一、基本支出, 二、项目支出 …) instead of 类; `current` is its 本年支出合计. */
const t1ByUse = (current: string) => `
  @sheet 表1
  2026年部门收支总体情况表
  部门名称：示例局⇥⇥⇥单位：万元
  收入⇥⇥支出
  项目⇥本年预算⇥项目⇥本年预算
  一、本级财政拨款收入⇥100⇥一、基本支出⇥60
  ⇥⇥二、项目支出⇥40
  ⇥⇥三、事业单位经营支出⇥
  本年收入合计⇥100⇥本年支出合计⇥${current}
  ⇥⇥七、结转下年⇥
  收入总计⇥100⇥支出总计⇥${current}
`;

/** 深圳's 支出总表 of two units: the same 科目 under each; `kuan` is the second unit's 20508 合计 (its 项 add to 30). */
const t3TwoUnits = (kuan: string) => `
  @sheet 表3
  表3 支出总表
  部门名称：示例局⇥⇥⇥⇥⇥单位：万元
  预算单位⇥科目编码⇥科目名称⇥支出总计⇥基本支出⇥项目支出
  示例局本级⇥⇥⇥70⇥70⇥
  ⇥"205"⇥教育支出⇥70⇥70⇥
  ⇥"20508"⇥进修及培训⇥70⇥70⇥
  ⇥"2050803"⇥培训支出⇥70⇥70⇥
  示例局服务中心⇥⇥⇥30⇥⇥30
  ⇥"205"⇥教育支出⇥30⇥⇥30
  ⇥"20508"⇥进修及培训⇥${kuan}⇥⇥${kuan}
  ⇥"2050803"⇥培训支出⇥30⇥⇥30
`;

ruleTester.run(codeHierarchy, {
  valid: [
    { name: '表1: 本年支出合计 = Σ类 + 对附属单位补助支出; 支出总计 = that + 结转下年', workbook: t1(), tables: ['T1'] },
    { name: '表2 by 单位: 合计 = Σ units', workbook: t2('60'), tables: ['T2'] },
    { name: '表3 of two units, the same 科目 under each: each unit a hierarchy of its own', workbook: t3TwoUnits('30'), tables: ['T3'] },
    { name: '表1 支出 by 支出类型: 本年支出合计 = 基本支出 + 项目支出 + 经营支出', workbook: t1ByUse('100'), tables: ['T1'] },
    { name: '表2 by 单位 with the department\'s own line restating the 合计', workbook: t2('60', '示例局⇥100⇥90⇥10'), tables: ['T2'] },
    { name: '表2 of units grouped under units: not read as one level', workbook: t2Nested, tables: ['T2'] },
    { name: '深圳 表3: the one unit line is the table\'s total', workbook: t3ByUnit('100'), tables: ['T3'] },
    { name: '项目支出总表: the department\'s line = Σ its projects', workbook: projects('100'), tables: ['T7'] },
    { name: '绩效目标表: the department\'s line = Σ its projects', workbook: performance('150'), tables: ['S-performance'] },
  ],
  invalid: [
    {
      name: '表3 of two units: a unit\'s line above its 类',
      workbook: t3TwoUnits('30').replace('示例局本级⇥⇥⇥70⇥70⇥', '示例局本级⇥⇥⇥75⇥70⇥'),
      errors: [{ messageId: 'total', at: '表3!D4', sides: ['75', '70'], message: '表3示例局本级行合计75.00万元，与各类之和70.00万元不相等' }],
    },
    {
      name: '表3 of two units: the second unit\'s 款 off its 项',
      workbook: t3TwoUnits('35'),
      // One cause, one finding: the 类 still equals its 项, so only the 款 is named, in each column it is off.
      errors: [
        { messageId: 'parent', at: '表3!D10', sides: ['35', '30'], message: '表3「20508 进修及培训」合计35.00万元，与其下各项之和30.00万元不相等' },
        { messageId: 'parent', at: '表3!F10', sides: ['35', '30'] },
      ],
    },
    {
      name: '表1 支出 by 支出类型: 本年支出合计 above 基本 + 项目',
      workbook: t1ByUse('110'),
      errors: [
        { messageId: 'total', at: '表1!D8', sides: ['110', '100'] },
        { messageId: 'total', at: '表1!D10', sides: ['110', '100'] },
      ],
    },
    {
      name: '项目支出总表: the department\'s line above its projects',
      workbook: projects('110'),
      errors: [
        { messageId: 'listed', severity: 'error', at: '表5!B4', sides: ['110', '100'] },
        { messageId: 'listed', severity: 'error', at: '表5!C4', sides: ['110', '100'] },
      ],
    },
    {
      name: '绩效目标表: projects short of the department\'s line, a 提示 (the table may list only projects with goals)',
      workbook: performance('180'),
      errors: [{ messageId: 'listedPartial', severity: 'warning', at: '绩效!C5', sides: ['180', '150'] }],
    },
    {
      name: '表1: 支出总计 above Σ类 + 对附属单位补助支出 + 结转下年',
      workbook: t1({ total: '112' }),
      errors: [{ messageId: 'total', at: '表1!D14', sides: ['112', '110'], message: '表1支出总计行预算数112.00万元，与各类及对附属单位补助支出、结转下年之和110.00万元不相等' }],
    },
    {
      name: '表1: 本年支出合计 that leaves out 对附属单位补助支出',
      workbook: t1({ current: '100' }),
      errors: [{ messageId: 'total', at: '表1!D11', sides: ['100', '105'], message: '表1本年支出合计行预算数100.00万元，与各类及对附属单位补助支出之和105.00万元不相等' }],
    },
    {
      name: '表2 by 单位: a unit off by 5',
      workbook: t2('65'),
      errors: [{ messageId: 'total', at: '表2!B4', sides: ['100', '105'], message: '表2合计行总计100.00万元，与各单位之和105.00万元不相等' }],
    },
    {
      name: '深圳 表3: the unit line is not the sum of its 类',
      workbook: t3ByUnit('90'),
      errors: [{ messageId: 'total', at: '表3!D4', sides: ['90', '100'], message: '表3示例局（本级）行合计90.00万元，与各类之和100.00万元不相等' }],
    },
  ],
});

ruleTester.run(unknownRow, {
  valid: [
    { name: '表1: 款/项 named unnumbered under numbered 类, 结转 lines, 本年收入合计: every line placed', workbook: t1(), tables: ['T1'] },
    { name: '表2 listed by 单位: unit lines are the table\'s lines', workbook: t2('60'), tables: ['T2'] },
    { name: '深圳 表3: the 预算单位 line', workbook: t3ByUnit('100'), tables: ['T3'] },
  ],
  invalid: [
    {
      name: 'a line with an amount and no code in a table by 科目 is still reported',
      workbook: t3ByUnit('100').replace('⇥"221"⇥住房保障支出', '⇥⇥住房保障支出'),
      errors: [{ messageId: 'unknown', at: '表3!C6' }],
    },
  ],
});
