#!/usr/bin/env python3
"""Independent audit of examples/regions/hangzhou-sifa (2026年杭州市司法局部门预算).

Reads workbook.xlsx (openpyxl, cached values), never the engine; exact decimals. Prints what holds
and what does not; `audit.py --json` writes expected.json (sheet kinds and notes from sheets.json).
Template: no subject codes; the 功能分类/经济分类 level is the number of leading U+3000 of the name
(as printed, see fix_transcription.py). All tables 万元, two decimals.
"""
import json, os, re, sys
from decimal import Decimal as D
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
Z = D('0')
IDSP = '\u3000'

wb = openpyxl.load_workbook(os.path.join(HERE, 'workbook.xlsx'), data_only=True)
T, NAME = {}, {}
for ws in wb.worksheets:
    g = {}
    for row in ws.iter_rows():
        for c in row:
            x = c.value
            if x is None or x == '':
                continue
            if isinstance(x, (int, float)) and not isinstance(x, bool):
                x = D(repr(x)) if isinstance(x, float) else D(x)
            g[(c.row, c.column)] = x
    k = re.match(r'表\d+', str(g.get((1, 1), ''))).group(0)
    T[k], NAME[k] = g, ws.title

def col(c):
    n = 0
    for ch in c: n = n * 26 + ord(ch) - 64
    return n
def rc(addr):
    m = re.fullmatch(r'([A-Z]+)(\d+)', addr); return int(m.group(2)), col(m.group(1))
def A(k, addr): return f'{NAME[k]}!{addr}'
def v(k, addr):
    x = T[k].get(rc(addr)); return x if isinstance(x, D) else Z
def s(k, addr): return T[k].get(rc(addr))
def fmt(x): return f'{x:.2f}'

holds, bad = [], []
def check(what, lhs_cells, rhs_cells, lhs, rhs, quiet_hold=False):
    if lhs == rhs:
        if not quiet_hold: holds.append(what)
        return True
    diff = lhs - rhs
    bad.append({'cells': [A(k, a) for k, a in lhs_cells], 'against': [A(k, a) for k, a in rhs_cells],
                'published': fmt(lhs), 'computed': fmt(rhs),
                'what': f'{what}: {fmt(lhs)} ≠ {fmt(rhs)} (difference {fmt(diff)})',
                **({'rounding': True} if abs(diff) <= D('0.01') else {})})
    return False
def sumc(k, cells): return sum((v(k, c) for c in cells), Z)
def eq(what, k1, a1, k2, cells2):
    return check(what, [(k1, a1)], [(k2, c) for c in cells2], v(k1, a1), sumc(k2, cells2))

# ---------------------------------------------------------------- hierarchy from indentation
def tree(k, name_col, first, last):
    out = []
    for r in range(first, last + 1):
        n = T[k].get((r, col(name_col)))
        if not isinstance(n, str): continue
        out.append((r, len(n) - len(n.lstrip(IDSP)), n.strip(IDSP)))
    return out
def paths(rows):
    out, stack = {}, []
    for r, lvl, n in rows:
        stack = stack[:lvl] + [n]; out[tuple(stack)] = r
    return out
def hierarchy(k, rows, cols, total_row=None, label=''):
    ok = True
    for i, (r, lvl, n) in enumerate(rows):
        kids = []
        for r2, l2, n2 in rows[i + 1:]:
            if l2 <= lvl: break
            if l2 == lvl + 1: kids.append(r2)
        if not kids: continue
        for c in cols:
            ok &= check(f'{k} {n} ({"类" if lvl == 0 else "款"}, row {r}) column {c} = Σ its {"款" if lvl == 0 else "项"}',
                        [(k, f'{c}{r}')], [(k, f'{c}{x}') for x in kids], v(k, f'{c}{r}'),
                        sum((v(k, f'{c}{x}') for x in kids), Z), quiet_hold=True)
    if total_row:
        tops = [r for r, l, n in rows if l == 0]
        for c in cols:
            ok &= check(f'{k} 合计 column {c} = Σ类', [(k, f'{c}{total_row}')], [(k, f'{c}{x}') for x in tops],
                        v(k, f'{c}{total_row}'), sum((v(k, f'{c}{x}') for x in tops), Z), quiet_hold=True)
    holds.append(f'{k} {label}类 = Σ款 = Σ项' + (' and 合计 = Σ类' if total_row else '') + f' in columns {",".join(cols)}'
                 + ('' if ok else ' — except the rows listed in inconsistencies'))
