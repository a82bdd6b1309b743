#!/usr/bin/env python3
"""Independent audit of examples/regions/guangzhou-minzheng/workbook.xlsx (广州市民政局 2026 部门预算).
(Adapted from examples/regions/guangzhou-guoziwei: same template; 政府性基金 with data, 国有资本经营 empty,
19 单位, 事业收入 and 其他收入 in 其他资金.)

Reads the workbook with openpyxl only (never the project's engine), computes every relation with exact decimals
and prints what holds and what does not. With --json it prints the holds / inconsistencies / narrative lists that
expected.json takes.   usage: python3 audit.py [--json]
"""
import json
import os
import re
import sys
from decimal import Decimal

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
wb = openpyxl.load_workbook(os.path.join(HERE, 'workbook.xlsx'))
CENT = Decimal('0.01')

holds, bad, narrative = [], [], []


def sheet(n):
    for ws in wb.worksheets:
        if ws.title.startswith(f'表{n} '):
            return ws
    raise SystemExit(f'no sheet 表{n}')


S = {n: sheet(n) for n in range(1, 13)}


def ref(n, addr):
    return f'{S[n].title}!{addr}'


def num(n, addr):
    v = S[n][addr].value
    if v is None or (isinstance(v, str) and v.strip() in ('', '-', '—')):
        return Decimal(0)
    if isinstance(v, str):
        return Decimal(v.replace(',', '').strip())
    return Decimal(str(v)).quantize(CENT)


def text(n, addr):
    v = S[n][addr].value
    return '' if v is None else str(v)


def check(what, lhs, rhs, cells, against, rounding_ok=False, terms=None):
    """lhs (published) against rhs (computed)."""
    if lhs == rhs:
        holds.append(f'{what} ({", ".join(cells)} = {", ".join(against) if against else rhs})')
        return True
    item = {'cells': cells, 'against': against, 'published': str(lhs), 'computed': str(rhs),
            'what': f'{what}: difference {lhs - rhs}'}
    # the tables are 元 amounts printed in 万元 (表1 note: 本套报表金额单位转换时可能存在尾数误差): a sum of rounded
    # figures may differ from the rounded total by a few hundredths; 0.01 and 0.02 are such residues here
    # a sum of n rounded figures may miss its rounded total by up to (n + 1) × 0.005 (terms: n, when more than 3)
    if abs(lhs - rhs) <= max(2 * CENT, (terms + 1) * CENT / 2 if terms else 0):
        item['rounding'] = True
    bad.append(item)
    return False


def col(c):
    return openpyxl.utils.column_index_from_string(c)


def L(i):
    return openpyxl.utils.get_column_letter(i)


def rows(n, first, last_col_a_test=None):
    ws = S[n]
    return range(first, ws.max_row + 1)


def body_rows(n, first):
    """rows from `first` to the row before the 注 line."""
    out = []
    for r in range(first, S[n].max_row + 1):
        a = text(n, f'A{r}')
        if a.startswith('注') or a.startswith('本套'):
            break
        out.append(r)
    return out


# ------------------------------------------------------------------ code tables (表3, 表5, 表9)
def code_of(n, r, code_col, name_col):
    if code_col:
        return text(n, f'{code_col}{r}').strip()
    m = re.match(r'^\u3000*\[(\d+)\]', text(n, f'{name_col}{r}'))
    return m.group(1) if m else ''


def hierarchy(n, first, code_col, name_col, amount_cols, total_row):
    """类 = Σ款, 款 = Σ项, 合计 = Σ类 in every amount column; returns {code: row}."""
    rs = body_rows(n, first)
    codes = {code_of(n, r, code_col, name_col): r for r in rs}
    ok_all = True
    for c in amount_cols:
        for code, r in codes.items():
            if len(code) in (3, 5):
                kids = [codes[k] for k in codes if len(k) == len(code) + 2 and k.startswith(code)]
                if not kids:
                    continue
                lvl = '类 = Σ款' if len(code) == 3 else '款 = Σ项'
                s = sum((num(n, f'{c}{k}') for k in kids), Decimal(0))
                if num(n, f'{c}{r}') != s:
                    ok_all = False
                    check(f'表{n} {code} {lvl} in column {c}', num(n, f'{c}{r}'), s, [ref(n, f'{c}{r}')],
                          [ref(n, f'{c}{k}') for k in kids])
        top = [codes[k] for k in codes if len(k) == 3]
        s = sum((num(n, f'{c}{k}') for k in top), Decimal(0))
        if num(n, f'{c}{total_row}') != s:
            ok_all = False
            check(f'表{n} 合计 = Σ类 in column {c}', num(n, f'{c}{total_row}'), s, [ref(n, f'{c}{total_row}')],
                  [ref(n, f'{c}{k}') for k in top])
    if True:
        holds.append(f'表{n} 类 = Σ款 = Σ项 and 合计 (row {total_row}) = Σ类 in every amount column '
                     + ('' if ok_all else '(except the residues listed) ') +
                     f'({",".join(amount_cols)}), {len(codes)} coded rows')
    return codes


