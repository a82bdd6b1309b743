#!/usr/bin/env python3
"""Corrections to what pdf_tables_to_xlsx.py made of this document, applied between the tool and xlsx_to_source.py.

usage: fix_transcription.py BUDGET.pdf TOOL.xlsx FIXED.xlsx

Each correction is checked against `pdftotext -layout` of the page named (see NOTES.md).
"""
import os
import sys

import openpyxl
import pdfplumber

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'scripts', 'transcribe'))
import pdf_tables_to_xlsx as tool  # noqa: E402  (its cell cleaning and number reading, not edited)

FISCAL_TITLE = '2026年预算单位财政拨款收支预算总表'


def fiscal_table(pdf_path):
    """表4 on p12.  The tool dropped it: the PDF draws the title and the 编制单位 / 单位 line inside the ruled
    frame, in ONE cell ("2026年预算单位财政拨款收支预算总表\\n编制单位：… 单位：元"); clean_cell joins the two lines
    before pull_title_rows looks at them, so the table gets no title and is skipped.  Rebuilt here the way the
    tool lays out every other table: title row, 编制单位 + 单位 on one row, header rows, body rows without the
    empty ruled rows (the tool drops those in every table)."""
    with pdfplumber.open(pdf_path) as pdf:
        page = pdf.pages[11]
        tables = page.find_tables()
        assert len(tables) == 1, len(tables)
        raw = tables[0].extract()
    first = raw[0][0].split('\n')
    assert first[0] == FISCAL_TITLE, first
    org, unit = first[1].rsplit(' ', 1)
    assert org == '编制单位：上海市自然资源确权登记事务中心' and unit == '单位：元', first
    assert all(c is None for c in raw[0][1:])
    rows = [[tool.clean_cell(c) for c in r] for r in raw[1:]]
    rows = [r for r in rows if any(c for c in r)]
    hdr = 2  # 财政拨款收入 | 财政拨款支出, then 项目 | 预算数 | 项目 | 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算
    assert rows[0][0] == '财政拨款收入' and rows[1][0] == '项目' and rows[2][0] == '一、一般公共预算', rows[:3]
    ncols = len(rows[0])
    out = [[FISCAL_TITLE], [org] + [None] * (ncols - 2) + [unit]]
    out += [[c if c else None for c in r] for r in rows[:hdr]]
    out += [[tool.to_value(c, False) for c in r] for r in rows[hdr:]]
    return out


def main():
    pdf_path, src, dst = sys.argv[1:4]
    wb = openpyxl.load_workbook(src)

    # 1. 表4 财政拨款收支预算总表 (p12) is missing: put it where the 目录 lists it, after 支出预算总表.
    assert FISCAL_TITLE not in wb.sheetnames
    assert wb.sheetnames[2] == '2026年预算单位支出预算总表', wb.sheetnames
    ws = wb.create_sheet(FISCAL_TITLE, 3)
    for r in fiscal_table(pdf_path):
        ws.append(r)

    # 2. 三公 table (p19): the 单位 line is printed "单位:万元" with an ASCII colon; the tool rewrites it "单位：万元".
    ws = wb['2026年单位“三公”经费和机关运行经费预算表']
    assert ws['G2'].value == '单位：万元', ws['G2'].value
    ws['G2'] = '单位:万元'

    # 3. 三公 table (p19): the amounts are printed with one decimal (20.8 10.0 1.2 9.6 9.6); the tool keeps the
    #    numbers, not the decimals (10.0 became 10).  A 0.0 format keeps them as printed.
    assert [c.value for c in ws[6]] == [20.8, 10, 1.2, 9.6, None, 9.6, None], [c.value for c in ws[6]]
    for c in ws[6]:
        if c.value is not None:
            c.number_format = '0.0'

    wb.save(dst)


if __name__ == '__main__':
    main()