def rowsum(k, rows, lhs, parts, label):
    ok = True
    for r in rows:
        ok &= check(f'{k} row {r} {label}', [(k, f'{lhs}{r}')], [(k, f'{p}{r}') for p in parts],
                    v(k, f'{lhs}{r}'), sum((v(k, f'{p}{r}') for p in parts), Z), quiet_hold=True)
    holds.append(f'{k} {label} in every row ({lhs} = {"+".join(parts)}, rows {rows[0]}–{rows[-1]})'
                 + ('' if ok else ' — except the rows listed in inconsistencies'))
def colsum(k, total_row, rows, cols, label):
    ok = True
    for c in cols:
        ok &= check(f'{k} {label} column {c}', [(k, f'{c}{total_row}')], [(k, f'{c}{r}') for r in rows],
                    v(k, f'{c}{total_row}'), sum((v(k, f'{c}{r}') for r in rows), Z), quiet_hold=True)
    holds.append(f'{k} {label}, columns {cols[0]}–{cols[-1]} (row {total_row} = Σ rows {rows[0]}–{rows[-1]})'
                 + ('' if ok else ' — except as listed'))
def cross(k1, rows1, c1, k2, rows2, c2, label):
    p1, p2 = paths(rows1), paths(rows2)
    ok = True; missing = []
    for p, r1 in p1.items():
        r2 = p2.get(p)
        if r2 is None:
            if v(k1, f'{c1}{r1}') != 0: missing.append('/'.join(p))
            continue
        ok &= check(f'{label}: {"/".join(p)}', [(k1, f'{c1}{r1}')], [(k2, f'{c2}{r2}')],
                    v(k1, f'{c1}{r1}'), v(k2, f'{c2}{r2}'), quiet_hold=True)
    extra = [('/'.join(p)) for p in p2 if p not in p1 and v(k2, f'{c2}{p2[p]}') != 0]
    holds.append(f'{label}, row by row (matched by 类/款/项 name path)' + ('' if ok else ' — except the rows listed in inconsistencies')
                 + (f'; rows of {k1} absent from {k2}: {missing}' if missing else '')
                 + (f'; rows of {k2} absent from {k1}: {extra}' if extra else ''))

# ================================================================ 表1 收支总表
t1 = tree('表1', 'C', 5, 44)
hierarchy('表1', t1, ['D'], label='支出 ')
eq('表1 一、财政拨款 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算 (B5 = B6+B7+B8)', '表1', 'B5', '表1', ['B6', 'B7', 'B8'])
eq('表1 本年收入合计 = 一、…七、 (B45 = B5+B9+…+B14)', '表1', 'B45', '表1', ['B5', 'B9', 'B10', 'B11', 'B12', 'B13', 'B14'])
eq('表1 收入总计 = 本年收入合计 + 上年结转结余 (B47 = B45+B46)', '表1', 'B47', '表1', ['B45', 'B46'])
tops1 = [f'D{r}' for r, l, n in t1 if l == 0]
eq('表1 本年支出合计 = Σ类 (D45)', '表1', 'D45', '表1', tops1)
eq('表1 支出总计 = 本年支出合计 + 年终结转结余 (D47 = D45+D46)', '表1', 'D47', '表1', ['D45', 'D46'])
eq('表1 收入总计 = 支出总计 (B47 = D47)', '表1', 'B47', '表1', ['D47'])

