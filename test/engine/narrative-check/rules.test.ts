import * as fs from 'fs';
import * as path from 'path';
import { NARRATIVE_RULES } from '../../../src/engine/narrative-check/rules';
import { directionWords } from '../../../src/engine/narrative-check/rules/direction-words';
import { emptyTableSentence } from '../../../src/engine/narrative-check/rules/empty-table-sentence';
import { partsSum } from '../../../src/engine/narrative-check/rules/parts-sum';
import { percentSign } from '../../../src/engine/narrative-check/rules/percent-sign';
import { rateArithmetic } from '../../../src/engine/narrative-check/rules/rate-arithmetic';
import { reasonEmpty } from '../../../src/engine/narrative-check/rules/reason-empty';
import { repeatedWord } from '../../../src/engine/narrative-check/rules/repeated-word';
import { requiredSections } from '../../../src/engine/narrative-check/rules/required-sections';
import { sameFigure } from '../../../src/engine/narrative-check/rules/same-figure';
import { sharesSum } from '../../../src/engine/narrative-check/rules/shares-sum';
import { templateLeftover } from '../../../src/engine/narrative-check/rules/template-leftover';
import { threePublic } from '../../../src/engine/narrative-check/rules/three-public';
import { threePublicChanges } from '../../../src/engine/narrative-check/rules/three-public-changes';
import { unitYuan } from '../../../src/engine/narrative-check/rules/unit-yuan';
import { unknownName } from '../../../src/engine/narrative-check/rules/unknown-name';
import { year } from '../../../src/engine/narrative-check/rules/year';
import { zeroBaseRate } from '../../../src/engine/narrative-check/rules/zero-base-rate';
import { analyzeWorkbook } from '../../../src/engine/analyze';
import { checkNarrativeReport } from '../../../src/engine/narrative-check/check';
import { SectionReader } from '../../../src/engine/narrative-check/sections';
import { source } from '../narrative/fixtures';
import { narrativeRuleTester } from './rule-tester';
import { formatRef } from '../../../src/engine/grid/address';
import type { NarrativeRule } from '../../../src/engine/narrative-check/rule-types';
import { basicItems } from '../../../src/engine/narrative-check/rules/basic-items';
import { completionBase } from '../../../src/engine/narrative-check/rules/completion-base';
import { itemWording } from '../../../src/engine/narrative-check/rules/item-wording';
import { procurementSme } from '../../../src/engine/narrative-check/rules/procurement-sme';
import { juesuanGrid } from '../juesuan/workbook';
import { changji } from '../narrative/fixtures';

const INCOME = '二、关于昌吉州自然资源局2023年收入预算情况说明\n';
const GPB = '五、关于昌吉州自然资源局2023年一般公共预算当年拨款情况说明\n';
const OTHER = '十一、其他重要事项的情况说明\n';
const THREE = '十、关于昌吉州自然资源局2023年财政拨款“三公”经费预算情况说明\n';

describe('every narrative rule has a file of its own and a test here', () => {
  const src = fs.readFileSync(__filename, 'utf8');
  test.each(NARRATIVE_RULES.map((r) => r.id))('%s', (id) => {
    const file = id.replace('narrative/', '');
    expect(fs.existsSync(path.join(__dirname, '../../../src/engine/narrative-check/rules', `${file}.ts`))).toBe(true);
    expect(src).toContain(`rules/${file}'`);
  });
});

narrativeRuleTester.run(rateArithmetic, {
  valid: [
    { text: INCOME + '基本支出1174.93万元，占19.17%，比上年预算增加142.78万元，增长13.83%，主要原因是人员有所增加。' },
    { text: GPB + '项目支出3523.80万元，比上年预算增加3358.8万元，增长2035.64%。' },
    { text: GPB + '其他支出0.62万元，比上年预算数增加0万元，增加0%。' },
  ],
  invalid: [
    { text: INCOME + '一般公共预算2786.73万元，占45.47%，比上年预算增加1589.58万元，增长132.80%，主要原因是项目经费安排较上年增加；', errors: [{ messageId: 'wrong', stated: '132.80%', expected: '132.78%' }] },
    { text: GPB + '2023年预算数为110.81万元，比上年预算数增加15.29万元，增长16.00%，主要原因是：在职人员退休。', errors: [{ messageId: 'wrong', stated: '16.00%', expected: '16.01%' }] },
    { text: GPB + '2023年预算数为5万元，比上年预算数增加0万元，增长3%。', errors: [{ messageId: 'zeroChange', expected: '0%' }] },
  ],
});