def row_sums(n, rs, total, parts, label):
    ok = True
    for r in rs:
        s = sum((num(n, f'{p}{r}') for p in parts), Decimal(0))
        if num(n, f'{total}{r}') != s:
            ok = False
            check(f'表{n} row {r} {label}', num(n, f'{total}{r}'), s, [ref(n, f'{total}{r}')],
                  [ref(n, f'{p}{r}') for p in parts])
    holds.append(f'表{n} {label} on every {"" if ok else "other "}row ({total}{rs[0]}:{total}{rs[-1]} = {"+".join(parts)})')


# 表3 本年支出总体情况表: A code (one column, 3/5/7 digits), B name, C 合计 D 基本 E 项目 F 事业单位经营 G 对附属 H 上缴
t3 = hierarchy(3, 5, 'A', 'B', list('CDEFGH'), 5)
row_sums(3, body_rows(3, 5), 'C', list('DEFGH'), '合计 = 基本支出 + 项目支出 + 事业单位经营支出 + 对附属单位补助支出 + 上缴上级支出')
# 表5 一般公共预算支出: A "[208]name" (code in brackets in the name cell), B 小计 C 基本 D 项目
t5 = hierarchy(5, 5, None, 'A', list('BCD'), 5)
row_sums(5, body_rows(5, 5), 'B', list('CD'), '小计 = 基本支出 + 项目支出')
# 表9 政府性基金 (with data here): A code, B name, C 小计 D 基本 E 项目
t9 = hierarchy(9, 5, 'A', 'B', list('CDE'), 5)
row_sums(9, body_rows(9, 5), 'C', list('DE'), '小计 = 基本支出 + 项目支出')
# 表10 国有资本经营: only the 合计 row, all 0, with the note 本表本年无发生额
t10 = {}
t10_rows = body_rows(10, 5)
z = all(num(10, f'{c}5') == 0 for c in 'CDE') and len(t10_rows) == 1
if z and text(10, f'A{S[10].max_row}') == '注：本表本年无发生额。':
    holds.append('表10 is empty (合计 row 5 all 0.00, no coded rows) and carries the note 注：本表本年无发生额。 '
                 f'({ref(10, "A" + str(S[10].max_row))})')
else:
    bad.append({'cells': [ref(10, 'C5')], 'against': [], 'published': 'table', 'computed': 'empty',
                'what': '表10 empty-table note'})

# 表3 by code against 表5 + 表9 (+ 表10, empty). 表3 holds all funds, 其他资金 (事业收入, 其他收入) too, so by code
# 表3 ≥ 表5 + 表9 (= where a code has no 其他资金); the totals are checked against 表11/表12 其他资金 below.
ok = True
over = []
for code, r in t3.items():
    if not code:
        continue
    for c3, c5, c9, lab in (('C', 'B', 'C', '合计'), ('D', 'C', 'D', '基本支出'), ('E', 'D', 'E', '项目支出')):
        v5 = num(5, f'{c5}{t5[code]}') if code in t5 else Decimal(0)
        v9 = num(9, f'{c9}{t9[code]}') if code in t9 else Decimal(0)
        if num(3, f'{c3}{r}') < v5 + v9:
            ok = False
            check(f'表3 {code} {lab} ≥ 表5 + 表9', num(3, f'{c3}{r}'), v5 + v9, [ref(3, f'{c3}{r}')],
                  ([ref(5, f'{c5}{t5[code]}')] if code in t5 else []) + ([ref(9, f'{c9}{t9[code]}')] if code in t9 else []))
        elif num(3, f'{c3}{r}') > v5 + v9 and lab == '合计' and code:
            over.append(code)
missing = [k for k in list(t5) + list(t9) if k not in t3]
if ok and not missing:
    holds.append('表3 ≥ 表5 (一般公共预算) + 表9 (政府性基金) code by code, in 合计/基本支出/项目支出, for all '
                 f'{len(t3)} coded rows; every code of 表5 and 表9 is in 表3; {len(over)} coded rows carry 其他资金 on top '
                 f'({", ".join(over)})')
for c3, c5, c9, c11, lab in (('D', 'C', 'D', 'H', '基本支出'),):
    check(f'表3 合计 {lab} = 表5 + 表9 + 表11 其他资金', num(3, f'{c3}5'), num(5, f'{c5}5') + num(9, f'{c9}5') + num(11, 'H5'),
          [ref(3, f'{c3}5')], [ref(5, f'{c5}5'), ref(9, f'{c9}5'), ref(11, 'H5')])
check('表3 合计 项目支出 = 表5 + 表9 + 表12 其他资金', num(3, 'E5'), num(5, 'D5') + num(9, 'E5') + num(12, 'H5'),
      [ref(3, 'E5')], [ref(5, 'D5'), ref(9, 'E5'), ref(12, 'H5')])

