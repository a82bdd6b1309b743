#!/usr/bin/env python3
"""Independent audit of workbook.xlsx (长沙市信访局 2026年部门预算): openpyxl + exact decimals, never the engine.
Prints HOLDS / FAILS lines and the narrative figures; expected.json is written from this output.  usage: audit.py"""
import re
from decimal import Decimal as D
import openpyxl

wb = openpyxl.load_workbook('workbook.xlsx')
S1, S2, S3, S4, S5, S6, S7, S8, S9, S10 = wb.sheetnames
short = {S1: '收支总表', S2: '收入总表', S3: '支出总表', S4: '财政拨款收支总表', S5: '一般公共预算支出表', S6: '基本支出表',
         S7: '三公表', S8: '政府性基金表', S9: '项目绩效目标表', S10: '整体绩效目标表'}
holds, fails = [], []

def v(s, a):
    x = wb[s][a].value
    if x is None or (isinstance(x, str) and x.strip() in ('', '-', '—')): return D(0)
    return D(str(x)).quantize(D('0.01'))
def ref(s, a): return f'{s}!{a}'
def check(what, left, lcells, right, rcells):
    line = f'{what}: {left} = {right} ({", ".join(lcells)} vs {", ".join(rcells)})'
    (holds if left == right else fails).append(line if left == right else f'{what}: published {left} ≠ computed {right} '
        f'(diff {left - right}) cells {lcells} against {rcells}')
def eq(what, s1, a1, s2, a2): check(what, v(s1, a1), [ref(s1, a1)], v(s2, a2), [ref(s2, a2)])
def sumcheck(what, s, a, parts, s2=None):
    s2 = s2 or s
    check(what, v(s, a), [ref(s, a)], sum((v(s2, p) for p in parts), D(0)), [ref(s2, p) for p in parts])

def coded_rows(s, first, last, ccol='A'):
    """(row, 类, 款, 项) of a 功能分类 table with codes in A/B/C; 款 rows print only 款, 项 rows all three."""
    out, lei = [], None
    ws = wb[s]
    for r in range(first, last + 1):
        a, b, c = (ws.cell(r, k).value for k in (1, 2, 3))
        if a and not b: lei = a; out.append((r, a, None, None))
        elif b and not a: out.append((r, lei, b, None))
        elif a and b and c: out.append((r, a, b, c))
    return out
def hierarchy(s, first, last, cols, total_row):
    rows = coded_rows(s, first, last)
    for col in cols:
        ok = []
        leis = [r for r in rows if r[2] is None]
        check(f'{short[s]} 合计 = Σ类 ({col})', v(s, f'{col}{total_row}'), [f'{s}!{col}{total_row}'],
              sum((v(s, f'{col}{r[0]}') for r in leis), D(0)), [f'{col}{r[0]}' for r in leis])
        for r in leis:
            kuans = [k for k in rows if k[1] == r[1] and k[2] and k[3] is None]
            check(f'{short[s]} 类 {r[1]} = Σ款 ({col})', v(s, f'{col}{r[0]}'), [f'{s}!{col}{r[0]}'],
                  sum((v(s, f'{col}{k[0]}') for k in kuans), D(0)), [f'{col}{k[0]}' for k in kuans])
            for k in kuans:
                xs = [x for x in rows if x[1] == r[1] and x[2] == k[2] and x[3]]
                check(f'{short[s]} 款 {r[1]}{k[2]} = Σ项 ({col})', v(s, f'{col}{k[0]}'), [f'{s}!{col}{k[0]}'],
                      sum((v(s, f'{col}{x[0]}') for x in xs), D(0)), [f'{col}{x[0]}' for x in xs])
    return rows
def by_code(s, rows, col):
    return {(r[1], r[2], r[3]): (v(s, f'{col}{r[0]}'), f'{s}!{col}{r[0]}') for r in rows}

# ---------------- 收支总表 (income by source, expenditure by 支出性质: 基本/项目, not by 功能分类)
sumcheck('收支总表 本年收入合计 = 一…六', S1, 'B11', [f'B{r}' for r in range(5, 11)])
sumcheck('收支总表 收入总计 = 本年收入合计 + 上年结转', S1, 'B14', ['B11', 'B12'])
sumcheck('收支总表 本年支出合计 = 一…五', S1, 'D11', [f'D{r}' for r in range(5, 10)])
sumcheck('收支总表 支出总计 = 本年支出合计 + 结余分配 + 结转下年', S1, 'D14', ['D11', 'D12', 'D13'])
eq('收支总表 收入总计 = 支出总计', S1, 'B14', S1, 'D14')
# ---------------- 收入总表
for r in range(6, 11):
    sumcheck(f'收入总表 row {r} 合计 = 本级财政拨款 + 财政专户 + 经营 + 上级补助 + 其它 + 事业 + 上年结转', S2, f'E{r}',
             [f'{c}{r}' for c in 'FHIJKLM'])
    a, b = v(S2, f'G{r}'), v(S2, f'F{r}')
    (holds if a <= b else fails).append(f'收入总表 row {r} 其中:经费拨款 {a} ≤ 金额 {b} ({S2}!G{r} vs F{r})')
