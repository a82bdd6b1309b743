#!/usr/bin/env python3
"""Corrections to what pdf_tables_to_xlsx.py wrote for 2026年长春市信访局部门预算.pdf.

usage: fix_transcription.py TOOL.xlsx FIXED.xlsx

Applied between the tool and xlsx_to_source.py. Each correction below was checked against
`pdftotext -layout` of the page named. Cells the tool got right keep their address.
"""
import sys

import openpyxl

src, dst = sys.argv[1], sys.argv[2]
wb = openpyxl.load_workbook(src)


def sheet(prefix):
    for ws in wb.worksheets:
        if ws.title.startswith(prefix):
            return ws
    raise SystemExit(f'no sheet starting with {prefix}')


# 1. p15 + p16: the tool joined page 16 (长春市信访局 2026 年项目支出绩效目标表预算表（预算表 11）) to the empty
#    国有资本经营预算支出明细表(预算表10) of page 15 as a "continuation" (its notes: "continuation … has 10 columns,
#    not 13"), dropping the title of 表11. Page 15 holds only the header of 表10 (5 empty framed rows); page 16 is
#    a table of its own with its own title and no 预算单位 / 单位 line. Rows 6–22 of the 表10 sheet move to a new
#    sheet: title in A1 (as printed, the layout spaces around 2026 / 11 dropped like the tool does for every title),
#    header row in A2 (row 6 of the tool), body rows from A3 (rows 7–22), columns unchanged.
t10 = sheet('国有资本经营预算支出明细表')
t11 = wb.create_sheet('项目支出绩效目标表(预算表11)')
t11['A1'] = '长春市信访局2026年项目支出绩效目标表预算表（预算表11）'
for r in range(6, t10.max_row + 1):
    for c in range(1, t10.max_column + 1):
        v = t10.cell(r, c).value
        if v is not None:
            t11.cell(r - 4, c).value = v
            t11.cell(r - 4, c).number_format = t10.cell(r, c).number_format
t10.delete_rows(6, t10.max_row - 5)

# 2. p12: the 说明 printed under the 三公 table (表7) was not kept. Written below the table after one empty row,
#    as printed (the space in "所属0 个" is in the PDF text).
t7 = sheet('本年一般公共预算“三公”经费支出表')
assert t7['A6'].value == 7.61 and t7.max_row == 6
t7['A8'] = '说明：'
t7['A9'] = '1、“本年预算数”的单位范围包括部门本级及所属0 个预算单位。'
t7['A10'] = '2、“本年预算数”的实有人员72人，其中：在职人员46人，离退休人员26人。'

# 3. Display: every amount of 表1–表10 is printed with two decimals (458.00, 0.00); the tool stores them as
#    General numbers (458). Give them the format 0.00 so the source keeps the printed decimals. One exception:
#    表3 总计 基本支出 (E5) is printed "1208.2" (p8; 表5 and 表6 print 1208.20), kept with one decimal.
#    表11's 年度资金总额 is printed 30.00 / 116.00 / 312.00 / 16.56 (0.00); its 权重 40 / 20 / 10 stay integers.
for ws in wb.worksheets:
    if ws.title.startswith('项目支出绩效目标表'):
        for r in range(3, ws.max_row + 1):
            if isinstance(ws.cell(r, 3).value, (int, float)):
                ws.cell(r, 3).number_format = '0.00'
        continue
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                c.number_format = '0.00'
t3 = sheet('支出总表')
assert t3['E5'].value == 1208.2
t3['E5'].number_format = '0.0'

wb.save(dst)
print(f'fixed: {dst}')