narrativeRuleTester.run(zeroBaseRate, {
  valid: [{ text: INCOME + '单位资金1115.26万元，比上年预算增加1115.26万元，上年无该预算，增长率无可比性。' }, { text: GPB + '2023年预算数为0万元，比上年预算数减少10万元，减少100%。' }],
  invalid: [{ text: INCOME + '单位资金1115.26万元，比上年预算增加1115.26万元，增长100%，主要原因是单位资金纳入预算。', errors: [{ messageId: 'fromText', stated: '100%', expected: '上年无该预算，增长率无可比性' }] }],
});

narrativeRuleTester.run(directionWords, {
  valid: [
    { text: GPB + '2023年预算数为29.32万元，比上年预算数减少2.44万元，下降7.68%。' },
    { text: GPB + '2023年预算数为5万元，与上年持平。' },
    // 杭州: a change of a few per cent described as 基本持平.
    { text: GPB + '2023年预算数为29532.57万元，比上年执行数减少83.30万元，下降0.3%，与上年基本持平。' },
  ],
  invalid: [
    { text: GPB + '2023年预算数为5万元，比上年增加2万元，增长66.67%，与上年基本持平。', errors: [{ messageId: 'chiping' }] },
    { text: GPB + '2023年预算数为29.32万元，比上年预算数减少2.44万元，增长7.68%。', errors: [{ messageId: 'disagree' }] },
    { text: GPB + '2023年预算数为5万元，比上年增加1万元，与上年持平。', errors: [{ messageId: 'chiping', expected: '0万元' }] },
  ],
});

const OVERVIEW = '一、关于昌吉州自然资源局2023年收支预算情况的总体说明\n收支总预算6128.18万元。\n';
const SOURCES = '收入预算包括：一般公共预算4698.73万元、其他收入180万元、财政拨款结转结余314.19万元、非财政拨款结转结余935.26万元。\n';
const CLASSES = '支出预算包括：社会保障和就业支出170.11万元、卫生健康支出59.48万元、自然资源海洋气象等支出4035.71万元、住房保障支出87.29万元、灾害防治及应急管理支出1761.50万元、其他支出14.09万元。\n';