# ================================================================ 表2 收入总表 (by 单位)
R2 = list(range(5, 14))
rowsum('表2', R2, 'B', ['C', 'M'], '总计 = 本年收入小计 + 上年结转结余小计')
rowsum('表2', R2, 'C', list('DEFGHIJKL'), '本年收入 小计 = Σ sources')
rowsum('表2', R2, 'M', list('NOPQR'), '上年结转结余 小计 = Σ parts')
ok = True
for c in 'BCDEFGHIJKLMNOPQR':
    ok &= check(f'表2 合计 = 杭州市司法局 (department row) column {c}', [('表2', f'{c}5')], [('表2', f'{c}6')], v('表2', f'{c}5'), v('表2', f'{c}6'), quiet_hold=True)
    ok &= check(f'表2 department row = Σ its 7 单位 column {c}', [('表2', f'{c}6')], [('表2', f'{c}{r}') for r in range(7, 14)],
                v('表2', f'{c}6'), sum((v('表2', f'{c}{r}') for r in range(7, 14)), Z), quiet_hold=True)
holds.append('表2 合计 row = department row 杭州市司法局 (row 6) = Σ its 7 单位 rows (7–13, the first of them the 本级 unit, also named 杭州市司法局, told apart by its U+3000 indent), every column' + ('' if ok else ' — except as listed'))
for a1, a2, what in (('B5', 'D5+E5+F5', '一、财政拨款'), ('B6', 'D5', '一般公共预算'), ('B7', 'E5', '政府性基金预算'),
                     ('B8', 'F5', '国有资本经营预算'), ('B9', 'G5', '财政专户管理资金'), ('B10', 'H5', '事业收入'),
                     ('B11', 'I5', '事业单位经营收入'), ('B12', 'J5', '上级补助收入'), ('B13', 'K5', '附属单位上缴收入'),
                     ('B14', 'L5', '其他收入'), ('B45', 'C5', '本年收入合计'), ('B46', 'M5', '上年结转结余'), ('B47', 'B5', '收入总计')):
    eq(f'表1 {what} ({a1}) = 表2 合计 {a2}', '表1', a1, '表2', a2.split('+'))

# ================================================================ 表3 支出总表
t3 = tree('表3', 'A', 6, 45)
rowsum('表3', list(range(5, 46)), 'B', list('CDEFGH'), '总计 = 人员支出 + 日常公用支出 + 项目支出 + 经营 + 上缴 + 对附属')
hierarchy('表3', t3, list('BCDE'), total_row=5)
cross('表1', t1, 'D', '表3', t3, 'B', '表1 支出 = 表3 总计')
eq('表1 本年支出合计 (D45) = 表3 合计 总计 (B5)', '表1', 'D45', '表3', ['B5'])

# ================================================================ 表4 财政拨款收支总表
t4 = tree('表4', 'C', 6, 44)
hierarchy('表4', t4, ['D'], label='支出 ')
eq('表4 一、财政拨款 = Σ its three (B5 = B6+B7+B8)', '表4', 'B5', '表4', ['B6', 'B7', 'B8'])
eq('表4 二、上年结转结余 = Σ its three (B9 = B10+B11+B12)', '表4', 'B9', '表4', ['B10', 'B11', 'B12'])
eq('表4 收入总计 = 一、+ 二、 (B46 = B5+B9)', '表4', 'B46', '表4', ['B5', 'B9'])
eq('表4 一、本年支出合计 = Σ类 (D5)', '表4', 'D5', '表4', [f'D{r}' for r, l, n in t4 if l == 0])
eq('表4 支出总计 = 本年支出合计 + 年终结转结余 (D46 = D5+D45)', '表4', 'D46', '表4', ['D5', 'D45'])
eq('表4 收入总计 = 支出总计 (B46 = D46)', '表4', 'B46', '表4', ['D46'])
for a in ('B5', 'B6', 'B7', 'B8'):
    eq(f"表4 {str(s('表4', 'A' + a[1:])).strip(IDSP)} ({a}) = 表1 ({a})", '表4', a, '表1', [a])