# ------------------------------------------------------------------ 表1 and 表4: 收支总表
CLASS = {'一般公共服务': '201', '外交': '202', '国防': '203', '公共安全': '204', '教育': '205', '科学技术': '206',
         '文化旅游体育与传媒': '207', '社会保障和就业': '208', '卫生健康': '210', '节能环保': '211',
         '城乡社区': '212', '农林水': '213', '交通运输': '214', '资源勘探工业信息等': '215', '商业服务业等': '216',
         '金融': '217', '援助其他地区': '219', '自然资源海洋气象等': '220', '住房保障': '221',
         '粮油物资储备': '222', '国有资本经营预算': '223', '灾害防治及应急管理': '224', '其他': '229',
         '债务还本': '231', '债务付息': '232', '转移性': '230'}


def find(n, colL, word):
    for r in range(1, S[n].max_row + 1):
        if re.sub(r'\s', '', text(n, f'{colL}{r}')) == word:
            return r
    raise SystemExit(f'表{n}: no {word} in column {colL}')


def totals_table(n, inc_items, out_total_label, out_extra):
    """left 收入 A/B, right 支出 C/D.  Returns {class code: row}."""
    inc_rows = [r for r in range(5, S[n].max_row + 1) if re.match(r'^[一二三四五六七八九十]+、', text(n, f'A{r}'))]
    r_in = find(n, 'A', '本年收入合计')
    r_out = find(n, 'C', '本年支出合计')
    r_IT = find(n, 'A', '收入总计')
    r_OT = find(n, 'C', '支出总计')
    s = sum((num(n, f'B{r}') for r in inc_rows), Decimal(0))
    check(f'表{n} 本年收入合计 = Σ income items', num(n, f'B{r_in}'), s, [ref(n, f'B{r_in}')],
          [ref(n, f'B{r}') for r in inc_rows])
    out_rows = [r for r in range(5, r_out) if text(n, f'C{r}')]
    s = sum((num(n, f'D{r}') for r in out_rows), Decimal(0))
    check(f'表{n} 本年支出合计 = Σ 支出 lines', num(n, f'D{r_out}'), s, [ref(n, f'D{r_out}')],
          [f'{ref(n, "D" + str(out_rows[0]))}:D{out_rows[-1]}'])
    extra_in = [r for r in range(r_in + 1, r_IT) if text(n, f'A{r}')]
    check(f'表{n} 收入总计 = 本年收入合计 + 上年结转结余', num(n, f'B{r_IT}'),
          num(n, f'B{r_in}') + sum((num(n, f'B{r}') for r in extra_in), Decimal(0)), [ref(n, f'B{r_IT}')],
          [ref(n, f'B{r_in}')] + [ref(n, f'B{r}') for r in extra_in])
    extra_out = [r for r in range(r_out + 1, r_OT) if text(n, f'C{r}')]
    check(f'表{n} 支出总计 = 本年支出合计 + {out_extra}', num(n, f'D{r_OT}'),
          num(n, f'D{r_out}') + sum((num(n, f'D{r}') for r in extra_out), Decimal(0)), [ref(n, f'D{r_OT}')],
          [ref(n, f'D{r_out}')] + [ref(n, f'D{r}') for r in extra_out])
    check(f'表{n} 收入总计 = 支出总计', num(n, f'B{r_IT}'), num(n, f'D{r_OT}'), [ref(n, f'B{r_IT}')],
          [ref(n, f'D{r_OT}')])
    check(f'表{n} 本年收入合计 = 本年支出合计', num(n, f'B{r_in}'), num(n, f'D{r_out}'), [ref(n, f'B{r_in}')],
          [ref(n, f'D{r_out}')])
    cls = {}
    for r in out_rows:
        m = re.match(r'^[一二三四五六七八九十]+、(.+?)(支出)?$', text(n, f'C{r}'))
        if m and m.group(1) in CLASS:
            cls[CLASS[m.group(1)]] = r
    return cls, r_IT, r_OT, r_in


c1, r1_IT, r1_OT, r1_in = totals_table(1, None, '本年支出合计', '结转结余下年')
c4, r4_IT, r4_OT, r4_in = totals_table(4, None, '本年支出合计', '结转下年')
# (表4 is 财政拨款 only: its 类 are 表5 + 表9, not 表3, which holds 其他资金 too)
for n, cls in ((1, c1),):
    ok = True
    for code, r in cls.items():
        v3 = num(3, f'C{t3[code]}') if code in t3 else Decimal(0)
        if num(n, f'D{r}') != v3:
            ok = False
            check(f'表{n} {text(n, "C" + str(r))} = 表3 类 {code} 合计', num(n, f'D{r}'), v3, [ref(n, f'D{r}')],
                  [ref(3, f'C{t3[code]}')] if code in t3 else [])
    extra = [k for k in t3 if len(k) == 3 and k not in cls]
    if ok and not extra:
        holds.append(f'表{n} 支出 by 类 = 表3 合计 by 类 for all {len(cls)} 类 lines (non-zero: '
                     + ', '.join(f'{ref(n, "D" + str(cls[k]))} = {ref(3, "C" + str(t3[k]))}' for k in t3 if len(k) == 3) + ')')
