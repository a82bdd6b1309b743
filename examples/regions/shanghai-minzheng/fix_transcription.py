#!/usr/bin/env python3
"""Corrections to what scripts/transcribe/pdf_tables_to_xlsx.py made of 2026年上海市民政局_部门预算.pdf
(单位预算 of 上海市福利彩票发行中心), applied between the tool and xlsx_to_source.py.

usage: fix_transcription.py BUDGET.pdf TOOL.xlsx FIXED.xlsx

Each correction is checked against the PDF (pdfplumber's characters and ruled cells, pdftotext -layout of the page
named); the script stops when what it expects is not there.
"""
import sys

import openpyxl
import pdfplumber

S4 = '2026年预算单位财政拨款收支预算总表'
S9 = '2026年单位“三公”经费和机关运行经费预算表'
EMPTY = ('2026年预算单位一般公共预算支出功能分类预算表', '2026年预算单位国有资本经营预算支出功能分类预算表',
         '2026年预算单位一般公共预算基本支出部门预算经济分类预')


def main():
    pdf_path, src, dst = sys.argv[1:4]
    pdf = pdfplumber.open(pdf_path)
    wb = openpyxl.load_workbook(src)
    assert len(wb.sheetnames) == 9, wb.sheetnames

    # 1. 三公 table (p15): the 单位 line is printed "单位:万元" with an ASCII colon (pdfplumber's word on p15 is
    #    '单位:万元'); the tool rewrites it "单位：万元", as it does for the other 上海 examples.
    ws = wb[S9]
    assert ws['G2'].value == '单位：万元', ws['G2'].value
    assert '单位:万元' in [w['text'] for w in pdf.pages[14].extract_words()]
    ws['G2'] = '单位:万元'

    # Checked, not changed:
    # - 三公 table (p15): it has NO amounts at all: under its three header rows the PDF draws one empty ruled row
    #   (pdfplumber: ['', '', '', '', '', '', '']), which the tool drops; the sheet source cannot hold a trailing
    #   empty row anyway, so the table ends with its header (row 5).  The narrative says 0.00 for every item and
    #   本单位无机关运行经费.
    t = pdf.pages[14].find_tables()
    assert len(t) == 1 and t[0].extract()[-1] == [''] * 7, t[0].extract()
    assert ws.max_row == 5, ws.max_row
    # - the three empty tables (一般公共预算, 国有资本经营, 基本支出 经济分类; p11, p13, p14) print one empty ruled row
    #   between the header and the 合计 row with blank amounts; the tool drops it, as it drops every empty ruled row
    #   (表1's four before 收入总计 too): kept so, as in the shanghai/ example.
    for name, pn in zip(EMPTY, (11, 13, 14)):
        rows = pdf.pages[pn - 1].find_tables()[0].extract()
        assert rows[-2] == [''] * len(rows[-2]) and rows[-1][0] == '合计' and not any(rows[-1][1:]), (pn, rows)
        assert wb[name].cell(wb[name].max_row, 1).value == '合计', name
    # - 表4 (p10): "三、国有资本经营预算" is wrapped inside its cell ("三、国有资本经营预" / "算"); the tool's
    #   '三、国有资本经营预算' (the cell's text, lines joined) is right.
    assert wb[S4]['A7'].value == '三、国有资本经营预算'
    # - amounts are whole 元 (no decimals printed) in tables 1–8: no number format needed.
    for w in wb.worksheets:
        for row in w.iter_rows():
            for c in row:
                assert not isinstance(c.value, float), (w.title, c.coordinate, c.value)
    wb.save(dst)
    print('fixed:', dst)


if __name__ == '__main__':
    main()