r2 = hierarchy(S2, 7, 10, 'EFG', 6)
# ---------------- 支出总表
for r in range(6, 11):
    sumcheck(f'支出总表 row {r} 总计 = 基本 + 项目 + 经营 + 对附属 + 上缴', S3, f'E{r}', [f'{c}{r}' for c in 'FGHIJ'])
r3 = hierarchy(S3, 7, 10, 'EFG', 6)
# ---------------- 财政拨款收支总表
sumcheck('财政拨款 本年收入 = 1+2+3', S4, 'B5', ['B6', 'B7', 'B8'])
sumcheck('财政拨款 收入总计 = 本年收入 + 上年结转', S4, 'B29', ['B5', 'B28'])
for r in list(range(5, 28)) + [29]:
    if any(v(S4, f'{c}{r}') for c in 'DEFG'):
        sumcheck(f'财政拨款 row {r} 合计 = 一般公共预算 + 政府性基金 + 国有资本经营', S4, f'D{r}', [f'{c}{r}' for c in 'EFG'])
for c in 'DE':
    sumcheck(f'财政拨款 本年支出 = Σ类 ({c})', S4, f'{c}5', [f'{c}{r}' for r in range(6, 28)])
    sumcheck(f'财政拨款 支出总计 = 本年支出 + 结转下年 ({c})', S4, f'{c}29', [f'{c}5', f'{c}28'])
eq('财政拨款 收入总计 = 支出总计', S4, 'B29', S4, 'D29')
# ---------------- 一般公共预算支出表
for r in range(6, 11):
    sumcheck(f'一般公共预算支出表 row {r} 总计 = 基本 + 项目', S5, f'E{r}', [f'F{r}', f'G{r}'])
r5 = hierarchy(S5, 7, 10, 'EFG', 6)
# ---------------- 基本支出表 (经济分类 类 3 digits, 款 5 digits 30101)
ws = wb[S6]
eco = [(r, str(ws.cell(r, 1).value)) for r in range(6, ws.max_row + 1) if ws.cell(r, 1).value and re.fullmatch(r'\d{3}|\d{5}', str(ws.cell(r, 1).value))]
for r, code in eco + [(5, '合计')]:
    sumcheck(f'基本支出表 {code} 总计 = 人员类 + 公用经费', S6, f'C{r}', [f'D{r}', f'E{r}'])
for col in 'CDE':
    sumcheck(f'基本支出表 合计 = Σ类 ({col})', S6, f'{col}5', [f'{col}{r}' for r, c in eco if len(c) == 3])
    for r, c in eco:
        if len(c) == 3:
            sumcheck(f'基本支出表 类 {c} = Σ款 ({col})', S6, f'{col}{r}', [f'{col}{k}' for k, cc in eco if len(cc) == 5 and cc[:3] == c])
ecorow = {c: r for r, c in eco}
# ---------------- 三公
for r in (5, 6):
    sumcheck(f'三公 row {r} 小计 = 接待 + 出国 + 公务用车', S7, f'B{r}', [f'C{r}', f'D{r}', f'E{r}'])
    sumcheck(f'三公 row {r} 公务用车 = 购置 + 运行', S7, f'E{r}', [f'F{r}', f'G{r}'])
for c in 'BCDEFG': eq(f'三公 合计 = 长沙市信访局 ({c})', S7, f'{c}5', S7, f'{c}6')
# ---------------- 政府性基金 (empty) and its 财政拨款 column
ws = wb[S8]
body = [ws.cell(r, c).value for r in range(6, ws.max_row) for c in range(1, 8)]
(holds if all(x is None for x in body) else fails).append(f'政府性基金表 is empty (rows 6–{ws.max_row - 1}) and carries the note "此表如无数字则表示单位无该项支出" ({S8}!A{ws.max_row})')
(holds if all(v(S4, f'F{r}') == 0 for r in range(5, 30)) and v(S4, 'B7') == 0 else fails).append(
    f'财政拨款收支总表 政府性基金 column F5:F29 and 收入 B7 are blank = 政府性基金表 empty')