# 表4 by 类 = 表5 + 表9 (+ 表10, empty) (表4 has a single 支出 column covering all 财政拨款)
ok = True
for code, r in c4.items():
    v = (num(5, f'B{t5[code]}') if code in t5 else Decimal(0)) + (num(9, f'C{t9[code]}') if code in t9 else Decimal(0))
    if num(4, f'D{r}') != v:
        ok = False
        check(f'表4 {code} = 表5 + 表9', num(4, f'D{r}'), v, [ref(4, f'D{r}')],
              ([ref(5, f'B{t5[code]}')] if code in t5 else []) + ([ref(9, f'C{t9[code]}')] if code in t9 else []))
if ok:
    holds.append('表4 支出 by 类 = 表5 小计 + 表9 小计 by 类 (表4 has one 支出 column for all 财政拨款); 229 二十三、其他支出: '
                 f'{ref(4, "D" + str(c4["229"]))} = ' + (f'{ref(5, "B" + str(t5["229"]))} + ' if '229' in t5 else '')
                 + f'{ref(9, "C" + str(t9["229"]))}')

r4_gp = find(4, 'A', '一、一般公共预算')
r4_gf = find(4, 'A', '二、政府性基金预算')
r4_soe = find(4, 'A', '三、国有资本经营预算')
check('表4 一、一般公共预算 = 表5 合计 小计', num(4, f'B{r4_gp}'), num(5, 'B5'), [ref(4, f'B{r4_gp}')], [ref(5, 'B5')])
check('表4 二、政府性基金预算 = 表9 合计 小计', num(4, f'B{r4_gf}'), num(9, 'C5'), [ref(4, f'B{r4_gf}')], [ref(9, 'C5')])
check('表4 三、国有资本经营预算 = 表10 合计 小计', num(4, f'B{r4_soe}'), num(10, 'C5'), [ref(4, f'B{r4_soe}')], [ref(10, 'C5')])
r1_grant = find(1, 'A', '一、预算拨款')
check('表1 一、预算拨款 = 表4 本年收入合计 (财政拨款)', num(1, f'B{r1_grant}'), num(4, f'B{r4_in}'),
      [ref(1, f'B{r1_grant}')], [ref(4, f'B{r4_in}')])
check('表1 支出总计 = 表3 合计', num(1, f'D{r1_OT}'), num(3, 'C5'), [ref(1, f'D{r1_OT}')], [ref(3, 'C5')])
check('表1 二十、国有资本经营预算支出 = 表10 合计 小计 (0.00)', num(1, f'D{c1["223"]}'), num(10, 'C5'), [ref(1, f'D{c1["223"]}')], [ref(10, 'C5')])
r1_out, r4_out = find(1, 'C', '本年支出合计'), find(4, 'C', '本年支出合计')
check('表1 本年支出合计 = 表4 本年支出合计 (财政拨款) + 表11 其他资金 + 表12 其他资金', num(1, f'D{r1_out}'),
      num(4, f'D{r4_out}') + num(11, 'H5') + num(12, 'H5'), [ref(1, f'D{r1_out}')], [ref(4, f'D{r4_out}'), ref(11, 'H5'), ref(12, 'H5')])


# ------------------------------------------------------------------ 表2 收入总体情况表 (by 单位, not by 功能分类)
# A 单位名称, B 合计, C 一般公共预算 D 政府性基金 E 国有资本经营 (财政拨款收入), F 教育收费 G 其他专户收入拨款
# (财政专户拨款收入), H 事业收入 I 事业单位经营收入 J 其他收入 (其他资金收入), K 上级补助 L 附属单位上缴 M 上年结转结余
t2 = body_rows(2, 5)
row_sums(2, t2, 'B', list('CDEFGHIJKLM'), '合计 = Σ source columns')
units2 = t2[1:]
for c in 'BCDEFGHIJKLM':
    check(f'表2 合计 row = Σ 单位 rows, column {c}', num(2, f'{c}5'),
          sum((num(2, f'{c}{r}') for r in units2), Decimal(0)), [ref(2, f'{c}5')], [f'{ref(2, c + str(units2[0]))}:{c}{units2[-1]}'],
          terms=len(units2))
check('表2 合计 = 表1 本年收入合计', num(2, 'B5'), num(1, f'B{r1_in}'), [ref(2, 'B5')], [ref(1, f'B{r1_in}')])
check('表2 一般公共预算 = 表4 一、一般公共预算', num(2, 'C5'), num(4, f'B{r4_gp}'), [ref(2, 'C5')], [ref(4, f'B{r4_gp}')])
check('表2 政府性基金预算 = 表4 二、政府性基金预算', num(2, 'D5'), num(4, f'B{r4_gf}'), [ref(2, 'D5')], [ref(4, f'B{r4_gf}')])
check('表2 国有资本经营预算 = 表4 三、国有资本经营预算', num(2, 'E5'), num(4, f'B{r4_soe}'), [ref(2, 'E5')], [ref(4, f'B{r4_soe}')])
check('表2 财政拨款 (C+D+E) = 表1 一、预算拨款', num(2, 'C5') + num(2, 'D5') + num(2, 'E5'), num(1, f'B{r1_grant}'),
      [ref(2, 'C5'), ref(2, 'D5'), ref(2, 'E5')], [ref(1, f'B{r1_grant}')])
