#!/usr/bin/env python3
"""Corrections to what scripts/transcribe/pdf_tables_to_xlsx.py wrote for the 苏州市自然资源和规划局
2026 部门预算 PDF, applied between the tool and scripts/transcribe/xlsx_to_source.py.

    fix_transcription.py TOOL.xlsx FIXED.xlsx

Each correction below was checked against `pdftotext -layout` of the page named in its comment.
Every correction asserts what it expects to find first, so a changed tool output fails loudly
instead of being "fixed" twice or in the wrong place.
"""
import sys
import openpyxl


def expect(ws, addr, value):
    got = ws[addr].value
    assert got == value, f"{ws.title}!{addr}: expected {value!r}, found {got!r}"


def join_wrapped_row(ws, upper, lower, col):
    """A cell wrapped over a page break came out as a second row holding only the tail of the
    text: join the tail to the cell above and delete the stray row (the rows below move up)."""
    others = [c.coordinate for c in ws[lower] if c.value is not None and c.column_letter != col]
    assert not others, f"{ws.title}: row {lower} is not a bare continuation row ({others})"
    ws[f"{col}{upper}"].value = ws[f"{col}{upper}"].value + ws[f"{col}{lower}"].value
    ws.delete_rows(lower)


def main(src, dst):
    wb = openpyxl.load_workbook(src)

    # --- 公开13表 政府采购支出表 (PDF pages 28-32, printed pages 27-31) -------------------------
    ws = wb["公开13表 政府采购支出表"]
    # Printed p.31 -> p.32 ... the row 专项委托业务费 | 其他商品和服 / 务支出 | 法律诉讼服务 | 40.00 is
    # split by the page break after p.29 (PDF page 30): "务支出" stands alone at the top of
    # the next page. The tool kept it as its own row 76. It is the tail of C75.
    expect(ws, "C75", "其他商品和服")
    expect(ws, "C76", "务支出")
    expect(ws, "D75", "法律诉讼服务")
    join_wrapped_row(ws, 75, 76, "C")
    expect(ws, "C75", "其他商品和服务支出")
    # Same at the break after printed p.30 (PDF page 31): 定额 | 公务用车运行 / 维护费 |
    # 财产保险服务 | 0.50 (苏州市国土资源信息中心); "维护费" starts the next page.
    # After the deletion above, the old rows 93/94 are now 92/93.
    expect(ws, "C92", "公务用车运行")
    expect(ws, "C93", "维护费")
    expect(ws, "D92", "财产保险服务")
    join_wrapped_row(ws, 92, 93, "C")
    expect(ws, "C92", "公务用车运行维护费")

    # --- notes printed under tables, which the tool does not keep -----------------------------
    # 公开11表 (PDF page 26): the empty-table note, needed for the 空表说明 check.
    ws = wb["公开11表 国有资本经营预算支出预算表"]
    expect(ws, "A6", "合计")
    assert ws.max_row == 6
    # pdftotext shows three blank lines between the 合计 row and the note; the table frame
    # ends right under 合计, so one empty row stands for the gap.
    ws["A8"] = "注：本部门无国有资本经营预算支出，故本表无数据。"
    # 公开12表 (PDF page 27): the definition note right under the last row (no gap printed);
    # three printed lines of one paragraph, joined without line breaks.
    ws = wb["公开12表 一般公共预算机关运行经费支出预算表"]
    expect(ws, "B18", "其他商品和服务支出")
    assert ws.max_row == 18
    ws["A19"] = ("注：1.“机关运行经费”指行政单位（含参照公务员法管理的事业单位）使用一般公共预算安排的基本支"
                 "出中的日常公用经费支出，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材"
                 "料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费及"
                 "其他费用等。")

    wb.save(dst)
    print(f"fixed: {dst}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
