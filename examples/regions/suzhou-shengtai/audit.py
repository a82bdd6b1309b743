#!/usr/bin/env python3
"""Independent audit of examples/regions/suzhou-shengtai (苏州市生态环境局 2026 单位预算); never the engine.

    audit.py [--write]      (--write: also writes expected.json)

Reads workbook.xlsx with openpyxl (cached values), exact decimals, prints what holds and what does not,
and checks the narrative's figures (narrative.txt) against the cells. All tables 万元 with two decimals:
inside a table the arithmetic must be exact. Codes (3/5/7 digits, one column) give the 类/款/项 level.
"""
import json, os, re, sys
from decimal import Decimal as D, ROUND_HALF_UP
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
wb = openpyxl.load_workbook(os.path.join(HERE, 'workbook.xlsx'), data_only=True)
S = {ws.title[:5]: ws.title for ws in wb.worksheets}
assert list(S) == [f'公开{n:02d}表' for n in range(1, 14)], list(S)
Z = D('0')

def num(k, addr):
    x = wb[S[k]][addr].value
    if x is None: return Z
    assert isinstance(x, (int, float)) and not isinstance(x, bool), (k, addr, x)
    return D(repr(x)) if isinstance(x, float) else D(x)
def txt(k, addr):
    x = wb[S[k]][addr].value
    return '' if x is None else str(x)
def ref(k, addr): return f'{S[k]}!{addr}'
def fmt(x): return f'{x:.2f}'

holds, bad, hints = [], [], []
def check(what, left, rights, quiet=False):
    """left: (k, addr); rights: list of (k, addr); exact."""
    l = num(*left); r = sum((num(*x) for x in rights), Z)
    if l == r:
        if not quiet: holds.append(what)
        return True
    bad.append({'cells': [ref(*left)], 'against': [ref(*x) for x in rights], 'published': fmt(l), 'computed': fmt(r),
                'what': f'{what}: {fmt(l)} ≠ {fmt(r)} (difference {fmt(l - r)})', **({'rounding': True} if abs(l - r) <= D('0.01') else {})})
    return False
def group(label, oks):
    holds.append(label + ('' if all(oks) else ' — except as listed in inconsistencies'))

def coded(k, first, last):
    out = []
    for r in range(first, last + 1):
        c = txt(k, f'A{r}')
        if re.fullmatch(r'\d{3}|\d{5}|\d{7}', c): out.append((r, c))
    return out
def hierarchy(k, total_row, first, last, cols, label):
    rows = coded(k, first, last); oks = []
    for r, c in rows:
        kids = [r2 for r2, c2 in rows if len(c2) == len(c) + 2 and c2.startswith(c)]
        if kids:
            for col in cols:
                oks.append(check(f'{k} {c} {col} = Σ its {"款" if len(c) == 3 else "项"}', (k, f'{col}{r}'), [(k, f'{col}{x}') for x in kids], True))
    tops = [r for r, c in rows if len(c) == 3]
    for col in cols:
        oks.append(check(f'{k} 合计 {col} = Σ类', (k, f'{col}{total_row}'), [(k, f'{col}{x}') for x in tops], True))
    group(f'{k} {label}: 类 = Σ款 = Σ项 and 合计 (row {total_row}) = Σ类 in columns {",".join(cols)}', oks)
    return rows
def rowsums(k, rows, total, parts, label):
    group(f'{k} {label} in every row ({total} = {"+".join(parts)})',
          [check(f'{k} row {r} {label}', (k, f'{total}{r}'), [(k, f'{p}{r}') for p in parts], True) for r in rows])
def same_rows(k1, rows1, c1, k2, rows2, c2, label):
    m2 = {c: r for r, c in rows2}; oks = []; missing = []
    for r, c in rows1:
        if c in m2: oks.append(check(f'{label} {c}', (k1, f'{c1}{r}'), [(k2, f'{c2}{m2[c]}')], True))
        elif num(k1, f'{c1}{r}') != 0: missing.append(c)
    extra = [c for r, c in rows2 if c not in {c for _, c in rows1}]
    group(f'{label}, row by row by code ({len(oks)} rows)' + (f'; absent from {k2}: {missing}' if missing else '')
          + (f'; absent from {k1}: {extra}' if extra else ''), oks)

