import Decimal from 'decimal.js';
import { REASON_MISSING_RULE } from '../../../src/engine/narrative/reason-finding';
import { changji, sectionLines, zhaohua } from './fixtures';

describe('narrative settings and wording rules', () => {
  it('sameWording: 004 增加0万元，增长0% or 持平', () => {
    expect(sectionLines(changji().text, '“三公”').join('\n')).toContain('2023年财政拨款“三公”经费比上年预算增加0万元，增长0%。');
    const chiping = sectionLines(changji({ sameWording: 'chiping' }).text, '“三公”').join('\n');
    expect(chiping).toContain('2023年财政拨款“三公”经费与上年预算持平。');
    expect(chiping).toContain('公务接待费与上年预算持平，主要原因是：无变化');
    expect(chiping).not.toContain('增长0%');
  });

  it('priorZeroWording: last year 0 is 增长100% (a convention) or 无可比性, never a division', () => {
    const growth = changji().text;
    expect(growth).toContain('上级一般公共预算安排的转移支付资金1912.00万元，占31.20%，比上年预算增加1912.00万元，增长100%');
    const notComparable = changji({ priorZeroWording: 'not-comparable' });
    expect(notComparable.text).toContain('上级一般公共预算安排的转移支付资金1912.00万元，占31.20%，比上年预算增加1912.00万元，上年无该预算，增长率无可比性');
    expect(notComparable.text).toContain('机关事业单位职业年金缴费支出（项）：2023年预算数为55.40万元，比上年预算数增加55.40万元，上年无该预算，增长率无可比性');
    expect(notComparable.doc.figures.some((f) => f.kind === 'rate' && f.subjects.includes('单位资金'))).toBe(false);
  });

  it('this year 0: 减少 the whole amount, 下降100%', () => {
    expect(changji().text).toContain('地质勘查与矿产资源管理（项）：2023年预算数为0.00万元，比上年预算数减少10.00万元，下降100%');
  });

  it('percentDecimals 0 gives whole percents, the wording style stays', () => {
    const { text } = changji({ percentDecimals: 0 });
    // 45.47 + 31.20 + 18.20 + 5.13: the floors add to 99, the missing point goes to the largest remainder (.47).
    expect(text).toContain('一般公共预算2786.73万元，占46%，比上年预算增加1589.58万元，增长133%');
    expect(text).toContain('单位资金1115.26万元，占18%');
    expect(text).toContain('基本支出1174.93万元，占19%');
  });

  it('shareRounding plain leaves each share as rounded and moves none', () => {
    const { text, doc } = changji({ shareRounding: 'plain' });
    expect(text).toContain('卫生健康支出59.48万元，占1.27%');
    expect(doc.shareAdjustments).toEqual([]);
    expect(doc.notes.some((n) => n.includes('最大余数法'))).toBe(false);
  });

  it('amountStyle as-table writes the digits the cell shows', () => {
    const { text } = changji({ amountStyle: 'as-table' });
    expect(text).toContain('上级一般公共预算安排的转移支付资金1912万元');
    expect(text).toContain('2023年预算数为3.9万元');
  });

  it('a change over the threshold without a reason is a finding naming the row; the text asks for it', () => {
    const { doc, text } = changji({}, { notes: false });
    const rows = doc.findings.filter((f) => f.ruleId === REASON_MISSING_RULE).map((f) => f.message.slice(0, f.message.indexOf('」') + 1));
    expect(rows).toContain('表5「2080505 机关事业单位基本养老保险」');
    expect(rows).toContain('表5「2200102 一般行政管理事务」');
    expect(rows).toContain('表3合计行「基本支出」');
    // 5.41% and 4.31% are under 10%: no reason required.
    expect(rows).not.toContain('表5「2080501 行政单位离退休」');
    expect(rows).not.toContain('表5「2200101 行政运行」');
    const missing = doc.findings.find((f) => f.message.startsWith('表5「2080505'))!;
    expect(missing.message).toContain('比上年增长16.01%（上年95.52万元，本年110.81万元），超过10%');
    expect(missing.sides.map((s) => s.amount.toFixed(2))).toEqual(['110.81', '95.52']);
    expect(missing.target).toEqual(missing.sides[0].cells[0]);
    const newItem = doc.findings.find((f) => f.message.startsWith('表5「2080506'))!;
    expect(newItem.message).toContain('为本年新增（上年0万元，本年55.40万元）');
    expect(text).toContain('增长16.01%，主要原因是：【待填写：变动原因】。');
    expect(text).toContain('增长4.31%。');
  });

  it('the threshold is a setting', () => {
    const strict = changji({ reasonThresholdPercent: new Decimal(50) }, { notes: false }).doc.findings.map((f) => f.message.slice(0, 20));
    expect(strict.some((m) => m.startsWith('表5「2080505'))).toBe(false);
    expect(strict.some((m) => m.startsWith('表5「2101103'))).toBe(true);
  });

  it('text only the clerk knows is a placeholder, never prose', () => {
    const { doc, text } = changji({}, { notes: false });
    const wanted = doc.placeholders.map((p) => p.what);
    expect(wanted).toContain('社会保障和就业支出主要用于');
    expect(wanted).toContain('卫片执法专项经费设立的政策依据');
    expect(wanted).toContain('卫片执法专项经费项目承担单位');
    expect(wanted).toContain('政府采购情况（政府采购预算总额，其中货物、工程、服务预算）');
    expect(text).toContain('社会保障和就业支出170.11万元，主要用于【待填写：社会保障和就业支出主要用于】。');
    expect(sectionLines(text, '其他重要事项')).toContain('【待填写：国有资产占用使用情况】');
    for (const p of doc.placeholders) expect(text).toContain(p.text);
  });

  it('without last year: no change is made up, each is asked for once per section', () => {
    const { doc, text } = changji({}, { prior: false });
    expect(text).not.toMatch(/比上年预算(数)?(增加|减少)/);
    expect(text).toContain('基本支出1174.93万元，占19.17%，【待填写：与上年预算比较（未提供上年数）】。');
    expect(doc.findings).toEqual([]);
    expect(doc.notes.some((n) => n.startsWith('未提供上年数'))).toBe(true);
  });

  it('empty 表8 / 表9 get the fixed 为空表 sentences', () => {
    const { text } = changji();
    expect(sectionLines(text, '政府性基金')).toEqual(['昌吉州自然资源局2023年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。']);
    expect(sectionLines(text, '国有资本经营')).toEqual(['昌吉州自然资源局2023年没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。']);
    expect(sectionLines(zhaohua().text, '政府性基金')).toEqual(['区自然资源分局2023年没有使用政府性基金预算拨款安排的支出。']);
  });

  it('every stated figure is backed by cells', () => {
    const { doc } = changji();
    const stated = doc.figures.filter((f) => f.stated);
    expect(stated.length).toBeGreaterThan(100);
    for (const f of stated.filter((x) => x.kind === 'amount' && !x.value.isZero())) expect(f.cells.length).toBeGreaterThan(0);
  });
});