for c2, item in (('H', '三、事业收入'), ('I', '四、事业单位经营收入'), ('J', '五、其他收入'), ('K', '六、上级补助收入'),
                 ('L', '七、附属单位上缴收入'), ('M', '上年结转结余')):
    r = find(1, 'A', item)
    check(f'表2 {item.split("、")[-1]} (column {c2}) = 表1 {item}', num(2, f'{c2}5'), num(1, f'B{r}'), [ref(2, f'{c2}5')], [ref(1, f'B{r}')])
check('表2 财政专户拨款 (F+G) = 表1 二、财政专户拨款', num(2, 'F5') + num(2, 'G5'), num(1, f'B{find(1, "A", "二、财政专户拨款")}'),
      [ref(2, 'F5'), ref(2, 'G5')], [ref(1, 'B' + str(find(1, 'A', '二、财政专户拨款')))])

# ------------------------------------------------------------------ 表6 / 表7 经济分类 (one amount column B)
def econ(n):
    rs = body_rows(n, 5)
    codes = {code_of(n, r, None, 'A'): r for r in rs}
    ok = True
    for code, r in codes.items():
        if len(code) == 3:
            kids = [codes[k] for k in codes if len(k) == 5 and k.startswith(code)]
            s = sum((num(n, f'B{k}') for k in kids), Decimal(0))
            if num(n, f'B{r}') != s:
                ok = False
                check(f'表{n} {code} 类 = Σ款', num(n, f'B{r}'), s, [ref(n, f'B{r}')], [ref(n, f'B{k}') for k in kids])
    top = [codes[k] for k in codes if len(k) == 3]
    s = sum((num(n, f'B{k}') for k in top), Decimal(0))
    if num(n, 'B4') != s:
        ok = False
        check(f'表{n} 合计 = Σ类', num(n, 'B4'), s, [ref(n, 'B4')], [ref(n, f'B{k}') for k in top])
    if ok:
        holds.append(f'表{n} 经济分类 类 = Σ款 and 合计 ({ref(n, "B4")}) = Σ类 ({len(codes)} coded rows)')
    return codes


e6, e7 = econ(6), econ(7)
check('表6 合计 = 表5 基本支出 合计', num(6, 'B4'), num(5, 'C5'), [ref(6, 'B4')], [ref(5, 'C5')])
check('表7 合计 = 表5 项目支出 合计', num(7, 'B4'), num(5, 'D5'), [ref(7, 'B4')], [ref(5, 'D5')])

# ------------------------------------------------------------------ 表8 行政经费及三公
# rows 4 行政经费, 5 三公, 6 因公出国, 7 公务用车购置及运行维护, 8 购置, 9 运行维护, 10 公务接待; B 合计 C 一般 D 基金 E 国资
row_sums(8, list(range(4, 11)), 'B', list('CDE'), '合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算')
for c in 'BCDE':
    check(f'表8 “三公”经费 = 因公出国（境）+ 公务用车购置及运行维护 + 公务接待, column {c}', num(8, f'{c}5'),
          num(8, f'{c}6') + num(8, f'{c}7') + num(8, f'{c}10'), [ref(8, f'{c}5')], [ref(8, f'{c}{r}') for r in (6, 7, 10)])
    check(f'表8 公务用车购置及运行维护 = 购置费 + 运行维护费, column {c}', num(8, f'{c}7'),
          num(8, f'{c}8') + num(8, f'{c}9'), [ref(8, f'{c}7')], [ref(8, f'{c}8'), ref(8, f'{c}9')])
# 三公 (一般公共预算) against 经济分类 of 表6 (基本) + 表7 (项目): all 三公 here is 一般公共预算
for item, r8, code in (('因公出国（境）', 6, '30212'), ('公务接待', 10, '30217'), ('公务用车运行维护', 9, '30231'),
                       ('公务用车购置', 8, '31013')):
    v6 = num(6, f'B{e6[code]}') if code in e6 else Decimal(0)
    v7 = num(7, f'B{e7[code]}') if code in e7 else Decimal(0)
    cells = ([ref(6, f'B{e6[code]}')] if code in e6 else []) + ([ref(7, f'B{e7[code]}')] if code in e7 else [])
    check(f'表8 {item} (一般公共预算) = 表6 {code} + 表7 {code} (基本 {v6} + 项目 {v7})', num(8, f'C{r8}'), v6 + v7,
          [ref(8, f'C{r8}')], cells)

# ------------------------------------------------------------------ 表11 基本支出 by 单位 / 表12 项目支出 by 单位
# B 总计, C 财政拨款合计, D 一般公共预算, E 政府性基金, F 国有资本经营, G 财政专户拨款, H 其他资金 (表12: I 绩效目标)
ECON11 = {'工资福利支出': '301', '商品和服务支出': '302', '对个人和家庭的补助': '303', '资本性支出': '310'}


