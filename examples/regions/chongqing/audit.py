#!/usr/bin/env python3
"""Independent audit of the 重庆市规划和自然资源局 2026 部门预算 example (never uses the project's engine).

usage: audit.py [workbook.xlsx] [--write]     (needs openpyxl; --write rewrites expected.json)

Reads workbook.xlsx with openpyxl, computes every relation with exact decimals and prints what holds and what
does not; the narrative figures (narrative.txt) are checked against the table cells.  All tables are in 万元
with two decimals; a difference of exactly 0.01 between a printed total and the sum of its printed parts is a
rounding residue (the document says so under 表一: 由于四舍五入因素，部分分项加和与合计可能略有差异，下同)."""
import json
import os
import re
import sys
from decimal import Decimal

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
args = [a for a in sys.argv[1:] if not a.startswith('--')]
WRITE = '--write' in sys.argv
wb = openpyxl.load_workbook(args[0] if args else os.path.join(HERE, 'workbook.xlsx'))
Z = Decimal('0')
CENT = Decimal('0.01')

holds, inconsistencies, narrative = [], [], []


def sheet(prefix):
    (ws,) = [ws for ws in wb.worksheets if ws.title.startswith(prefix)]
    return ws


S = {k: sheet(k) for k in ('表一', '表二', '表三', '表四', '表五', '表六', '表七', '表八', '表九')}
NAME = {k: ws.title for k, ws in S.items()}


def ref(k, addr):
    return f'{NAME[k]}!{addr}'


def val(k, addr):
    v = S[k][addr].value
    if v is None or (isinstance(v, str) and v.strip() in ('', '-', '—')):
        return Z
    if isinstance(v, (int, float)):
        return Decimal(str(v))
    return Decimal(str(v).replace(',', '').strip())


def fmt(d):
    return str(d.quantize(CENT))


def check(desc, k_left, left_cells, k_right, right_cells, left=None, right=None):
    """left = Σ left_cells, right = Σ right_cells (cells on sheet k_left / k_right)."""
    lv = sum((val(k_left, a) for a in left_cells), Z) if left is None else left
    rv = sum((val(k_right, a) for a in right_cells), Z) if right is None else right
    lrefs = [ref(k_left, a) for a in left_cells]
    rrefs = [ref(k_right, a) for a in right_cells]
    if lv == rv:
        holds.append(f'{desc} ({", ".join(left_cells) if k_left == k_right else ", ".join(lrefs)} = '
                     f'{fmt(lv)}{"" if k_left == k_right else " = " + fmt(rv)})')
        return True
    diff = lv - rv
    inconsistencies.append({
        'cells': lrefs, 'against': rrefs, 'published': fmt(lv), 'computed': fmt(rv),
        'what': f'{desc}: {fmt(lv)} ≠ {fmt(rv)} (difference {fmt(diff)})',
        **({'rounding': True} if abs(diff) == CENT else {}),
    })
    return False


# ------------------------------------------------------------------ code rows of a 功能/经济分类 table
def code_rows(k, code_col='A', first=None):
    """{code: row} for rows whose code cell holds a 3/5/7 digit code."""
    ws = S[k]
    out = {}
    for r in range(1, ws.max_row + 1):
        c = ws[f'{code_col}{r}'].value
        if c is not None and re.fullmatch(r'\d{3}(\d{2}){0,2}', str(c).strip()):
            out[str(c).strip()] = r
    return out


def total_row(k, label='合计', col='A'):
    ws = S[k]
    for r in range(1, ws.max_row + 1):
        if re.sub(r'\s+', '', str(ws[f'{col}{r}'].value or '')) == label:
            return r
    raise KeyError((k, label))


def hierarchy(k, cols, label):
    """类 = Σ款, 款 = Σ项, 合计 = Σ类 in every column; returns number of relations checked, adds failures."""
    rows = code_rows(k)
    tot = total_row(k)
    n_ok = n = 0
    for col in cols:
        for code, r in rows.items():
            kids = [c for c in rows if len(c) == len(code) + 2 and c.startswith(code)]
            if not kids:
                continue
            n += 1
            n_ok += check(f'{label} {code} = Σ下级 in column {col}', k, [f'{col}{r}'], k,
                          [f'{col}{rows[c]}' for c in kids])
        n += 1
        n_ok += check(f'{label} 合计 = Σ类 in column {col}', k, [f'{col}{tot}'], k,
                      [f'{col}{r}' for c, r in rows.items() if len(c) == 3])
    return n_ok, n