# ---------------------------------------------------------------- 公开01 收支总表
check('公开01 本年收入合计 = 一、…九、 (B35 = Σ B5:B13)', ('公开01表', 'B35'), [('公开01表', f'B{r}') for r in range(5, 14)])
check('公开01 收入总计 = 本年收入合计 + 上年结转结余 (B37 = B35 + B36)', ('公开01表', 'B37'), [('公开01表', 'B35'), ('公开01表', 'B36')])
check('公开01 本年支出合计 = Σ 30 类 (D35 = Σ D5:D34)', ('公开01表', 'D35'), [('公开01表', f'D{r}') for r in range(5, 35)])
check('公开01 支出总计 = 本年支出合计 + 年终结转结余 (D37 = D35 + D36)', ('公开01表', 'D37'), [('公开01表', 'D35'), ('公开01表', 'D36')])
check('公开01 收入总计 = 支出总计 (B37 = D37)', ('公开01表', 'B37'), [('公开01表', 'D37')])
# 类 by name: 公开01 '八、社会保障和就业支出' ↔ 公开03 208 …
NAME = {}
for r, c in coded('公开03表', 5, 20):
    if len(c) == 3: NAME[txt('公开03表', f'B{r}')] = (r, c)
oks = []
for r in range(5, 35):
    name = re.sub(r'^[一二三四五六七八九十]+、', '', txt('公开01表', f'C{r}'))
    if name in NAME:
        oks.append(check(f'公开01 {name} = 公开03 {NAME[name][1]} 合计', ('公开01表', f'D{r}'), [('公开03表', f'C{NAME[name][0]}')], True))
    elif num('公开01表', f'D{r}') != 0:
        oks.append(False); bad.append({'cells': [ref('公开01表', f'D{r}')], 'against': [], 'what': f'公开01 {name} has an amount but no 类 row in 公开03'})
group(f'公开01 支出 by 类 = 公开03 合计 by 类 (matched by name, {len(NAME)} 类 with amounts; the other 27 类 blank)', oks)
check('公开01 本年支出合计 (D35) = 公开03 合计 (C4)', ('公开01表', 'D35'), [('公开03表', 'C4')])

# ---------------------------------------------------------------- 公开02 收入总表 (one 单位)
rowsums('公开02表', [5, 6], 'C', ['D', 'N'], '合计 = 本年收入小计 + 上年结转结余小计')
rowsums('公开02表', [5, 6], 'D', list('EFGHIJKLM'), '本年收入 小计 = Σ 9 sources')
rowsums('公开02表', [5, 6], 'N', list('OPQRS'), '上年结转结余 小计 = Σ 5 parts')
group('公开02 合计 row = the one 单位 row 120001 苏州市生态环境局, every column',
      [check(f'公开02 合计 = 120001 column {c}', ('公开02表', f'{c}5'), [('公开02表', f'{c}6')], True) for c in 'CDEFGHIJKLMNOPQRS'])
for a1, a2, what in (('B5', 'E5', '一般公共预算拨款收入'), ('B6', 'F5', '政府性基金预算拨款收入'), ('B7', 'G5', '国有资本经营预算拨款收入'),
                     ('B8', 'H5', '财政专户管理资金收入'), ('B9', 'I5', '事业收入'), ('B10', 'J5', '事业单位经营收入'), ('B11', 'K5', '上级补助收入'),
                     ('B12', 'L5', '附属单位上缴收入'), ('B13', 'M5', '其他收入'), ('B35', 'D5', '本年收入合计'), ('B36', 'N5', '上年结转结余'), ('B37', 'C5', '收入总计')):
    check(f'公开01 {what} ({a1}) = 公开02 合计 {a2}', ('公开01表', a1), [('公开02表', a2)])

# ---------------------------------------------------------------- 公开03 支出总表
rowsums('公开03表', range(4, 21), 'C', list('DEFGH'), '合计 = 基本 + 项目 + 经营 + 上缴 + 对附属')
r3 = hierarchy('公开03表', 4, 5, 20, list('CDE'), '功能分类')