def by_unit(n):
    rs = body_rows(n, 6)
    units, cur = [], None
    for r in rs:
        if text(n, f'A{r}').startswith('\u3000'):
            cur[1].append(r)
        else:
            cur = (r, [])
            units.append(cur)
    return units


for n in (11, 12):
    rs = body_rows(n, 5)
    row_sums(n, rs, 'B', list('CGH'), '总计 = 财政拨款合计 + 财政专户拨款 + 其他资金')
    row_sums(n, rs, 'C', list('DEF'), '财政拨款合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算')
    units = by_unit(n)
    ok = True
    for c in 'BCDEFGH':
        for ur, kids in units:
            s = sum((num(n, f'{c}{k}') for k in kids), Decimal(0))
            if num(n, f'{c}{ur}') != s:
                ok = False
                check(f'表{n} 单位 {text(n, "A" + str(ur))} = Σ its rows, column {c}', num(n, f'{c}{ur}'), s,
                      [ref(n, f'{c}{ur}')], [ref(n, f'{c}{k}') for k in kids], terms=len(kids))
        s = sum((num(n, f'{c}{ur}') for ur, _ in units), Decimal(0))
        if num(n, f'{c}5') != s:
            ok = False
            check(f'表{n} 合计 = Σ 单位, column {c}', num(n, f'{c}5'), s, [ref(n, f'{c}5')], [ref(n, f'{c}{u}') for u, _ in units],
                  terms=len(units))
    if ok:
        holds.append(f'表{n} each 单位 row = Σ its indented rows, and 合计 (row 5) = Σ {len(units)} 单位 rows, '
                     f'in every amount column B:H ({sum(len(k) for _, k in units)} indented rows)')
u11, u12 = by_unit(11), by_unit(12)
check('表11 合计 总计 = 表3 基本支出 合计', num(11, 'B5'), num(3, 'D5'), [ref(11, 'B5')], [ref(3, 'D5')])
check('表11 合计 一般公共预算 = 表6 合计', num(11, 'D5'), num(6, 'B4'), [ref(11, 'D5')], [ref(6, 'B4')])
check('表12 合计 总计 = 表3 项目支出 合计', num(12, 'B5'), num(3, 'E5'), [ref(12, 'B5')], [ref(3, 'E5')])
check('表12 合计 一般公共预算 = 表5 项目支出 合计', num(12, 'D5'), num(5, 'D5'), [ref(12, 'D5')], [ref(5, 'D5')])
check('表12 合计 政府性基金预算 = 表9 合计 小计', num(12, 'E5'), num(9, 'C5'), [ref(12, 'E5')], [ref(9, 'C5')])
check('表12 合计 国有资本经营预算 = 表10 合计 小计', num(12, 'F5'), num(10, 'C5'), [ref(12, 'F5')], [ref(10, 'C5')])
check('表12 合计 政府性基金预算 = 表9 项目支出', num(12, 'E5'), num(9, 'E5'), [ref(12, 'E5')], [ref(9, 'E5')])
check('表11 合计 政府性基金预算 = 表9 基本支出', num(11, 'E5'), num(9, 'D5'), [ref(11, 'E5')], [ref(9, 'D5')])
check('表11 + 表12 其他资金 = 表2 H:M (事业收入 + 事业单位经营收入 + 其他收入 + 上级补助 + 附属上缴 + 上年结转)',
      num(11, 'H5') + num(12, 'H5'), sum((num(2, f'{c}5') for c in 'HIJKLM'), Decimal(0)), [ref(11, 'H5'), ref(12, 'H5')],
      [ref(2, f'{c}5') for c in 'HIJKLM'])
check('表11 总计 + 表12 总计 = 表2 合计', num(11, 'B5') + num(12, 'B5'), num(2, 'B5'), [ref(11, 'B5'), ref(12, 'B5')], [ref(2, 'B5')])

check('表11 合计 国有资本经营预算 = 表10 基本支出', num(11, 'F5'), num(10, 'D5'), [ref(11, 'F5')], [ref(10, 'D5')])
# 表11 经济分类 类 summed over 单位 = 表6 类
ok = True
for name, code in ECON11.items():
    cells = [k for _, kids in u11 for k in kids if text(11, f'A{k}').strip('\u3000') == name]
    s = sum((num(11, f'D{k}') for k in cells), Decimal(0))
    v6 = num(6, f'B{e6[code]}')
    if s != v6:
        ok = False
        check(f'表11 Σ单位 {name} = 表6 {code}', s, v6, [ref(11, f'D{k}') for k in cells], [ref(6, f'B{e6[code]}')], terms=len(cells))
if ok:
    holds.append('表11 Σ over 单位 of 工资福利支出 / 商品和服务支出 / 对个人和家庭的补助 / 资本性支出 (一般公共预算) = '
                 f'表6 301 / 302 / 303 / 310 ({", ".join(ref(6, "B" + str(e6[c])) for c in ECON11.values())})')
