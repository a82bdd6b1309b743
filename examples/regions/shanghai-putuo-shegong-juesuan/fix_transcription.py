#!/usr/bin/env python3
"""Corrections to what pdf_tables_to_xlsx.py made of 中共上海市普陀区委社会工作部 2024 年度部门决算.pdf, applied between
the tool and xlsx_to_source.py.

usage: fix_transcription.py BUDGET.pdf TOOL.xlsx FIXED.xlsx

Each correction asserts what the tool wrote and is checked against `pdftotext -layout` of the page named
(check_against_pdf.py then compares every number of the workbook with the PDF).
"""
import subprocess
import sys

import openpyxl

J1 = '收入支出决算总表'
HEADING = '中共上海市普陀区委社会工作部 2024 年度部门决算表'
# sheet → (last page of the table, the lines printed under it, in order)
NOTES = {
    '收入支出决算总表': (5, ['注：本表反映部门本年度的总收支和年末结转结余情况。']),
    '收入决算表': (7, ['注：本表反映部门本年度取得的各项收入情况。']),
    '支出决算表': (9, ['注：本表反映部门本年度各项支出情况。']),
    '财政拨款收入支出决算总表': (11, ['注：本表反映部门本年度财政拨款总收支和结转结余情况。']),
    '一般公共预算财政拨款支出决算表': (12, ['注：本表反映部门本年度一般公共预算财政拨款支出情况。']),
    '一般公共预算财政拨款基本支出决算表': (13, ['注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。']),
    '财政拨款“三公”经费支出决算表': (14, ['注：本表反映部门本年度“三公”经费支出预决算情况。',
                                  '说明：中共上海市普陀区委社会工作部本年度没有财政拨款“三公”经费支出，故本表无数据。']),
    '政府性基金预算财政拨款收入支出决算表': (15, [
        '注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。',
        '无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：',
        '说明：中共上海市普陀区委社会工作部本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。']),
    '国有资本经营预算财政拨款收入支出决算表': (16, [
        '注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。',
        '无国有资本经营预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：',
        '说明：中共上海市普陀区委社会工作部本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。']),
}


def page_lines(pdf, page):
    out = subprocess.run(['pdftotext', '-layout', '-f', str(page), '-l', str(page), pdf, '-'], capture_output=True,
                         text=True, check=True).stdout
    return [line.strip() for line in out.splitlines() if line.strip()]


def main():
    pdf, src, dst = sys.argv[1:4]
    wb = openpyxl.load_workbook(src)
    assert wb.sheetnames == list(NOTES), wb.sheetnames

    # 1. p5: the department is named once, in a heading printed above the first table's title
    #    ("中共上海市普陀区委社会工作部 2024 年度部门决算表"); the tool drops it.  It stands in for the 编制单位 line:
    #    written in A2, the row of the 单位 line (D2), as a clerk's sheet has it.
    assert page_lines(pdf, 5)[:2] == [HEADING, J1]
    ws = wb[J1]
    assert ws['A1'].value == J1 and ws['A2'].value is None and ws['D2'].value == '单位：万元'
    ws['A2'] = HEADING

    # 2. The notes printed right under each table (注：本表反映…, and under 三公/政府性基金/国有资本经营 the 说明 of an empty
    #    table; under the last two also the template's instruction line "无…的，仍保留该表格式，并在本表下方作下述说明：",
    #    left in the published document) are dropped by the tool: put back in column A below the last row, as printed
    #    (pages 5, 7, 9, 11, 12, 13, 14, 15, 16; each is the last lines of its page).
    for name, (page, notes) in NOTES.items():
        lines = page_lines(pdf, page)
        assert lines[-len(notes):] == notes, (name, lines[-len(notes):])
        ws = wb[name]
        for note in notes:
            ws.cell(ws.max_row + 1, 1, note)

    # 3. Every amount is printed with two decimals (17.70, and 0.00 in every empty 款 of the 基本支出 table); the tool
    #    keeps the number only.  A 0.00 format writes them as printed.
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=3):
            for c in row:
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    c.number_format = '0.00'

    wb.save(dst)


if __name__ == '__main__':
    main()