# ---------------------------------------------------------------- 公开04 财政拨款收支总表
check('公开04 一、本年收入 = (一)+(二)+(三) (B5 = B6+B7+B8)', ('公开04表', 'B5'), [('公开04表', a) for a in ('B6', 'B7', 'B8')])
check('公开04 二、上年结转 = (一)+(二)+(三) (B9 = B10+B11+B12)', ('公开04表', 'B9'), [('公开04表', a) for a in ('B10', 'B11', 'B12')])
check('公开04 收入总计 = 一、+ 二、 (B37 = B5 + B9)', ('公开04表', 'B37'), [('公开04表', 'B5'), ('公开04表', 'B9')])
check('公开04 一、本年支出 = Σ 30 类 (D5 = Σ D6:D35)', ('公开04表', 'D5'), [('公开04表', f'D{r}') for r in range(6, 36)])
check('公开04 支出总计 = 一、+ 二、年终结转结余 (D37 = D5 + D36)', ('公开04表', 'D37'), [('公开04表', 'D5'), ('公开04表', 'D36')])
check('公开04 收入总计 = 支出总计 (B37 = D37)', ('公开04表', 'B37'), [('公开04表', 'D37')])
check('公开04 (一)一般公共预算拨款 (B6) = 公开01 一、一般公共预算拨款收入 (B5)', ('公开04表', 'B6'), [('公开01表', 'B5')])
oks = []
for r in range(6, 36):
    name = re.sub(r'^（[一二三四五六七八九十]+）', '', txt('公开04表', f'C{r}'))
    r1 = next(x for x in range(5, 35) if re.sub(r'^[一二三四五六七八九十]+、', '', txt('公开01表', f'C{x}')) == name)
    oks.append(check(f'公开04 {name} = 公开01', ('公开04表', f'D{r}'), [('公开01表', f'D{r1}')], True))
group('公开04 支出 by 类 = 公开01 支出 by 类 (all 30 类 by name; all income is 财政拨款 here)', oks)

# ---------------------------------------------------------------- 公开05 / 公开07 (功能分类, 财政拨款 / 一般公共预算)
for k in ('公开05表', '公开07表'):
    rowsums(k, range(5, 22), 'C', ['D', 'G'], '合计 = 基本支出小计 + 项目支出')
    rowsums(k, range(5, 22), 'D', ['E', 'F'], '基本支出 小计 = 人员经费 + 公用经费')
    rows = hierarchy(k, 5, 6, 21, list('CDEFG'), '功能分类')
    same_rows('公开03表', r3, 'C', k, rows, 'C', f'公开03 合计 = {k[:4]} 合计')
    same_rows('公开03表', r3, 'D', k, rows, 'D', f'公开03 基本支出 = {k[:4]} 基本支出 小计')
    same_rows('公开03表', r3, 'E', k, rows, 'G', f'公开03 项目支出 = {k[:4]} 项目支出')
r5, r7 = coded('公开05表', 6, 21), coded('公开07表', 6, 21)
group('公开05 (财政拨款) = 公开07 (一般公共预算) cell by cell, every row and column (no 政府性基金, no 国有资本经营)',
      [check(f'公开05 = 公开07 {c}{r}', ('公开05表', f'{c}{r}'), [('公开07表', f'{c}{r}')], True) for r in range(5, 22) for c in 'CDEFG'])
check('公开05 合计 (C5) = 公开04 一、本年支出 (D5)', ('公开05表', 'C5'), [('公开04表', 'D5')])
check('公开07 合计 (C5) = 公开04 (一)一般公共预算拨款 (B6)', ('公开07表', 'C5'), [('公开04表', 'B6')])