# 表2 per 单位 = 表11 + 表12 per 单位, matched by name (表11 writes 广州市民政局（本级）; 广州市福利彩票发行中心 has no
# 基本支出 and so no 表11 row: all its money is 政府性基金 项目支出)
def uname(n, r):
    return text(n, f'A{r}').replace('（本级）', '')


m11 = {uname(11, r): r for r, _ in u11}
m12 = {uname(12, r): r for r, _ in u12}
no11 = [text(2, f'A{r2}') for r2 in units2 if text(2, f'A{r2}') not in m11]
ok = all(text(2, f'A{r2}') in m12 for r2 in units2) and len(m11) + len(no11) == len(units2) == len(m12)
if not ok:
    bad.append({'cells': [ref(2, 'A6')], 'against': [], 'published': 'units', 'computed': '', 'what': '单位 of 表2 not found in 表11/表12'})


def v11(c, r11):
    return num(11, f'{c}{r11}') if r11 else Decimal(0)


for r2 in units2:
    n2 = text(2, f'A{r2}')
    r11, r12 = m11.get(n2), m12.get(n2)
    if r12 is None:
        continue
    c11 = lambda c: [ref(11, f'{c}{r11}')] if r11 else []
    s_other = sum((num(2, f'{c}{r2}') for c in 'HIJKLM'), Decimal(0))
    if s_other != v11('H', r11) + num(12, f'H{r12}'):
        ok = False
        check(f'表2 {n2} 其他资金收入 + 上级补助 + 附属上缴 + 上年结转 (H:M) = 表11 + 表12 其他资金', s_other,
              v11('H', r11) + num(12, f'H{r12}'), [ref(2, f'{c}{r2}') for c in 'HIJKLM'], c11('H') + [ref(12, f'H{r12}')])
    for c2, c, lab in (('B', 'B', '合计'), ('C', 'D', '一般公共预算'), ('D', 'E', '政府性基金预算'), ('E', 'F', '国有资本经营预算')):
        s = v11(c, r11) + num(12, f'{c}{r12}')
        if num(2, f'{c2}{r2}') != s:
            ok = False
            check(f'表2 {n2} {lab} = 表11 + 表12', num(2, f'{c2}{r2}'), s, [ref(2, f'{c2}{r2}')], c11(c) + [ref(12, f'{c}{r12}')])
if ok:
    holds.append(f'表2 each of the {len(units2)} 单位 (rows {units2[0]}–{units2[-1]}, matched by name; {", ".join(no11)} has no 表11 row): 合计 / 一般公共预算 / 政府性基金预算 / '
                 '国有资本经营预算 / 其他资金 (H:M) = 表11 单位 row + 表12 单位 row (总计 / 一般公共预算 / 政府性基金预算 / '
                 '国有资本经营预算 / 其他资金)')

# ------------------------------------------------------------------ narrative
NARR = open(os.path.join(HERE, 'narrative.txt'), encoding='utf-8').read()


def D(s):
    return Decimal(s.replace(',', ''))


def say(snippet, value, unit, cells, table_value, note=None):
    assert snippet in NARR, snippet
    agrees = D(value) == table_value
    e = {'text': snippet, 'value': str(D(value)), 'unit': unit, 'cell': cells if len(cells) > 1 else cells[0],
         'agrees': agrees}
    if not agrees:
        e['table'] = str(table_value)
    if note:
        e['note'] = note
    narrative.append(e)


say('收入预算266,705.55万元', '266,705.55', '万元', [ref(1, f'B{r1_IT}')], num(1, f'B{r1_IT}'))
say('支出预算266,705.55万元', '266,705.55', '万元', [ref(1, f'D{r1_OT}')], num(1, f'D{r1_OT}'))
say('“三公”经费334.21万元', '334.21', '万元', [ref(8, 'B5')], num(8, 'B5'),
    '表8 “三公”经费 合计, 政府性基金预算 17.90 included (the text says 财政拨款安排)')
say('因公出国（境）费83.4万元', '83.4', '万元', [ref(8, 'B6')], num(8, 'B6'))
say('公务用车购置及运行维护费210.39万元', '210.39', '万元', [ref(8, 'B7')], num(8, 'B7'))
say('公务用车购置费40万元', '40', '万元', [ref(8, 'B8')], num(8, 'B8'))
say('公务用车运行维护费170.39万元', '170.39', '万元', [ref(8, 'B9')], num(8, 'B9'))
say('公务接待费40.42万元', '40.42', '万元', [ref(8, 'B10')], num(8, 'B10'))
say('机关运行经费安排5,077.89万元', '5,077.89', '万元', [ref(8, 'B4')], num(8, 'B4'),
    '表8 行政经费 合计 (一般公共预算 4,762.29 + 政府性基金预算 315.60)')
say('一般公共预算安排委托业务费11,152.54万元', '11,152.54', '万元', [ref(6, f'B{e6["30227"]}'), ref(7, f'B{e7["30227"]}')],
    num(6, f'B{e6["30227"]}') + num(7, f'B{e7["30227"]}'),
    f'表6 30227 委托业务费 (基本 {num(6, "B" + str(e6["30227"]))}) + 表7 30227 (项目 {num(7, "B" + str(e7["30227"]))})')
