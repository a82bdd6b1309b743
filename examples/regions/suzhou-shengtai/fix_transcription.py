#!/usr/bin/env python3
"""Corrections to pdf_tables_to_xlsx.py's workbook for 2026年苏州市生态环境局 单位预算 PDF,
applied between the tool and scripts/transcribe/xlsx_to_source.py.

    fix_transcription.py TOOL.xlsx FIXED.xlsx

Each correction was checked against `pdftotext -layout` of the page named in its comment, and
asserts what it expects to find first.

1. 公开13表 (PDF pp.25-26): the last row 市级生态保护和污染防治资金 | 其他支出 | 其他生态环境保护和治理服务 |
   分散采购 | 2,975.70 wraps over the page break: '资金' and '理服务' stand alone at the top of p.26.
   The tool made them a row of their own (row 22): joined into B21 / D21, row 22 removed.
   (The two wraps inside p.25, B12 '市级生态保护和污染防治' + '资金' and C20 '其他商品和服' + '务支出',
   the tool joined itself.)
2. 公开11表 (p.23): the 栏次 row ('栏次', 1, 2, 3) under the header, kept by the tool as a body row,
   is removed (rule of these examples).
3. Notes printed under tables that the tool drops, put back in column A below the table's last row
   with one blank row between (as printed): 公开10表 (p.22), 公开11表 (p.23), 公开12表 (p.24: the
   four printed lines of its 注 joined into one text, line breaks of the layout only).
4. Decimals: every amount is printed with two decimals ('26.00', '0.00' in 公开09表); the tool keeps
   numbers (26, 0). Every number cell below the header gets number format 0.00.
"""
import sys
import openpyxl


def expect(ws, addr, value):
    got = ws[addr].value
    assert got == value, f"{ws.title}!{addr}: expected {value!r}, found {got!r}"


def main(src, dst):
    wb = openpyxl.load_workbook(src)

    # --- 1. 公开13表: row wrapped over the page break p.25 -> p.26 ---------------------------
    ws = wb["公开13表 政府采购支出表"]
    expect(ws, "B21", "市级生态保护和污染防治")
    expect(ws, "D21", "其他生态环境保护和治")
    expect(ws, "B22", "资金")
    expect(ws, "D22", "理服务")
    others = [c.coordinate for c in ws[22] if c.value is not None and c.column_letter not in "BD"]
    assert not others, others
    ws["B21"].value += ws["B22"].value
    ws["D21"].value += ws["D22"].value
    ws.delete_rows(22)

    # --- 2. 公开11表: 栏次 row ---------------------------------------------------------------
    ws = wb["公开11表 国有资本经营预算支出预算表"]
    expect(ws, "A5", "栏次")
    assert [ws.cell(5, c).value for c in range(2, 6)] == [None, 1, 2, 3]
    ws.delete_rows(5)

    # --- 3. notes under tables ----------------------------------------------------------------
    def note(title, text):
        ws = wb[title]
        ws.cell(ws.max_row + 2, 1).value = text
    note("公开10表 政府性基金预算支出表", "注：本单位无政府性基金预算，也没有使用政府性基金安排的支出，故本表无数据。")
    note("公开11表 国有资本经营预算支出预算表", "注：本单位无国有资本经营预算支出，故本表无数据。")
    note("公开12表 一般公共预算机关运行经费支出预算表",
         "注：1.“机关运行经费”指行政单位（含参照公务员法管理的事业单位）使用一般公共预算安排的基本支"
         "出中的日常公用经费支出，包括办公及印刷费、邮电费、差旅费、会议费、日常维修费、专用材料及一般"
         "设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费及其他费用"
         "等。")

    # --- 4. two decimals as printed -------------------------------------------------------------
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=4):
            for c in row:
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    c.number_format = "0.00"

    wb.save(dst)
    print("fixed", dst)


if __name__ == "__main__":
    main(*sys.argv[1:3])