def row_sums(k, total_col, part_cols, label, rows=None):
    ws = S[k]
    rows = rows or ([total_row(k)] + list(code_rows(k).values()))
    n_ok = 0
    for r in rows:
        n_ok += check(f'{label} row {r}: {total_col} = {"+".join(part_cols)}', k, [f'{total_col}{r}'], k,
                      [f'{c}{r}' for c in part_cols])
    return n_ok, len(rows)


summary = []


def quiet(fn, desc):
    """Run a family of checks; keep one summary line in holds for the family instead of one per relation."""
    before_h, before_i = len(holds), len(inconsistencies)
    n_ok, n = fn()
    del holds[before_h:]
    bad = len(inconsistencies) - before_i
    holds.append(f'{desc}: {n_ok} of {n} relations hold' + (f' ({bad} listed under inconsistencies)' if bad else ''))


# ================================================================== 表一 收支总表
t1_in = list(range(6, 15))
check('表一 收入合计 = Σ 一…九 收入', '表一', ['B5'], '表一', [f'B{r}' for r in t1_in])
check('表一 支出合计 = Σ 支出 类', '表一', ['D5'], '表一', [f'D{r}' for r in t1_in])
check('表一 收入合计 = 支出合计', '表一', ['B5'], '表一', ['D5'])

# ================================================================== 表二 收入总表
t2_rows = code_rows('表二')
quiet(lambda: row_sums('表二', 'C', list('DEFGHIJKL'), '表二'), '表二 every row 总计 = Σ 10 income columns (D…L)')
quiet(lambda: hierarchy('表二', list('CDEFGHIJKL'), '表二'), '表二 类 = Σ款 = Σ项 and 合计 = Σ类 in every column C…L')
# 表一 收入 items = 表二 合计 by column
for r1, col in zip(t1_in, 'DEFGHIJKL'):
    check(f'表一 {S["表一"][f"A{r1}"].value} = 表二 合计 {S["表二"][f"{col}3"].value}', '表一', [f'B{r1}'],
          '表二', [f'{col}5'])
check('表一 收入合计 = 表二 总计', '表一', ['B5'], '表二', ['C5'])

# ================================================================== 表三 支出总表
t3_rows = code_rows('表三')
quiet(lambda: row_sums('表三', 'C', ['D', 'E'], '表三'), '表三 every row 总计 = 基本支出 + 项目支出')
quiet(lambda: hierarchy('表三', ['C', 'D', 'E'], '表三'), '表三 类 = Σ款 = Σ项 and 合计 = Σ类 in 总计/基本/项目')
assert set(t3_rows) == set(t2_rows), set(t3_rows) ^ set(t2_rows)
quiet(lambda: (sum(check(f'表三 {c} 总计 = 表二 {c} 总计', '表三', [f'C{t3_rows[c]}'], '表二', [f'C{t2_rows[c]}'])
                   for c in t3_rows), len(t3_rows)),
      '表三 总计 = 表二 总计 for every 类/款/项 code (same 51 codes in both)')
check('表三 合计 = 表二 合计', '表三', ['C4'], '表二', ['C5'])
check('表三 合计 = 表一 支出合计', '表三', ['C4'], '表一', ['D5'])


def class_name(s):
    return re.sub(r'^[（(]?[一二三四五六七八九十]+[）)、]', '', re.sub(r'\s+', '', str(s)))


name_to_t3 = {re.sub(r'\s+', '', S['表三'][f'B{r}'].value): r for c, r in t3_rows.items() if len(c) == 3}
for r1 in t1_in:
    nm = class_name(S['表一'][f'C{r1}'].value)
    r3 = name_to_t3[nm]
    check(f'表一 支出 {nm} = 表三 {S["表三"][f"A{r3}"].value} 总计', '表一', [f'D{r1}'], '表三', [f'C{r3}'])
assert len(name_to_t3) == len(t1_in)

# ================================================================== 表四 财政拨款收支总表
check('表四 本年收入 = (一)+(二)+(三)', '表四', ['B5'], '表四', ['B6', 'B7', 'B8'])
check('表四 上年结转 = (一)+(二)+(三)', '表四', ['B15'], '表四', ['B16', 'B17', 'B18'])
check('表四 收入合计 = 本年收入 + 上年结转', '表四', ['B19'], '表四', ['B5', 'B15'])
check('表四 收入合计 = 支出合计', '表四', ['B19'], '表四', ['D19'])
quiet(lambda: row_sums('表四', 'D', ['E', 'F', 'G'], '表四', rows=[5] + list(range(6, 15)) + [19]),
      '表四 every 支出 row 总计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算')
