#!/usr/bin/env python3
"""Corrections to what scripts/transcribe/pdf_tables_to_xlsx.py made of
2026年深圳市人民政府国有资产监督管理委员会部门预算.pdf, applied around xlsx_to_source.py.

usage:
  fix_transcription.py xlsx BUDGET.pdf TOOL.xlsx FIXED.xlsx   corrections to the tool's workbook (before the converter)
  fix_transcription.py source RAW_source.txt source.txt       merges the converter cannot infer (after it)

Each correction was checked against `pdftotext -layout` of the page named beside it (see NOTES.md).
"""
import re
import sys

import openpyxl

NOTE = '注：本套报表金额单位转换时可能存在尾数误差。'
IDEO = '\u3000'


def leading_spaces(pdf_path, pages, x_col):
    """[(text, n)] in reading order: the words pdfplumber reads at the left edge x_col of a name column on pages,
    with the number n of leading spaces the PDF text really holds (the indentation of 款/项, 类/款, 项目)."""
    import pdfplumber
    out = []
    with pdfplumber.open(pdf_path) as pdf:
        for p in pages:
            page = pdf.pages[p - 1]
            for w in page.extract_words(keep_blank_chars=True):
                if abs(w['x0'] - x_col) < 2:
                    m = re.match(r'^( *)(.*)$', w['text'])
                    out.append((m.group(2).strip(), len(m.group(1))))
    return out


def indent(ws, pdf_path, pages, x_col, column, first_row, per_level, last_row=None):
    """Prefix the name cells of one column with one U+3000 per indentation level printed in the PDF
    (per_level ASCII spaces a level). Cells are matched in order to the PDF words (a wrapped name begins
    with its first printed line). Centred labels (本年收入合计 …, 16+ spaces of padding) are not indentation."""
    words = leading_spaces(pdf_path, pages, x_col)
    k = 0
    last_row = last_row or ws.max_row
    changed = 0
    for r in range(first_row, last_row + 1):
        v = ws.cell(r, column).value
        if not isinstance(v, str) or not v.strip():
            continue
        while k < len(words) and not (words[k][0] and v.startswith(words[k][0])):
            k += 1
        assert k < len(words), (ws.title, r, v)
        n = words[k][1]
        k += 1
        if n in (per_level, 2 * per_level):
            ws.cell(r, column).value = IDEO * (n // per_level) + v
            changed += 1
        else:
            assert n == 0 or n >= 16, (ws.title, r, v, n)
    return changed


def fix_xlsx(pdf_path, src, dst):
    wb = openpyxl.load_workbook(src)
    assert len(wb.sheetnames) == 11, wb.sheetnames

    # 表5 项目支出总表 (PDF page 25): the line "2026 年预算" is printed centred over all the amount columns
    # 总计 … 上年结余、结转 (B..L); the tool put it in C3 (over 一般公共预算拨款). Move it to B3 so that it heads B3:L3.
    # (No repeated header here: 表5 fits on one page.)
    ws = wb['表5 项目支出总表']
    assert ws['C3'].value == '2026年预算' and ws['B3'].value is None
    ws['B3'] = ws['C3'].value
    ws['C3'] = None

    # Indentation, the only sign of level in the tables without codes, stripped by the tool. The PDF text holds
    # it as leading spaces (pdfplumber reads them): 表1/表6 (p15–17, p26–28) 收入 "  1.一般公共预算拨款", 支出 款 two
    # spaces, 项 four; 表4 (p23–24) 经济分类 类 four, 款 eight (the unit row at the margin); 表5 (p25) 一级项目 four.
    # Written back as one U+3000 per level, as the 广州 examples do.
    n = {}
    n['表1 收入'] = indent(wb['表1 收支总表'], pdf_path, (15, 16, 17), 29.5, 1, 5, 2)
    n['表1 支出'] = indent(wb['表1 收支总表'], pdf_path, (15, 16, 17), 542.7, 3, 5, 2)
    n['表6 收入'] = indent(wb['表6 财政拨款收支总表'], pdf_path, (26, 27, 28), 29.5, 1, 5, 2)
    n['表6 支出'] = indent(wb['表6 财政拨款收支总表'], pdf_path, (26, 27, 28), 542.7, 3, 5, 2)
    n['表4'] = indent(wb['表4 基本支出总表'], pdf_path, (23, 24), 29.5, 1, 5, 4)
    n['表5'] = indent(wb['表5 项目支出总表'], pdf_path, (25,), 29.5, 1, 6, 4)
    # 表1: 8 收入 lines (1.–3., 1.–5.) + 2 (1./2. of 上年结余); 29 支出 款/项 lines (35 支出 rows − 6 类);
    # 表6: 3 + 3 收入 lines, the same 29 支出 lines; 表4: all 29 rows under the unit row; 表5: the 5 一级项目
    assert n == {'表1 收入': 10, '表1 支出': 29, '表6 收入': 6, '表6 支出': 29, '表4': 29, '表5': 5}, n

    # Printed decimals: every amount of this document is printed with two decimals (9,149.85, 0.00, 409,301.00);
    # the tool keeps the value only. Give every amount the format 0.00 so that source.txt writes it as printed.
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    c.number_format = '0.00'

    # Notes printed right under each table (the tool drops them). 表1 (p17) the long note; 表2–表9 and 表11
    # "注：本套报表金额单位转换时可能存在尾数误差。" (表11's is printed alone on p37, the page after its table);
    # 表10 (p35, empty) only "注：本表本年无发生额。". Written in column A of the row right under the last body row.
    notes = {
        '表1 收支总表': '注：财政拨款收支情况包括一般公共预算、政府性基金预算、国有资本经营预算拨款收支情况；本套报表金额单位转换时可能存在尾数误差。',
        '表10 政府性基金预算支出表': '注：本表本年无发生额。',
    }
    for ws in wb.worksheets:
        last = max(c.row for row in ws.iter_rows() for c in row if c.value is not None)
        ws.cell(last + 1, 1, notes.get(ws.title, NOTE))
    wb.save(dst)


# 表9 财政拨款“三公”经费支出表 (PDF page 34): 总计 / 因公出国(境)费 / 公务接待费 each head three columns
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
    if sys.argv[1] == 'xlsx':
        fix_xlsx(*sys.argv[2:5])
    else:
        fix_source(sys.argv[2], sys.argv[3])