narrativeRuleTester.run(partsSum, {
  valid: [
    // 收入 sources and 支出 类 add up to the 收支总预算 (004's own lines).
    { text: OVERVIEW + SOURCES + CLASSES },
    { text: OTHER + '2023年，本局政府采购预算3253.47万元，其中：政府采购货物预算59.67万元，政府采购工程预算0万元，政府采购服务预算3193.80万元。\n2023年度本部门面向中小企业预留政府采购项目预算金额3253.47万元。' },
    { text: '七、项目支出情况说明\n项目名称：聘请法律顾问费\n预算安排规模：15万元\n资金分配情况：前期招标0.5万元；数据整理9.5万元；技术服务5万元。' },
    // 主要包括 may leave parts out: far short of the whole, or equal to it.
    { text: '七、项目支出情况说明\n1.文体产业管理预算313.65万元，主要包括文化产业管理工作122.3万元；体育产业管理工作162.09万元。' },
    { text: '七、项目支出情况说明\n1.文体产业管理预算313.65万元，主要包括文化产业管理工作122.3万元；专项资金管理审计29.2万元；体育产业管理工作162.15万元。' },
  ],
  // Where the tables confirm the total (004's 收支总预算, 表7's project, 表10's 三公), the parts' sum is what is stated wrong.
  invalid: [
    { text: OVERVIEW + SOURCES.replace('其他收入180万元', '其他收入190万元') + CLASSES, errors: [{ messageId: 'notEqual', stated: '6138.18万元', expected: '6128.18万元' }] },
    { text: OVERVIEW + SOURCES + CLASSES.replace('卫生健康支出59.48万元', '卫生健康支出69.48万元'), errors: [{ messageId: 'notEqual', stated: '6138.18万元', expected: '6128.18万元' }] },
    { text: OTHER + '2023年，本局政府采购预算3253.47万元，其中：政府采购货物预算59.67万元，政府采购工程预算10万元，政府采购服务预算3193.80万元。', errors: [{ messageId: 'notEqual', expected: '3263.47万元' }] },
    { text: OTHER + '2023年，本局政府采购预算3253.47万元，其中：政府采购货物预算49.67万元，政府采购服务预算3193.80万元。', errors: [{ messageId: 'notEqual', expected: '3243.47万元' }] },
    { text: OTHER + '2023年，本局政府采购预算3253.47万元。\n2023年度本部门面向中小企业预留政府采购项目预算金额3300万元。', errors: [{ messageId: 'smallFirms' }] },
    { text: '七、项目支出情况说明\n项目名称：卫片执法专项经费\n预算安排规模：30万元\n资金分配情况：技术服务费10万元；工作经费10万元。', errors: [{ messageId: 'notEqual', stated: '20万元', expected: '30万元' }] },
    { text: THREE + '2023年财政拨款“三公”经费数为14.74万元，其中：因公出国（境）费0万元，公务用车购置费0万元，公务用车运行费14万元，公务接待费2.74万元。', errors: [{ messageId: 'notEqual', stated: '16.74万元', expected: '14.74万元' }] },

    // 深圳 2026: a 主要包括 list short of its project by a trifle, or above it only by its integers' rounding: 提示.
    { text: '七、项目支出情况说明\n7.文体产业管理预算313.65万元，主要包括文化产业管理工作122.3万元，用于文化产业管理；专项资金管理审计29.2万元；体育产业管理工作162.09万元。', errors: [{ messageId: 'nearlyWhole', stated: '313.65万元', expected: '313.59万元', severity: 'warning' }] },
    { text: '七、项目支出情况说明\n8.全民健身及体育竞赛管理预算3,441.94万元，主要包括体育竞赛3,017万元；省运会赛事团部经费350万元；群众体育管理工作75万元。', errors: [{ messageId: 'roundedExceeds', expected: '3442万元', severity: 'warning' }] },
    { text: '七、项目支出情况说明\n8.全民健身及体育竞赛管理预算3,441.94万元，主要包括体育竞赛3,018.5万元；省运会赛事团部经费350万元；群众体育管理工作75万元。', errors: [{ messageId: 'exceeds', severity: 'error' }] },
  ],
});

narrativeRuleTester.run(sharesSum, {
  valid: [
    { text: INCOME + '一般公共预算2786.73万元，占45.47%；上级转移支付1912万元，占31.20%；单位资金1115.26万元，占18.20%；财政拨款结转314.19万元，占5.13%。' },
    // 杭州: shares of one decimal and one of three; each may be off by half its own last digit.
    { text: INCOME + '一般公共预算2786.73万元，占1.6%；单位资金18万元，占0.004%；其他收入100万元，占60.2%；财政拨款结转314.19万元，占38.2%。' },
  ],
  invalid: [{ text: INCOME + '一般公共预算2786.73万元，占45.47%；上级转移支付1912万元，占31.20%；单位资金1115.26万元，占18.20%；财政拨款结转314.19万元，占6.13%。', errors: [{ messageId: 'notHundred', stated: '101.00%' }] }],
});

narrativeRuleTester.run(sameFigure, {
  valid: [
    { text: OTHER + '（二）政府采购情况\n2023年，本局政府采购预算3253.47万元，其中：政府采购货物预算59.67万元。\n（四）其他\n本局政府采购预算3253.47万元，全部用于服务。' },
    // Last year's figure, a part after 其中 and a part of one fund are other figures.
    { text: OTHER + '2023年机关运行经费116.57万元。2022年机关运行经费为110万元。上年机关运行经费为110万元。' },
    { text: OTHER + '政府采购预算3253.47万元，其中一般公共预算拨款政府采购3000万元。' },
    // A statement the tables find wrong is the table check's finding, not this rule's too.
    { text: THREE + '2023年财政拨款“三公”经费数为14.74万元。\n“三公”经费预算14.47万元，比上年增加1万元，主要原因是公务用车运行费增加。' },
  ],
  invalid: [
    { text: OTHER + '（二）政府采购情况\n2023年，本局政府采购预算3253.47万元。\n（四）其他\n本局政府采购预算3235.47万元，全部用于服务。', errors: [{ messageId: 'differs', stated: '3235.47万元', expected: '3253.47万元' }] },
    { text: OTHER + '2023年度本部门面向中小企业预留政府采购项目预算金额3253.47万元。\n面向中小企业预留政府采购项目预算3250万元。', errors: [{ messageId: 'differs', stated: '3250万元' }] },
  ],
});