for col in 'DEFG':
    check(f'表四 本年支出 = Σ类 in column {col}', '表四', [f'{col}5'], '表四', [f'{col}{r}' for r in range(6, 15)])
    check(f'表四 支出合计 = 本年支出 + 结转下年 in column {col}', '表四', [f'{col}19'], '表四', [f'{col}5', f'{col}15'])
check('表四 一般公共预算: 本年收入(一) + 上年结转(一) = 支出合计 一般公共预算', '表四', ['B6', 'B16'], '表四', ['E19'])
check('表四 政府性基金: 本年收入(二) + 上年结转(二) = 支出合计 政府性基金预算', '表四', ['B7', 'B17'], '表四', ['F19'])
check('表四 国有资本经营: 本年收入(三) + 上年结转(三) = 支出合计 国有资本经营预算', '表四', ['B8', 'B18'], '表四', ['G19'])
check('表一 一般公共预算资金 (含结转) = 表四 一般公共预算 支出合计', '表一', ['B6'], '表四', ['E19'])
check('表一 政府性基金预算资金 (含结转) = 表四 政府性基金预算 支出合计', '表一', ['B7'], '表四', ['F19'])
check('表一 国有资本经营预算资金 = 表四 国有资本经营预算 支出合计', '表一', ['B8'], '表四', ['G19'])
check('表二 一般公共预算拨款收入 合计 = 表四 一般公共预算 本年支出', '表二', ['D5'], '表四', ['E5'])
check('表二 政府性基金预算拨款收入 合计 = 表四 政府性基金预算 本年支出', '表二', ['E5'], '表四', ['F5'])

name_to_t2 = {re.sub(r'\s+', '', S['表二'][f'B{r}'].value): r for c, r in t2_rows.items() if len(c) == 3}
t4_by_class = {}
for r4 in range(6, 15):
    nm = class_name(S['表四'][f'C{r4}'].value)
    r2 = name_to_t2[nm]
    t4_by_class[S['表二'][f'A{r2}'].value] = r4
    check(f'表四 {nm} 一般公共预算 = 表二 {S["表二"][f"A{r2}"].value} 一般公共预算拨款收入', '表四', [f'E{r4}'],
          '表二', [f'D{r2}'])
    check(f'表四 {nm} 政府性基金预算 = 表二 {S["表二"][f"A{r2}"].value} 政府性基金预算拨款收入', '表四',
          [f'F{r4}'], '表二', [f'E{r2}'])
    check(f'表四 {nm} 国有资本经营预算 = 表二 {S["表二"][f"A{r2}"].value} 国有资本经营预算拨款收入', '表四',
          [f'G{r4}'], '表二', [f'F{r2}'])

# ================================================================== 表五 一般公共预算支出表
t5_rows = code_rows('表五')
quiet(lambda: row_sums('表五', 'D', ['E', 'H'], '表五'), '表五 every row 2026 总计 = 基本支出小计 + 项目支出')
quiet(lambda: row_sums('表五', 'E', ['F', 'G'], '表五'), '表五 every row 基本支出 小计 = 人员经费 + 公用经费')
quiet(lambda: hierarchy('表五', list('CDEFGH'), '表五'),
      '表五 类 = Σ款 = Σ项 and 合计 = Σ类 in every column (2025年预算数 C and 2026 D…H)')
# 表五 2026 总计 by code = 表二 一般公共预算拨款收入 by code (rows with a 2026 amount)
t5_2026 = [c for c, r in t5_rows.items() if val('表五', f'D{r}') != Z]
quiet(lambda: (sum(check(f'表五 {c} 总计 = 表二 {c} 一般公共预算拨款收入', '表五', [f'D{t5_rows[c]}'], '表二',
                         [f'D{t2_rows[c]}']) for c in t5_2026), len(t5_2026)),
      f'表五 2026 总计 = 表二 一般公共预算拨款收入 for every code of 表五 with a 2026 amount ({len(t5_2026)} codes)')