for a1, a2 in (('B9', 'M5'), ('B10', 'N5'), ('B11', 'O5'), ('B12', 'P5')):
    eq(f"表4 上年结转结余 {str(s('表4', 'A' + a1[1:])).strip(IDSP)} ({a1}) = 表2 合计 {a2}", '表4', a1, '表2', [a2])

# ================================================================ 表5 一般公共预算支出表
t5 = tree('表5', 'A', 6, 44)
rowsum('表5', list(range(5, 45)), 'B', ['C', 'F'], '合计 = 基本支出小计 + 项目支出')
rowsum('表5', list(range(5, 45)), 'C', ['D', 'E'], '基本支出 小计 = 人员经费 + 日常公用支出')
hierarchy('表5', t5, list('BCDEF'), total_row=5)
eq('表5 合计 (B5) = 表4 一般公共预算 本年 + 上年结转 (B6 + B10)', '表5', 'B5', '表4', ['B6', 'B10'])
eq('表5 合计 (B5) = 表4 一、本年支出合计 (D5) (no 政府性基金 / 国有资本经营: 财政拨款 = 一般公共预算)', '表5', 'B5', '表4', ['D5'])
cross('表4', t4, 'D', '表5', t5, 'B', '表4 支出 = 表5 合计')
# 表3 基本支出 (all funds) against 表5 基本支出 (一般公共预算): equal here, row by row (其他收入 pays projects only)
p3, p5 = paths(t3), paths(t5)
ok = True
for p, r3 in p3.items():
    r5 = p5.get(p)
    for c3, c5, what in (('C', 'D', '人员'), ('D', 'E', '日常公用')):
        rhs = v('表5', f'{c5}{r5}') if r5 else Z
        ok &= check(f'表3 {what} = 表5 {what}: {"/".join(p)}', [('表3', f'{c3}{r3}')], [('表5', f'{c5}{r5}')] if r5 else [],
                    v('表3', f'{c3}{r3}'), rhs, quiet_hold=True)
holds.append('表3 人员支出 / 日常公用支出 = 表5 人员经费 / 日常公用支出, row by row and in 合计 (all 基本支出 is 一般公共预算)' + ('' if ok else ' — except as listed'))
eq('表3 人员支出 合计 (C5) = 表5 人员经费 (D5)', '表3', 'C5', '表5', ['D5'])
eq('表3 日常公用支出 合计 (D5) = 表5 日常公用支出 (E5)', '表3', 'D5', '表5', ['E5'])

# ================================================================ 表6 基本支出 经济分类
t6 = tree('表6', 'A', 6, 48)
rowsum('表6', list(range(5, 49)), 'B', ['C', 'D'], '合计 = 人员经费 + 日常公用支出')
hierarchy('表6', t6, ['B', 'C', 'D'], total_row=5)
for a6, a5, what in (('B5', 'C5', '合计 = 表5 基本支出 小计'), ('C5', 'D5', '人员经费 = 表5 人员经费'), ('D5', 'E5', '日常公用支出 = 表5 日常公用支出')):
    eq(f'表6 {what} ({a6} = 表5 {a5})', '表6', a6, '表5', [a5])

# ================================================================ 表7 三公 (by 单位)
R7 = list(range(5, 13))
rowsum('表7', R7, 'B', ['C', 'D', 'G'], '“三公”经费合计 = 因公出国(境) + 公务用车购置及运行费 + 公务接待费')
rowsum('表7', R7, 'D', ['E', 'F'], '公务用车购置及运行费 小计 = 购置费 + 运行维护费')
colsum('表7', 5, list(range(6, 13)), list('BCDEFG'), '合计 = Σ its 7 单位')
def row_of(k, name):
    for (r, c), x in T[k].items():
        if c == 1 and isinstance(x, str) and x.strip(IDSP) == name: return r