# the key-project table of section 七 against 表12 (amount, and the 绩效目标 text)
proj = {}
for _, kids in u12:
    for k in kids:
        proj.setdefault(text(12, f'A{k}').lstrip('\u3000'), []).append(k)
for line in NARR.split('\n'):
    parts = line.split('\t')
    if len(parts) != 3 or parts[0] == '项目':
        continue
    name, amount, goal = parts
    ks = [k for k in proj.get(name, []) if num(12, f'B{k}') == D(amount)] or proj.get(name, [])
    if not ks:
        narrative.append({'text': f'{name} {amount}', 'value': str(D(amount)), 'unit': '万元', 'cell': None,
                          'agrees': False, 'note': 'project not in 表12'})
        continue
    k = ks[0]
    e = {'text': f'{name}\t{amount}', 'value': str(D(amount)), 'unit': '万元', 'cell': ref(12, f'B{k}'),
         'agrees': num(12, f'B{k}') == D(amount)}
    same_goal = re.sub(r'\s', '', goal) == re.sub(r'\s', '', text(12, f'I{k}'))
    e['note'] = '重点项目绩效目标表 (section 七); 绩效目标 text ' + ('identical to' if same_goal else 'DIFFERS from') + \
        f' {ref(12, "I" + str(k))}'
    narrative.append(e)

# year-over-year statements: the text's own arithmetic (last year = this year ∓ change; rate to 1 decimal)
def yoy(label, now, change, pct, sign):
    last = now - sign * change
    # the rate to the precision the text prints it (23%, 2.8%, 1.26%)
    q = Decimal(1).scaleb(pct.as_tuple().exponent) if pct.as_tuple().exponent < 0 else Decimal(1)
    rate = (change / last * 100).quantize(q) if last else None
    ok = rate == pct
    (holds if ok else bad).append(
        f'narrative {label}: {now} {"+" if sign > 0 else "-"} {change} vs last year {last}: {rate}% = stated {pct}%'
        if ok else {'cells': ['narrative.txt'], 'against': [], 'published': f'{pct}%', 'computed': f'{rate}%',
                    'what': f'narrative {label}: change {change} on last year {last}'})


yoy('收入预算 增加8,126.52万元 增长3.1%', num(1, f'B{r1_IT}'), D('8126.52'), D('3.1'), 1)
yoy('支出预算 增加8,126.52万元 增长3.1%', num(1, f'D{r1_OT}'), D('8126.52'), D('3.1'), 1)
yoy('“三公”经费 减少6.94万元 下降2%', num(8, 'B5'), D('6.94'), D('2'), -1)
yoy('因公出国（境）费 增加0万元 增长0%', num(8, 'B6'), D('0'), D('0'), 1)
yoy('公务用车购置及运行维护费 减少6.04万元 下降2.8%', num(8, 'B7'), D('6.04'), D('2.8'), -1)
yoy('公务接待费 减少0.9万元 下降2.2%', num(8, 'B10'), D('0.9'), D('2.2'), -1)
yoy('机关运行经费 增加948.35万元 增长23%', num(8, 'B4'), D('948.35'), D('23'), 1)
yoy('机关运行经费 对比2025年年度预算 减少64.62万元 下降1.26%', num(8, 'B4'), D('64.62'), D('1.26'), -1)
yoy('委托业务费 减少7,470.59万元 下降40.1%', D('11152.54'), D('7470.59'), D('40.1'), -1)
if D('-6.94') == D('0') + D('-6.04') + D('-0.9') and D('-6.04') == D('0') + D('-6.04'):
    holds.append('narrative 三公 changes add up: −6.94 = 0 (出国) − 6.04 (车) − 0.9 (接待); 车 −6.04 = 0 (购置) − 6.04 (运行)')
if D('67606.22') == D('16926.63') + D('4912.53') + D('45767.06'):
    holds.append('narrative 政府采购 67,606.22 = 货物 16,926.63 + 工程 4,912.53 + 服务 45,767.06 (no table to check against)')
key = [l.split('\t') for l in NARR.split('\n') if len(l.split('\t')) == 3 and l.split('\t')[0] != '项目']
if all(e['agrees'] for e in narrative if '重点项目' in e.get('note', '')):
    holds.append(f'narrative 七 重点项目绩效目标: all {len(key)} projects are 表12 projects with the same amount and '
                 'the same 绩效目标 text (listed in narrative)')

if '--json' in sys.argv:
    print(json.dumps({'holds': holds, 'inconsistencies': bad, 'narrative': narrative}, ensure_ascii=False, indent=1))
else:
    print(f'HOLDS ({len(holds)})')
    for h in holds:
        print('  ok ', h)
    print(f'INCONSISTENCIES ({len(bad)})')
    for b in bad:
        print('  !! ', b)
    print(f'NARRATIVE ({len(narrative)})')
    for e in narrative:
        print('  ', 'ok' if e['agrees'] else '!!', e['text'][:50], e['value'], e['cell'], e.get('note', ''))