narrativeRuleTester.run(percentSign, {
  valid: [{ text: INCOME + '一般公共预算2786.73万元，占45.47%，增长13.83 %。' }, { text: OTHER + '车辆5辆，占用房屋4235.63平方米。' }],
  invalid: [{ text: INCOME + '一般公共预算2786.73万元，占45.47，比上年增加1589.58万元。', errors: [{ messageId: 'missing', stated: '45.47', expected: '45.47%' }] }],
});

narrativeRuleTester.run(unitYuan, {
  valid: [
    { text: INCOME + '一般公共预算2786.73万元。' },
    { text: OTHER + '人均经费标准为每人每年500元/人。'.replace('500元/人', '五百元') },
    // 绩效 indicators: prices and deductions in 元 are no budget figures.
    { text: OTHER + '经济成本指标：租赁费用小于等于284元/台，每超出15元扣2分，保费标准700 元/人。' },
  ],
  invalid: [{ text: '一、总体说明\n收支总预算6128.18元。', errors: [{ messageId: 'yuanForWan', stated: '6128.18元', expected: '6128.18万元' }] }],
});

describe('narrative/unit-yuan, the reverse: tables in 元, the text in 万元', () => {
  // 004's tables printed with 单位：元 (the same figures read as 元).
  const yuanBook = () => analyzeWorkbook(source('changji-2023.txt', (t) => t.replace(/单位：万元/g, '单位：元')));
  const run = (text: string) => checkNarrativeReport(text, yuanBook(), undefined, { year: 2023, rules: [unitYuan] }).findings.filter((f) => f.ruleId === 'narrative/unit-yuan');
  it('passes the table’s figure in 元, and the same converted to 万元', () => {
    expect(run('一、总体说明\n收支总预算6128.18元。')).toEqual([]);
    expect(run('一、总体说明\n收支总预算0.61万元。')).toEqual([]);
  });
  it('finds the 元 figure written as 万元, and gives it in 万元', () => {
    const [f, ...rest] = run('一、总体说明\n收支总预算6128.18万元。');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ messageId: 'wanForYuan', stated: '6128.18万元', expected: '0.61万元' });
    expect(f.sentence).toBe('收支总预算6128.18万元。');
  });
});

narrativeRuleTester.run(templateLeftover, {
  valid: [
    { text: INCOME + '一般公共预算2786.73万元，比上年增加1589.58万元。' },
    // A table of contents' leader dots before the page number.
    { text: '目录\n（一）主要职能 ....................................2\n（二）机构设置情况 …………………………4\n' + INCOME + '一般公共预算2786.73万元。' },
    // A 绩效 indicator row, and a PDF copy that put the figures on the line below (重庆).
    { text: OTHER + '总成本 35.78 不超过预算 万元 ≤ 20' },
    { text: OTHER + '二 支出预算 年年初预算数 万元 其中 一般公共服务支出 万元 教育支出\n( ) :2026 174,900.64 , : 23,103.76 ,' },
  ],
  invalid: [
    { text: INCOME + '一般公共预算2786.73万元，比上年增加（减少）1589.58万元。', errors: [{ messageId: 'leftover', stated: '增加（减少）' }] },
    { text: INCOME + '一般公共预算2786.73万元，增长（下降）5%。', errors: [{ messageId: 'leftover' }] },
    { text: INCOME + '单位资金占 %。', errors: [{ messageId: 'leftover' }] },
    { text: OTHER + 'XX局政府采购预算3253.47万元。', errors: [{ messageId: 'leftover', stated: 'XX' }] },
    { text: OTHER + '××局机关运行经费116.57万元。', errors: [{ messageId: 'leftover' }] },
    { text: OTHER + '某某项目预算20万元。', errors: [{ messageId: 'leftover' }] },
    { text: OTHER + '主要用于【待填写：用途】。', errors: [{ messageId: 'leftover' }] },
    { text: OTHER + '本单位{单位名称}机关运行经费。', errors: [{ messageId: 'leftover' }] },
    { text: OTHER + '主要用于……。', errors: [{ messageId: 'leftover' }] },
    { text: OTHER + '政府采购工程预算     万元。', errors: [{ messageId: 'leftover' }] },
  ],
});