for name6, a7, what in (('公务接待费', 'G5', '公务接待费'), ('公务用车运行维护费', 'F5', '公务用车运行维护费')):
    a6 = f'B{row_of("表6", name6)}'
    x6, x7 = v('表6', a6), v('表7', a7)
    if x6 <= x7:
        holds.append(f'三公 {what}: 表6 {a6} = {fmt(x6)} ≤ 表7 {a7} = {fmt(x7)}' + (' (equal: no 项目 share)' if x6 == x7 else ''))
    else:
        check(f'三公 {what}: 表6 基本支出 above 表7', [('表6', a6)], [('表7', a7)], x6, x7)
holds.append(f'三公 公务用车购置费 表7 E5 = {fmt(v("表7", "E5"))} has no 表6 line (表6 资本性支出 holds only 办公设备购置): paid from 项目支出; '
             '因公出国(境) 表7 C5 blank and no 因公出国 line in 表6 (narrative: not budgeted at the start of the year)')

# ================================================================ 表8 / 表9 (empty)
for k, what, cells in (('表8', '政府性基金', ['B7', 'B11']), ('表9', '国有资本经营', ['B8', 'B12'])):
    empty = all(not isinstance(x, D) for (r, c), x in T[k].items() if r >= 4)
    note = any(isinstance(x, str) and '本表无数据' in x for x in T[k].values())
    zero = all(v('表4', c) == 0 for c in cells)
    holds.append(f'{k} has no amounts ({empty}) and carries its empty-table note ({note}); 表4 {what} {"/".join(cells)} blank ({zero})')
    if not (empty and note and zero): bad.append({'cells': [A(k, 'A1')], 'against': [], 'what': f'{k} empty-table state inconsistent'})

# ================================================================ 表10 项目支出 (by 单位 and 项目)
R10 = list(range(6, 37))
rowsum('表10', [5] + R10, 'C', list('DEFGH'), '总计 = 一般公共预算 + 政府性基金 + 国有资本经营 + 财政专户 + 单位资金')
colsum('表10', 5, R10, list('CDEFGH'), f'合计 = Σ its {len(R10)} project rows')
eq('表10 总计 (C5) = 表3 项目支出 合计 (E5)', '表10', 'C5', '表3', ['E5'])
eq('表10 一般公共预算 (D5) = 表5 项目支出 合计 (F5)', '表10', 'D5', '表5', ['F5'])
eq('表10 单位资金 (H5) = 表2 其他收入 合计 (L5)', '表10', 'H5', '表2', ['L5'])
# per 单位: 单位资金 of its projects = its 其他收入 of 表2 (其他收入 pays projects only in this document)
units = {str(s('表2', f'A{r}')).strip(IDSP) if r > 7 else '杭州市司法局': r for r in range(7, 14)}
ok = True
for u, r2 in units.items():
    rows = [r for r in R10 if s('表10', f'A{r}') == u]
    ok &= check(f'表10 单位资金 of {u} = 表2 其他收入 (L{r2})', [('表2', f'L{r2}')], [('表10', f'H{r}') for r in rows],
                v('表2', f'L{r2}'), sum((v('表10', f'H{r}') for r in rows), Z), quiet_hold=True)
holds.append('表10 单位资金 of each 单位 = its 表2 其他收入 (其他收入 spent on projects only; 表2 单位 rows 7–13)' + ('' if ok else ' — except as listed'))