# ---------------------------------------------------------------- 公开06 / 公开08 (经济分类 基本支出)
for k, k5 in (('公开06表', '公开05表'), ('公开08表', '公开07表')):
    rowsums(k, range(5, 36), 'C', ['D', 'E'], '合计 = 人员经费 + 公用经费')
    hierarchy(k, 5, 6, 35, list('CDE'), '经济分类')
    for a, b, what in (('C5', 'D5', '合计 = 基本支出小计'), ('D5', 'E5', '人员经费'), ('E5', 'F5', '公用经费')):
        check(f'{k[:4]} {what} ({a}) = {k5[:4]} ({b})', (k, a), [(k5, b)])
group('公开06 = 公开08 cell by cell', [check(f'公开06 = 公开08 {c}{r}', ('公开06表', f'{c}{r}'), [('公开08表', f'{c}{r}')], True)
                                     for r in range(5, 36) for c in 'CDE'])
r8 = coded('公开08表', 6, 35)
e8 = {c: r for r, c in r8}
check('公开08 人员经费 = 301 + 303 (D5 = C6 + C31)', ('公开08表', 'D5'), [('公开08表', f'C{e8["301"]}'), ('公开08表', f'C{e8["303"]}')])
check('公开08 公用经费 = 302 (E5 = C17)', ('公开08表', 'E5'), [('公开08表', f'C{e8["302"]}')])

# ---------------------------------------------------------------- 公开09 三公
check('公开09 “三公”经费合计 = 因公出国 + 公务用车小计 + 公务接待 (A5 = B5+C5+F5)', ('公开09表', 'A5'), [('公开09表', a) for a in ('B5', 'C5', 'F5')])
check('公开09 公务用车购置及运行维护费 小计 = 购置 + 运行维护 (C5 = D5 + E5)', ('公开09表', 'C5'), [('公开09表', 'D5'), ('公开09表', 'E5')])
for code, a9, what in (('30217', 'F5', '公务接待费'), ('30231', 'E5', '公务用车运行维护费'), ('30212', 'B5', '因公出国（境）费'),
                       ('30215', 'G5', '会议费'), ('30216', 'H5', '培训费')):
    x8 = num('公开08表', f'C{e8[code]}') if code in e8 else Z; x9 = num('公开09表', a9)
    where = f'公开08 {code} C{e8[code]}' if code in e8 else f'公开08 has no {code} row'
    if x8 == x9:
        holds.append(f'三公 {what}: 公开09 {a9} = {fmt(x9)} = 基本支出 ({where})')
    elif x8 < x9:
        hints.append({'cells': [ref('公开09表', a9)], 'against': [ref('公开08表', f'C{e8[code]}')] if code in e8 else [],
                      'what': f'{what}: 公开09 {fmt(x9)} > 基本支出 {fmt(x8)} ({where}): paid from 项目支出 (difference {fmt(x9 - x8)}); a hint, not an error'})
    else:
        bad.append({'cells': [ref('公开08表', f'C{e8[code]}')], 'against': [ref('公开09表', a9)], 'what': f'{what}: 基本支出 above 公开09'})

# ---------------------------------------------------------------- 公开10 / 公开11 (empty)
for k, note_key, cells in (('公开10表', '本表无数据', ['B7', 'B11']), ('公开11表', '本表无数据', ['B8', 'B12'])):
    ws = wb[S[k]]
    amounts = [c.coordinate for row in ws.iter_rows(min_row=3) for c in row if isinstance(c.value, (int, float))]
    note = any(isinstance(c.value, str) and note_key in c.value for row in ws.iter_rows() for c in row)
    zero = all(num('公开04表', a) == 0 for a in cells)
    holds.append(f'{k[:4]} has no amounts ({not amounts}) and its empty-table note ({note}); 公开04 {"/".join(cells)} blank ({zero})')
    assert not amounts and note and zero

# ---------------------------------------------------------------- 公开12 机关运行经费
r12 = coded('公开12表', 5, 18)
check('公开12 合计 (C4) = 302 (C5)', ('公开12表', 'C4'), [('公开12表', 'C5')])
hierarchy('公开12表', 4, 5, 18, ['C'], '经济分类 302')
same_rows('公开12表', r12, 'C', '公开08表', [x for x in r8 if x[1].startswith('302')], 'E', '公开12 机关运行经费 = 公开08 公用经费 (302 rows)')
check('公开12 机关运行经费 (C4) = 公开08 公用经费 (E5) (one 行政单位)', ('公开12表', 'C4'), [('公开08表', 'E5')])