no_gp = [c for c in t2_rows if c not in t5_rows and val('表二', f'D{t2_rows[c]}') != Z]
if no_gp:
    inconsistencies.append({'cells': [ref('表二', f'D{t2_rows[c]}') for c in no_gp], 'against': [],
                            'published': '', 'computed': '', 'what': f'表二 codes with 一般公共预算 not in 表五: {no_gp}'})
else:
    holds.append('every code of 表二 with an 一般公共预算拨款收入 amount is a row of 表五 (and 表五 has in addition '
                 'only the 2025-only rows 21501 / 2150199)')
only5 = [c for c in t5_rows if c not in t2_rows]
assert only5 == ['21501', '2150199'] and all(val('表五', f'D{t5_rows[c]}') == Z for c in only5), only5
check('表五 合计 = 表四 一般公共预算 本年支出', '表五', ['D6'], '表四', ['E5'])
for c, r4 in t4_by_class.items():
    if c in t5_rows:
        check(f'表四 类 {c} 一般公共预算 = 表五 {c} 总计', '表四', [f'E{r4}'], '表五', [f'D{t5_rows[c]}'])
    else:
        check(f'表四 类 {c} 一般公共预算 = 0 (no 表五 row)', '表四', [f'E{r4}'], '表四', [], right=Z)
# 表五 ⊆ 表三 (一般公共预算 part of all funds), by code: 总计, 基本, 项目
le_ok = le_n = 0
for c in t5_2026:
    for c5, c3, what in (('D', 'C', '总计'), ('E', 'D', '基本支出'), ('H', 'E', '项目支出')):
        le_n += 1
        a, b = val('表五', f'{c5}{t5_rows[c]}'), val('表三', f'{c3}{t3_rows[c]}')
        if a <= b:
            le_ok += 1
        else:
            inconsistencies.append({'cells': [ref('表五', f'{c5}{t5_rows[c]}')], 'against': [ref('表三', f'{c3}{t3_rows[c]}')],
                                    'published': fmt(a), 'computed': fmt(b),
                                    'what': f'表五 {c} {what} above 表三 (all funds) {what}'})
holds.append(f'表五 (一般公共预算) ≤ 表三 (all funds) for 总计, 基本支出 and 项目支出 of every code: {le_ok} of {le_n}')

# ================================================================== 表六 基本支出 经济分类
quiet(lambda: row_sums('表六', 'C', ['D', 'E'], '表六'), '表六 every row 总计 = 人员经费 + 公用经费')
quiet(lambda: hierarchy('表六', ['C', 'D', 'E'], '表六'), '表六 类 = Σ款 = Σ项 and 合计 = Σ类 in 总计/人员经费/公用经费')
t6 = code_rows('表六')
check('表五 基本支出 小计 合计 = 表六 合计 总计', '表五', ['E6'], '表六', ['C5'])
check('表五 人员经费 合计 = 表六 人员经费 合计', '表五', ['F6'], '表六', ['D5'])
check('表五 公用经费 合计 = 表六 公用经费 合计', '表五', ['G6'], '表六', ['E5'])
check('表六 人员经费 合计 = 301 + 303 人员经费', '表六', ['D5'], '表六', [f'D{t6["301"]}', f'D{t6["303"]}'])
# the 名词解释 (narrative 六（八）) defines 人员经费 = 工资福利支出 (301) + 对个人和家庭的补助 (303) and 公用经费 = the
# other 类; this table also puts 公用经费 amounts in two 301/303 款 (医疗费 / 医疗费补助)
gy_in_person = [(c, r) for c, r in t6.items() if c[:3] in ('301', '303') and val('表六', f'E{r}') != Z]
if gy_in_person:
    in_leaf = [(c, r) for c, r in gy_in_person if len(c) == 5]
    inconsistencies.append({
        'cells': [ref('表六', f'E{r}') for c, r in gy_in_person], 'against': [ref('表六', 'D5'), ref('表六', 'E5')],
        'published': ' + '.join(fmt(val('表六', f'E{r}')) for c, r in in_leaf),
        'computed': '0',
        'what': '表六 公用经费 column holds amounts in 工资福利支出/对个人和家庭的补助 rows ('
                + ', '.join(f'{c} {S["表六"][f"B{r}"].value} {fmt(val("表六", f"E{r}"))}' for c, r in in_leaf)
                + f'), so 人员经费 合计 {fmt(val("表六", "D5"))} ≠ 301 + 303 总计 '
                + fmt(val('表六', f'C{t6["301"]}') + val('表六', f'C{t6["303"]}'))
                + ' although the 名词解释 defines 人员经费 as 工资福利支出 + 对个人和家庭的补助 (a convention of the '
                  'template, not an arithmetic error; 302/309/310 have no 人员经费)'})