# ================================================================ narrative
narr = open(os.path.join(HERE, 'narrative.txt'), encoding='utf-8').read()
flat = re.sub(r'\s+', '', narr)
N = []
def nv(text, value, k, cells, pct_of=None, note=None):
    """text must occur in the narrative (whitespace ignored); value vs the cells' sum, or a share."""
    assert re.sub(r'\s+', '', text) in flat, text
    if pct_of is None:
        tv = sumc(k, cells); agrees = D(value) == tv
        e = {'text': text, 'value': value, 'unit': '万元', 'cell': '+'.join(A(k, c) for c in cells), 'agrees': agrees}
        if not agrees:
            e['table'] = fmt(tv)
            if abs(D(value) - tv) <= D('0.01'): e['rounding'] = True
    else:
        num = sumc(k, cells); den = sum((v(pk, pc) for pk, pc in pct_of), Z)
        q = D(value.rstrip('%')); places = -q.as_tuple().exponent
        calc = (num / den * 100).quantize(D(1).scaleb(-places))
        e = {'text': text, 'value': value, 'unit': '%', 'cell': '+'.join(A(k, c) for c in cells),
             'of': '+'.join(A(pk, pc) for pk, pc in pct_of), 'computed': f'{calc}%', 'agrees': calc == q}
        if calc != q and abs(calc - q) == D(1).scaleb(-places): e['rounding'] = True
    if note: e['note'] = note
    N.append(e)

nv('杭州市司法局2026年收支总预算99,230.46万元', '99230.46', '表1', ['B47'])
nv('2026年收入预算99,230.46万元', '99230.46', '表1', ['B47'])
T1TOT = [('表1', 'B47')]
nv('一般公共预算拨款收入91,495.48万元', '91495.48', '表1', ['B6'])
nv('91,495.48万元，占92.2%', '92.2%', '表1', ['B6'], T1TOT)
nv('其他收入7,387.66万元', '7387.66', '表1', ['B14'])
nv('7,387.66万元，占7.4%', '7.4%', '表1', ['B14'], T1TOT)
nv('上年结转结余347.32万元', '347.32', '表1', ['B46'])
nv('347.32万元，占0.4%', '0.4%', '表1', ['B46'], T1TOT)
nv('2026年支出预算99,230.46万元', '99230.46', '表1', ['D47'])
for text, val, r in (('一般公共服务支出12,868.19万元、公共安全支出76,468.81', '12868.19', 6), ('公共安全支出76,468.81万元', '76468.81', 11),
                     ('社会保障和就业支出7,458.52万元、卫生健康支出2,434.95万元。2.按支出用途', '7458.52', 38),
                     ('卫生健康支出2,434.95万元。2.按支出用途', '2434.95', 43)):
    nv(text, val, '表3', [f'B{r}'])
T3TOT = [('表3', 'B5')]
nv('人员支出58,486.35万元', '58486.35', '表3', ['C5'])
nv('58,486.35万元，占59.0%', '59.0%', '表3', ['C5'], T3TOT,
   note='58,486.35 / 99,230.46 = 58.94%: the three shares 58.9 + 12.3 + 28.7 add to 99.9, the text writes 59.0 so that they add to 100')
nv('日常公用支出12,237.94万元，占12.3%', '12237.94', '表3', ['D5'])
nv('日常公用支出12,237.94万元，占12.3%', '12.3%', '表3', ['D5'], T3TOT)
nv('项目支出28,506.17万元', '28506.17', '表3', ['E5'])
nv('28,506.17万元，占28.7%', '28.7%', '表3', ['E5'], T3TOT)
nv('年终结转结余0.00万元', '0.00', '表1', ['D46'])
nv('2026年财政拨款收支总预算91,842.80万元', '91842.80', '表4', ['B46'])
nv('一般公共预算收入91,495.48万元、上年结转结余收入347.32万元', '91495.48', '表4', ['B6'])
nv('上年结转结余收入347.32万元', '347.32', '表4', ['B9'])
for text, val, r in (('支出包括：一般公共服务支出12,868.19万元、公共安全支出69,081.15', '12868.19', 6), ('公共安全支出69,081.15万元、社会保障', '69081.15', 11),
                     ('社会保障和就业支出7,458.52万元、卫生健康支出2,434.95万元。（五）', '7458.52', 37), ('卫生健康支出2,434.95万元。（五）', '2434.95', 42)):
    nv(text, val, '表4', [f'D{r}'])
