#!/usr/bin/env python3
"""Corrections to what scripts/transcribe/pdf_tables_to_xlsx.py made of 2026年深圳市建筑工务署部门预算.pdf,
applied around xlsx_to_source.py.

usage:
  fix_transcription.py xlsx TOOL.xlsx FIXED.xlsx          corrections to the tool's workbook (before the converter)
  fix_transcription.py source RAW_source.txt source.txt   merges the converter cannot infer (after it)

Each correction was checked against `pdftotext -layout` of the page named beside it (see NOTES.md).
"""
import sys

import openpyxl

NOTE = '注：本套报表金额单位转换时可能存在尾数误差。'


def fix_xlsx(src, dst):
    wb = openpyxl.load_workbook(src)
    assert len(wb.sheetnames) == 11, wb.sheetnames

    # 表5 项目支出总表 (PDF pages 37-38)
    ws = wb['表5 项目支出总表']
    # (a) the line "2026 年预算" is printed centred over all the amount columns 总计 … 上年结余、结转 (B..L);
    #     the tool put it in C3 (over 一般公共预算拨款). Move it to B3 so that it heads B3:L3.
    assert ws['C3'].value == '2026年预算' and ws['B3'].value is None
    ws['B3'] = ws['C3'].value
    ws['C3'] = None
    # (b) page 38 repeats the header; the tool kept its two lower lines as body rows 17-18
    #     ('总计','财政拨款',… / '一般公共预算拨款',…). The PDF body of page 38 starts with 深圳市建筑工务署工程设计管理中心.
    assert ws['B17'].value == '总计' and ws['C18'].value == '一般公共预算拨款' and ws['A19'].value == '深圳市建筑工务署工程设计管理中心', \
        (ws['B17'].value, ws['C18'].value, ws['A19'].value)
    ws.delete_rows(17, 2)

    # Notes printed right under each table (the tool drops them): "注：本套报表金额单位转换时可能存在尾数误差。" under
    # 表1–表9 (表1 the longer note, p18); 表10 and 表11 only "注：本表本年无发生额。" (p59, p60). Written in column A
    # of the row right under the last body row.
    notes = {
        '表1 收支总表': '注：财政拨款收支情况包括一般公共预算、政府性基金预算、国有资本经营预算拨款收支情况；本套报表金额单位转换时可能存在尾数误差。',
        '表10 政府性基金预算支出表': '注：本表本年无发生额。',
        '表11 国有资本经营预算支出表': '注：本表本年无发生额。',
    }
    for ws in wb.worksheets:
        last = max(c.row for row in ws.iter_rows() for c in row if c.value is not None)
        ws.cell(last + 1, 1, notes.get(ws.title, NOTE))
    wb.save(dst)


# 表9 财政拨款“三公”经费支出表 (PDF page 57): 总计 / 因公出国(境)费 / 公务接待费 each head three columns
# (一般公共预算 | 政府性基金预算 | 国有资本经营预算) and fill the two upper header rows; the converter makes only
# one-row or one-column spans, so it leaves them out (as in examples/regions/shenzhen).
EXTRA_MERGES = {'表9 财政拨款“三公”经费支出表': ['C3:E4', 'F3:H4', 'I3:K4']}


def fix_source(src, dst):
    lines = open(src, encoding='utf-8').read().split('\n')
    sheet = None
    done = set()
    for i, line in enumerate(lines):
        if line.startswith('@sheet '):
            sheet = line[len('@sheet '):]
        elif line.startswith('@merge ') and sheet in EXTRA_MERGES and sheet not in done:
            lines[i] = line + ' ' + ' '.join(EXTRA_MERGES[sheet])
            done.add(sheet)
    assert done == set(EXTRA_MERGES), done
    open(dst, 'w', encoding='utf-8', newline='\n').write('\n'.join(lines))


if __name__ == '__main__':
    {'xlsx': fix_xlsx, 'source': fix_source}[sys.argv[1]](sys.argv[2], sys.argv[3])