# ---------------------------------------------------------------- 公开13 政府采购
rowsums('公开13表', range(5, 22), 'J', list('FGHI'), '总计 = 一般公共预算 + 政府性基金 + 其他资金 + 上年结转和结余')
for c in 'FJ':
    check(f'公开13 合计 = 货物 + 服务 ({c}5 = {c}6 + {c}13)', ('公开13表', f'{c}5'), [('公开13表', f'{c}6'), ('公开13表', f'{c}13')])
    check(f'公开13 货物 = its 单位 row ({c}6 = {c}7)', ('公开13表', f'{c}6'), [('公开13表', f'{c}7')])
    check(f'公开13 货物 单位 row = Σ its 5 items ({c}7 = Σ {c}8:{c}12)', ('公开13表', f'{c}7'), [('公开13表', f'{c}{r}') for r in range(8, 13)])
    check(f'公开13 服务 = its 单位 row ({c}13 = {c}14)', ('公开13表', f'{c}13'), [('公开13表', f'{c}14')])
    check(f'公开13 服务 单位 row = Σ its 7 items ({c}14 = Σ {c}15:{c}21)', ('公开13表', f'{c}14'), [('公开13表', f'{c}{r}') for r in range(15, 22)])
# 公开13 by 经济科目 against 公开08 (基本支出): an item bought from 基本支出 cannot exceed its 经济科目 line
hints.append({'cells': [ref('公开03表', 'E12')], 'against': [ref('公开03表', 'D12')],
              'what': '2110101 行政运行 carries 项目支出 32,626.15 of its 34,618.99 (公开03 E12; also 公开05/07 G13): 行政运行 is a 基本支出 项 by its definition (名词解释 十一). Published so; not an arithmetic error'})

# ---------------------------------------------------------------- narrative
narr = open(os.path.join(HERE, 'narrative.txt'), encoding='utf-8').read()
flat = re.sub(r'\s+', '', narr)
N, Y = [], []
def find(snippet):
    s = re.sub(r'\s+', '', snippet); assert s in flat, snippet; return s
def amount(snippet, value, cells, note=None):
    find(snippet)
    cells = cells if isinstance(cells, list) else [cells]
    t = sum((num(*c) for c in cells), Z); ok = D(value) == t
    e = {'text': snippet, 'value': value, 'unit': '万元', 'cell': '+'.join(ref(*c) for c in cells), 'agrees': ok}
    if not ok: e['table'] = fmt(t)
    if note: e['note'] = note
    N.append(e)
def share(snippet, pct, part, whole):
    find(snippet)
    p, w = num(*part), num(*whole); q = D(pct.rstrip('%')); places = max(0, -q.as_tuple().exponent)
    calc = (p / w * 100).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP) if w else None
    N.append({'text': snippet, 'value': pct, 'unit': '%', 'cell': ref(*part), 'of': ref(*whole), 'computed': f'{calc}%', 'agrees': calc == q})
def change(snippet, cur_cell, delta, pct=None):
    find(snippet)
    cur = num(*cur_cell); d = D(delta); prior = cur - d
    e = {'text': snippet, 'current': fmt(cur), 'change': fmt(d), 'cell': ref(*cur_cell)}
    if pct is not None:
        q = D(pct.rstrip('%')); calc = (abs(d) / prior * 100).quantize(D(1).scaleb(q.as_tuple().exponent), rounding=ROUND_HALF_UP)
        e.update({'rate': pct, 'computed': f'{calc}%', 'agrees': calc == q})
    else:
        e.update({'agrees': True, 'note': 'no rate stated'})
    Y.append(e)