assert all(val('表六', f'D{t6[c]}') == Z for c in ('302', '309', '310'))
holds.append('表六 302 / 309 / 310 have no 人员经费 (D' + ', D'.join(str(t6[c]) for c in ('302', '309', '310')) + ' blank)')

# ================================================================== 表七 政府性基金
t7 = code_rows('表七')
quiet(lambda: row_sums('表七', 'C', ['D', 'E'], '表七'), '表七 every row 总计 = 基本支出 + 项目支出')
quiet(lambda: hierarchy('表七', ['C', 'D', 'E'], '表七'), '表七 类 = Σ款 = Σ项 and 合计 = Σ类')
check('表七 合计 = 表四 政府性基金预算 本年支出', '表七', ['C5'], '表四', ['F5'])
for c, r4 in t4_by_class.items():
    if c in t7:
        check(f'表四 类 {c} 政府性基金预算 = 表七 {c} 总计', '表四', [f'F{r4}'], '表七', [f'C{t7[c]}'])
    else:
        check(f'表四 类 {c} 政府性基金预算 = 0 (no 表七 row)', '表四', [f'F{r4}'], '表四', [], right=Z)
gf_codes = [c for c in t2_rows if val('表二', f'E{t2_rows[c]}') != Z]
assert set(gf_codes) == set(t7), set(gf_codes) ^ set(t7)
quiet(lambda: (sum(check(f'表七 {c} 总计 = 表二 {c} 政府性基金预算拨款收入', '表七', [f'C{t7[c]}'], '表二',
                         [f'E{t2_rows[c]}']) for c in t7), len(t7)),
      '表七 总计 = 表二 政府性基金预算拨款收入 for every code (the same 7 codes)')

# ================================================================== 表八 三公
for blk, (tot, abroad, car, buy, run, recv) in (('2025年预算数', 'ABCDEF'), ('2026年预算数', 'GHIJKL')):
    check(f'表八 {blk} 合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费', '表八', [f'{tot}6'], '表八',
          [f'{abroad}6', f'{car}6', f'{recv}6'])
    check(f'表八 {blk} 公务用车购置及运行费 小计 = 购置费 + 运行费', '表八', [f'{car}6'], '表八', [f'{buy}6', f'{run}6'])
# 三公 (财政拨款, basic + projects) against 表六 (一般公共预算 基本支出 only): 表六 ≤ 表八
for code, col, what in (('30212', 'H', '因公出国（境）费'), ('30217', 'L', '公务接待费'), ('30231', 'K', '公务用车运行费')):
    a, b = val('表六', f'C{t6[code]}'), val('表八', f'{col}6')
    if a <= b:
        holds.append(f'表六 {code} {fmt(a)} ≤ 表八 2026 {what} {fmt(b)} ({ref("表六", "C" + str(t6[code]))} ≤ '
                     f'{ref("表八", col + "6")}; the difference {fmt(b - a)} is paid from projects or 政府性基金)')
    else:
        inconsistencies.append({'cells': [ref('表六', f'C{t6[code]}')], 'against': [ref('表八', f'{col}6')],
                                'published': fmt(a), 'computed': fmt(b), 'what': f'表六 {code} above 表八 {what}'})
assert '31013' not in t6
holds.append(f'表六 has no 310 13 公务用车购置 row: the 2026 公务用车购置费 {fmt(val("表八", "J6"))} '
             f'({ref("表八", "J6")}) is all in project spending')

# ================================================================== 表九 政府采购
quiet(lambda: row_sums('表九', 'C', list('DEFGHIJKL'), '表九', rows=[4, 5, 6, 7]),
      '表九 every row 总计 = Σ funding columns D…L')
for col in 'CDEFGHIJKL':
    check(f'表九 合计 = 货物 + 工程 + 服务 in column {col}', '表九', [f'{col}4'], '表九', [f'{col}5', f'{col}6', f'{col}7'])
le = all(val('表九', f'{c9}4') <= val('表二', f'{c2}5') for c9, c2 in zip('CDEFGHIJKL', 'CDEFGHIJKL'))
holds.append('表九 政府采购 ≤ 表二 收入 合计 in every funding column' if le else '!! 表九 above 表二 in some column')
assert le

