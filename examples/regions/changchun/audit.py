#!/usr/bin/env python3
"""Independent audit of examples/regions/changchun/workbook.xlsx (2026年长春市信访局部门预算).

usage: audit.py [--write]        (needs openpyxl; reads workbook.xlsx and narrative.txt next to this file)

Reads the workbook with openpyxl only (never the project's engine), computes every relation with exact
decimals and prints what holds and what does not. --write also writes expected.json from the result.
All tables are in 万元 with two decimals: inside a table a difference of 0.01 between a printed total and the
sum of its printed parts is a rounding residue of the underlying 元 figures (listed with "rounding": true);
anything larger is an error.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
wb = openpyxl.load_workbook(os.path.join(HERE, 'workbook.xlsx'))
NARRATIVE = open(os.path.join(HERE, 'narrative.txt'), encoding='utf-8').read()
CENT = Decimal('0.01')

holds, inconsistencies, narrative, narrative_internal = [], [], [], []


def sheet(prefix):
    for ws in wb.worksheets:
        if ws.title.startswith(prefix):
            return ws
    raise SystemExit(f'no sheet {prefix}')


S1 = sheet('收支总表')
S2 = sheet('收入总表')
S3 = sheet('支出总表')
S4 = sheet('财政拨款收支总表')
S5 = sheet('本年一般公共预算支出表')
S6 = sheet('本年一般公共预算基本支出表')
S7 = sheet('本年一般公共预算“三公”')
S8 = sheet('本年政府性基金')
S9 = sheet('项目支出表')
S10 = sheet('国有资本经营')
S11 = sheet('项目支出绩效目标表')


def ref(ws, addr):
    return f'{ws.title}!{addr}'


def num(ws, addr):
    v = ws[addr].value
    if v is None or (isinstance(v, str) and v.strip() in ('', '-', '—')):
        return Decimal(0)
    if isinstance(v, (int, float)):
        return Decimal(repr(v)) if isinstance(v, float) else Decimal(v)
    return Decimal(str(v).replace(',', '').strip())


def text(ws, addr):
    v = ws[addr].value
    return '' if v is None else re.sub(r'\s+', '', str(v))


def check(what, ws, addr, parts, part_sheet=None):
    """printed ws!addr against the sum of parts [(ws, addr) …]; records a hold or an inconsistency."""
    published = num(ws, addr)
    computed = sum((num(w, a) for w, a in parts), Decimal(0))
    cells = [ref(ws, addr)]
    against = [ref(w, a) for w, a in parts]
    if published == computed:
        holds.append(f'{what} ({cells[0]} = {" + ".join(against) if len(against) > 1 else against[0]}: {published})')
        return True
    diff = published - computed
    item = {'cells': cells, 'against': against, 'published': str(published), 'computed': str(computed),
            'what': f'{what}: printed {published}, parts give {computed} (difference {diff})'}
    if abs(diff) == CENT:
        item['rounding'] = True
    inconsistencies.append(item)
    return False


def col(c):
    return openpyxl.utils.get_column_letter(c)


def coded_rows(ws, first_row, code_col='A'):
    """rows with a code in code_col: list of (row, code)."""
    out = []
    for r in range(first_row, ws.max_row + 1):
        v = ws[f'{code_col}{r}'].value
        if v is not None and re.fullmatch(r'\d{3,7}', str(v).strip()):
            out.append((r, str(v).strip()))
    return out


def hierarchy(ws, total_row, rows, cols, lens, name):
    """类 = Σ款 = Σ项 and 合计 = Σ类 for every column in cols; lens: code lengths of the levels."""
    ok_all = True
    for c in cols:
        for lvl, ln in enumerate(lens[:-1]):
            child_len = lens[lvl + 1]
            for r, code in rows:
                if len(code) != ln:
                    continue
                kids = [(ws, f'{c}{rr}') for rr, cc in rows if len(cc) == child_len and cc.startswith(code)]
                if kids:
                    ok_all &= check(f'{name} {code} = Σ its {"款" if lvl == 0 else "项"} (col {c})', ws, f'{c}{r}', kids)
        tops = [(ws, f'{c}{r}') for r, code in rows if len(code) == lens[0]]
        ok_all &= check(f'{name} 合计 = Σ类 (col {c})', ws, f'{c}{total_row}', tops)
    return ok_all


def rowsum(name, ws, rows, target, parts):
    for r in rows:
        check(f'{name} row {r}: {target} = {"+".join(parts)}', ws, f'{target}{r}', [(ws, f'{p}{r}') for p in parts])


def equal(what, a_ws, a, b_ws, b):
    check(what, a_ws, a, [(b_ws, b)])


# ------------------------------------------------------------------ 表1 收支总表 (T1)
# columns: A 收入项目, B 本年预算, C 编制预算, D 上年结转 | E 支出项目, F 本年预算, G 编制预算, H 上年结转
rowsum('T1 收入', S1, [r for r in range(5, 19) if S1[f'A{r}'].value], 'B', ['C', 'D'])
rowsum('T1 支出', S1, [r for r in range(5, 19) if S1[f'E{r}'].value], 'F', ['G', 'H'])
for c in 'BCD':
    check(f'T1 一、财政拨款收入 = Σ其中 一般公共预算/政府性基金/国有资本经营 (col {c})', S1, f'{c}5',
          [(S1, f'{c}{r}') for r in (6, 7, 8)])
    check(f'T1 三、单位资金收入 = Σ 事业/经营/上级补助/附属单位上缴/其他 (col {c})', S1, f'{c}10',
          [(S1, f'{c}{r}') for r in range(11, 16)])
    check(f'T1 本年收入合计 = 一 + 二 + 三 (col {c})', S1, f'{c}16', [(S1, f'{c}{r}') for r in (5, 9, 10)])
    equal(f'T1 收入总计 = 本年收入合计 (col {c})', S1, f'{c}18', S1, f'{c}16')
for c in 'FGH':
    check(f'T1 本年支出合计 = Σ类 (col {c})', S1, f'{c}16', [(S1, f'{c}{r}') for r in range(5, 9)])
    check(f'T1 支出总计 = 本年支出合计 + 结转下年支出 (col {c})', S1, f'{c}18', [(S1, f'{c}16'), (S1, f'{c}17')])
for a, b in zip('BCD', 'FGH'):
    equal(f'T1 收入总计 = 支出总计 (col {a}/{b})', S1, f'{a}18', S1, f'{b}18')

# ------------------------------------------------------------------ 表2 收入总表 (T2, rows by 单位)
check('T2 合计 = 编制预算小计 + 上年结转小计', S2, 'C5', [(S2, 'D5'), (S2, 'N5')])
check('T2 编制预算 小计 = Σ its 9 sources', S2, 'D5', [(S2, f'{col(c)}5') for c in range(5, 14)])
check('T2 上年结转 小计 = Σ its 5 sources', S2, 'N5', [(S2, f'{col(c)}5') for c in range(15, 20)])
equal('T2 合计 = T1 本年收入合计', S2, 'C5', S1, 'B16')
equal('T2 编制预算 小计 = T1 本年收入合计 编制预算', S2, 'D5', S1, 'C16')
equal('T2 上年结转 小计 = T1 本年收入合计 上年结转', S2, 'N5', S1, 'D16')
for t2, t1 in (('E5', 'C6'), ('F5', 'C7'), ('G5', 'C8'), ('H5', 'C9'), ('I5', 'C11'), ('J5', 'C12'), ('K5', 'C13'),
               ('L5', 'C14'), ('M5', 'C15'), ('O5', 'D6'), ('P5', 'D7'), ('Q5', 'D8'), ('R5', 'D9'), ('S5', 'D10')):
    equal(f'T2 {text(S2, t2[0] + "4")} ({"编制预算" if t2 < "N" else "上年结转"}) = T1 {text(S1, "A" + t1[1:])}',
          S2, t2, S1, t1)

# ------------------------------------------------------------------ 表3 支出总表 (T3)
r3 = coded_rows(S3, 6)
body3 = [5] + [r for r, _ in r3]
rowsum('T3', S3, body3, 'C', ['D', 'H'])
rowsum('T3', S3, body3, 'D', ['E', 'F', 'G'])
rowsum('T3', S3, body3, 'H', ['I', 'J', 'K'])
hierarchy(S3, 5, r3, 'CDEFGHIJK', (3, 5, 7), 'T3')
# T1 支出 by 类 = T3 by 类
t1_class = {text(S1, f'E{r}')[2:]: r for r in range(5, 9)}
for r, code in r3:
    if len(code) == 3:
        name = text(S3, f'B{r}')
        r1 = t1_class[name]
        equal(f'T1 支出 {name} 本年预算 = T3 {code} 合计', S1, f'F{r1}', S3, f'C{r}')
        equal(f'T1 支出 {name} 编制预算 = T3 {code} 当年预算 小计', S1, f'G{r1}', S3, f'D{r}')
        equal(f'T1 支出 {name} 上年结转 = T3 {code} 上年结转结余 小计', S1, f'H{r1}', S3, f'H{r}')
equal('T1 本年支出合计 = T3 总计', S1, 'F16', S3, 'C5')

# ------------------------------------------------------------------ 表4 财政拨款收支总表 (T4)
rowsum('T4 收入', S4, [r for r in range(5, 12) if S4[f'B{r}'].value is not None], 'B', ['C', 'D'])
rowsum('T4 支出', S4, [r for r in range(5, 12) if S4[f'F{r}'].value is not None], 'F', ['G', 'H'])
for a, b in zip('BCD', 'FGH'):
    check(f'T4 一、本年收入 = Σ 一般公共预算/政府性基金/国有资本经营 (col {a})', S4, f'{a}5',
          [(S4, f'{a}{r}') for r in (6, 7, 8)])
    equal(f'T4 收入总计 = 本年收入 (col {a})', S4, f'{a}11', S4, f'{a}5')
    check(f'T4 一、本年支出 = Σ类 (col {b})', S4, f'{b}5', [(S4, f'{b}{r}') for r in range(6, 10)])
    check(f'T4 支出总计 = 本年支出 + 结转下年支出 (col {b})', S4, f'{b}11', [(S4, f'{b}5'), (S4, f'{b}10')])
    equal(f'T4 收入总计 = 支出总计 (col {a}/{b})', S4, f'{a}11', S4, f'{b}11')
equal('T4 一般公共预算拨款 = T1 一般公共预算拨款收入', S4, 'B6', S1, 'B6')
equal('T4 政府性基金预算拨款 = T1 政府性基金预算拨款收入', S4, 'B7', S1, 'B7')
equal('T4 国有资本经营预算拨款 = T1 国有资本经营预算拨款收入', S4, 'B8', S1, 'B8')
check('T4 一般公共预算拨款 = T2 一般公共预算 (编制预算 + 上年结转)', S4, 'B6', [(S2, 'E5'), (S2, 'O5')])
for r in range(6, 10):
    name = text(S4, f'E{r}')[2:]
    equal(f'T4 支出 {name} = T1 支出 {name} (本年预算)', S4, f'F{r}', S1, f'F{t1_class[name]}')

# ------------------------------------------------------------------ 表5 一般公共预算支出表 (T5)
r5 = coded_rows(S5, 7)
body5 = [6] + [r for r, _ in r5]
rowsum('T5', S5, body5, 'C', ['D', 'I'])
rowsum('T5', S5, body5, 'D', ['E', 'H'])
rowsum('T5', S5, body5, 'E', ['F', 'G'])
rowsum('T5', S5, body5, 'I', ['J', 'M'])
rowsum('T5', S5, body5, 'J', ['K', 'L'])
hierarchy(S5, 6, r5, 'CDEFGHIJKLM', (3, 5, 7), 'T5')
# T4 支出 by 类 (no fund split on its 支出 side; all 财政拨款 income is 一般公共预算) = T5 by 类
for r, code in r5:
    if len(code) == 3:
        name = text(S5, f'B{r}')
        r4 = next(rr for rr in range(6, 10) if text(S4, f'E{rr}')[2:] == name)
        equal(f'T4 支出 {name} 本年预算 = T5 {code} 合计', S4, f'F{r4}', S5, f'C{r}')
# T5 = T3 row by row (the whole budget is 一般公共预算)
codes3 = {code: r for r, code in r3}
for r, code in r5:
    r3r = codes3[code]
    for c5, c3, what in (('C', 'C', '合计'), ('D', 'D', '当年预算 小计'), ('E', 'E', '基本支出'), ('H', 'F', '项目支出'),
                         ('I', 'H', '上年结转结余 小计')):
        equal(f'T5 {code} {what} = T3 {code} {what}', S5, f'{c5}{r}', S3, f'{c3}{r3r}')
for c5, c3, what in (('C', 'C', '合计'), ('D', 'D', '当年预算 小计'), ('E', 'E', '基本支出'), ('H', 'F', '项目支出')):
    equal(f'T5 总计 {what} = T3 总计 {what}', S5, f'{c5}6', S3, f'{c3}5')

# ------------------------------------------------------------------ 表6 一般公共预算基本支出表 (T6, 经济分类)
r6 = coded_rows(S6, 6)
body6 = [5] + [r for r, _ in r6]
rowsum('T6', S6, body6, 'C', ['D', 'G'])
rowsum('T6', S6, body6, 'D', ['E', 'F'])
rowsum('T6', S6, body6, 'G', ['H', 'I'])
hierarchy(S6, 5, r6, 'CDEFGHI', (3, 5), 'T6')
equal('T6 合计 = T5 基本支出 小计', S6, 'C5', S5, 'E6')
equal('T6 人员经费 = T5 基本支出 人员经费', S6, 'E5', S5, 'F6')
equal('T6 公用经费 = T5 基本支出 公用经费', S6, 'F5', S5, 'G6')
row6 = {code: r for r, code in r6}
check('T6 人员经费 = 301 + 303', S6, 'E5', [(S6, f'C{row6["301"]}'), (S6, f'C{row6["303"]}')])
check('T6 公用经费 = 302', S6, 'F5', [(S6, f'C{row6["302"]}')])
dup = sorted({c for c in row6 if [cc for _, cc in r6].count(c) > 1})

# ------------------------------------------------------------------ 表7 “三公”经费 (T10)
# A 合计 | B 当年预算 小计, C 因公出国 小计, D 因公出国, E 科研因公出国, F 公务用车 小计, G 购置, H 运行, I 公务接待
#        | J 上年结转结余 小计, K–M 因公出国, N–P 公务用车, Q 公务接待
check('三公 合计 = 当年预算 + 上年结转结余', S7, 'A6', [(S7, 'B6'), (S7, 'J6')])
for base, (c, d, e, f, g, h, i) in (('当年预算', 'BCDEFGHI'[1:]), ('上年结转结余', 'KLMNOPQ')):
    tot = 'B' if base == '当年预算' else 'J'
    check(f'三公 {base} 小计 = 因公出国 + 公务用车 + 公务接待', S7, f'{tot}6', [(S7, f'{c}6'), (S7, f'{f}6'), (S7, f'{i}6')])
    check(f'三公 {base} 因公出国（境）费 = 因公出国 + 科研因公出国', S7, f'{c}6', [(S7, f'{d}6'), (S7, f'{e}6')])
    check(f'三公 {base} 公务用车购置及运行费 = 购置 + 运行', S7, f'{f}6', [(S7, f'{g}6'), (S7, f'{h}6')])
# 三公 against 表6 经济分类 (表6 is 基本支出 only: 表6 ≤ 三公; equal when no project pays 三公)
for code, col7, what in (('30212', 'C', '因公出国（境）费'), ('30217', 'I', '公务接待费'), ('30231', 'H', '公务用车运行费'),
                         ('31013', 'G', '公务用车购置费')):
    if code in row6:
        equal(f'三公 {what} (当年预算) = T6 {code}', S7, f'{col7}6', S6, f'C{row6[code]}')
    else:
        assert num(S7, f'{col7}6') == 0
        holds.append(f'三公 {what} ({ref(S7, col7 + "6")} = 0) and T6 has no {code} row')
m = re.search(r'实有人员(\d+)人，其中：在职人员(\d+)人，离退休人员(\d+)人', text(S7, 'A10'))
if m and int(m.group(1)) == int(m.group(2)) + int(m.group(3)):
    holds.append(f'三公 说明 实有人员 {m.group(1)} = 在职 {m.group(2)} + 离退休 {m.group(3)} ({ref(S7, "A10")})')

# ------------------------------------------------------------------ 表8 / 表10 empty
for ws, t4row, name in ((S8, 7, '政府性基金'), (S10, 8, '国有资本经营')):
    body = [r for r in range(5 if ws is S8 else 6, ws.max_row + 1) if any(c.value is not None for c in ws[r])]
    if not body and num(S4, f'B{t4row}') == 0:
        holds.append(f'{ws.title} has no body rows and T4 {name}预算拨款 is 0 ({ref(S4, "B" + str(t4row))})')

# ------------------------------------------------------------------ 表9 项目支出表 (T7, all funds, rows 类型/一级/二级)
rows9 = list(range(5, S9.max_row + 1))
for r in rows9:
    check(f'T7(项目支出表) row {r}: 合计 = Σ 8 fund columns', S9, f'E{r}', [(S9, f'{col(c)}{r}') for c in range(6, 14)])
second = [r for r in rows9 if S9[f'C{r}'].value]
for c in 'EFGHIJKLM':
    check(f'T7 一级项目 综合管理 = Σ 二级项目 (col {c})', S9, f'{c}6', [(S9, f'{c}{r}') for r in second])
    equal(f'T7 类型 部门特定目标类项目 = 一级项目 综合管理 (col {c})', S9, f'{c}5', S9, f'{c}6')
equal('T7 合计 = T5 项目支出', S9, 'E5', S5, 'H6')
equal('T7 本年财政拨款 一般公共预算 = T5 当年预算 项目支出', S9, 'F5', S5, 'H6')
equal('T7 合计 = T3 项目支出', S9, 'E5', S3, 'F5')

# ------------------------------------------------------------------ 表11 绩效目标表 (other)
projects9 = {re.sub(r'^2026年?', '', text(S9, f'C{r}')): r for r in second}
rows11 = [r for r in range(3, S11.max_row + 1) if S11[f'B{r}'].value]
for r in rows11:
    key = re.sub(r'^2026年?', '', text(S11, f'B{r}'))
    equal(f'表11 {text(S11, "B" + str(r))} 年度资金总额 = T7 {text(S9, "C" + str(projects9[key]))}', S11, f'C{r}', S9,
          f'E{projects9[key]}')
check('表11 Σ年度资金总额 = T7 合计', S9, 'E5', [(S11, f'C{r}') for r in rows11])

# ------------------------------------------------------------------ narrative
def pct(a, b):
    return (a / b * 100).quantize(CENT, ROUND_HALF_UP)


def value_group(m):
    """the amount: the first group that is not the named text group t"""
    t = m.re.groupindex.get('t')
    return next(g for i, g in enumerate(m.groups(), 1) if i != t)


def say(pattern, cell_ws, addr, unit='万元', value_of=None, note=None):
    """a narrative amount (pattern's group 1) against a cell; value_of overrides the cell value."""
    m = re.search(pattern, NARRATIVE.replace('\n', ''))
    assert m, pattern
    stated = Decimal(value_group(m))
    shown = m.group('t') if 't' in m.groupdict() else m.group(0)
    table = value_of if value_of is not None else num(cell_ws, addr)
    item = {'text': shown, 'value': str(stated), 'unit': unit, 'cell': ref(cell_ws, addr) if isinstance(addr, str) else addr,
            'agrees': stated == table}
    if not item['agrees'] or note:
        item['table'] = str(table)
    if note:
        item['agrees'] = item['agrees'] and not note.startswith('!')
        item['note'] = note.lstrip('!')
    narrative.append(item)


def say_pct(pattern, a_ws, a, b_ws, b):
    m = re.search(pattern, NARRATIVE.replace('\n', ''))
    assert m, pattern
    stated = Decimal(value_group(m))
    computed = pct(num(a_ws, a), num(b_ws, b))
    item = {'text': m.group('t') if 't' in m.groupdict() else m.group(0), 'value': str(stated), 'unit': '%', 'cell': f'{ref(a_ws, a)} / {ref(b_ws, b)}',
            'agrees': stated == computed}
    if not item['agrees']:
        item['table'] = str(computed)
    narrative.append(item)


# 一、收支总表情况说明
say(r'2026年预算收入(\d+\.\d+)万元', S1, 'B18')
say(r'(?P<t>其中当年预算(\d+\.\d+)万)。2026年预算支出', S1, 'C18', unit='万', note='unit written 万 (not 万元)')
say(r'2026年预算支出(\d+\.\d+)元', S1, 'F18', unit='元',
    note='!the figure is that of the table but the unit is 元 where 万元 is meant (1682.76元 ≠ 1682.76万元)')
say(r'(?P<t>其中基本支出预算(\d+\.\d+)万元)，占部门预算总支出的71\.80%；项目支出预算474\.56万元，占部门预算总支出的28\.20%。2026年预算比', S3, 'E5')
say_pct(r'基本支出预算1208\.20万元，(?P<t>占部门预算总支出的(\d+\.\d+)%)；项目支出预算474\.56万元，占部门预算总支出的28\.20%。2026年预算比', S3, 'E5', S3, 'C5')
say(r'(?P<t>项目支出预算(\d+\.\d+)万元)，占部门预算总支出的28\.20%。2026年预算比', S3, 'F5')
say_pct(r'项目支出预算474\.56万元，(?P<t>占部门预算总支出的(\d+\.\d+)%)。2026年预算比', S3, 'F5', S3, 'C5')
# 二、收入总表情况说明
say(r'财政预算收入为(\d+\.\d+)万元', S2, 'C5')
say(r'其中财政补助收入(\d+\.\d+)万元', S2, 'E5')
# 三、支出总表情况说明
say(r'2026年支出总计(\d+\.\d+)万元', S3, 'C5')
say(r'其中:基本支出合计为(\d+\.\d+)万元', S3, 'E5')
say(r'项目支出合计为(\d+\.\d+)万元', S3, 'F5')
# 四、财政拨款收支总表情况说明
say(r'2026年财政拨款收入(\d+\.\d+)万元', S4, 'B11')
say(r'同比上年增长3\.08%。(?P<t>其中当年预算(\d+\.\d+)万元)', S4, 'C11')
say(r'2026年财政拨款支出(\d+\.\d+)万元', S4, 'F11')
say(r'财政拨款支出1682\.76万元，(?P<t>其中基本支出预算(\d+\.\d+)万元)', S5, 'E6')
say_pct(r'财政拨款支出1682\.76万元，其中基本支出预算1208\.20万元，(?P<t>占部门预算总支出的(\d+\.\d+)%)', S5, 'E6', S5, 'C6')
say(r'财政拨款支出1682\.76万元，其中基本支出预算1208\.20万元，占部门预算总支出的71\.80%；(?P<t>项目支出预算(\d+\.\d+)万元)', S5, 'H6')
say_pct(r'财政拨款支出1682\.76万元，其中基本支出预算1208\.20万元，占部门预算总支出的71\.80%；项目支出预算474\.56万元，(?P<t>占部门预算总支出的(\d+\.\d+)%)', S5, 'H6', S5, 'C6')
# 五、一般公共预算支出情况说明
for name, code in (('一般公共服务支出', '201'), ('社会保障和就业支出', '208'), ('卫生健康支出', '210'), ('住房保障支出', '221')):
    say(name + r' ?(\d+\.\d+)万元', S5, f'C{dict((c, r) for r, c in r5)[code]}')
# 六、一般公共预算基本支出情况说明 (shares of the whole 一般公共预算支出, T5 合计)
for name, code in (('工资福利支出', '301'), ('商品和服务支出', '302'), ('对个人和家庭补助支出', '303')):
    say(r'(?P<t>' + name + r'(\d+\.\d+)万元)', S6, f'C{row6[code]}')
    say_pct(name + r'\d+\.\d+万元，(?P<t>占支出预算的(\d+\.\d+)%)', S6, f'C{row6[code]}', S5, 'C6')
# 七、“三公”经费
say(r'“三公经费”预算数为(\d+\.\d+)万元', S7, 'A6')
say(r'公务用车购置及运行费(\d+\.\d+)万元', S7, 'F6')
say(r'2026年公务接待费为(\d+\.\d+)万元', S7, 'I6')
# 八、项目支出情况说明
say(r'(?P<t>项目支出预算(\d+\.\d+)万元)，2026信访接待中心', S9, 'E5')
for name in ('2026信访接待中心运行费', '2026信访专项经费', '2026驻京经费', '信访局临聘人员经费'):
    r = next(rr for rr in second if text(S9, f'C{rr}') == name)
    say(r'(?P<t>' + re.escape(name) + r'(\d+(?:\.\d+)?)万元)', S9, f'E{r}', unit='万元')
# 九、机关运行经费 (行政单位 only: = 表6 公用经费)
say(r'系统机关运行经费预算总计(\d+)万元', S6, 'F5')
say_pct(r'占基本支出经费的(\d+\.\d+)%', S6, 'F5', S6, 'C5')
ITEMS = (('办公费', '30201', '办公费'), ('其他交通费 ?', '30239', '其他交通费用'), ('差旅费', '30211', '差旅费'),
         ('培训费', '30216', '培训费'), ('印刷费', '30202', '印刷费'), ('邮电费', '30207', '邮电费'),
         ('公务接待费', '30217', '公务接待费'), ('公务用车运行维护费', '30231', '公务用车运行维护费'),
         ('工会经费', '30228', '工会经费'), ('物业费', '30208', '物业管理费'), ('其他商品和服务支出', '30299', '其他商品和服务支出'),
         ('取暖费', '30208', '取暖费'), (r'维修（护）费。', '30213', '维护（护）费'))
sec9 = NARRATIVE.replace('\n', '')
sec9 = sec9[sec9.index('九、机关运行经费'):sec9.index('十、政府采购')]
for pat, code, name6 in ITEMS:
    m = re.search(pat + r'(\d+(?:\.\d+)?)万元', sec9)
    row = next(rr for rr, cc in r6 if cc == code and text(S6, f"B{rr}") == name6)
    stated, table = Decimal(m.group(1)), num(S6, f"C{row}")
    item = {'text': m.group(0), 'value': str(stated), 'unit': '万元', 'cell': ref(S6, f"C{row}"), 'agrees': stated == table}
    if stated != table:
        item['table'] = str(table)
    narrative.append(item)
# 十二、绩效目标
m = re.search(r'公开(四)个二级项目支出绩效目标和指标，公开金额(\d+\.\d+)万元', NARRATIVE.replace('\n', ''))
narrative.append({'text': m.group(0), 'value': m.group(2), 'unit': '万元', 'cell': ref(S9, 'E5'),
                  'agrees': Decimal(m.group(2)) == num(S9, 'E5') and len(second) == 4 == len(rows11),
                  'note': f'四个二级项目: {len(second)} 二级项目 rows in T7, {len(rows11)} projects in 表11'})

# narrative figures with no table behind them: checked against each other only
flat = NARRATIVE.replace('\n', '')
m = re.search(r'增加(\d+\.\d+)万元，增长(\d+\.\d+)%', flat)
inc, rate = Decimal(m.group(1)), Decimal(m.group(2))
prior = num(S1, 'B18') - inc
narrative_internal.append({'text': m.group(0), 'what': f'implied 2025 budget {prior}; {inc}/{prior} = {pct(inc, prior)}%',
                           'agrees': pct(inc, prior) == rate})
m = re.search(r'“三公经费”预算数为(\d+\.\d+)万元，2025年预算数为(\d+\.\d+)万元，和2025年相比预算减少(\d+\.\d+)万元', flat)
narrative_internal.append({'text': m.group(0), 'what': f'{m.group(2)} - {m.group(1)} = {Decimal(m.group(2)) - Decimal(m.group(1))}',
                           'agrees': Decimal(m.group(2)) - Decimal(m.group(1)) == Decimal(m.group(3))})
m = re.search(r'项目支出预算(\d+\.\d+)万元，2026信访接待中心运行费(\d+)万元，2026信访专项经费(\d+)万元，2026驻京经费(\d+)万元，信访局临聘人员经费(\d+\.\d+)万元', flat)
s = sum(Decimal(m.group(i)) for i in range(2, 6))
narrative_internal.append({'text': m.group(0), 'what': f'the four projects named add up to {s}, the stated total is {m.group(1)}',
                           'agrees': s == Decimal(m.group(1))})
m = re.search(r'固定资产总量为(\d+\.\d+)万元，房屋和构筑物(\d+\.\d+)万元，占固定资产总额的(\d+\.\d+)%；设备(\d+\.\d+)万元，占固定资产总额的(\d+\.\d+)%；家具和用具(\d+\.\d+)万元，占固定资产总额的(\d+)%;无形资产(\d+)万元占固定资产总额的(\d+\.\d+)%', flat)
total = Decimal(m.group(1))
parts = [(Decimal(m.group(2)), Decimal(m.group(3)), '房屋和构筑物'), (Decimal(m.group(4)), Decimal(m.group(5)), '设备'),
         (Decimal(m.group(6)), Decimal(m.group(7)), '家具和用具'), (Decimal(m.group(8)), Decimal(m.group(9)), '无形资产')]
narrative_internal.append({'text': '固定资产总量为4295.98万元 …', 'what': f'Σ parts = {sum(p for p, _, _ in parts)}',
                           'agrees': sum(p for p, _, _ in parts) == total})
for amount, share, name in parts:
    exact = pct(amount, total)
    ok = exact == share or (share == share.to_integral() and (amount / total * 100).quantize(Decimal(1), ROUND_HALF_UP) == share)
    narrative_internal.append({'text': f'{name}{amount}万元，占固定资产总额的{share}%', 'what': f'{amount}/{total} = {exact}%',
                               'agrees': ok})

# ------------------------------------------------------------------ report
print(f'HOLDS ({len(holds)})')
for h in holds:
    print('  ok  ', h)
print(f'\nINCONSISTENCIES ({len(inconsistencies)})')
for i in inconsistencies:
    print('  ' + ('rnd ' if i.get('rounding') else 'ERR '), i['what'], '|', i['cells'], 'vs', i['against'])
if dup:
    print(f'\nNOTE: T6 repeats code(s) {dup} (取暖费 and 物业管理费 both printed as 30208)')
print(f'\nNARRATIVE ({len(narrative)})')
for n in narrative:
    print('  ' + ('ok  ' if n['agrees'] else 'DIFF'), n['text'], '→', n['cell'], n.get('table', ''), n.get('note', ''))
print(f'\nNARRATIVE, internal ({len(narrative_internal)})')
for n in narrative_internal:
    print('  ' + ('ok  ' if n['agrees'] else 'DIFF'), n['text'], '—', n['what'])

if '--write' in sys.argv:
    path = os.path.join(HERE, 'expected.json')
    expected = json.load(open(path, encoding='utf-8')) if os.path.exists(path) else {}
    expected.update({'holds': holds, 'inconsistencies': inconsistencies, 'narrative': narrative,
                     'narrative_internal': narrative_internal})
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print(f'\nwrote {path}')
