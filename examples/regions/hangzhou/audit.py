#!/usr/bin/env python3
"""Independent audit of examples/regions/hangzhou (2026年杭州市交通运输局部门预算).

Reads workbook.xlsx (openpyxl, cached values) when it exists, else source.txt (own parser); never the
engine. Exact decimals. Prints what holds and what does not; `audit.py --json` writes expected.json.
Template: no subject codes, the 功能分类/经济分类 level is the name's indentation (2 spaces a level,
see fix_transcription.py). All tables 万元, two decimals.
"""
import json, os, re, sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
Z = D('0')

# ---------------------------------------------------------------- read the grid
def read_source(path):
    sheets, cur, r = {}, None, 0
    def cell(tok):
        if tok == '':
            return None
        if tok.startswith('"') and tok.endswith('"'):
            return json.loads(tok.replace('\\u3000', '\u3000')) if '\\' in tok else tok[1:-1]
        if re.fullmatch(r'-?(0|[1-9]\d*)(\.\d+)?', tok):
            return D(tok)
        return tok
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('@sheet '):
            cur = {}; sheets[line[7:]] = cur; r = 0; continue
        if cur is None or line.startswith('@') or line.startswith('# ') or line == '#':
            continue
        r += 1
        for c, tok in enumerate(line.split('\t'), 1):
            v = cell(tok)
            if v is not None:
                cur[(r, c)] = v
    return sheets

def read_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    out = {}
    for ws in wb.worksheets:
        g = {}
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    v = D(repr(v)) if isinstance(v, float) else D(v)
                g[(c.row, c.column)] = v
        out[ws.title] = g
    return out

wb_path = os.path.join(HERE, 'workbook.xlsx')
SRC = 'workbook.xlsx' if os.path.exists(wb_path) else 'source.txt'
raw = read_xlsx(wb_path) if SRC == 'workbook.xlsx' else read_source(os.path.join(HERE, 'source.txt'))
T, NAME = {}, {}
for name, g in raw.items():
    k = re.match(r'表\d+', str(g.get((1, 1), ''))).group(0)
    T[k], NAME[k] = g, name

def col(c):  # 'B' -> 2
    n = 0
    for ch in c: n = n * 26 + ord(ch) - 64
    return n
def A(k, addr):
    m = re.fullmatch(r'([A-Z]+)(\d+)', addr)
    return f"{NAME[k]}!{addr}"
def v(k, addr):
    m = re.fullmatch(r'([A-Z]+)(\d+)', addr)
    x = T[k].get((int(m.group(2)), col(m.group(1))))
    return x if isinstance(x, D) else Z
def s(k, addr):
    m = re.fullmatch(r'([A-Z]+)(\d+)', addr)
    return T[k].get((int(m.group(2)), col(m.group(1))))

holds, bad = [], []
def fmt(x): return f'{x:.2f}'
def check(what, lhs_cells, rhs_cells, lhs, rhs, quiet_hold=False):
    """lhs_cells: list of (k, addr); compare exact."""
    if lhs == rhs:
        if not quiet_hold: holds.append(what)
        return True
    diff = lhs - rhs
    bad.append({'cells': [A(k, a) for k, a in lhs_cells], 'against': [A(k, a) for k, a in rhs_cells],
                'published': fmt(lhs), 'computed': fmt(rhs),
                'what': f'{what}: {fmt(lhs)} ≠ {fmt(rhs)} (difference {fmt(diff)})',
                **({'rounding': True} if abs(diff) <= D('0.01') else {})})
    return False