# ================================================================== narrative
text = open(os.path.join(HERE, 'narrative.txt'), encoding='utf-8').read()
flat = re.sub(r'\s+', '', text)


def num(s):
    return Decimal(s.replace(',', ''))


def say(snippet, value, cells, k_vals=None, expr=None, note=None):
    """snippet: text of narrative.txt (spaces/line breaks ignored); value: the figure it states (万元);
    cells: [(sheet key, addr)] whose sum (or expr) the figure restates."""
    s = re.sub(r'\s+', '', snippet)
    assert s in flat, snippet
    assert re.sub(r'\s+', '', value.replace(',', '')) in s.replace(',', ''), (snippet, value)
    if expr is None:
        table = sum((val(k, a) for k, a in cells), Z)
        cell = ' + '.join(ref(k, a) for k, a in cells)
    else:
        table, cell = expr
    agrees = num(value) == table
    item = {'text': snippet, 'value': str(num(value)), 'unit': '万元', 'cell': cell, 'agrees': agrees}
    if not agrees:
        item['table'] = fmt(table)
    if note:
        item['note'] = note
    narrative.append(item)


def diff(k1, a1, k2, a2):
    return val(k1, a1) - val(k2, a2), f'{ref(k1, a1)} − {ref(k2, a2)}'


say('2026 年年初预算数 583,429.56 万元', '583,429.56', [('表一', 'B5')])
say('一般公共预算拨款 227,955.11 万元', '227,955.11', [('表一', 'B6')])
say('政府性基金预算拨款 46,209.19 万元', '46,209.19', [('表一', 'B7')])
say('事业收入资金 275 万元', '275', [('表一', 'B10')])
say('事业单位经营收入资金 143,181.29 万元', '143,181.29', [('表一', 'B13')])
say('其他收入资金 165,808.97 万元', '165,808.97', [('表一', 'B14')])
say('一般公共预算拨款增加 8,347.73 万元', '8,347.73', None, expr=diff('表五', 'D6', '表五', 'C6'),
    note='the 2025 一般公共预算 total is 表五 2025年预算数 (C6); the other 比2025年 changes of 收入 have no 2025 figure in the tables')
say('（二）支出预算：2026 年年初预算数 583,429.56 万元', '583,429.56', [('表一', 'D5')])
for nm, v, r in (('教育支出', '54.94', 6), ('社会保障和就业支出', '25,763.40', 7), ('卫生健康支出', '6,640.61', 8),
                 ('住房保障支出', '6,931.53', 13), ('城乡社区支出', '49,055.17', 9), ('农林水支出', '650', 10),
                 ('资源勘探工业信息等支出', '1,939.87', 11), ('自然资源海洋气象等支出', '471,504.37', 12),
                 ('灾害防治及应急管理支出', '20,889.67', 14)):
    say(f'{nm} {v} 万元' if nm != '教育支出' else '包括教育支出 54.94 万元', v, [('表一', f'D{r}')])
say('2026 年一般公共预算财政拨款收入 227,955.11 万元', '227,955.11', [('表四', 'E19')],
    note='表四 收入: 本年收入(一) 223,898.88 + 上年结转(一) 4,056.23')
say('一般公共预算财政拨款支出 227,955.11 万元', '227,955.11', [('表五', 'D6')])
say('一般公共预算财政拨款支出 227,955.11 万元，比 2025 年增加 8,347.73 万元', '8,347.73', None,
    expr=diff('表五', 'D6', '表五', 'C6'))