# ---------------- 绩效目标表
ws = wb[S9]
projects = list(range(6, ws.max_row + 1))
eq('项目绩效目标表 合计 = 长沙市信访局', S9, 'C4', S9, 'C5')
sumcheck('项目绩效目标表 长沙市信访局 = Σ projects', S9, 'C5', [f'C{r}' for r in projects])
sumcheck('整体绩效目标表 资金总额 = 按收入性质 (一般公共预算 + 政府性基金 + 财政专户 + 其他)', S10, 'C6', ['D6', 'E6', 'F6', 'G6'])
sumcheck('整体绩效目标表 资金总额 = 按支出性质 (基本 + 项目)', S10, 'C6', ['H6', 'I6'])

# ---------------- between tables
eq('收支总表 本级财政拨款 = 收入总表 本级财政拨款 合计', S1, 'B5', S2, 'F6')
eq('收支总表 本级财政拨款 = 财政拨款 一般公共预算拨款收入', S1, 'B5', S4, 'B6')
eq('收支总表 本年收入合计 = 收入总表 合计', S1, 'B11', S2, 'E6')
eq('收支总表 本年支出合计 = 支出总表 合计', S1, 'D11', S3, 'E6')
eq('收支总表 基本支出 = 支出总表 基本支出', S1, 'D5', S3, 'F6')
eq('收支总表 项目支出 = 支出总表 项目支出', S1, 'D6', S3, 'G6')
c2, c3, c5 = by_code(S2, r2, 'E'), by_code(S3, r3, 'E'), by_code(S5, r5, 'E')
for k in sorted(set(c2) | set(c3), key=str):
    a, b = c2.get(k, (D(0), '(none)')), c3.get(k, (D(0), '(none)'))
    check(f'收入总表 = 支出总表 by code {"".join(x for x in k if x)}', a[0], [a[1]], b[0], [b[1]])
for col in 'EFG':
    c3c, c5c = by_code(S3, r3, col), by_code(S5, r5, col)
    for k in sorted(set(c3c) | set(c5c), key=str):
        a, b = c3c.get(k, (D(0), '(none)')), c5c.get(k, (D(0), '(none)'))
        check(f'支出总表 = 一般公共预算支出表 ({col}) by code {"".join(x for x in k if x)} (all funds are 一般公共预算)', a[0], [a[1]], b[0], [b[1]])
s4rows = {'201': 6}
for lei, r in s4rows.items():
    a = c5[(lei, None, None)]
    check(f'财政拨款 一般公共预算 类 {lei} = 一般公共预算支出表 类 {lei}', v(S4, f'E{r}'), [ref(S4, f'E{r}')], a[0], [a[1]])
    b = c3[(lei, None, None)]
    check(f'财政拨款 合计 类 {lei} = 支出总表 类 {lei}', v(S4, f'D{r}'), [ref(S4, f'D{r}')], b[0], [b[1]])
others = [r for r in range(6, 28) if r not in s4rows.values()]
(holds if all(v(S4, f'{c}{r}') == 0 for r in others for c in 'DE') else fails).append('财政拨款 other 类 rows are blank, as in 一般公共预算支出表')
eq('财政拨款 一般公共预算 本年支出 = 一般公共预算支出表 合计', S4, 'E5', S5, 'E6')
eq('一般公共预算支出表 基本支出 = 基本支出表 合计', S5, 'F6', S6, 'C5')
eq('支出总表 项目支出 = 项目绩效目标表 合计', S3, 'G6', S9, 'C4')
eq('整体绩效目标表 资金总额 = 收支总表 收入总计', S10, 'C6', S1, 'B14')
eq('整体绩效目标表 一般公共预算 = 财政拨款 一般公共预算拨款收入', S10, 'D6', S4, 'B6')
eq('整体绩效目标表 基本支出 = 支出总表 基本支出', S10, 'H6', S3, 'F6')
eq('整体绩效目标表 项目支出 = 支出总表 项目支出', S10, 'I6', S3, 'G6')
for item, col, code in [('因公出国（境）费', 'D', '30212'), ('公务接待费', 'C', '30217'), ('公务用车运行费', 'G', '30231')]:
    b = v(S7, f'{col}5')
    if code not in ecorow:   # no such 款 row in 基本支出表: 0 there
        (holds if b == 0 else fails).append(f'三公 {item} {b} ({S7}!{col}5 blank) and 基本支出表 has no {code} row: both 0')
        continue
    a = v(S6, f'C{ecorow[code]}')
    (holds if a <= b else fails).append(f'三公 {item} {b} ({S7}!{col}5) vs 基本支出 {code} {a} ({S6}!C{ecorow[code]}): '
        + ('equal' if a == b else 'table above 基本支出, projects pay the rest' if a < b else 'ERROR 基本支出 above 三公'))