# ---------------------------------------------------------------- hierarchy from indentation
def tree(k, name_col, first, last, skip=()):
    """rows with a name in name_col between first..last -> list of (row, level, name)."""
    out = []
    for r in range(first, last + 1):
        n = T[k].get((r, col(name_col)))
        if not isinstance(n, str) or n.strip() in skip:
            continue
        lead = len(n) - len(n.lstrip(' '))
        out.append((r, lead // 2, n.strip()))
    return out

def paths(rows):
    """(row, level, name) -> {path tuple: row}"""
    out, stack = {}, []
    for r, lvl, n in rows:
        stack = stack[:lvl] + [n]
        out[tuple(stack)] = r
    return out

def hierarchy(k, rows, cols, total_row=None, label=''):
    """类 = Σ款, 款 = Σ项 for every col; 合计 = Σ类. Report each failure, one hold line per table."""
    ok = True
    for i, (r, lvl, n) in enumerate(rows):
        kids = []
        for r2, l2, n2 in rows[i + 1:]:
            if l2 <= lvl: break
            if l2 == lvl + 1: kids.append(r2)
        if not kids: continue
        for c in cols:
            ok &= check(f'{k} {n} ({"类" if lvl == 0 else "款"}, row {r}) column {c} = Σ its {"款" if lvl == 0 else "项"}',
                        [(k, f'{c}{r}')], [(k, f'{c}{x}') for x in kids],
                        v(k, f'{c}{r}'), sum((v(k, f'{c}{x}') for x in kids), Z), quiet_hold=True)
    if total_row:
        tops = [r for r, l, n in rows if l == 0]
        for c in cols:
            ok &= check(f'{k} 合计 column {c} = Σ类', [(k, f'{c}{total_row}')], [(k, f'{c}{x}') for x in tops],
                        v(k, f'{c}{total_row}'), sum((v(k, f'{c}{x}') for x in tops), Z), quiet_hold=True)
    holds.append(f'{k} {label}类 = Σ款 = Σ项' + (' and 合计 = Σ类' if total_row else '') +
                 f' in columns {",".join(cols)}' + ('' if ok else ' — except the rows listed in inconsistencies'))

def rowsum(k, rows, lhs, parts, label):
    ok = True
    for r in rows:
        ok &= check(f'{k} row {r} {label}', [(k, f'{lhs}{r}')], [(k, f'{p}{r}') for p in parts],
                    v(k, f'{lhs}{r}'), sum((v(k, f'{p}{r}') for p in parts), Z), quiet_hold=True)
    holds.append(f'{k} {label} in every row ({lhs} = {"+".join(parts)}, rows {rows[0]}–{rows[-1]})'
                 + ('' if ok else ' — except the rows listed in inconsistencies'))

def cross(k1, rows1, c1, k2, rows2, c2, label):
    """match 功能分类 rows of two tables by name path; every row of k1 must be in k2 with equal value."""
    p1, p2 = paths(rows1), paths(rows2)
    ok = True; missing = []
    for p, r1 in p1.items():
        r2 = p2.get(p)
        if r2 is None:
            if v(k1, f'{c1}{r1}') != 0: missing.append('/'.join(p))
            continue
        ok &= check(f'{label}: {"/".join(p)}', [(k1, f'{c1}{r1}')], [(k2, f'{c2}{r2}')],
                    v(k1, f'{c1}{r1}'), v(k2, f'{c2}{r2}'), quiet_hold=True)
    holds.append(f'{label}, row by row (matched by 类/款/项 name path)' + ('' if ok else ' — except the rows listed in inconsistencies')
                 + (f'; rows of {k1} absent from {k2}: {missing}' if missing else ''))
    return missing

# ================================================================ 表1 收支总表
t1 = tree('表1', 'C', 5, 49)
hierarchy('表1', t1, ['D'], label='支出 ')
check('表1 一、财政拨款 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算 (B5 = B6+B7+B8)', [('表1', 'B5')],
      [('表1', a) for a in ('B6', 'B7', 'B8')], v('表1', 'B5'), v('表1', 'B6') + v('表1', 'B7') + v('表1', 'B8'))
check('表1 本年收入合计 = 一、…七、 (B50 = B5+B9+…+B14)', [('表1', 'B50')], [('表1', f'B{r}') for r in (5, 9, 10, 11, 12, 13, 14)],
      v('表1', 'B50'), sum((v('表1', f'B{r}') for r in (5, 9, 10, 11, 12, 13, 14)), Z))
check('表1 收入总计 = 本年收入合计 + 上年结转结余 (B52 = B50+B51)', [('表1', 'B52')], [('表1', 'B50'), ('表1', 'B51')],
      v('表1', 'B52'), v('表1', 'B50') + v('表1', 'B51'))
tops1 = [r for r, l, n in t1 if l == 0]
check('表1 本年支出合计 = Σ类 (D50)', [('表1', 'D50')], [('表1', f'D{r}') for r in tops1],
      v('表1', 'D50'), sum((v('表1', f'D{r}') for r in tops1), Z))
check('表1 支出总计 = 本年支出合计 + 年终结转结余 (D52 = D50+D51)', [('表1', 'D52')], [('表1', 'D50'), ('表1', 'D51')],
      v('表1', 'D52'), v('表1', 'D50') + v('表1', 'D51'))
check('表1 收入总计 = 支出总计 (B52 = D52)', [('表1', 'B52')], [('表1', 'D52')], v('表1', 'B52'), v('表1', 'D52'))

# ================================================================ 表2 收入总表 (by 单位)
R2 = list(range(6, 16))
rowsum('表2', R2, 'B', ['C', 'M'], '总计 = 本年收入小计 + 上年结转结余小计')
rowsum('表2', R2, 'C', list('DEFGHIJKL'), '本年收入 小计 = Σ sources')
rowsum('表2', R2, 'M', list('NOPQR'), '上年结转结余 小计 = Σ parts')
ok = True
for c in 'BCDEFGHIJKLMNOPQR':
    ok &= check(f'表2 合计 = 杭州市交通运输局 (department row) column {c}', [('表2', f'{c}6')], [('表2', f'{c}7')], v('表2', f'{c}6'), v('表2', f'{c}7'), quiet_hold=True)
    ok &= check(f'表2 department row = Σ its 8 单位 column {c}', [('表2', f'{c}7')], [('表2', f'{c}{r}') for r in range(8, 16)],
                v('表2', f'{c}7'), sum((v('表2', f'{c}{r}') for r in range(8, 16)), Z), quiet_hold=True)
holds.append('表2 合计 row = department row (row 7) = Σ its 8 单位 rows (8–15), every column' + ('' if ok else ' — except as listed'))
for a1, a2, what in (('B5', 'D6+E6+F6', '一、财政拨款'), ('B6', 'D6', '一般公共预算'), ('B7', 'E6', '政府性基金预算'),
                     ('B8', 'F6', '国有资本经营预算'), ('B9', 'G6', '财政专户管理资金'), ('B10', 'H6', '事业收入'),
                     ('B11', 'I6', '事业单位经营收入'), ('B12', 'J6', '上级补助收入'), ('B13', 'K6', '附属单位上缴收入'),
                     ('B14', 'L6', '其他收入'), ('B50', 'C6', '本年收入合计'), ('B51', 'M6', '上年结转结余'), ('B52', 'B6', '收入总计')):
    rc = a2.split('+')
    check(f'表1 {what} ({a1}) = 表2 合计 {a2}', [('表1', a1)], [('表2', x) for x in rc], v('表1', a1), sum((v('表2', x) for x in rc), Z))

# ================================================================ 表3 支出总表
t3 = tree('表3', 'A', 7, 51)
rowsum('表3', list(range(6, 52)), 'B', list('CDEFGH'), '总计 = 人员支出 + 日常公用支出 + 项目支出 + 经营 + 上缴 + 对附属')
hierarchy('表3', t3, list('BCDE'), total_row=6)
cross('表1', t1, 'D', '表3', t3, 'B', '表1 支出 = 表3 总计')
check('表1 本年支出合计 (D50) = 表3 合计 总计 (B6)', [('表1', 'D50')], [('表3', 'B6')], v('表1', 'D50'), v('表3', 'B6'))

# ================================================================ 表4 财政拨款收支总表
t4 = tree('表4', 'C', 6, 50)
hierarchy('表4', t4, ['D'], label='支出 ')
check('表4 一、财政拨款 = Σ its three (B5 = B6+B7+B8)', [('表4', 'B5')], [('表4', a) for a in ('B6', 'B7', 'B8')],
      v('表4', 'B5'), v('表4', 'B6') + v('表4', 'B7') + v('表4', 'B8'))
check('表4 二、上年结转结余 = Σ its three (B9 = B10+B11+B12)', [('表4', 'B9')], [('表4', a) for a in ('B10', 'B11', 'B12')],
      v('表4', 'B9'), v('表4', 'B10') + v('表4', 'B11') + v('表4', 'B12'))
check('表4 收入总计 = 一、+ 二、 (B52 = B5+B9)', [('表4', 'B52')], [('表4', 'B5'), ('表4', 'B9')], v('表4', 'B52'), v('表4', 'B5') + v('表4', 'B9'))
tops4 = [r for r, l, n in t4 if l == 0]
check('表4 一、本年支出合计 = Σ类 (D5)', [('表4', 'D5')], [('表4', f'D{r}') for r in tops4], v('表4', 'D5'), sum((v('表4', f'D{r}') for r in tops4), Z))
check('表4 支出总计 = 本年支出合计 + 年终结转结余 (D52 = D5+D51)', [('表4', 'D52')], [('表4', 'D5'), ('表4', 'D51')], v('表4', 'D52'), v('表4', 'D5') + v('表4', 'D51'))
check('表4 收入总计 = 支出总计 (B52 = D52)', [('表4', 'B52')], [('表4', 'D52')], v('表4', 'B52'), v('表4', 'D52'))
for a1, a2 in (('B5', 'B5'), ('B6', 'B6'), ('B7', 'B7'), ('B8', 'B8')):
    check(f'表4 {str(s("表4", a1)).strip()} ({a1}) = 表1 ({a2})', [('表4', a1)], [('表1', a2)], v('表4', a1), v('表1', a2))
for a1, a2 in (('B9', 'M6'), ('B10', 'N6'), ('B11', 'O6'), ('B12', 'P6')):
    check(f'表4 上年结转结余 {str(s("表4", a1)).strip()} ({a1}) = 表2 合计 {a2}', [('表4', a1)], [('表2', a2)], v('表4', a1), v('表2', a2))

# ================================================================ 表5 一般公共预算支出表
t5 = tree('表5', 'A', 7, 44)
rowsum('表5', list(range(6, 45)), 'B', ['C', 'F'], '合计 = 基本支出小计 + 项目支出')
rowsum('表5', list(range(6, 45)), 'C', ['D', 'E'], '基本支出 小计 = 人员经费 + 日常公用支出')
hierarchy('表5', t5, list('BCDEF'), total_row=6)
check('表5 合计 (B6) = 表4 一般公共预算 本年 + 上年结转 (B6 + B10)', [('表5', 'B6')], [('表4', 'B6'), ('表4', 'B10')],
      v('表5', 'B6'), v('表4', 'B6') + v('表4', 'B10'))

# ================================================================ 表8 政府性基金
t8 = tree('表8', 'A', 7, 15)
rowsum('表8', list(range(6, 16)), 'B', ['C', 'D'], '合计 = 基本支出 + 项目支出')
hierarchy('表8', t8, ['B', 'C', 'D'], total_row=6)
check('表8 合计 (B6) = 表4 政府性基金 本年 + 上年结转 (B7 + B11)', [('表8', 'B6')], [('表4', 'B7'), ('表4', 'B11')],
      v('表8', 'B6'), v('表4', 'B7') + v('表4', 'B11'))

# 表4 (财政拨款, one column) by row = 表5 合计 + 表8 合计 (no 国有资本经营 in this department)
p4, p5, p8 = paths(t4), paths(t5), paths(t8)
ok = True
for p, r4 in p4.items():
    r5, r8 = p5.get(p), p8.get(p)
    rhs = (v('表5', f'B{r5}') if r5 else Z) + (v('表8', f'B{r8}') if r8 else Z)
    ok &= check(f'表4 支出 = 表5 合计 + 表8 合计: {"/".join(p)}', [('表4', f'D{r4}')],
                ([('表5', f'B{r5}')] if r5 else []) + ([('表8', f'B{r8}')] if r8 else []), v('表4', f'D{r4}'), rhs, quiet_hold=True)
extra = [('/'.join(p)) for p in list(p5) + list(p8) if p not in p4]
holds.append('表4 支出 by 类/款/项 = 表5 合计 + 表8 合计 (财政拨款 = 一般公共预算 + 政府性基金), row by row'
             + ('' if ok else ' — except the rows listed in inconsistencies') + (f'; rows absent from 表4: {extra}' if extra else ''))
check('表4 一、本年支出合计 (D5) = 表5 合计 + 表8 合计', [('表4', 'D5')], [('表5', 'B6'), ('表8', 'B6')], v('表4', 'D5'), v('表5', 'B6') + v('表8', 'B6'))

# 表3 vs 表5 / 表8: 基本支出 and 项目支出 of all funds ≥ 财政拨款 parts (not equalities: 事业收入, 其他收入 also pay)
# ================================================================ 表6 基本支出 经济分类
t6 = tree('表6', 'A', 7, 49)
rowsum('表6', list(range(6, 50)), 'B', ['C', 'D'], '合计 = 人员经费 + 日常公用支出')
hierarchy('表6', t6, ['B', 'C', 'D'], total_row=6)
for a6, a5, what in (('B6', 'C6', '合计 = 表5 基本支出 小计'), ('C6', 'D6', '人员经费 = 表5 人员经费'), ('D6', 'E6', '日常公用支出 = 表5 日常公用支出')):
    check(f'表6 {what} ({a6} = 表5 {a5})', [('表6', a6)], [('表5', a5)], v('表6', a6), v('表5', a5))

# ================================================================ 表7 三公 (by 单位)
R7 = list(range(6, 13))
rowsum('表7', R7, 'B', ['C', 'D', 'G'], '“三公”经费合计 = 因公出国(境) + 公务用车购置及运行费 + 公务接待费')
rowsum('表7', R7, 'D', ['E', 'F'], '公务用车购置及运行费 小计 = 购置费 + 运行维护费')
ok = True
for c in 'BCDEFG':
    ok &= check(f'表7 合计 column {c} = Σ 单位', [('表7', f'{c}6')], [('表7', f'{c}{r}') for r in range(7, 13)],
                v('表7', f'{c}6'), sum((v('表7', f'{c}{r}') for r in range(7, 13)), Z), quiet_hold=True)
holds.append('表7 合计 row = Σ its 6 单位 rows, every column' + ('' if ok else ' — except as listed'))
def row_of(k, name):
    for (r, c), x in T[k].items():
        if c == 1 and isinstance(x, str) and x.strip() == name: return r
r_jd, r_yw = row_of('表6', '公务接待费'), row_of('表6', '公务用车运行维护费')
for a6, a7, what in ((f'B{r_jd}', 'G6', '公务接待费'), (f'B{r_yw}', 'F6', '公务用车运行维护费')):
    x6, x7 = v('表6', a6), v('表7', a7)
    if x6 <= x7:
        holds.append(f'三公 {what}: 表6 {a6} = {fmt(x6)} ≤ 表7 {a7} = {fmt(x7)}' + (' (equal: no 项目 share)' if x6 == x7 else ''))
    else:
        check(f'三公 {what}: 表6 基本支出 above 表7', [('表6', a6)], [('表7', a7)], x6, x7)
holds.append(f'三公 公务用车购置费 表7 E6 = {fmt(v("表7", "E6"))} has no 表6 line (表6 资本性支出 holds only 办公设备购置): paid from 项目支出; '
             f'因公出国(境) 表7 C6 blank and no 因公出国 line in 表6 (narrative: not budgeted at the start of the year)')

# ================================================================ 表9 国有资本经营 (empty)
empty9 = all(not isinstance(x, D) for (r, c), x in T['表9'].items() if r >= 5)
note9 = any(isinstance(x, str) and '本表无数据' in x for x in T['表9'].values())
holds.append(f'表9 has no amounts ({empty9}) and carries its empty-table note ({note9}); 表4 国有资本经营预算 B8/B12 blank')

# ================================================================ 表10 项目支出 (by 单位 and 项目)
R10 = list(range(6, 34))
rowsum('表10', R10, 'C', list('DEFGH'), '总计 = 一般公共预算 + 政府性基金 + 国有资本经营 + 财政专户 + 单位资金')
ok = True
for c in 'CDEFGH':
    ok &= check(f'表10 合计 column {c} = Σ projects', [('表10', f'{c}6')], [('表10', f'{c}{r}') for r in range(7, 34)],
                v('表10', f'{c}6'), sum((v('表10', f'{c}{r}') for r in range(7, 34)), Z), quiet_hold=True)
holds.append('表10 合计 row = Σ its 27 project rows, every column' + ('' if ok else ' — except as listed'))
check('表10 总计 (C6) = 表3 项目支出 合计 (E6)', [('表10', 'C6')], [('表3', 'E6')], v('表10', 'C6'), v('表3', 'E6'))
check('表10 一般公共预算 (D6) = 表5 项目支出 合计 (F6)', [('表10', 'D6')], [('表5', 'F6')], v('表10', 'D6'), v('表5', 'F6'))
check('表10 政府性基金 (E6) = 表8 项目支出 合计 (D6)', [('表10', 'E6')], [('表8', 'D6')], v('表10', 'E6'), v('表8', 'D6'))

# per 单位: 表10 projects of a 单位 ≤ its 表2 总计 (no equality: 基本支出 is not in 表10)
# ================================================================ narrative
narr = open(os.path.join(HERE, 'narrative.txt'), encoding='utf-8').read()
flat = re.sub(r'\s+', '', narr)
N = []
def nv(text, value, unit, k, cells, pct_of=None):
    """text must occur in the narrative (whitespace ignored); value vs the cell(s) sum, or a share."""
    assert re.sub(r'\s+', '', text) in flat, text
    tv = sum((v(k, c) for c in cells), Z) if pct_of is None else None
    if pct_of is None:
        agrees = D(value) == tv
        e = {'text': text, 'value': value, 'unit': unit, 'cell': '+'.join(A(k, c) for c in cells), 'agrees': agrees}
        if not agrees:
            e['table'] = fmt(tv)
            if abs(D(value) - tv) <= D('0.01'): e['rounding'] = True
    else:
        num = sum((v(k, c) for c in cells), Z); den = sum((v(pk, pc) for pk, pc in pct_of), Z)
        q = D(value.rstrip('%'))
        places = -q.as_tuple().exponent
        calc = (num / den * 100).quantize(D(1).scaleb(-places))
        agrees = calc == q
        e = {'text': text, 'value': value, 'unit': '%', 'cell': '+'.join(A(k, c) for c in cells),
             'of': '+'.join(A(pk, pc) for pk, pc in pct_of), 'computed': f'{calc}%', 'agrees': agrees}
    N.append(e)

T1TOT = [('表1', 'B52')]
nv('收支总预算665964.37万元', '665964.37', '万元', '表1', ['B52'])
nv('2026年收入预算665964.37万元', '665964.37', '万元', '表1', ['B52'])
nv('一般公共预算拨款收入414,883.38万元', '414883.38', '万元', '表1', ['B6'])
nv('占62.3%', '62.3%', '%', '表1', ['B6'], T1TOT)
nv('政府性基金预算收入221,493.00万元', '221493.00', '万元', '表1', ['B7'])
nv('占33.3%', '33.3%', '%', '表1', ['B7'], T1TOT)
nv('业收入9,680.97万元', '9680.97', '万元', '表1', ['B10'])
nv('9,680.97万元，占1.4%', '1.4%', '%', '表1', ['B10'], T1TOT)
nv('其他收入2,048.18万元', '2048.18', '万元', '表1', ['B14'])
nv('2,048.18万元，占0.3%', '0.3%', '%', '表1', ['B14'], T1TOT)
nv('上年结转结余17,858.84万元', '17858.84', '万元', '表1', ['B51'])
nv('17,858.84万元，占2.7%', '2.7%', '%', '表1', ['B51'], T1TOT)
nv('2026年支出预算665964.37万元', '665964.37', '万元', '表1', ['D52'])
for text, val, r in (('一般公共服务支出6,701.98万元、国防支出18.00', '6701.98', 7), ('国防支出18.00万元、教育支出24,310.26', '18.00', 12),
                     ('教育支出24,310.26万元', '24310.26', 15), ('会保障和就业支出9,927.95万元', '9927.95', 20),
                     ('卫生健康支出2,531.04万元', '2531.04', 30), ('城乡社区支出437,000.00万元、交通运输支出174982.14', '437000.00', 34),
                     ('交通运输支出174982.14万元', '174982.14', 39), ('其他支出10,493.00万元。2.按支出用途', '10493.00', 49)):
    nv(text, val, '万元', '表3', [f'B{r}'])
# 表1 prints 一般公共服务支出 6651.38 where 表3 and the text have 6701.98
nv('一般公共服务支出6,701.98万元、国防支出18.00万元、教育支出24,310.26', '6701.98', '万元', '表1', ['D5'])
nv('人员支出73,924.43万元', '73924.43', '万元', '表3', ['C6'])
nv('73,924.43万元，占11.1%', '11.1%', '%', '表3', ['C6'], [('表3', 'B6')])
nv('日常公用支出15868.83万元', '15868.83', '万元', '表3', ['D6'])
nv('15868.83万元，占2.4%', '2.4%', '%', '表3', ['D6'], [('表3', 'B6')])
nv('项目支出576,171.11万元', '576171.11', '万元', '表3', ['E6'])
nv('576,171.11万元，占86.5%', '86.5%', '%', '表3', ['E6'], [('表3', 'B6')])
nv('年终结转结余0.00万元', '0.00', '万元', '表1', ['D51'])
nv('财政拨款收支总预算654,235.22万元', '654235.22', '万元', '表4', ['B52'])
nv('一般公共预算收入414,883.38万元', '414883.38', '万元', '表4', ['B6'])
nv('政府性基金收入221,493.00万元', '221493.00', '万元', '表4', ['B7'])
nv('上年结转结余收入17,858.84万元', '17858.84', '万元', '表4', ['B9'])
for text, val, r in (('出包括：一般公共服务支出6,701.98万元', '6701.98', 6), ('国防支出18.00万元、教育支出22,262.08', '18.00', 11),
                     ('教育支出22,262.08万元、社会保障和就业支出9,527.14', '22262.08', 14), ('社会保障和就业支出9,527.14万元、卫生健康支出2,401.90万元、城乡', '9527.14', 19),
                     ('卫生健康支出2,401.90万元、城乡社区支出437,000.00', '2401.90', 29), ('城乡社区支出437,000.00万元、交通运输支出165,831.11', '437000.00', 33),
                     ('交通运输支出165,831.11万元', '165831.11', 38), ('其他支出10,493.00万元。（五）', '10493.00', 48)):
    nv(text, val, '万元', '表4', [f'D{r}'])
nv('2026年一般公共预算当年拨款432,564.30万元', '432564.30', '万元', '表5', ['B6'])
nv('2026年一般公共预算当年拨款432,564.30万元', '432564.30', '万元', '表4', ['B6', 'B10'])
# the text's own base is its 当年拨款 432,564.30 = 表4 B6+B10 (表5 B6 prints 432,513.70)
T5TOT = [('表4', 'B6'), ('表4', 'B10')]
for text, val, pct, r in (('一般公共服务（类）支出6,701.98万元', '6701.98', '1.6%', 7), ('国防（类）支出18.00万元', '18.00', '0.004%', 12),
                          ('教育（类）支出22,262.08万元', '22262.08', '5.1%', 15), ('社会保障和就业（类）支出9,527.14万元', '9527.14', '2.2%', 20),
                          ('卫生健康（类）支出2,401.90万元', '2401.90', '0.6%', 30), ('城乡社区（类）支出226,000.00万元', '226000.00', '52.2%', 34),
                          ('交通运输（类）支出165,653.20万元', '165653.20', '38.3%', 37)):
    nv(text, val, '万元', '表5', [f'B{r}'])
    nv(text + '，占' + pct if r not in (30,) else '2,401.90万元，占0.6%', pct, '%', '表5', [f'B{r}'], T5TOT)
for text, val, r in (('其他社会工作事务支出（项）1.98万元', '1.98', 9), ('其他一般公共服务支出（项）6,700.00万元', '6700.00', 11),
                     ('交通战备（项）18.00万元', '18.00', 14), ('技校教育（项）22,232.08万元', '22232.08', 17),
                     ('其他教育支出（项）30.00万元', '30.00', 19), ('其他人力资源和社会保障管理事务支出（项）58.84万元', '58.84', 22),
                     ('行政单位离退休（项）2,553.79万元', '2553.79', 24), ('事业单位离退休（项）888.51万元', '888.51', 25),
                     ('机关事业单位基本养老保险缴费支出（项）3,991.22万元', '3991.22', 26), ('机关事业单位职业年金缴费支出（项）2,022.66万元', '2022.66', 27),
                     ('高技能人才培养补助（项）12.13万元', '12.13', 29), ('行政单位医疗（项）1,400.95万元', '1400.95', 32),
                     ('事业单位医疗（项）1,000.96万元', '1000.96', 33), ('其他城乡社区支出（项）226,000.00万元', '226000.00', 36),
                     ('行政运行（项）43,003.71万元', '43003.71', 39), ('一般行政管理事务（项）927.20万元', '927.20', 40),
                     ('其他公路水路运输支出（项）53,522.29万元', '53522.29', 41), ('公共交通运营补助（项）68,000.00万元', '68000.00', 43),
                     ('其他交通运输支出（项）200.00万元', '200.00', 44)):
    nv(text, val, '万元', '表5', [f'B{r}'])
nv('2026年一般公共预算基本支出82,529.89万元', '82529.89', '万元', '表6', ['B6'])
nv('2026年一般公共预算基本支出82,529.89万元', '82529.89', '万元', '表5', ['C6'])
nv('人员支出67,627.51万元', '67627.51', '万元', '表6', ['C6'])
nv('日常公用支出14,902.37万元', '14902.37', '万元', '表6', ['D6'])
nv('“三公”经费预算数为873.20万元', '873.20', '万元', '表7', ['B6'])
nv('安排公务接待费预算27.10万元', '27.10', '万元', '表7', ['G6'])
nv('购置及运行维护费预算846.10万元', '846.10', '万元', '表7', ['D6'])
nv('公务用车购置支出421.30万元', '421.30', '万元', '表7', ['E6'])
nv('公务用车运行维护费支出424.80万元', '424.80', '万元', '表7', ['F6'])
nv('2026年政府性基金预算当年拨款221,670.92万元', '221670.92', '万元', '表8', ['B6'])
T8TOT = [('表8', 'B6')]
for text, val, pct, r in (('城乡社区（类）支出211,000.00万元', '211000.00', '95.2%', 7), ('通运输（类）支出177.92万元', '177.92', '0.1%', 10),
                          ('其他（类）支出10,493.00万元', '10493.00', '4.7%', 13)):
    nv(text, val, '万元', '表8', [f'B{r}'])
    nv(text + '，占' + pct, pct, '%', '表8', [f'B{r}'], T8TOT)
nv('城市建设支出（项）预算为211,000.00万元', '211000.00', '万元', '表8', ['B9'])
nv('公路水路运输（项）预算为177.92万元', '177.92', '万元', '表8', ['B12'])
nv('其他政府性基金安排的支出（项）预算为10,493.00万元', '10493.00', '万元', '表8', ['B15'])
nv('177.92万元是上年结转的老旧船舶拆解补助资金', '177.92', '万元', '表4', ['B11'])
# '24个一级项目，涉及资金568,368.51万元' is the total of 表11 (绩效目标表, not transcribed): not a figure of 表1–表10

# year-over-year statements: the prior figure is not published, but change and rate must agree with each other
Y = []
def yoy(text, cur, change, pct):
    assert re.sub(r'\s+', '', text) in flat, text
    cur, change = D(cur), D(change); q = D(pct.rstrip('%')); places = -q.as_tuple().exponent
    prior = cur - change
    calc = (change / prior * 100).quantize(D(1).scaleb(-places))
    Y.append({'text': text, 'current': fmt(cur), 'change': fmt(change), 'rate': pct, 'computed': f'{abs(calc)}%', 'agrees': abs(calc) == q})
yoy('665964.37万元，比上年执行数增加107,573.11万元，增长19.3%', '665964.37', '107573.11', '19.3%')
yoy('432,564.30万元，比上年执行数减少83261.53万元，下降16.1%', '432564.30', '-83261.53', '16.1%')
yoy('1.98万元，…增加0.98万元，增长98.0%'.replace('…', '') if False else '增加0.98万元，增长98.0%', '1.98', '0.98', '98.0%')
yoy('减少6,100.00万元，下降47.7%', '6700.00', '-6100.00', '47.7%')
yoy('增加362.05万元，增长1.7%', '22232.08', '362.05', '1.7%')
yoy('减少29.03万元，下降49.2%', '30.00', '-29.03', '49.2%')
yoy('减少1,896.56万元，下降97.0%', '58.84', '-1896.56', '97.0%')
yoy('增加72.94万元，增长2.9%', '2553.79', '72.94', '2.9%')
yoy('减少56.43万元，下降6.0%', '888.51', '-56.43', '6.0%')
yoy('增加231.25万元，增长6.2%', '3991.22', '231.25', '6.2%')
yoy('增加72.59万元，增长3.7%', '2022.66', '72.59', '3.7%')
yoy('减少575.74万元，下降97.9%', '12.13', '-575.74', '97.9%')
yoy('303.64万元，增长27.7%', '1400.95', '303.64', '27.7%')
yoy('55.45万元，增长5.9%', '1000.96', '55.45', '5.9%')
yoy('81,380.00万元，增长56.3%', '226000.00', '81380.00', '56.3%')
yoy('增加1,306.34万元，增长3.1%', '43003.71', '1306.34', '3.1%')
yoy('增加219.44万元，增长31.0%', '927.20', '219.44', '31.0%')
yoy('9,871.3万元，下降15.5%', '53522.29', '-9871.3', '15.5%')
yoy('减少147,000.00万元，下降68.4%', '68000.00', '-147000.00', '68.4%')
yoy('比上年预算数增加384.30万元，增长78.6%', '873.20', '384.30', '78.6%')
yoy('比上年预算数减少5.00万元，下降15.6%', '27.10', '-5.00', '15.6%')
yoy('增加389.30万元，增长85.2%', '846.10', '389.30', '85.2%')
yoy('减少32.00万元，下降7.0%', '424.80', '-32.00', '7.0%')
yoy('增加188,485.40万元，增长568.0%', '221670.92', '188485.40', '568.0%')
yoy('增加205,287.63万元，增长3,593.7%'.replace('3,593.7', '3,593.7'), '211000.00', '205287.63', '3593.7%')
yoy('减少5,635.94万元，下降96.9%', '177.92', '-5635.94', '96.9%')
yoy('减少6,010.47万元，下降36.4%', '10493.00', '-6010.47', '36.4%')

# ---------------------------------------------------------------- report
print(f'read {SRC}')
print(f'\nHOLDS ({len(holds)})'); [print('  ✓', h) for h in holds]
print(f'\nINCONSISTENCIES ({len(bad)})'); [print('  ✗', b['what'], '|', b['cells'], 'vs', b['against'], '(rounding)' if b.get('rounding') else '') for b in bad]
print(f'\nNARRATIVE ({len(N)}; {sum(not e["agrees"] for e in N)} disagree)')
for e in N: print('  ', '✓' if e['agrees'] else '✗', e['text'], '→', e['cell'], e.get('table', ''), e.get('computed', ''))
print(f'\nYEAR OVER YEAR (change vs rate, {sum(not e["agrees"] for e in Y)} disagree)')
for e in Y: print('  ', '✓' if e['agrees'] else '✗', e['text'], '→', e['computed'])

if '--json' in sys.argv:
    exp = {
        'region': '杭州市', 'province': '浙江', 'kind': '预算', 'year': 2026,
        'department': '杭州市交通运输局',
        'source': {'repo': 'calinchow-del/renwu', 'path': '预算数据/008_杭州/2026年杭州市交通运输局部门预算.pdf',
                   'commit': '8af6eb4b18439a2eadf2e7dc81f5eb15b3ae2383'},
        'unit': '万元',
        'sheets': json.load(open(os.path.join(HERE, 'sheets.json'), encoding='utf-8')),
        'holds': holds, 'inconsistencies': bad, 'narrative': N, 'narrative_year_over_year': Y,
    }
    for sh in exp['sheets']:
        sh['sheet'] = NAME[sh.pop('key')]
    json.dump(exp, open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('\nwrote expected.json')