narrativeRuleTester.run(reasonEmpty, {
  valid: [
    { text: GPB + '比上年增加0.2万元，增长5.41%，主要原因是：退休人员增加。' },
    // A PDF copy wraps the line after 主要原因是: the reason is on the next line.
    { text: GPB + '比上年增加0.2万元，增长5.41%。主要原因是\n退休人员增加。' },
  ],
  invalid: [
    { text: GPB + '比上年增加0.2万元，增长5.41%，主要原因是：。', errors: [{ messageId: 'empty' }] },
    { text: GPB + '比上年增加0.2万元，增长5.41%。主要原因是\n（一）机关运行经费', errors: [{ messageId: 'empty' }] },
    { text: GPB + '比上年增加0.2万元，增长5.41%，主要原因是', errors: [{ messageId: 'empty' }] },
  ],
});

narrativeRuleTester.run(year, {
  valid: [
    { text: GPB + '2023年预算数为3.9万元，截至2022年底资产如下。依据《法治中国建设规划（2020-2025年）》、新政函〔2017〕266号、昌州政办发【2020】53号、昌州财经办（2022）15号、新自然资函2021.58号。' },
    // A past year as history or an edition, the next year as a plan.
    { text: GPB + '主要用于地铁综合补贴（含2020年及以往）项目，按2018年版标准执行，2024年12月31日前完成验收。' },
  ],
  invalid: [{ text: GPB + '2021年预算数为3.9万元，比上年增加0.2万元。', errors: [{ messageId: 'other', stated: '2021年', expected: '2023年' }] }],
});

narrativeRuleTester.run(repeatedWord, {
  valid: [{ text: GPB + '比上年增加0.2万元，常常如此。' }, { text: GPB + '主要用于水质净化厂设备设施更换工程工程款。' }, { text: OTHER + '内设低空航空航天发展处、服务业处。' }],
  invalid: [{ text: GPB + '比上年增加增加0.2万元。', errors: [{ messageId: 'repeated', stated: '增加增加', expected: '增加' }] }],
});

narrativeRuleTester.run(emptyTableSentence, {
  valid: [{ text: '八、关于昌吉州自然资源局2023年政府性基金预算拨款情况说明\n昌吉州自然资源局2023年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。' }],
  invalid: [
    { text: '八、关于昌吉州自然资源局2023年政府性基金预算拨款情况说明\n昌吉州自然资源局2023年没有使用政府性基金预算拨款安排的支出，国有资本经营预算支出情况表为空表。', errors: [{ messageId: 'wrongTable', expected: '政府性基金预算支出情况表' }] },
    { text: THREE + '本单位“三公”经费支出情况表为空表。', errors: [{ messageId: 'hasData' }] },
  ],
});

narrativeRuleTester.run(threePublic, {
  valid: [
    { text: THREE + '“三公”经费14.74万元，其中：因公出国（境）费0万元，公务用车购置费0万元，公务用车运行费14万元，公务接待费0.74万元。比上年增加1万元，主要原因是公务用车运行费增加。' },
    // 上海: the total's change broken down, each item with its reason.
    { text: THREE + '“三公”经费预算数为14.74万元，比上年减少1万元。其中：\n（一）因公出国（境）费0万元，与上年持平。\n（二）公务用车购置及运行费14万元，比上年减少1万元，主要原因是压减公务用车运行费。\n（三）公务接待费0.74万元，与上年持平。' },
    // A PDF copy cuts the line inside 主要原因是.
    { text: THREE + '“三公”经费14.74万元，其中：因公出国（境）费0万元，公务用车购置费0万元，公务用车运行费14万元，公务接待费0.74万元，比上年减少3万元，主\n要原因是压减公务接待。' },
  ],
  invalid: [
    { text: THREE + '“三公”经费14.74万元，其中：公务用车购置费0万元，公务用车运行费14万元，公务接待费0.74万元。', errors: [{ messageId: 'missingItem', message: /因公出国（境）费/ }] },
    { text: THREE + '“三公”经费14.74万元，其中：因公出国（境）费0万元，公务用车购置费0万元，公务用车运行费14万元，公务接待费0.74万元。比上年增加1万元，增长7.28%。', errors: [{ messageId: 'noReason' }] },
  ],
});

