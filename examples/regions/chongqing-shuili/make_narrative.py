#!/usr/bin/env python3
"""Writes narrative.txt: the 2026年部门预算情况说明 (PDF pages 1–11) as the tool extracted it (TOOL_NARRATIVE.txt, the
third argument of pdf_tables_to_xlsx.py), printed lines kept, without page markers, page numbers and blank lines.

usage: python3 make_narrative.py TOOL_NARRATIVE.txt [narrative.txt]

The PDF (WPS 文字) has no space characters at all; the gaps WPS prints between Latin/digit and CJK text
("2026 年", "186549.30 万元") come out of the extraction as single spaces, and are removed here: "2026年",
"186549.30万元". A space between two CJK characters (the gap in "肖君平 联系方式") is a printed gap and is kept.
"""
import os, re, sys
src = sys.argv[1]
dst = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'narrative.txt')
out = []
page = 0
for line in open(src, encoding='utf-8').read().split('\n'):
    m = re.fullmatch(r'\[第(\d+)页\]', line)
    if m:
        page = int(m.group(1))
        continue
    if page > 11 or not line.strip() or re.fullmatch(r'—\s*\d+\s*—', line.strip()):
        continue
    line = line.strip()
    line = re.sub(r'(?<=[^\x00-\x7f]) (?=[\x21-\x7e])|(?<=[\x21-\x7e]) (?=[^\x00-\x7f])', '', line)
    out.append(line)
open(dst, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(out), 'lines')