P1, P3, P4, P7, P8, P9 = '公开01表', '公开03表', '公开04表', '公开07表', '公开08表', '公开09表'
amount('收入、支出预算总计41,183.84万元', '41183.84', [(P1, 'B37')])
change('收、支预算总计各减少1,300.99万元，减少3.06%', (P1, 'B37'), '-1300.99', '3.06%')
amount('（一）收入预算总计41,183.84万元', '41183.84', [(P1, 'B37')])
amount('1．本年收入合计41,183.84万元', '41183.84', [(P1, 'B35')])
amount('（1）一般公共预算拨款收入41,183.84万元', '41183.84', [(P1, 'B5')])
change('（1）一般公共预算拨款收入41,183.84万元，与上年相比减少1,300.99万元，减少3.06%', (P1, 'B5'), '-1300.99', '3.06%')
for i, (name, r) in enumerate((('政府性基金预算拨款收入', 6), ('国有资本经营预算拨款收入', 7), ('财政专户管理资金收入', 8), ('事业收入', 9),
                               ('事业单位经营收入', 10), ('上级补助收入', 11), ('附属单位上缴收入', 12), ('其他收入', 13)), 2):
    amount(f'（{i}）{name}0万元', '0', [(P1, f'B{r}')])
amount('2．上年结转结余为0万元', '0', [(P1, 'B36')])
amount('（二）支出预算总计41,183.84万元', '41183.84', [(P1, 'D37')])
amount('1．本年支出合计41,183.84万元', '41183.84', [(P1, 'D35')])
for snip, val, r3_, d, pct in (('社会保障和就业支出（类）支出380.98万元', '380.98', 5, '10.99', '2.97%'),
                               ('节能环保支出（类）支出39,803.47万元', '39803.47', 10, '-1332.74', '3.24%'),
                               ('住房保障支出（类）支出999.39万元', '999.39', 16, '20.76', '2.12%')):
    amount(snip, val, [(P3, f'C{r3_}')])
    change(snip + ('，主要用于离休人员的离休费、基本养老保险缴费、职业年金缴费。与上年相比增加10.99万元，增长2.97%' if r3_ == 5 else
                   '，主要用于人员工资、单位日常运转以及单位开展业务工作和环境污染防治的支出。与上年相比减少1,332.74万元，减少3.24%' if r3_ == 10 else
                   '，主要用于按照国家政策规定，住房改革方面的支出。与上年相比增加20.76万元，增长2.12%'), (P3, f'C{r3_}'), d, pct)
amount('2．年终结转结余为0万元', '0', [(P1, 'D36')])
amount('2026年收入预算合计41,183.84万元', '41183.84', [('公开02表', 'C5')])
amount('包括本年收入41,183.84万元', '41183.84', [('公开02表', 'D5')])
amount('上年结转结余0万元。其中', '0', [('公开02表', 'N5')])
share('本年一般公共预算收入41,183.84万元，占100%', '100%', ('公开02表', 'E5'), ('公开02表', 'C5'))
for name, c in (('本年政府性基金预算收入', 'F'), ('本年国有资本经营预算收入', 'G'), ('本年财政专户管理资金', 'H'), ('本年事业收入', 'I'),
                ('本年事业单位经营收入', 'J'), ('本年上级补助收入', 'K'), ('本年附属单位上缴收入', 'L'), ('本年其他收入', 'M'),
                ('上年结转结余的一般公共预算收入', 'O'), ('上年结转结余的政府性基金预算收入', 'P'), ('上年结转结余的国有资本经营预算收入', 'Q'),
                ('上年结转结余的财政专户管理资金', 'R'), ('上年结转结余的单位资金', 'S')):
    share(f'{name}0万元，占0%', '0%', ('公开02表', f'{c}5'), ('公开02表', 'C5'))
amount('2026年支出预算合计41,183.84万元', '41183.84', [(P3, 'C4')])
amount('基本支出3,373.21万元，占8.19%', '3373.21', [(P3, 'D4')])
share('基本支出3,373.21万元，占8.19%', '8.19%', (P3, 'D4'), (P3, 'C4'))
amount('项目支出37,810.63万元，占91.81%', '37810.63', [(P3, 'E4')])
share('项目支出37,810.63万元，占91.81%', '91.81%', (P3, 'E4'), (P3, 'C4'))
for name, c in (('事业单位经营支出', 'F'), ('上缴上级支出', 'G'), ('对附属单位补助支出', 'H')):
    share(f'{name}0万元，占0%', '0%', (P3, f'{c}4'), (P3, 'C4'))