say('其中：基本支出 113,007.22 万元', '113,007.22', [('表五', 'E6')])
say('项目支出 114,947.89 万元，主要用于国土空间规划统筹及实施', '114,947.89', [('表五', 'H6')])
say('2026 年政府性基金预算财政拨款收入 46,209.19 万元', '46,209.19', [('表四', 'F19')])
say('政府性基金预算支出 46,209.19 万元', '46,209.19', [('表七', 'C5')])
say('2026 年“三公”经费预算 2,171.85 万元', '2,171.85', [('表八', 'G6')])
say('比 2025 年减少 380.65 万元', '380.65', None, expr=diff('表八', 'A6', '表八', 'G6'))
say('因公出国（境）费用 321.91 万元', '321.91', [('表八', 'H6')])
say('比 2025 年减少 21.5 万元，主要原因是因公出国（境）计划减少', '21.5', None, expr=diff('表八', 'B6', '表八', 'H6'))
say('公务接待费 279.19 万元', '279.19', [('表八', 'L6')])
say('比 2025 年减少 203.9 万元', '203.9', None, expr=diff('表八', 'F6', '表八', 'L6'))
say('公务用车运行维护费 1,228.5 万元', '1,228.5', [('表八', 'K6')])
say('比 2025 年减少 39.5 万元', '39.5', None, expr=diff('表八', 'E6', '表八', 'K6'))
say('公务用车购置费 342.25 万元', '342.25', [('表八', 'J6')])
say('比 2025 年减少 115.75 万元', '115.75', None, expr=diff('表八', 'D6', '表八', 'J6'))
say('政府采购预算总额 110,390.99 万元', '110,390.99', [('表九', 'C4')])
say('政府采购货物预算 6,005.76 万元', '6,005.76', [('表九', 'C5')])
say('政府采购工程预算 6,599.5 万元', '6,599.5', [('表九', 'C6')])
say('政府采购服务预算 97,785.73 万元', '97,785.73', [('表九', 'C7')])
say('其中一般公共预算拨款政府采购 50,106.43 万元', '50,106.43', [('表九', 'D4')])
say('政府采购货物预算 664.38 万元', '664.38', [('表九', 'D5')])
say('工程预算 0 万元', '0', [('表九', 'D6')], note='表九 D6 is blank (= 0)')
say('政府采购服务预算 49,442.05 万元', '49,442.05', [('表九', 'D7')])
say('涉及一般公共预算财政拨款 114,947.89 万元', '114,947.89', [('表五', 'H6')])

# narrative figures that restate no table cell, checked for their own arithmetic
inner = [
    ('收入比 2025 年减少 29,815.76 万元 = 经营 16,897.63 + 其他 21,159.85 + 基金 368.01 − 一般公共预算 8,347.73 − 事业 262',
     num('29815.76'), num('16897.63') + num('21159.85') + num('368.01') - num('8347.73') - num('262')),
    ('支出比 2025 年减少 29,815.76 万元 = 项目支出减少 39,297.4 − 基本支出增加 9,481.64',
     num('29815.76'), num('39297.4') - num('9481.64')),
    ('一般公共预算增加 8,347.73 = 基本支出增加 7,130.26 + 项目支出增加 1,217.47',
     num('8347.73'), num('7130.26') + num('1217.47')),
    ('三公 减少 380.65 = 21.5 + 203.9 + 39.5 + 115.75', num('380.65'), num('21.5') + num('203.9') + num('39.5') + num('115.75')),
]
for what, a, b in inner:
    if a == b:
        holds.append(f'narrative: {what} ({fmt(a)})')
    else:
        inconsistencies.append({'cells': [], 'against': [], 'published': fmt(a), 'computed': fmt(b),
                                'what': f'narrative: {what}'})
veh = [411, 292, 24, 27, 9, 0, 59]
holds.append('narrative: 车辆 411 辆 = 292 + 24 + 27 + 9 + 0 + 59' if veh[0] == sum(veh[1:]) else '!! vehicles')
assert veh[0] == sum(veh[1:])
# 机关运行经费 (行政单位 and 参公 only) ≤ 表六 公用经费 (all units, 事业单位 included)
a, b = num('5590.43'), val('表六', 'E5')
holds.append(f'narrative: 机关运行经费 5,590.43 ≤ 表六 公用经费 合计 {fmt(b)} ({ref("表六", "E5")}); no table states it')
assert a <= b

# ================================================================== report
print(f'HOLDS ({len(holds)})')
for h in holds:
    print('  ✓', h)
print(f'\nINCONSISTENCIES ({len(inconsistencies)})')
for i in inconsistencies:
    print('  ✗', i['what'], '| cells', i['cells'], 'against', i['against'], '| rounding' if i.get('rounding') else '')
print(f'\nNARRATIVE ({len(narrative)} figures)')
for n in narrative:
    print('  ', '✓' if n['agrees'] else '✗', n['text'], '→', n['cell'], '' if n['agrees'] else f"table {n['table']}")

if WRITE:
    meta = json.load(open(os.path.join(HERE, 'expected.json'), encoding='utf-8'))
    meta['holds'], meta['inconsistencies'], meta['narrative'] = holds, inconsistencies, narrative
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('\nwrote expected.json')