nv('2026年一般公共预算当年拨款91,842.80万元', '91842.80', '表5', ['B5'],
   note='当年拨款 here includes the 上年结转 347.32 (表5 合计 = 表4 B6 + B10)')
T5TOT = [('表5', 'B5')]
for text, val, pct, r in (('一般公共服务（类）支出12,868.19万元', '12868.19', '14.0%', 6), ('公共安全（类）支出69,081.15万元', '69081.15', '75.2%', 11),
                          ('和就业（类）支出7,458.52万元', '7458.52', '8.1%', 37), ('（类）支出2,434.95万元', '2434.95', '2.7%', 42)):
    nv(text, val, '表5', [f'B{r}'])
    nv(text + '，占' + pct, pct, '表5', [f'B{r}'], T5TOT)
# (五)3: one numbered line per 项 of 表5, "（n）类（类）款（款）项（项）X万元 … 比上年执行数增加/减少 Y万元，增长/下降 Z%"
item_re = re.compile(r'（(\d+)）([^（）]+?)（类）([^（）]+?)（款）([^（）]+?)（项）([\d,]+\.\d\d)万元(.*?)(?=（\d+）[^（）]+?（类）|（六）)')
p5 = paths(t5)
Y = []
sec = flat[flat.index('3.一般公共预算当年拨款具体使用情况'):flat.index('（六）一般公共预算基本支出情况说明') + 6]
items = item_re.findall(sec)
for n, lei, kuan, xiang, amt, rest in items:
    p = (lei, kuan, xiang) if (lei, kuan, xiang) in p5 else None
    assert p, (n, lei, kuan, xiang)
    r = p5[p]
    nv(f'（{n}）{lei}（类）{kuan}（款）{xiang}（项）{amt}万元', amt.replace(',', ''), '表5', [f'B{r}'])
    m = re.search(r'比上年执行数(增加|减少)([\d,]+\.\d\d)万元，(增长|下降)([\d.]+)%', rest)
    cur, ch = D(amt.replace(',', '')), D(m.group(2).replace(',', '')) * (1 if m.group(1) == '增加' else -1)
    q = D(m.group(4)); calc = (ch / (cur - ch) * 100).quantize(D(1).scaleb(q.as_tuple().exponent))
    Y.append({'text': f'（{n}）…{xiang}（项）{amt}万元 … {m.group(0)}', 'current': fmt(cur), 'change': fmt(ch), 'rate': m.group(4) + '%',
              'computed': f'{abs(calc)}%', 'agrees': abs(calc) == q and (m.group(1) == '增加') == (m.group(3) == '增长')})
holds.append(f'narrative (五)3 has one line per 项 row of 表5: {len(items)} lines, {len([1 for r, l, n in t5 if l == 2])} 项 rows')
nv('2026年一般公共预算基本支出70,724.29万元', '70724.29', '表6', ['B5'])
nv('人员支出58,486.35万元，主要包括', '58486.35', '表6', ['C5'])
nv('日常公用支出12,237.94万元，主要包括', '12237.94', '表6', ['D5'])
nv('2026年“三公”经费预算数为413.68万元', '413.68', '表7', ['B5'])
nv('安排公务接待费预算74.00万元', '74.00', '表7', ['G5'])
nv('购置及运行维护费预算339.68万元', '339.68', '表7', ['D5'])
nv('公务用车购置支出151.68万元', '151.68', '表7', ['E5'])
nv('公务用车运行维护费支出188.00万元', '188.00', '表7', ['F5'])
nv('机关运行经费财政拨款预算12,237.94万元', '12237.94', '表6', ['D5'],
   note='= 表6 日常公用支出: all 7 units are 行政单位 or 参公 (6 + 1, as the text says)')
