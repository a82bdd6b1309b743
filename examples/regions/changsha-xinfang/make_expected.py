#!/usr/bin/env python3
"""Write expected.json from audit.py's output (run: audit.py > /tmp/audit.out; make_expected.py /tmp/audit.out)."""
import json, sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
holds = [l[len('  HOLDS '):] for l in lines if l.startswith('  HOLDS ')]
narr = []
for l in lines:
    l = l.strip()
    if l.startswith('AGREES ') or l.startswith('DIFFERS '):
        ok, rest = l.split(' ', 1)
        text, val, cellpart = [x.strip() for x in rest.split('|')]
        cell, table = [x.strip() for x in cellpart.split(' = ', 1)]
        e = {'text': text, 'value': val.rstrip('%'), 'unit': '%' if val.endswith('%') else '万元', 'cell': cell, 'agrees': ok == 'AGREES'}
        if ok != 'AGREES': e['table'] = table
        narr.append(e)
P = '2026年项目支出绩效目标表'
exp = {
  'region': '长沙市', 'province': '湖南', 'kind': '预算', 'year': 2026,
  'department': '长沙市信访局',
  'source': {'repo': 'calinchow-del/renwu', 'path': '预算数据/015_长沙/信访局_2026年部门预算.pdf',
             'also_at': '预算数据/015_长沙/2026年长沙市信访局部门预算.pdf (same blob 5c96c5f1)',
             'commit': '8af6eb4b18439a2eadf2e7dc81f5eb15b3ae2383'},
  'unit': '万元',
  'sheets': [
    {'sheet': '2026年部门收支总体情况表', 'table': 'T1', 'title': '2026年部门收支总体情况表', 'unit': '万元',
     'notes': '收入 left (一、本级财政拨款收入 … 六、事业收入, 七、上年结转); 支出 right by 支出性质 (一、基本支出 二、项目支出 三、事业单位经营支出 四、对附属单位补助支出 五、上缴上级支出, 六、结余分配 七、结转下年), NOT by 功能分类 类; no 其中 lines; same template as examples/regions/changsha'},
    {'sheet': '2026年部门收入总体情况表', 'table': 'T2', 'title': '2026年部门收入总体情况表', 'unit': '万元',
     'notes': 'codes in 3 columns 类/款/项 (款 rows print only 款); columns 合计, 本级财政拨款 {金额, 其中:经费拨款}, 财政专户管理事业收入, 事业单位经营服务收入, 上级补助收入, 其它收入, 事业收入, 上年结转; 栏次 row ** ** ** ** 1…9 under the header; one 类 (201), one 款 (20140 信访事务), two 项'},
    {'sheet': '2026年部门支出总体情况表', 'table': 'T3', 'title': '2026年部门支出总体情况表', 'unit': '万元',
     'notes': '总计, 基本支出, 项目支出, 事业单位经营支出, 对附属单位补助支出, 上缴上级支出; 栏次 row'},
    {'sheet': '2026年财政拨款收支总体情况表', 'table': 'T4', 'title': '2026年财政拨款收支总体情况表', 'unit': '万元',
     'notes': 'over two pages (joined; page 2 holds only 22、其他支出 and the totals); 支出 by the 22 numbered 功能分类 类 names without codes; columns 合计, 一般公共预算, 政府性基金预算, 国有资本经营预算'},
    {'sheet': '2026年一般公共预算支出情况表', 'table': 'T5', 'title': '2026年一般公共预算支出情况表', 'unit': '万元',
     'notes': '总计, 基本支出, 项目支出; equal to 支出总表 (all funds are 一般公共预算)'},
    {'sheet': '2026年一般公共预算基本支出情况表', 'table': 'T6', 'title': '2026年一般公共预算基本支出情况表', 'unit': '万元',
     'notes': '经济科目编码 in one column: 类 301 and 款 as 5 digits 30101; columns 总计, 人员类, 公用经费; 302 has a 人员类 part (30228 10.92, 30239 32.76, 30299 5.12); unit line printed 单位:万元 (ASCII colon); over two pages (栏次 row repeated on page 2, removed)'},
    {'sheet': '2026年一般公共预算“三公”经费支出情况表', 'table': 'T10', 'title': '2026年一般公共预算“三公”经费支出情况表', 'unit': '万元',
     'notes': 'one row per unit (合计, 长沙市信访局), columns 小计, 公务接待费, 因公出国（境）费, 公务用车购置及运行费, 其中：公务用车购置, 其中：公务用车运行费 under 三公经费预（决）算数（财政拨款）; blank = 0 for 出国 and 购置; no 机关运行经费/会议费/培训费, no 上年 block'},
    {'sheet': '2026年政府性基金预算支出情况表', 'table': 'T8', 'title': '2026年政府性基金预算支出情况表', 'unit': '万元',
     'notes': 'empty table, note 此表如无数字则表示单位无该项支出'},
    {'sheet': P, 'table': 'other:项目支出绩效目标表', 'title': P, 'unit': '万元',
     'notes': 'PARTIAL transcription: only 单位编码, 单位（项目）名称, 资金总额 (合计, unit row, 4 projects, all funds); the 绩效目标 text and 绩效指标 columns are left out. Plays the part of T7 (project list) but has no 功能分类 or 经济分类 columns'},
    {'sheet': '2026年部门整体支出绩效目标表', 'table': 'other:部门整体支出绩效目标表', 'title': '2026年部门整体支出绩效目标表', 'unit': '万元',
     'notes': 'PARTIAL: only the 年度预算申请 money block (资金总额; 按收入性质分 一般公共预算/政府性基金拨款/财政专户管理资金/其他资金; 按支出性质分 基本支出/项目支出); 整体绩效目标 and indicator columns left out'},
  ],
  'holds': holds,
  'inconsistencies': [
    {'cells': [f'{P}!C5', f'{P}!C4'], 'against': [f'{P}!C{r}' for r in range(6, 10)],
     'published': '417.41', 'computed': '286.91',
     'what': '项目支出绩效目标表: the 合计 / 长沙市信访局 row (417.41, = 支出总表 项目支出) is not the sum of the 4 projects listed (35.78 + 10.22 + 102.80 + 138.11 = 286.91); 130.50 of project spending has no 绩效目标 row (difference 130.50, not rounding)'}
  ],
  'narrative': narr,
}
json.dump(exp, open('expected.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(holds), 'holds', len(narr), 'narrative')
