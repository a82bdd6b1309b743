#!/usr/bin/env python3
"""Corrections to what pdf_tables_to_xlsx.py made of 上海市普陀区财政局2024年度部门决算.pdf, applied between the tool
and xlsx_to_source.py.

usage: fix_transcription.py BUDGET.pdf TOOL.xlsx FIXED.xlsx

Each correction asserts what the tool wrote and is checked against `pdftotext -layout` of the page named
(check_against_pdf.py then compares every number of the workbook with the PDF).
"""
import re
import subprocess
import sys

import openpyxl

J2, J3, J5, J6 = '收入决算表', '支出决算表', '一般公共预算财政拨款支出决算表', '一般公共预算财政拨款基本支出决算表'
J7_TOOL, J7 = '财政拨款 三公 经费支出决算表', '财政拨款“三公”经费支出决算表'
J8, J9 = '政府性基金预算财政拨款收入支出决算表', '国有资本经营预算财政拨款收入支出决算表'


def page_text(pdf, page):
    return subprocess.run(['pdftotext', '-layout', '-f', str(page), '-l', str(page), pdf, '-'], capture_output=True,
                          text=True, check=True).stdout


def main():
    pdf, src, dst = sys.argv[1:4]
    wb = openpyxl.load_workbook(src)

    # 1. 收入决算表 (pp8–9) and 支出决算表 (pp10–11): the 款 and 项 codes are printed "06", "01", "99" (pdftotext:
    #    "201   06   01   行政运行"), as in 表五/表六; the tool read them as the numbers 6, 1, 99 here (their header row
    #    类 | 款 | 项 is the 合计 row, see NOTES.md).  Written back as 2-digit text.
    for name, pages in ((J2, (8, 9)), (J3, (10, 11))):
        ws = wb[name]
        text = page_text(pdf, pages[0]) + page_text(pdf, pages[1])
        for row in ws.iter_rows(min_row=7, max_col=3):
            for c in row[1:]:
                if isinstance(c.value, int):
                    c.value = f'{c.value:02d}'
            codes = [c.value for c in row if c.value]
            assert re.search(r'^\s*' + r'\s+'.join(codes) + r'\s', text, re.M), (name, codes)

    # 2. 一般公共预算财政拨款基本支出决算表 (pp16–17): three names are set with distributed (justified) spacing in their
    #    cells, "因 公 出 国 （ 境 ） 费用" (p16), "公 务 用 车 运 行 维 护费", "其 他 商 品 和 服 务 支出" (p17); pdftotext
    #    shows the same spaced letters.  The spaces are layout, not text: removed.
    ws = wb[J6]
    fixed = {}
    for row in ws.iter_rows(min_row=6):
        for c in row:
            if isinstance(c.value, str) and re.search(r'\S \S', c.value):
                new = c.value.replace(' ', '')
                fixed[c.coordinate] = new
                c.value = new
    assert fixed == {'G17': '因公出国（境）费用', 'G30': '公务用车运行维护费', 'G33': '其他商品和服务支出'}, fixed

    # 3. 三公 table (p18): pdftotext prints the title "财政拨款“三公”经费支出决算表"; the tool lost the curly quotes
    #    (drawn in another font) in the title and the sheet name.  The header cell A3 kept them.
    ws = wb[J7_TOOL]
    assert ws['A1'].value == J7_TOOL and ws['A3'].value == '财政拨款“三公”经费'
    assert J7 in page_text(pdf, 18)
    ws['A1'] = J7
    ws.title = J7

    # 4. 政府性基金 (p19) / 国有资本经营 (p20): the empty-table note printed right under the 合计 row is dropped by the
    #    tool; put back in column A of the next row, as printed.
    for name, page, note in ((J8, 19, '注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。'),
                             (J9, 20, '注：上海市普陀区财政局无国有资本经营预算财政拨款支出，故本表无数据。')):
        ws = wb[name]
        assert ws.cell(ws.max_row, 1).value == '合计' and note in page_text(pdf, page), name
        ws.cell(ws.max_row + 1, 1, note)

    # 5. Every amount is printed with two decimals (6.20, 10.00, 258.50, thousands separated: 2,940.05); the tool keeps
    #    the number only.  A 0.00 format writes them as printed (source.txt cannot keep the thousands separator).
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=3):
            for c in row:
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    c.number_format = '0.00'

    wb.save(dst)


if __name__ == '__main__':
    main()
