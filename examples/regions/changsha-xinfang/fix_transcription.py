#!/usr/bin/env python3
"""Corrections to what pdf_tables_to_xlsx.py wrote for 长沙市信访局 2026年部门预算 (applied between the tool and
xlsx_to_source.py).  usage: fix_transcription.py TOOL.xlsx FIXED.xlsx
Each correction is checked against `pdftotext -layout` of the PDF (pages named below)."""
import sys
import openpyxl

src, out = sys.argv[1], sys.argv[2]
wb = openpyxl.load_workbook(src)

# 1. 基本支出表 (pp.18-19): the continuation page repeats the 栏次 row "** ** 1 2 3" under its repeated header;
#    the tool kept it in the body at row 21 (between 30201 办公费 and 30202 印刷费).  Delete it, the body closes up.
ws = wb['2026年一般公共预算基本支出情况表']
assert [ws.cell(21, c).value for c in range(1, 6)] == ['**', '**', 1, 2, 3]
assert ws['A20'].value == '30201' and ws['A22'].value == '30202'
ws.delete_rows(21)

# 2. The same table prints its unit line with an ASCII colon, "单位:万元" (pdftotext p.18 and p.19; pdfplumber text
#    "部门名称：长沙市信访局 单位:万元"), where every other table prints "单位：万元".  The tool normalises it; put it back
#    as printed (a clerk's sheet has it like that; the engine must read both).
assert ws['E2'].value == '单位：万元'
ws['E2'] = '单位:万元'

# 3. The note printed under each table ("注：本表反映…", pdftotext pp.12-21) is dropped by the tool.  A clerk's
#    sheet has it; the note of the empty 政府性基金 table says what the empty table means.  Put it in column A of
#    the row right under the table's last row, text as printed.
NOTES = {
    '2026年部门收支总体情况表': '注：本表反映部门本年度的收支总体情况。',
    '2026年部门收入总体情况表': '注：本表反映部门本年度取得的各项收入情况。',
    '2026年部门支出总体情况表': '注：本表反映部门本年度各项支出情况。',
    '2026年财政拨款收支总体情况表': '注：本表反映部门财政拨款的总收支情况。',
    '2026年一般公共预算支出情况表': '注：本表反映部门本年度一般公共预算支出情况。',
    '2026年一般公共预算基本支出情况表': '注：本表反映部门本年度一般公共预算基本支出情况。',
    '2026年一般公共预算“三公”经费支出情况表':
        '注：本表反映部门本年度 2026年公共财政拨款"三公"经费情况，此表如无数字则表示单位无该项支出。',
    '2026年政府性基金预算支出情况表': '注：本表反映部门本年度政府性基金预算收入支出情况，此表如无数字则表示单位无该项支出。',
}
for name, note in NOTES.items():
    ws = wb[name]
    ws.cell(ws.max_row + 1, 1, note)
# the empty 政府性基金 table (p.21) prints blank body space under its 栏次 row; keep two empty rows before the note
ws = wb['2026年政府性基金预算支出情况表']
ws.insert_rows(ws.max_row, 2)

# 4. 项目支出绩效目标表 (pp.22-29) and 部门整体支出绩效目标表 (pp.30-32) are taken by the tool for prose
#    (transcribe.json: narrative_pages).  Their amounts are part of the budget, so their money columns are added as
#    two sheets, read from the PDF words (pdfplumber: 资金总额 column x≈290-300 on pp.22-29; p.30 for the other).
#    PARTIAL: the 绩效目标 text and the 绩效指标 columns (一级/二级/三级指标, 指标值 …) are left out; a project
#    row split over several pages is printed once per page in the PDF and is written once here.
ws = wb.create_sheet('2026年项目支出绩效目标表')
rows = [
    ['2026年项目支出绩效目标表'],
    ['部门名称：长沙市信访局', None, '单位：万元'],
    ['单位编码', '单位（项目）名称', '资金总额'],
    ['合计', None, 417.41],                                                # p.22 y=173
    ['126001', '长沙市信访局', 417.41],                                     # p.22 y=241
    # one row per project, in the printed order; pages where the row is printed in brackets
    ['126001', '基层及其他信访业务工作经费专项', 35.78],                      # pp.22-23
    ['126001', '人民来访接待中心及特护期运行专项', 10.22],                    # pp.23-25
    ['126001', '人民来访接待中心业务专项', 102.80],                          # pp.25-27
    ['126001', '信访业务工作专项', 138.11],                                  # pp.27-29
]
for r in rows:
    ws.append(r)

ws = wb.create_sheet('2026年部门整体支出绩效目标表')
rows = [
    ['2026年部门整体支出绩效目标表'],
    ['部门名称：长沙市信访局', None, None, None, None, None, None, None, '单位：万元'],
    ['单位编码', '单位名称', '年度预算申请'],
    [None, None, '资金总额', '按收入性质分', None, None, None, '按支出性质分'],
    [None, None, None, '一般公共预算', '政府性基金拨款', '财政专户管理资金', '其他资金', '基本支出', '项目支出'],
    ['126001', '长沙市信访局', 1935.36, 1935.36, None, None, None, 1517.95, 417.41],   # p.30 y=492 (again pp.31, 32)
]
for r in rows:
    ws.append(r)

# 5. Amounts are printed with two decimals (33.00, 8.00); the tool stores whole amounts as integers without a
#    number format.  Give every amount cell the format 0.00 (the 栏次 rows "** ** 1 2 3 …" stay as printed).
for ws in wb.worksheets:
    for row in ws.iter_rows():
        if any(c.value == '**' for c in row):
            continue
        for c in row:
            if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                c.number_format = '0.00'
wb.save(out)