amount('财政拨款收、支总预算41,183.84万元', '41183.84', [(P4, 'B37')])
change('财政拨款收、支总计各减少1,300.99万元，减少3.06%', (P4, 'B37'), '-1300.99', '3.06%')
amount('2026年财政拨款预算支出41,183.84万元', '41183.84', [('公开05表', 'C5')])
share('2026年财政拨款预算支出41,183.84万元，占本年支出合计的100%', '100%', ('公开05表', 'C5'), (P1, 'D35'))
change('财政拨款支出减少1,300.99万元，减少3.06%', ('公开05表', 'C5'), '-1300.99', '3.06%')
# 五、item lines: one per 项 of 公开05
items = re.findall(r'\d\.([^（）。]+?)（款）([^（）。]+?)（项）支出([\d,]+(?:\.\d+)?)万元，与上年相比(增加|减少)([\d,]+(?:\.\d+)?)万元，(增长|减少)([\d.]+)%',
                   flat[flat.index('五、财政拨款支出预算情况说明'):flat.index('六、财政拨款基本支出预算情况说明')])
r5map = {}
for r, c in r5:
    if len(c) == 7:
        kuan = txt('公开05表', f'B{next(x for x, cc in r5 if cc == c[:5])}')
        r5map[(kuan, txt('公开05表', f'B{r}'))] = r
for kuan, xiang, amt, dirw, d, dirr, pct in items:
    r = r5map[(kuan, xiang)]
    amount(f'{kuan}（款）{xiang}（项）支出{amt}万元', amt.replace(',', ''), [('公开05表', f'C{r}')])
    change(f'{kuan}（款）{xiang}（项）支出{amt}万元，与上年相比{dirw}{d}万元，{dirr}{pct}%', ('公开05表', f'C{r}'),
           ('-' if dirw == '减少' else '') + d.replace(',', ''), pct + '%')
holds.append(f'narrative 五、has one line per 项 row of 公开05: {len(items)} lines, {len(r5map)} 项 rows')
for sec, k in (('六、', '公开06表'), ('八、', '公开08表')):
    amount(f'基本支出预算3,373.21万元，其中：（一）人员经费3,014.75万元' if sec == '六、' else '一般公共预算财政拨款基本支出预算3,373.21万元', '3373.21', [(k, 'C5')])
    amount('（一）人员经费3,014.75万元', '3014.75', [(k, 'D5')])
    amount('（二）公用经费358.46万元', '358.46', [(k, 'E5')])
amount('一般公共预算财政拨款支出预算41,183.84万元', '41183.84', [(P7, 'C5')])
change('一般公共预算财政拨款支出预算41,183.84万元，与上年相比减少1,300.99万元，减少3.06%', (P7, 'C5'), '-1300.99', '3.06%')
amount('“三公”经费支出预算20万元', '20', [(P9, 'A5')])
amount('因公出国（境）费支出0万元', '0', [(P9, 'B5')])
share('因公出国（境）费支出0万元，占“三公”经费的0%', '0%', (P9, 'B5'), (P9, 'A5'))
amount('公务用车购置及运行维护费支出0万元', '0', [(P9, 'C5')])
share('公务用车购置及运行维护费支出0万元，占“三公”经费的0%', '0%', (P9, 'C5'), (P9, 'A5'))
amount('公务接待费支出20万元', '20', [(P9, 'F5')])
share('公务接待费支出20万元，占“三公”经费的100%', '100%', (P9, 'F5'), (P9, 'A5'))
amount('1．因公出国（境）费预算支出0万元', '0', [(P9, 'B5')])
amount('2．公务用车购置及运行维护费预算支出0万元', '0', [(P9, 'C5')])
amount('（1）公务用车购置预算支出0万元', '0', [(P9, 'D5')])
amount('（2）公务用车运行维护费预算支出0万元', '0', [(P9, 'E5')])
amount('3．公务接待费预算支出20万元', '20', [(P9, 'F5')])
amount('会议费预算支出15.26万元', '15.26', [(P9, 'G5')])
change('会议费预算支出15.26万元，比上年预算减少3.82万元', (P9, 'G5'), '-3.82')
amount('培训费预算支出28.6万元', '28.6', [(P9, 'H5')])
change('培训费预算支出28.6万元，比上年预算减少7.27万元', (P9, 'H5'), '-7.27')
amount('2026年政府性基金支出预算支出0万元', '0', [('公开10表', 'C5')])
amount('2026年国有资本经营预算支出0万元', '0', [('公开11表', 'C5')])
amount('一般公共预算机关运行经费预算支出358.46万元', '358.46', [('公开12表', 'C4')])
change('机关运行经费预算支出358.46万元，与上年相比减少2.64万元，减少0.73%', ('公开12表', 'C4'), '-2.64', '0.73%')
amount('政府采购支出预算总额3,721.79万元', '3721.79', [('公开13表', 'J5')])
amount('拟采购货物支出382.74万元', '382.74', [('公开13表', 'J6')])
amount('拟采购工程支出0万元', '0', [],
       note='公开13表 has no 工程 rows (货物 and 服务 only)')