// juesuan.md J-N14, 宜宾 2017: the items' changes against the 预算数 add up to the total's.
narrativeRuleTester.run(threePublicChanges, {
  valid: [
    { text: THREE + '“三公”经费支出总额为3825万元，比预算数减少988万元。因公出国（境）费99万元，比预算数减少31万元。公务接待费1014万元，比预算数减少850万元。公务用车购置及运行维护费2712万元，比预算数减少107万元。' },
    // Changes on different bases (上年 and 预算) are never added together.
    { text: THREE + '“三公”经费3825万元，比上年减少1188万元。因公出国（境）费99万元，比预算数减少31万元。公务接待费1014万元，比预算数减少850万元。公务用车购置及运行维护费2712万元，比预算数减少107万元。' },
  ],
  invalid: [
    {
      text: THREE + '“三公”经费支出总额为3825万元，比预算数减少1188万元。因公出国（境）费99万元，比预算数减少31万元。公务接待费1014万元，比预算数减少850万元。公务用车购置及运行维护费2712万元，比预算数减少107万元。',
      errors: [{ messageId: 'notEqual', stated: '1188万元', expected: '988万元' }],
    },
  ],
});

const FULL = ['一、总体说明', '收支总预算6128.18万元。', '（一）机关运行经费情况', '机关运行经费116.57万元。', '（二）政府采购情况', '政府采购预算0万元。', '（三）国有资产占用使用情况', '车辆5辆。', '（四）预算绩效情况', '绩效目标见下表。', '名词解释', '1.财政拨款收入：……'].join('\n').replace('……', '指本级财政拨款');
narrativeRuleTester.run(requiredSections, {
  valid: [{ text: FULL }],
  invalid: [
    { text: FULL.replace('名词解释', '附表说明'), errors: [{ messageId: 'missing', message: /名词解释/ }] },
    // A sheet read from A1 may start with blank rows: the finding still quotes the title.
    { text: '\n\n' + FULL.replace('名词解释', '附表说明'), errors: [{ messageId: 'missing', message: /名词解释/ }] },
  ],
});

narrativeRuleTester.run(unknownName, {
  valid: [{ text: '七、项目支出情况说明\n项目名称：卫片执法专项经费\n预算安排规模：30万元' }],
  invalid: [{ text: '七、项目支出情况说明\n项目名称：国土变更调查工作项目\n预算安排规模：20万元', errors: [{ messageId: 'closest', stated: '国土变更调查工作项目', expected: '国土变更调查项目经费' }] }],
});

