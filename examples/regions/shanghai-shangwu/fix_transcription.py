#!/usr/bin/env python3
"""Corrections to what scripts/transcribe/pdf_tables_to_xlsx.py made of
2026年上海市商务局_部门预算.pdf (单位预算 of 上海钻石宝玉石交易联合管理办公室), applied around xlsx_to_source.py.

usage:
  fix_transcription.py xlsx TOOL.xlsx FIXED.xlsx         corrections to the tool's workbook (before the converter)
  fix_transcription.py source RAW_source.txt source.txt  the table-number line above each title (after it)

Each correction was checked against `pdftotext -layout` of the page named beside it (see NOTES.md).
"""
import re
import sys

import openpyxl

S11 = '2026年单位“三公”经费和机关运行经费预算表'


def fix_xlsx(src, dst):
    wb = openpyxl.load_workbook(src)
    assert len(wb.sheetnames) == 11, wb.sheetnames

    # 1. 三公 table (p18): the 单位 line is printed "单位:万元" with an ASCII colon; the tool rewrites it "单位：万元".
    ws = wb[S11]
    assert ws['G2'].value == '单位：万元', ws['G2'].value
    ws['G2'] = '单位:万元'

    # 2. 三公 table (p18): amounts printed with two decimals (18.10 12.60 2.00 3.50 3.50 396.84); the tool keeps
    #    the numbers, not the decimals (2.00 became 2).  A 0.00 format keeps them as printed.  购置费 is blank.
    assert [c.value for c in ws[6]] == [18.1, 12.6, 2, 3.5, None, 3.5, 396.84], [c.value for c in ws[6]]
    for c in ws[6]:
        if c.value is not None:
            c.number_format = '0.00'
    wb.save(dst)


# 3. Every table page carries its table number on a line of its own above the title, right-aligned
#    ("单位预算01表" … "单位预算09表", then "单位预算表10" (so printed, p17), "单位预算11表"); the tool drops the line.
#    Written as row 1, in the table's last column (where it is printed), the title and everything below one row down.
LABELS = {
    '2026年预算单位财务收支预算总表': '单位预算01表',  # p7
    '2026年预算单位收入预算总表': '单位预算02表',  # p8
    '2026年预算单位支出预算总表': '单位预算03表',  # p9
    '2026年预算单位财政拨款收支预算总表': '单位预算04表',  # p10
    '2026年预算单位财政拨款支出预算表': '单位预算05表',  # p11
    '2026年预算单位一般公共预算支出功能分类预算表': '单位预算06表',  # p12
    '2026年预算单位政府性基金预算支出功能分类预算表': '单位预算07表',  # p13
    '2026年预算单位国有资本经营预算支出功能分类预算表': '单位预算08表',  # p14
    '2026年预算单位一般公共预算基本支出部门预算经济分类预': '单位预算09表',  # p15 (not repeated on p16)
    '2026年预算单位财政拨款项目支出预算表': '单位预算表10',  # p17
    S11: '单位预算11表',  # p18
}
COL = re.compile(r'[A-Z]+')


def col_number(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def shift(ranges):
    """'A1:G1 A3:B3' → 'A2:G2 A4:B4'."""
    return re.sub(r'([A-Z]+)(\d+)', lambda m: f'{m.group(1)}{int(m.group(2)) + 1}', ranges)


def fix_source(src, dst):
    blocks = open(src, encoding='utf-8').read().split('\n@sheet ')
    out = []
    done = set()
    for i, block in enumerate(blocks):
        if i:
            block = '@sheet ' + block
        lines = block.split('\n')
        name = lines[0][len('@sheet '):]
        label = LABELS[name]
        j = 1
        while lines[j].startswith('@'):
            kw, _, rest = lines[j].partition(' ')
            if kw in ('@merge', '@bold'):
                lines[j] = f'{kw} {shift(rest)}'
            if kw == '@merge':
                first = rest.split()[0]
                assert first.startswith('A1:'), first
                width = col_number(COL.match(first.split(':')[1]).group(0))
            j += 1
        assert lines[j] == name or name.startswith(lines[j][:28]), (name, lines[j])
        lines.insert(j, '\t' * (width - 1) + label)
        out.append('\n'.join(lines))
        done.add(name)
    assert done == set(LABELS), set(LABELS) - done
    open(dst, 'w', encoding='utf-8', newline='\n').write('\n'.join(out))


if __name__ == '__main__':
    {'xlsx': fix_xlsx, 'source': fix_source}[sys.argv[1]](sys.argv[2], sys.argv[3])