amount('拟采购服务支出3,339.05万元', '3339.05', [('公开13表', 'J13')])
amount('本单位整体支出纳入绩效目标管理，涉及财政性资金41,183.84万元', '41183.84', [(P1, 'D35')])
amount('共9个项目纳入绩效目标管理，涉及财政性资金合计37,810.63万元', '37810.63', [(P3, 'E4')],
       note='9 projects: no project table in this template to count them')
# '占财政性资金(人员类和运转类中的公用经费项目支出除外)总额的比例为100%' is not a table ratio (37,810.63 / 41,183.84 = 91.81%): not listed
# the narrative's own changes add up
holds.append('narrative changes add up: 类 +10.99 − 1,332.74 + 20.76 = −1,300.99 (the total); 项 3.02 + 4.84 + 3.13 = 10.99, '
             '−17.38 + 12.23 − 1,327.59 = −1,332.74, 2.97 + 200.4 − 182.61 = 20.76'
             if (D('10.99') - D('1332.74') + D('20.76') == D('-1300.99') and D('3.02') + D('4.84') + D('3.13') == D('10.99')
                 and D('-17.38') + D('12.23') - D('1327.59') == D('-1332.74') and D('2.97') + D('200.4') - D('182.61') == D('20.76')) else 'x')

print(f'HOLDS ({len(holds)})'); [print('  ✓', h) for h in holds]
print(f'\nINCONSISTENCIES ({len(bad)})'); [print('  ✗', b['what']) for b in bad]
print(f'\nHINTS ({len(hints)})'); [print('  ·', h['what']) for h in hints]
print(f'\nNARRATIVE ({len(N)}; {sum(not e["agrees"] for e in N)} disagree)')
for e in N: print('  ', '✓' if e['agrees'] else '✗', e['text'], '→', e['cell'], e.get('table', ''), e.get('computed', ''))
print(f'\nYEAR OVER YEAR ({len(Y)}; {sum(not e["agrees"] for e in Y)} disagree)')
for e in Y: print('  ', '✓' if e['agrees'] else '✗', e['text'], '→', e.get('computed', ''))

if '--write' in sys.argv:
    sheets = json.load(open(os.path.join(HERE, 'sheets.json'), encoding='utf-8'))
    for sh in sheets: sh['sheet'] = S[sh.pop('key')]
    exp = {'region': '苏州市', 'province': '江苏', 'kind': '预算', 'year': 2026, 'department': '苏州市生态环境局',
           'budget_level': '单位预算',
           'source': {'repo': 'calinchow-del/renwu', 'path': '预算数据/006_苏州/生态环境局_2026年部门预算.pdf',
                      'commit': '8af6eb4b18439a2eadf2e7dc81f5eb15b3ae2383'},
           'unit': '万元', 'sheets': sheets, 'holds': holds, 'inconsistencies': bad, 'hints': hints,
           'narrative': N, 'narrative_year_over_year': Y}
    json.dump(exp, open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('\nwrote expected.json')
