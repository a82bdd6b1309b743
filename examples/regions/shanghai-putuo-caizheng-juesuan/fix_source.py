#!/usr/bin/env python3
"""Header merges xlsx_to_source.py cannot infer for this document, added to source.txt's @merge lines.

usage: fix_source.py source.txt

xlsx_to_source.py spans a header cell right only when the row below has text under the span; here the code group
header is printed on two ruled rows ("支出功能分类" / "科目编码", "经济分类" / "科目编码") over the 类 | 款 | 项 columns,
and the 三公 table's 合计 / 因公出国（境）费 / 公务接待费 cells span two rows over their 预算数 | 决算数 pair
(pages 8, 10, 15, 16, 18 of the PDF).  The sheet-source parser rejects a merge that covers a non-empty cell.
"""
import sys

ADD = {
    '收入决算表': 'A4:C4 A5:C5',
    '支出决算表': 'A4:C4 A5:C5',
    '一般公共预算财政拨款支出决算表': 'A4:C4 A5:C5',
    '一般公共预算财政拨款基本支出决算表': 'A3:B3 A4:B4 E3:F3 E4:F4',
    '财政拨款“三公”经费支出决算表': 'A4:B5 C4:D5 K4:L5',
}


def main():
    path = sys.argv[1]
    lines = open(path, encoding='utf-8').read().split('\n')
    sheet, done = None, set()
    for i, line in enumerate(lines):
        if line.startswith('@sheet '):
            sheet = line[7:]
        elif line.startswith('@merge ') and sheet in ADD and sheet not in done:
            for m in ADD[sheet].split():
                assert m not in line.split(), (sheet, m)
            lines[i] = line + ' ' + ADD[sheet]
            done.add(sheet)
    assert done == set(ADD), set(ADD) - done
    open(path, 'w', encoding='utf-8').write('\n'.join(lines))


if __name__ == '__main__':
    main()