describe('决算 rules (juesuan.md J-N), on a small 决算 whose tables all hold', () => {
  const analysis = analyzeWorkbook(juesuanGrid());
  const run = (rule: NarrativeRule, text: string) => checkNarrativeReport(text, analysis, undefined, { year: 2024, rules: [rule] }).findings.filter((f) => f.ruleId === rule.id);
  const J5 = '五、一般公共预算财政拨款支出决算情况说明\n';
  const J6 = '六、一般公共预算财政拨款基本支出决算情况说明\n';
  const J7 = '七、财政拨款“三公”经费支出决算情况说明\n';
  const OTHER_J = '十一、其他重要事项的情况说明\n（二）政府采购支出情况\n';

  test('completion-base: no 完成预算的x% over a 预算数 of 0, stated or in the tables (J-N09, J-N15)', () => {
    // 因公出国（境）费 has no 预算数 in 表7; 公务接待费 has 3.00.
    const bad = run(completionBase, J7 + '“三公”经费财政拨款支出年初预算为3.00万元，支出决算为2.00万元，完成预算的66.67%，其中：因公出国（境）费决算为0.00万元，完成预算的0%；公务接待费支出决算为2.00万元，完成预算的66.67%。');
    expect(bad.map((f) => [f.messageId, f.stated])).toEqual([['tableZero', '0%']]);
    expect(bad[0].cells.map((c) => formatRef(c))).toContain('表7!C7');
    const stated = run(completionBase, J5 + '一般公共预算财政拨款支出年初预算为0万元，全年预算为\n104.00万元，支出决算为100.00万元，完成年初预算的96.15%。');
    expect(stated.map((f) => [f.messageId, f.stated, f.line])).toEqual([['statedZero', '96.15%', 3]]);
    expect(stated[0].message).toMatch(/全年预算104\.00万元/);
    expect(run(completionBase, J5 + '一般公共预算财政拨款支出年初预算为104.00万元，支出决算为100.00万元，完成年初预算的96.15%。')).toEqual([]);
  });

  test('basic-items: the 主要包括 lists name the 款 with amounts (J-N12)', () => {
    const found = run(basicItems, J6 + '一般公共预算财政拨款基本支出35.00万元。其中：人员经费25.00万元，主要包括：基本工资、对个人和家庭的补助；公用经费10.00万元，主要包括：办公费、公务接待费。');
    expect(found.map((f) => [f.messageId, f.severity, f.stated, f.expected])).toEqual([
      ['listedZero', 'error', '对个人和家庭的补助', '不列'],
      ['omitted', 'warning', '未列', '机关事业单位基本养老保险缴费'],
    ]);
    expect(run(basicItems, J6 + '人员经费25.00万元，主要包括：基本工资、机关事业单位基本养老保险缴费；公用经费10.00万元，主要包括：办公费、公务接待费。')).toEqual([]);
  });

  test('item-wording: one base for every item, and each 项 its own use (J-N21)', () => {
    const text =
      J5 +
      '（三）一般公共预算财政拨款支出决算具体情况\n其中：1、一般公共服务支出（类）人大事务（款）行政运行（项）。主要用于：机关事业单位基本养老保险缴费支出。全年预算为80.00万元，支出决算为80.00万元。决算数与全年预算数持平。2、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。主要用于：养老保险。全年预算为22.00万元，支出决算为20.00万元。决算数小于预算数的主要原因：人员变动。';
    expect(run(itemWording, text).map((f) => [f.messageId, f.cells.map(formatRef)])).toEqual([
      ['otherUse', ['表5!C6']],
      ['mixedBase', ['表5!C9']],
    ]);
    expect(run(itemWording, text.replace('机关事业单位基本养老保险缴费支出。全年', '人大机关运行。全年').replace('决算数小于预算数', '决算数小于全年预算数'))).toEqual([]);
  });

  test('procurement-sme: what went to 中小企业 does not exceed the total, rounding allowed (J-N17)', () => {
    const text = (other: string) =>
      OTHER_J + `政府采购金额（以合同签订为准）为21.07万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额21.07万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额${other}万元。`;
    expect(run(procurementSme, text('21.07')).map((f) => [f.stated, f.expected])).toEqual([['42.14万元', '不超过21.07万元']]);
    expect(run(procurementSme, text('0'))).toEqual([]);
    expect(run(procurementSme, text('0.01'))).toEqual([]);
  });

  test('the 决算 rules stay silent on a 预算 text', () => {
    const cj = changji();
    for (const rule of [completionBase, basicItems, itemWording, procurementSme])
      expect(checkNarrativeReport(cj.text, cj.analysis, cj.prior, { rules: [rule] }).findings).toEqual([]);
  });
});

describe('a glossary numbered like sub-headings opens no part of the 说明', () => {
  test('“（八）机关运行经费：指…” is a definition: the lines after it are not read as 机关运行经费', () => {
    const reader = new SectionReader();
    const read = (line: string) => reader.read(line).section;
    expect(['四、名词解释', '（八）机关运行经费：指行政单位的公用经费。', '收支总预算6128.18万元。'].map(read)).toEqual([undefined, undefined, undefined]);
    expect(read('（一）机关运行经费情况')).toBe('other');
  });
});
