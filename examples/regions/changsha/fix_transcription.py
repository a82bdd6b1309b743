#!/usr/bin/env python3
"""Corrections to what pdf_tables_to_xlsx.py wrote for 长沙市公安局 2025年部门预算 (applied between the tool and
xlsx_to_source.py).  usage: fix_transcription.py TOOL.xlsx FIXED.xlsx
Each correction is checked against `pdftotext -layout` of the PDF (pages named below)."""
import sys
import openpyxl

src, out = sys.argv[1], sys.argv[2]
wb = openpyxl.load_workbook(src)

# 1. 基本支出表 (pp.19-20): the continuation page repeats the 栏次 row "** ** 1 2 3" under its repeated header;
#    the tool kept it in the body at row 21 (between 30212 and 30213).  Delete it, the body closes up.
ws = wb['2025年一般公共预算基本支出情况表']
assert [ws.cell(21, c).value for c in range(1, 6)] == ['**', '**', 1, 2, 3]
assert ws['A20'].value == '30212' and ws['A22'].value == '30213'
ws.delete_rows(21)

# 2. The note printed under each table ("注：本表反映…", pdftotext lines 199…428) is dropped by the tool.  A clerk's
#    sheet has it; the note of the empty 政府性基金 table says what the empty table means.  Put it in column A of
#    the row right under the table's last row, text as printed.
NOTES = {
    '2025年部门收支总体情况表': '注：本表反映部门本年度的收支总体情况。',
    '2025年部门收入总体情况表': '注：本表反映部门本年度取得的各项收入情况。',
    '2025年部门支出总体情况表': '注：本表反映部门本年度各项支出情况。',
    '2025年财政拨款收支总体情况表': '注：本表反映部门财政拨款的总收支情况。',
    '2025年一般公共预算支出情况表': '注：本表反映部门本年度一般公共预算支出情况。',
    '2025年一般公共预算基本支出情况表': '注：本表反映部门本年度一般公共预算基本支出情况。',
    '2025年一般公共预算“三公”经费支出情况表':
        '注：本表反映部门本年度 2025年公共财政拨款"三公"经费情况，此表如无数字则表示单位无该项支出。',
    '2025年政府性基金预算支出情况表': '注：本表反映部门本年度政府性基金预算收入支出情况，此表如无数字则表示单位无该项支出。',
}
for name, note in NOTES.items():
    ws = wb[name]
    ws.cell(ws.max_row + 1, 1, note)
# the empty 政府性基金 table (p.22) prints blank body space under its 栏次 row; keep two empty rows before the note
ws = wb['2025年政府性基金预算支出情况表']
ws.insert_rows(ws.max_row, 2)

# 3. 表9 项目支出绩效目标表 (pp.23-50) and 表10 部门整体支出绩效目标表 (pp.51-53) are taken by the tool for prose
#    (transcribe.json: narrative_pages).  Their amounts are part of the budget, so their money columns are added as
#    two sheets, read from the PDF words (pdfplumber, column 资金总额 x≈262-316 on pp.23-50; p.51 for 表10).
#    PARTIAL: the 绩效目标 text and the 绩效指标 columns (一级/二级/三级指标, 指标值 …) are left out; a project
#    row split over several pages is printed once per page in the PDF and is written once here.
ws = wb.create_sheet('2025年项目支出绩效目标表')
rows = [
    ['2025年项目支出绩效目标表'],
    ['单位名称：长沙市公安局', None, '单位：万元'],
    ['单位编码', '单位（项目）名称', '资金总额'],
    ['合计', None, 40233.95],
    ['106001', '长沙市公安局', 40233.95],
    # one row per project, in the printed order; page of the first print in brackets
    ['106001', '大型警保卫及基础设施安全保护工作经费', 428.69],                 # p.23
    ['106001', '大院运行和维修经费', 2791.51],                               # p.25
    ['106001', '电信诈骗防范拦截系统建设运维及专网租赁运行经费', 242.25],      # p.28 (name wrapped: …专网租 / 赁运行经费)
    ['106001', '基本建设及局系统综合专项工作业务经费', 12919.92],              # p.30
    ['106001', '警务辅助人员经费（含市府机关大院30名）', 15470.00],            # p.32 (name wrapped: …30名 / ）)
    ['106001', '警务通通讯租赁费', 212.51],                                  # p.33
    ['106001', '民辅警意外险及健康警队运转经费', 795.00],                      # p.35
    ['106001', '民警急难险重及群众举报奖励经费', 305.50],                      # p.37
    ['106001', '民警训练经费', 163.46],                                      # p.39
    ['106001', '派驻纪检监察组办公经费', 3.00],                               # p.40
    ['106001', '人口服务管理及身份证制作经费', 440.43],                        # p.42
    ['106001', '日常办案和大要案经费', 1169.99],                              # p.45
    ['106001', '天网工程租赁和服务费', 1900.00],                              # p.46
    ['106001', '装备、服装及其他设备购置费', 2210.60],                        # p.48
]
for r in rows:
    ws.append(r)

ws = wb.create_sheet('2025年部门整体支出绩效目标表')
rows = [
    ['2025年部门整体支出绩效目标表'],
    ['单位名称：长沙市公安局', None, None, None, None, None, None, None, '单位：万元'],
    ['单位编码', '单位名称', '年度预算申请'],
    [None, None, '资金总额', '按收入性质分', None, None, None, '按支出性质分'],
    [None, None, None, '一般公共预算', '政府性基金拨款', '财政专户管理资金', '其他资金', '基本支出', '项目支出'],
    ['106001', '长沙市公安局', 68632.12, 68632.12, None, None, None, 28398.17, 40233.95],   # p.51
]
for r in rows:
    ws.append(r)

# 4. Amounts are printed with two decimals (30.00, 1,900.00); the tool stores whole amounts as integers without a
#    number format.  Give every amount cell the format 0.00 (the 栏次 rows "** ** 1 2 3 …" stay as printed).
for ws in wb.worksheets:
    for row in ws.iter_rows():
        if any(c.value == '**' for c in row):
            continue
        for c in row:
            if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                c.number_format = '0.00'
wb.save(out)
