#!/usr/bin/env python3
"""Writes narrative.txt: 第三部分 2026年部门预算情况说明 (PDF pages 71–74) as published.
(Adapted from examples/regions/guangzhou-guoziwei.)

usage: PYTHONPATH=/tmp/pp-v0.10.4:/tmp/stubs /usr/bin/python3 make_narrative.py DOC.pdf [narrative.txt]

Prose of pages 71–73 (一 … 七's lead sentence): paragraphs re-joined from the printed line breaks (a paragraph
starts at an indented line), page numbers dropped. The 重点项目绩效目标 table of section 七 (pages 73–74): one project
per line, TAB-separated (项目, 预算数, 绩效目标), read from the ruled cells, wrapped lines joined; its note 注：无。
"""
import os, re, subprocess, sys
import pdfplumber
pdf = sys.argv[1]
dst = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'narrative.txt')
out = []
txt = subprocess.run(['pdftotext', '-layout', '-f', '71', '-l', '73', pdf, '-'], capture_output=True, text=True, check=True).stdout
paras, cur = [], None
for line in txt.replace('\f', '').split('\n'):
    if '项目' in line and '预算数（单位：万元）' in line:
        break
    s = line.strip()
    if not s or re.fullmatch(r'-\s*\d+\s*-', s):
        continue
    if line.startswith('  '):
        if cur is not None:
            paras.append(cur)
        cur = s
    else:
        cur = (cur or '') + s
if cur:
    paras.append(cur)
out += paras
pp = pdfplumber.open(pdf)
out.append('项目\t预算数（单位：万元）\t绩效目标')
n = 0
for pn in range(73, 75):
    for t in pp.pages[pn - 1].extract_tables():
        for r in t:
            if r[0] == '项目':
                continue
            out.append('\t'.join((c or '').replace('\n', '') for c in r))
            n += 1
out.append('注：无。')
open(dst, 'w').write('\n'.join(out) + '\n')
print(f'{len(paras)} paragraphs, {n} projects')