nv('共计31个一级项目，涉及资金28,506.17万元', '28506.17', '表10', ['C5'])
holds.append(f'narrative "共计31个一级项目" = the {len(R10)} project rows of 表10')
# not from a table: 政府采购 8,525.96 (货物 4,721.40 + 工程 1,071.61 + 服务 2,732.95), 委托业务费 1,914.85, vehicles
gc = D('4721.40') + D('1071.61') + D('2732.95')
holds.append(f'narrative 政府采购 8,525.96 = 货物 4,721.40 + 工程 1,071.61 + 服务 2,732.95 ({fmt(gc)}; no table)')

def yoy(text, cur, change, pct):
    assert re.sub(r'\s+', '', text) in flat, text
    cur, change = D(cur), D(change); q = D(pct.rstrip('%'))
    calc = (change / (cur - change) * 100).quantize(D(1).scaleb(q.as_tuple().exponent))
    Y.append({'text': text, 'current': fmt(cur), 'change': fmt(change), 'rate': pct, 'computed': f'{abs(calc)}%', 'agrees': abs(calc) == q})
yoy('2026年收入预算99,230.46万元，比上年执行数增加7,331.92万元，增长8.0%', '99230.46', '7331.92', '8.0%')
yoy('2026年支出预算99,230.46万元，比上年执行数增加7,331.92万元，增长8.0%', '99230.46', '7331.92', '8.0%')
yoy('2026年一般公共预算当年拨款91,842.80万元，比上年执行数增加6,600.98万元，增长7.7%', '91842.80', '6600.98', '7.7%')
yoy('413.68万元，比上年预算数增加14.18万元，增长3.5%', '413.68', '14.18', '3.5%')
yoy('339.68万元，比上年预算数增加14.18万元，增长4.4%', '339.68', '14.18', '4.4%')
yoy('比上年预算数增加27.78万元，增长22.4%', '151.68', '27.78', '22.4%')
yoy('比上年预算数减少13.60万元，下降6.7%', '188.00', '-13.60', '6.7%')
yoy('12,237.94万元，比上年预算数增加151.68万元，增长1.3%', '12237.94', '151.68', '1.3%')
# the parts' changes add up: 三公 +14.18 = 公务接待 0 (持平) + 购置 +27.78 + 运行 −13.60
holds.append('narrative 三公 changes add up: +14.18 = 公务接待费 0.00 (与上年预算数持平) + 购置 +27.78 + 运行维护 −13.60'
             if D('14.18') == D('27.78') - D('13.60') else 'x')

print(f'HOLDS ({len(holds)})'); [print('  ✓', h) for h in holds]
print(f'\nINCONSISTENCIES ({len(bad)})'); [print('  ✗', b['what'], '|', b['cells'], 'vs', b['against'], '(rounding)' if b.get('rounding') else '') for b in bad]
print(f'\nNARRATIVE ({len(N)}; {sum(not e["agrees"] for e in N)} disagree)')
for e in N: print('  ', '✓' if e['agrees'] else '✗', e['text'], '→', e['cell'], e.get('table', ''), e.get('computed', ''))
print(f'\nYEAR OVER YEAR (change vs rate, {sum(not e["agrees"] for e in Y)} disagree)')
for e in Y: print('  ', '✓' if e['agrees'] else '✗', e['text'], '→', e['computed'])

if '--json' in sys.argv:
    exp = {'region': '杭州市', 'province': '浙江', 'kind': '预算', 'year': 2026, 'department': '杭州市司法局',
           'source': {'repo': 'calinchow-del/renwu', 'path': '预算数据/008_杭州/2026年杭州市司法局部门预算.pdf',
                      'commit': '8af6eb4b18439a2eadf2e7dc81f5eb15b3ae2383'},
           'unit': '万元', 'sheets': json.load(open(os.path.join(HERE, 'sheets.json'), encoding='utf-8')),
           'holds': holds, 'inconsistencies': bad, 'narrative': N, 'narrative_year_over_year': Y}
    for sh in exp['sheets']:
        sh['sheet'] = NAME[sh.pop('key')]
    json.dump(exp, open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('\nwrote expected.json')
