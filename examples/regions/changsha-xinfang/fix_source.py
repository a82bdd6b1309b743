#!/usr/bin/env python3
"""Correction applied to the converter's output (scripts/transcribe/xlsx_to_source.py), after it:

    fix_source.py source.txt          (rewrites the file in place)

The 三公 table (PDF p.20) has a two-row header:
    部门名称 (over both rows) | 三公经费预（决）算数（财政拨款） (over 小计 … 其中：公务用车运行费)
The converter takes row 3 for an 编制单位 line because its ORG_RE accepts a cell "部门名称" without a colon, so it
finds a one-row header (row 4) and writes no header merges. Only the @merge and @bold directives of that sheet are
changed here; no cell moves or changes.
"""
import sys

SHEET = '@sheet 2026年一般公共预算“三公”经费支出情况表'
path = sys.argv[1]
lines = open(path, encoding='utf-8').read().split('\n')
i = lines.index(SHEET)
assert lines[i + 1] == '@merge A1:G1', lines[i + 1]
assert lines[i + 3] == '@bold A1:G1 A4:G4', lines[i + 3]
assert lines[i + 6].startswith('部门名称\t三公经费预（决）算数（财政拨款）')
lines[i + 1] = '@merge A1:G1 A3:A4 B3:G3'
lines[i + 3] = '@bold A1:G1 A3:G4'
open(path, 'w', encoding='utf-8').write('\n'.join(lines))

