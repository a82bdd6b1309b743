#!/usr/bin/env python3
"""Independent audit of the 重庆市水利局 2026 部门预算 example (never uses the project's engine).
(Built on ../chongqing-xuanchuan/audit.py and ../chongqing/audit.py: the same 重庆市级 template, with this document's rows and columns.)

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

holds, inconsistencies, narrative, narrative_inconsistencies = [], [], [], []


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
# rows 5 合计, 6–14 收入 一…九 (B), 支出 类 rows 6–13 (D)
t1_in = list(range(6, 15))
t1_out = [r for r in range(6, 15) if S['表一'][f'C{r}'].value]
assert t1_out == list(range(6, 14)), t1_out
check('表一 收入合计 = Σ 一…九 收入', '表一', ['B5'], '表一', [f'B{r}' for r in t1_in])
check('表一 支出合计 = Σ 支出 类', '表一', ['D5'], '表一', [f'D{r}' for r in t1_out])
check('表一 收入合计 = 支出合计', '表一', ['B5'], '表一', ['D5'])

# ================================================================== 表二 收入总表
# C 总计, D 一般公共预算拨款收入, E 政府性基金, F 国有资本经营, G 财政专户, H 事业收入, I 上级补助, J 附属单位上缴,
# K 事业单位经营, L 其他收入; 合计 row 5
t2_rows = code_rows('表二')
quiet(lambda: row_sums('表二', 'C', list('DEFGHIJKL'), '表二'), '表二 every row 总计 = Σ 9 income columns (D…L)')
quiet(lambda: hierarchy('表二', list('CDEFGHIJKL'), '表二'), '表二 类 = Σ款 = Σ项 and 合计 = Σ类 in every column C…L')
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
      f'表三 总计 = 表二 总计 for every 类/款/项 code (same {len(t3_rows)} codes in both)')
check('表三 合计 = 表二 合计', '表三', ['C4'], '表二', ['C5'])
check('表三 合计 = 表一 支出合计', '表三', ['C4'], '表一', ['D5'])


def class_name(s):
    return re.sub(r'^[（(]?[一二三四五六七八九十]+[）)、]', '', re.sub(r'\s+', '', str(s)))


name_to_t3 = {re.sub(r'\s+', '', S['表三'][f'B{r}'].value): r for c, r in t3_rows.items() if len(c) == 3}
for r1 in t1_out:
    nm = class_name(S['表一'][f'C{r1}'].value)
    r3 = name_to_t3[nm]
    check(f'表一 支出 {nm} = 表三 {S["表三"][f"A{r3}"].value} 总计', '表一', [f'D{r1}'], '表三', [f'C{r3}'])
assert len(name_to_t3) == len(t1_out)

# ================================================================== 表四 财政拨款收支总表
# rows 5 一、本年收入 | 一、本年支出, 6–8 收入 (一)…(三), 支出 类 6–13, 14 二、上年结转 | 二、结转下年, 15–17 结转 (一)…(三),
# 18 收入合计 | 支出合计; 支出 columns D 合计, E 一般公共预算, F 政府性基金预算, G 国有资本经营预算
t4_cls = [r for r in range(6, 14) if S['表四'][f'C{r}'].value]
assert t4_cls == list(range(6, 14)) and S['表四']['A14'].value == '二、上年结转' and S['表四']['A18'].value == '收入合计'
check('表四 本年收入 = (一)+(二)+(三)', '表四', ['B5'], '表四', ['B6', 'B7', 'B8'])
check('表四 上年结转 = (一)+(二)+(三)', '表四', ['B14'], '表四', ['B15', 'B16', 'B17'])
check('表四 收入合计 = 本年收入 + 上年结转', '表四', ['B18'], '表四', ['B5', 'B14'])
check('表四 收入合计 = 支出合计', '表四', ['B18'], '表四', ['D18'])
quiet(lambda: row_sums('表四', 'D', ['E', 'F', 'G'], '表四', rows=[5] + t4_cls + [18]),
      '表四 every 支出 row 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算')
for col in 'DEFG':
    check(f'表四 本年支出 = Σ类 in column {col}', '表四', [f'{col}5'], '表四', [f'{col}{r}' for r in t4_cls])
    check(f'表四 支出合计 = 本年支出 + 结转下年 in column {col}', '表四', [f'{col}18'], '表四', [f'{col}5', f'{col}14'])
check('表四 一般公共预算: 本年收入(一) + 上年结转(一) = 支出合计 一般公共预算', '表四', ['B6', 'B15'], '表四', ['E18'])
check('表四 政府性基金: 本年收入(二) + 上年结转(二) = 支出合计 政府性基金预算', '表四', ['B7', 'B16'], '表四', ['F18'])
check('表四 国有资本经营: 本年收入(三) + 上年结转(三) = 支出合计 国有资本经营预算', '表四', ['B8', 'B17'], '表四', ['G18'])
assert val('表四', 'B7') == Z and val('表四', 'B16') == val('表四', 'F18') != Z
holds.append(f'表四 政府性基金 is ALL 上年结转: 本年收入(二) blank ({ref("表四", "B7")}), 上年结转(二) '
             f'{fmt(val("表四", "B16"))} = 政府性基金 支出 {fmt(val("表四", "F18"))}; 表一/表二 show the same '
             f'{fmt(val("表一", "B7"))} as 政府性基金预算资金 (结转 included, as the narrative says)')
check('表一 一般公共预算资金 (含结转) = 表四 一般公共预算 支出合计', '表一', ['B6'], '表四', ['E18'])
check('表一 政府性基金预算资金 (含结转) = 表四 政府性基金预算 支出合计', '表一', ['B7'], '表四', ['F18'])
check('表一 国有资本经营预算资金 = 表四 国有资本经营预算 支出合计', '表一', ['B8'], '表四', ['G18'])
check('表二 一般公共预算拨款收入 合计 = 表四 一般公共预算 本年支出', '表二', ['D5'], '表四', ['E5'])
check('表二 政府性基金预算拨款收入 合计 = 表四 政府性基金预算 本年支出', '表二', ['E5'], '表四', ['F5'])
check('表一 收入合计 − 表四 收入合计 = 财政专户 + 事业收入 + 上级补助 + 附属单位上缴 + 事业单位经营 + 其他收入 (非财政拨款)',
      '表一', ['B5'], '表一', [f'B{r}' for r in range(9, 15)],
      left=val('表一', 'B5') - val('表四', 'B18'))

name_to_t2 = {re.sub(r'\s+', '', S['表二'][f'B{r}'].value): r for c, r in t2_rows.items() if len(c) == 3}
t4_by_class = {}
for r4 in t4_cls:
    nm = class_name(S['表四'][f'C{r4}'].value)
    r2 = name_to_t2[nm]
    t4_by_class[S['表二'][f'A{r2}'].value] = r4
    check(f'表四 {nm} 一般公共预算 = 表二 {S["表二"][f"A{r2}"].value} 一般公共预算拨款收入', '表四', [f'E{r4}'],
          '表二', [f'D{r2}'])
    check(f'表四 {nm} 政府性基金预算 = 表二 {S["表二"][f"A{r2}"].value} 政府性基金预算拨款收入', '表四',
          [f'F{r4}'], '表二', [f'E{r2}'])
    check(f'表四 {nm} 国有资本经营预算 = 表二 {S["表二"][f"A{r2}"].value} 国有资本经营预算拨款收入', '表四',
          [f'G{r4}'], '表二', [f'F{r2}'])
    check(f'表四 {nm} 合计 = 表二 {S["表二"][f"A{r2}"].value} 财政拨款 (一般 + 基金 + 国资)', '表四', [f'D{r4}'],
          '表二', [f'D{r2}', f'E{r2}', f'F{r2}'])
assert len(t4_by_class) == len(name_to_t2)

# ================================================================== 表五 一般公共预算支出表 (no 2025 column here)
# C 总计, D 基本支出 小计, E 人员经费, F 公用经费, G 项目支出; 合计 row 5
t5_rows = code_rows('表五')
quiet(lambda: row_sums('表五', 'C', ['D', 'G'], '表五'), '表五 every row 总计 = 基本支出小计 + 项目支出')
quiet(lambda: row_sums('表五', 'D', ['E', 'F'], '表五'), '表五 every row 基本支出 小计 = 人员经费 + 公用经费')
quiet(lambda: hierarchy('表五', list('CDEFG'), '表五'), '表五 类 = Σ款 = Σ项 and 合计 = Σ类 in every column C…G')
quiet(lambda: (sum(check(f'表五 {c} 总计 = 表二 {c} 一般公共预算拨款收入', '表五', [f'C{t5_rows[c]}'], '表二',
                         [f'D{t2_rows[c]}']) for c in t5_rows), len(t5_rows)),
      f'表五 总计 = 表二 一般公共预算拨款收入 for every code of 表五 ({len(t5_rows)} codes)')
no_gp = [c for c in t2_rows if c not in t5_rows and val('表二', f'D{t2_rows[c]}') != Z]
assert not no_gp, no_gp
not_in_t5 = sorted(c for c in t2_rows if c not in t5_rows)
holds.append('表五 has exactly the codes of 表二 with an 一般公共预算拨款收入 amount (not in 表五: '
             + ', '.join(not_in_t5) + ': 政府性基金, 财政专户 or 其他收入 only)')
check('表五 合计 = 表四 一般公共预算 本年支出', '表五', ['C5'], '表四', ['E5'])
for c, r4 in t4_by_class.items():
    if c in t5_rows:
        check(f'表四 类 {c} 一般公共预算 = 表五 {c} 总计', '表四', [f'E{r4}'], '表五', [f'C{t5_rows[c]}'])
    else:
        check(f'表四 类 {c} 一般公共预算 = 0 (no 表五 row)', '表四', [f'E{r4}'], '表四', [], right=Z)
le_ok = le_n = 0
for c in t5_rows:
    for c5, c3, what in (('C', 'C', '总计'), ('D', 'D', '基本支出'), ('G', 'E', '项目支出')):
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
check('表五 基本支出 小计 合计 = 表六 合计 总计', '表五', ['D5'], '表六', ['C5'])
check('表五 人员经费 合计 = 表六 人员经费 合计', '表五', ['E5'], '表六', ['D5'])
check('表五 公用经费 合计 = 表六 公用经费 合计', '表五', ['F5'], '表六', ['E5'])
check('表六 人员经费 合计 = 301 + 303 人员经费', '表六', ['D5'], '表六', [f'D{t6["301"]}', f'D{t6["303"]}'])
check('表六 公用经费 合计 = 302 + 310 + 301/303 公用经费', '表六', ['E5'], '表六',
      [f'C{t6["302"]}', f'C{t6["310"]}', f'E{t6["301"]}', f'E{t6["303"]}'])
# the 名词解释 (narrative 六（九）) defines 人员经费 = 工资福利支出 (301) + 对个人和家庭的补助 (303) and 公用经费 = the
# other 类; this table (as in chongqing/) puts 公用经费 amounts in two 301/303 款 (医疗费 / 医疗费补助)
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
                  'template, as in the chongqing/ example, not an arithmetic error; 302/310 have no 人员经费)'})
assert all(val('表六', f'D{t6[c]}') == Z for c in ('302', '310'))
holds.append(f'表六 302 / 310 have no 人员经费 (D{t6["302"]}, D{t6["310"]} blank)')

# ================================================================== 表七 政府性基金
t7 = code_rows('表七')
quiet(lambda: row_sums('表七', 'C', ['D', 'E'], '表七'), '表七 every row 总计 = 基本支出 + 项目支出')
quiet(lambda: hierarchy('表七', ['C', 'D', 'E'], '表七'), '表七 类 = Σ款 = Σ项 and 合计 = Σ类')
check('表七 合计 = 表四 政府性基金预算 本年支出', '表七', ['C5'], '表四', ['F5'])
check('表七 合计 = 表一 政府性基金预算资金', '表七', ['C5'], '表一', ['B7'])
check('表七 合计 = 表四 上年结转 (二) 政府性基金预算拨款', '表七', ['C5'], '表四', ['B16'])
for c, r4 in t4_by_class.items():
    if c in t7:
        check(f'表四 类 {c} 政府性基金预算 = 表七 {c} 总计', '表四', [f'F{r4}'], '表七', [f'C{t7[c]}'])
    else:
        check(f'表四 类 {c} 政府性基金预算 = 0 (no 表七 row)', '表四', [f'F{r4}'], '表四', [], right=Z)
gf_codes = [c for c in t2_rows if val('表二', f'E{t2_rows[c]}') != Z]
assert set(gf_codes) == set(t7), set(gf_codes) ^ set(t7)
quiet(lambda: (sum(check(f'表七 {c} 总计 = 表二 {c} 政府性基金预算拨款收入', '表七', [f'C{t7[c]}'], '表二',
                         [f'E{t2_rows[c]}']) for c in t7), len(t7)),
      f'表七 总计 = 表二 政府性基金预算拨款收入 for every code (the same {len(t7)} codes)')
assert val('表七', 'D5') == Z
holds.append(f'表七 基本支出 blank in every row ({ref("表七", "D5")}): 政府性基金 is all 项目支出; 20598/21398 超长期特别国债 '
             'and 22904 专项债券 are shown as 政府性基金')


# (表三 总计 = 表五 + 表七 + 表二 非财政拨款 columns for every code follows from 表三 = 表二 总计, 表二 row sums, 表五 = 表二 D
# and 表七 = 表二 E, all checked above; it is not checked again, so that a 表二 row residue is not listed twice)

# ================================================================== 表八 三公 (one row, this year only)
# A 合计, B 因公出国（境）费, C 公务用车购置及运行费 小计, D 购置费, E 运行费, F 公务接待费
check('表八 合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费', '表八', ['A5'], '表八', ['B5', 'C5', 'F5'])
check('表八 公务用车购置及运行费 小计 = 购置费 + 运行费', '表八', ['C5'], '表八', ['D5', 'E5'])
for code, col, what in (('30212', 'B', '因公出国（境）费'), ('30217', 'F', '公务接待费'), ('30231', 'E', '公务用车运行费')):
    a, b = val('表六', f'C{t6[code]}'), val('表八', f'{col}5')
    if a == b:
        holds.append(f'表六 {code} {fmt(a)} = 表八 {what} {fmt(b)} ({ref("表六", "C" + str(t6[code]))} = '
                     f'{ref("表八", col + "5")}: none of it in projects)')
    elif a < b:
        holds.append(f'表六 {code} {fmt(a)} ≤ 表八 {what} {fmt(b)} ({ref("表六", "C" + str(t6[code]))} ≤ '
                     f'{ref("表八", col + "5")}: the difference {fmt(b - a)} is paid from projects)')
    else:
        inconsistencies.append({'cells': [ref('表六', f'C{t6[code]}')], 'against': [ref('表八', f'{col}5')],
                                'published': fmt(a), 'computed': fmt(b), 'what': f'表六 {code} above 表八 {what}'})
assert '31013' not in t6 and val('表八', 'D5') == Z
holds.append(f'表八 公务用车购置费 blank (= 0, {ref("表八", "D5")}) and 表六 has no 310 13 公务用车购置 row')

# ================================================================== 表九 政府采购 (rows 合计, A 货物, B 工程, C 服务)
quiet(lambda: row_sums('表九', 'C', list('DEFGHIJKL'), '表九', rows=[4, 5, 6, 7]), '表九 every row 总计 = Σ funding columns D…L')
for col in 'CDEFGHIJKL':
    check(f'表九 合计 = 货物 + 工程 + 服务 in column {col}', '表九', [f'{col}4'], '表九', [f'{col}5', f'{col}6', f'{col}7'])
le = all(val('表九', f'{c}4') <= val('表二', f'{c}5') for c in 'CDEFGHIJKL')
assert le
holds.append('表九 政府采购 ≤ 表二 收入 合计 in every funding column')

# ================================================================== narrative
text = open(os.path.join(HERE, 'narrative.txt'), encoding='utf-8').read()
flat = re.sub(r'\s+', '', text)


def num(s):
    return Decimal(s.replace(',', ''))


def say(snippet, value, cells, expr=None, note=None):
    """snippet: text of narrative.txt (line breaks ignored); value: the figure it states (万元);
    cells: [(sheet key, addr)] whose sum (or expr) the figure restates."""
    s = re.sub(r'\s+', '', snippet)
    assert s in flat, snippet
    assert value.replace(',', '') in s.replace(',', ''), (snippet, value)
    if expr is None:
        table = sum((val(k, a) for k, a in cells), Z)
        cell = ' + '.join(ref(k, a) for k, a in cells)
    else:
        table, cell = expr
    agrees = num(value) == table
    item = {'text': snippet, 'value': str(num(value)), 'unit': '万元', 'cell': cell if cell else None, 'agrees': agrees}
    if not agrees:
        item['table'] = fmt(table)
    if note:
        item['note'] = note
    narrative.append(item)


say('（一）收入预算：2026年年初预算数186549.30万元', '186549.30', [('表一', 'B5')])
say('一般公共预算财政拨款128148.56万元', '128148.56', [('表一', 'B6')], note='含上年结转 9,375.01 (表四 B15)')
say('政府性基金预算财政拨款44134.59万元', '44134.59', [('表一', 'B7')], note='all of it 上年结转 (表四 B16; 本年收入(二) B7 blank)')
say('财政专户管理资金11791.50万元', '11791.50', [('表一', 'B9')])
say('事业单位经营收入资金962.62万元', '962.62', [('表一', 'B13')])
say('其他收入资金1512.04万元。', '1512.04', [('表一', 'B14')])
say('（二）支出预算：2026年年初预算数186549.30万元', '186549.30', [('表一', 'D5')])
for nm, v, r in (('一般公共服务支出', '59.56', 6), ('教育支出', '33862.49', 7), ('社会保障和就业支出', '5932.26', 8),
                 ('卫生健康支出', '1293.73', 9), ('农林水支出', '102942.13', 10), ('资源勘探工业信息等支出', '261.07', 11),
                 ('住房保障支出', '2198.07', 12), ('其他支出', '40000.00', 13)):
    say(f'{nm}{v}万', v, [('表一', f'D{r}')])
say('2026年一般公共预算财政拨款收入128148.56万元', '128148.56', [('表四', 'E18')],
    note='表四 收入: 本年收入(一) 118,773.55 + 上年结转(一) 9,375.01')
say('一般公共预算财政拨款支出128148.56万元', '128148.56', [('表五', 'C5')])
say('其中：基本支出33325.21万元', '33325.21', [('表五', 'D5')])
say('项目支出94823.35万元，主要用于水源工程建设', '94823.35', [('表五', 'G5')])
say('2026年政府性基金预算财政拨款收入44134.59万元', '44134.59', [('表四', 'F18')],
    note='the "收入" is 表四 上年结转(二) B16: 本年收入(二) is blank')
say('政府性基金预算支出44134.59万元', '44134.59', [('表七', 'C5')])
say('2026年“三公”经费预算308.00万元', '308.00', [('表八', 'A5')])
say('因公出国（境）费用20.00万元', '20.00', [('表八', 'B5')])
say('公务接待费39.50万元', '39.50', [('表八', 'F5')])
say('公务用车运行维护费248.50万元', '248.50', [('表八', 'E5')])
say('公务用车购置费0.00万元', '0.00', [('表八', 'D5')], note='表八 D5 is blank (= 0)')
say('政府采购预算总额11884.37万元', '11884.37', [('表九', 'C4')])
say('政府采购货物预算2703.49万元', '2703.49', [('表九', 'C5')])
say('政府采购工程预算239.56万元、政府采购服务预算8941.32', '239.56', [('表九', 'C6')])
say('政府采购服务预算8941.32万元', '8941.32', [('表九', 'C7')])
say('其中一般公共预算拨款政府采购11307.34万元', '11307.34', [('表九', 'D4')])
say('政府采购货物预算2703.19万元', '2703.19', [('表九', 'D5')])
say('政府采购工程预算239.56万元、政府采购服务预算8364.59', '239.56', [('表九', 'D6')])
say('政府采购服务预算8364.59万元', '8364.59', [('表九', 'D7')])
say('涉及一般公共预算财政拨款94823.35万元', '94823.35', [('表五', 'G5')])

# narrative figures that restate no table cell, checked for their own arithmetic (last year's figures are not in
# this template's tables: no 2025 column in 表五, no 2025 block in 表八)
inner = [
    ('收入比2025年减少246429.22万元 = 一般公共预算 +10300.15 − 政府性基金 258146.77 + 财政专户 566.25 + 事业单位经营 95.77 + 其他收入 755.40',
     -num('246429.22'), num('10300.15') - num('258146.77') + num('566.25') + num('95.77') + num('755.40')),
    ('支出比2025年减少246429.22万元 = 基本支出增加 5246.63 − 项目支出减少 251675.84', -num('246429.22'),
     num('5246.63') - num('251675.84')),
    ('一般公共预算比2025年增加10300.15 = 基本支出增加 2943.64 + 项目支出增加 7356.51', num('10300.15'),
     num('2943.64') + num('7356.51')),
    ('政府性基金 比2025年减少258146.77 stated twice (二（一） 收入 and 三 财政拨款) with the same figure', num('258146.77'),
     num('258146.77')),
    ('“三公”经费比2025年减少22.24 = 因公出国 7.00 + 公务接待 5.64 + 公务用车运行 9.60 (购置 持平)', num('22.24'),
     num('7.00') + num('5.64') + num('9.60')),
    ('政府采购 11884.37 = 货物 2703.49 + 工程 239.56 + 服务 8941.32', num('11884.37'),
     num('2703.49') + num('239.56') + num('8941.32')),
    ('其中一般公共预算 11307.34 = 货物 2703.19 + 工程 239.56 + 服务 8364.59', num('11307.34'),
     num('2703.19') + num('239.56') + num('8364.59')),
]
for what, a, b in inner:
    if a == b:
        holds.append(f'narrative: {what} ({fmt(a)})')
    else:
        extra = ('; 0.02 is more than one last-digit residue, but it is what two 0.01 residues give: this year\'s '
                 '表一 收入合计 186549.30 is 0.01 below the sum of its nine sources (186549.31), and last year\'s total '
                 '(186549.30 + 246429.22 = 432978.52) would be 0.01 above the sum of last year\'s sources; the 2025 '
                 'figures are not published, so this is not decided here') if abs(a - b) == 2 * CENT else ''
        # text against text: no workbook cell on either side, so these are kept apart from `inconsistencies` (whose
        # entries name cells of workbook.xlsx)
        narrative_inconsistencies.append({'text': what, 'stated': fmt(a), 'parts_give': fmt(b),
                                          'what': f'narrative: {what}: stated {fmt(a)}, the parts give {fmt(b)} '
                                                  f'(difference {fmt(a - b)})' + extra,
                                          **({'rounding': True} if abs(a - b) == CENT else {})})
assert 43 == 4 + 6 + 21 + 9 + 3
holds.append('narrative: 车辆 43 辆 = 业务用车 4 + 机要通信用车 6 + 应急保障用车 21 + 特种专业技术用车 9 + 其他 3')
a, b = num('2115.63'), val('表六', 'E5')
assert a <= b
holds.append(f'narrative: 机关运行经费 2115.63 ≤ 表六 公用经费 合计 {fmt(b)} ({ref("表六", "E5")}); no table states it '
             '(the department has 12 事业单位, among them 重庆水利电力职业技术学院)')
assert '30227' not in t6
holds.append('narrative: 委托业务费 9240.60 (财拨资金) states no table figure: 表六 has no 30227 row and projects are not '
             'broken down by 经济分类 in this template')

META = {
    'region': '重庆市', 'province': '重庆', 'kind': '预算', 'year': 2026, 'department': '重庆市水利局',
    'source': {'repo': 'calinchow-del/renwu', 'path': '预算数据/004_重庆/2026年重庆市水利局部门预算.pdf',
               'commit': '8af6eb4b18439a2eadf2e7dc81f5eb15b3ae2383'},
    'unit': '万元',
    'sheets': [
        {'sheet': NAME['表一'], 'table': 'T1', 'title': '2026年部门收支总体情况表', 'unit': '万元',
         'notes': '收入 left (一、…九、 nine sources, each 含上年结转: no 本年收入/上年结转 split; 财政专户管理资金, 事业单位经营收入, '
                  '其他收入 used), 支出 right by 功能分类 类 (一、…八、, names only, 八、其他支出 40,000.00 专项债); 合计 FIRST '
                  '(row 5); blank, not 0.00, where there is no amount; note under the table (A15 …与合计可能略有差异，下同)'},
        {'sheet': NAME['表二'], 'table': 'T2', 'title': '2026年部门收入总体情况表', 'unit': '万元',
         'notes': 'one code column (3/5/7 digits) + 科目名称 under a merged 科目 header; 总计 + 9 source columns; continued over '
                  '5 pages (header repeated, dropped); 205/208/210/213/221 mix 一般公共预算 with 财政专户 (a 高职院校), '
                  '事业单位经营 and 其他收入; 2130308 水利前期工作 mostly 事业单位经营收入'},
        {'sheet': NAME['表三'], 'table': 'T3', 'title': '2026年部门支出总体情况表', 'unit': '万元',
         'notes': 'one code column, 总计 / 基本支出 / 项目支出, a single header row, 合计 first (label in the code column); '
                  '3 pages; 基本支出 also paid from non-财政拨款 money (2130308 基本 759.28 = 事业单位经营收入)'},
        {'sheet': NAME['表四'], 'table': 'T4', 'title': '2026年财政拨款收支总体情况表', 'unit': '万元',
         'notes': '收入 一、本年收入 (（一）…（三）) and 二、上年结转 (（一）…（三）) with data: 一般公共预算 9,375.01 and 政府性基金 '
                  '44,134.59 — the 政府性基金 is ALL 结转 (本年收入（二） blank); 支出 一、本年支出 by 类 (（一）…（八）) and '
                  '二、结转下年 (blank); columns 合计 / 一般公共预算 / 政府性基金预算 / 国有资本经营预算 (blank); 收入合计 / 支出合计 '
                  'at the bottom; 上年结转（三） reads 国有资本经营收入 (not …预算拨款)'},
        {'sheet': NAME['表五'], 'table': 'T5', 'title': '2026年一般公共预算支出情况表', 'unit': '万元',
         'notes': 'no 2025年预算数 column: 总计, 基本支出 (小计 / 人员经费 / 公用经费), 项目支出; two header rows'},
        {'sheet': NAME['表六'], 'table': 'T6', 'title': '2026年一般公共预算基本支出情况表', 'unit': '万元',
         'notes': '经济分类 down to 7 digits (3010201, 3010301, 3030101 …) in one code column; 总计 / 人员经费 / 公用经费 under '
                  'a merged 基本支出 header; classes 301, 302, 303, 310; 公用经费 amounts in 30114 医疗费 and 30307 医疗费补助'},
        {'sheet': NAME['表七'], 'table': 'T8', 'title': '2026年政府性基金预算支出情况表', 'unit': '万元',
         'notes': 'printed as 表七 (national 表8); 科目编码 / 科目名称 span two header rows, 总计 / 基本支出 / 项目支出 under a merged '
                  '预算数; data in 205, 213, 229 (超长期特别国债 20598/21398, 水库移民后期扶持基金, 专项债券 22904), all 项目支出'},
        {'sheet': NAME['表八'], 'table': 'T10', 'title': '2026年财政拨款“三公”经费支出情况表', 'unit': '万元',
         'notes': 'printed as 表八; ONE block, this year only, one body row with no label: 合计, 因公出国（境）费, 公务用车购置及运行费 '
                  '(小计 / 公务用车购置费 / 公务用车运行费), 公务接待费; 购置费 blank; no fund split, no 机关运行经费/会议费/培训费'},
        {'sheet': NAME['表九'], 'table': 'other:政府采购预算明细表', 'title': '2026年政府采购预算明细表', 'unit': '万元',
         'notes': 'rows 合计, A 货物, B 工程, C 服务; columns 项目编号 | 项目 | 总计 + the 9 funding sources'},
    ],
    'not_transcribed': '表十 部门整体绩效目标表, 表十一 市级重点专项资金绩效目标表（一级项目） (two projects: 水库移民后期扶持 12,700.00, '
                       '重庆市水利专项资金 152,992.83), 表十二 市级一般性项目绩效目标表（一级项目） (水利行业业务经费 14,299.16), '
                       'PDF pages 30–33: performance-target tables, mostly text (see NOTES.md)',
}
# ================================================================== report
print(f'HOLDS ({len(holds)})')
for h in holds:
    print('  ✓', h)
print(f'\nINCONSISTENCIES ({len(inconsistencies)})')
for i in inconsistencies:
    print('  ✗', i['what'], '| cells', i['cells'], 'against', i['against'], '| rounding' if i.get('rounding') else '')
print(f'\nNARRATIVE AGAINST ITSELF ({len(narrative_inconsistencies)} do not add up)')
for i in narrative_inconsistencies:
    print('  ✗', i['what'], '| rounding' if i.get('rounding') else '')
print(f'\nNARRATIVE ({len(narrative)} figures)')
for n in narrative:
    print('  ', '✓' if n['agrees'] else '✗', n['text'], '→', n['cell'], '' if n['agrees'] else f"table {n['table']}")

if WRITE:
    meta = dict(META, holds=holds, inconsistencies=inconsistencies, narrative=narrative,
                    narrative_inconsistencies=narrative_inconsistencies)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('\nwrote expected.json')
