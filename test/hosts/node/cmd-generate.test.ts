import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../src/hosts/node/cli';
import { readDocxText } from '../../../src/hosts/node/read-docx';

const ex = (f: string) => path.resolve(__dirname, '../../../examples', f);

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

describe('gongkai generate / check-narrative', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-narrative-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the 情况说明 as text and .docx, with last year from --prior and texts from --notes', async () => {
    const base = path.join(dir, '昌吉');
    const r = await run(['generate', ex('changji-2023-budget.xlsx'), '--prior', ex('changji-2022-prior.xlsx'), '--notes', ex('changji-2023-notes.xlsx'), '--out', base]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('上年数：取自上年工作簿');
    expect(r.out).toContain('卫生健康支出由1.27%调为1.26%');
    const text = fs.readFileSync(`${base}.txt`, 'utf8');
    expect(text.startsWith('第三部分  2023年部门预算情况说明\n')).toBe(true);
    expect(text).toContain('增长132.78%');
    const docx = await readDocxText(`${base}.docx`);
    expect(docx).toContain('一、关于昌吉州自然资源局2023年收支预算情况的总体说明');
    expect(docx).toContain('一般公共预算2786.73万元，占45.47%，比上年预算增加1589.58万元，增长132.78%');
    // The .docx reads back to the same lines as the text.
    expect(docx.split('\n').filter(Boolean)).toEqual(text.split('\n').flatMap((l) => l.split('\n')).filter(Boolean));
  });

  it('takes 上年数 columns when there is no --prior, and the zhaohua style', async () => {
    const base = path.join(dir, '昭化');
    const r = await run(['generate', ex('zhaohua-2023-budget.xlsx'), '--style', 'zhaohua', '--out', base, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.priorSource).toBe('columns');
    expect(json.placeholders.map((p: { what: string }) => p.what)).toEqual(['部门主要职能']);
    expect(fs.readFileSync(`${base}.txt`, 'utf8')).toContain('公务接待费与2022年预算相比下降20%');
  });

  it('exits 1 and names the rows when a change over 10% has no reason', async () => {
    const r = await run(['generate', ex('changji-2023-budget.xlsx'), '--prior', ex('changji-2022-prior.xlsx'), '--out', path.join(dir, 'noreason')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('提示：表5「2080505 机关事业单位基本养老保险」比上年增长16.01%');
  });

  it('check-narrative reports 004’s wrong figures from text and from the generated .docx', async () => {
    const r = await run(['check-narrative', ex('changji-2023-budget.xlsx'), ex('narrative/004-published.txt'), '--prior', ex('changji-2022-prior.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('第9行〔收入预算〕错误：收入预算「一般公共预算」增减率：文中为132.80%，按公开表应为132.78%（1589.58÷1197.15）。  单元格：表2!G36');
    expect(r.out).toContain('原句：4.住房保障支出87.29万元，占1.85%');
    expect(r.out).toContain('第10行〔收入预算〕提示：“上级一般公共预算安排的转移支付资金1912万元');
    expect(r.out).toContain('共 213 个数字，核对 204 个（95.8%），发现 6 处错误、7 处提示；另有 9 个数字未核对：');
    expect(r.out).toContain('第150行 3802.5万元：绩效目标情况，公开表中没有，只有经办人掌握');
    const json = JSON.parse((await run(['check-narrative', ex('changji-2023-budget.xlsx'), ex('narrative/004-published.txt'), '--json'])).out);
    expect(json.findings.find((f: { line: number }) => f.line === 33).cells).toEqual(["'5一般公共预算支出'!E26"]);
    expect(json.unchecked.every((u: { reason: string }) => u.reason.length > 0)).toBe(true);

    const base = path.join(dir, 'roundtrip');
    await run(['generate', ex('changji-2023-budget.xlsx'), '--prior', ex('changji-2022-prior.xlsx'), '--notes', ex('changji-2023-notes.xlsx'), '--out', base]);
    const again = await run(['check-narrative', ex('changji-2023-budget.xlsx'), `${base}.docx`, '--prior', ex('changji-2022-prior.xlsx'), '--json']);
    // The generated text has no table mismatch and no 增长100% (the default is 增长率无可比性); what remains
    // are 004's own slips in the clerk's texts it copied from the notes (资金分配, 政府采购工程预算 left blank).
    const findings = JSON.parse(again.out).findings as Array<{ ruleId: string; sentence: string; severity: string }>;
    expect(findings.filter((f) => f.ruleId === 'narrative/table-figure' || f.ruleId === 'narrative/zero-base-rate')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'error').every((f) => /资金分配情况|政府采购/.test(f.sentence))).toBe(true);
    expect(fs.readFileSync(`${base}.txt`, 'utf8')).toContain('上年无该预算，增长率无可比性');
  });

  it('refuses bad options with usage', async () => {
    const r = await run(['generate', ex('changji-2023-budget.xlsx'), '--style', 'other']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--style 应为 changji 或 zhaohua');
  });
});