(holds if '310' not in ecorow and v(S7, 'F5') == 0 else fails).append(f'三公 公务用车购置 {v(S7, "F5")} ({S7}!F5 blank) and 基本支出表 has no 310 13')
y1, y2, y3 = (v(S6, f'D{ecorow[c]}') for c in ('301', '303', '302'))
(holds if v(S6, 'D5') == y1 + y2 + y3 else fails).append(
    f'基本支出表 人员类 {v(S6, "D5")} ({S6}!D5) = 301 {y1} + 303 {y2} + 302 人员类 part {y3} ({S6}!D{ecorow["301"]}, D{ecorow["303"]}, D{ecorow["302"]}: 30228 工会经费, 30239 其他交通费用, 30299 split 人员类/公用)')
# narrative year-over-year figures, checked within the text (last year = this year − change)
for what, cur, cell, chg, pct in [('收入/支出 较去年增加 54.13 万元，上升 2.88%', v(S1, 'B14'), f'{S1}!B14', D('54.13'), D('2.88')),
                                   ('机关运行经费 比上年预算增加 7.20 万元，上升 6.22%', v(S6, 'E5'), f'{S6}!E5', D('7.20'), D('6.22'))]:
    comp = (chg / (cur - chg) * 100).quantize(D('0.01'))
    (holds if comp == pct else fails).append(f'narrative {what}: {chg} / ({cur} {cell} − {chg}) = {comp}%')

# ---------------- narrative
N = []
def nar(text, value, cell, unit='万元'):
    s, a = cell.split('!')
    t = v(s, a)
    N.append((text, value, cell, t, D(value) == t))
nar('收入预算 1935.36 万元', '1935.36', f'{S1}!B14')
nar('其中，一般公共预算拨款 1935.36 万元 (table: 一、本级财政拨款收入)', '1935.36', f'{S1}!B5')
for what, a in [('财政专户管理事业收入', 'B6'), ('事业单位经营服务收入', 'B7'), ('上级补助收入', 'B8'), ('其他收入', 'B9'), ('事业收入', 'B10'), ('上年结转', 'B12')]:
    nar(f'{what} 0.00 万元', '0.00', f'{S1}!{a}')
nar('支出预算 1935.36 万元', '1935.36', f'{S1}!D14')
nar('（支出预算）其中：一般公共服务支出 1935.36 万元', '1935.36', f'{S3}!E7')
nar('一般公共预算拨款支出 1935.36 万元', '1935.36', f'{S5}!E6')
nar('（一般公共预算）一般公共服务支出 1935.36 万元', '1935.36', f'{S5}!E7')
nar('基本支出预算数 1517.95 万元', '1517.95', f'{S5}!F6')
nar('项目支出预算 417.41 万元', '417.41', f'{S5}!G6')
nar('（项目支出）其中：一般公共服务支出 417.41 万元', '417.41', f'{S5}!G7')
nar('机关运行经费 122.98 万元', '122.98', f'{S6}!E5')
nar('“三公”经费预算数为 8.00 万元', '8.00', f'{S7}!B5')
nar('公务接待费 3.00 万元', '3.00', f'{S7}!C5')
nar('公务用车购置及运行费 5.00 万元', '5.00', f'{S7}!E5')
nar('公务用车购置费 0.00 万元', '0.00', f'{S7}!F5')
nar('公务用车运行费 5.00 万元', '5.00', f'{S7}!G5')
nar('因公出国（境）费 0.00 万元', '0.00', f'{S7}!D5')
nar('部门整体支出绩效目标的金额为 1935.36 万元', '1935.36', f'{S10}!C6')
nar('（绩效）基本支出 1517.95 万元', '1517.95', f'{S10}!H6')
nar('（绩效）项目支出 417.41 万元', '417.41', f'{S10}!I6')
tot = v(S5, 'E6')
for text, pct, a in [('一般公共服务支出 1935.36 万元，占 100.00%', '100.00', 'E7')]:
    comp = (v(S5, a) / tot * 100).quantize(D('0.01'))
    N.append((text, pct + '%', f'{S5}!{a} / {S5}!E6', f'{comp}%', D(pct) == comp))

print('HOLDS', len(holds)); [print('  HOLDS', h) for h in holds]
print('FAILS', len(fails)); [print('  FAILS', f) for f in fails]
print('NARRATIVE', len(N))
for t, val, cell, tv, ok in N: print('  ', 'AGREES' if ok else 'DIFFERS', t, '|', val, '|', cell, '=', tv)
