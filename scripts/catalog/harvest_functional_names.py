"""Harvests 功能分类 款/项 code → name pairs from sheet sources of published 部门预算 that print codes, and writes
src/engine/tables/functional-names.ts (the majority name of each code; another name only where 3+ sources print it).

Usage: python3 harvest_functional_names.py SOURCE.txt... > ../../src/engine/tables/functional-names.ts
The catalog on main was harvested from this repository's examples (examples/source, examples/regions) and the
sheet sources of the 2026 部门预算 of 上海, 深圳, 重庆, 广州, 苏州, 杭州, 长沙 and 长春 in calinchow-del/renwu, each
transcribed with ../transcribe/pdf_tables_to_xlsx.py and xlsx_to_source.py (119 documents). A transcription that
shifts names by a row gives a code a wrong name once; the majority keeps the printed one.
"""
import re,glob,collections,json,sys
pairs=collections.defaultdict(collections.Counter)
files=sys.argv[1:]
def unq(c):
    c=c.strip()
    if c.startswith('"') and c.endswith('"'): c=c[1:-1]
    return c.strip()
for f in files:
    cls=kuan=None
    for line in open(f,encoding='utf8'):
        if line.startswith('@sheet'): cls=kuan=None; continue
        cells=[unq(c) for c in line.rstrip('\n').split('\t')]
        # three code columns
        if len(cells)>=4 and re.fullmatch(r'2\d\d',cells[0]) and re.fullmatch(r'\d\d|',cells[1]) and re.fullmatch(r'\d\d|',cells[2]):
            name=cells[3]
            if not name or re.search(r'\d',name): continue
            code=cells[0]+cells[1]+(cells[2] if cells[1] else '')
            if len(code) in (5,7): pairs[code][name]+=1
            continue
        for c in cells[:2]:
            m=re.fullmatch(r'(2\d{4}|2\d{6})',c)
            if m:
                i=cells.index(c); name=cells[i+1] if i+1<len(cells) else ''
                if name and not re.search(r'\d',name): pairs[c][name]+=1
                break
            m=re.fullmatch(r'(2\d{4}|2\d{6})\s*(\S.*)',c)
            if m and not re.search(r'\d',m.group(2)): pairs[m.group(1)][m.group(2).strip()]+=1; break
CLASS_NAME=re.compile(r'支出$')
lines=[]
for code in sorted(pairs):
    counts=pairs[code]
    names=[n for n,_ in counts.most_common()]
    keep=[names[0]]+[n for n in names[1:] if counts[n]>=3]
    lines.append("  ['%s', [%s]]," % (code, ', '.join("'%s'" % n.replace("'", "\\'") for n in keep)))
print("""/**
 * 款 and 项 names of the 政府收支分类 功能分类, for tables that print names without codes (杭州 表3: 一般公共服务支出,
 * 其他一般公共服务支出, 其他一般公共服务支出 for 201, 20199, 2019999). Harvested from published 2026 部门预算 that print
 * both (scripts/catalog/harvest_functional_names.py); a name is placed only under the 类 or 款 printed above it.
 */
export const FUNCTIONAL_NAMES: Array<[string, string[]]> = [""")
print('\n'.join(lines))
print('];')
print('Harvested %d codes from %d sources' % (len(pairs), len(files)), file=sys.stderr)
