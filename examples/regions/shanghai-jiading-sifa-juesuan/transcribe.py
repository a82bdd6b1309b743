#!/usr/bin/env python3
"""Builds source.txt and narrative.txt from page.txt, the stored text of http://www.021fenlei.com/n133889.htm
(a republished copy of 上海市嘉定区司法局's 2017 三公 决算 table and its 说明), as the `search` tool returned it.

usage: transcribe.py            (writes source.txt and narrative.txt next to this file)

The stored text flattens the table into lines of cells separated by " | " and DROPS BLANK CELLS, so the body line
"22.00 | 8.77 | 14.00 | 8.47 | 14.00 | 8.47 | 8.00 | 0.30" has 8 values for 12 columns.  They are placed here, each
placement argued in NOTES.md:
  合计 预算 22.00 / 决算 8.77; 因公出国（境）费 blank (the text: 决算为0万元; 22.00 = 14.00 + 8.00 leaves 0 for its 预算);
  公务用车 小计 14.00 / 8.47; ONE sub-item 14.00 / 8.47 and the other blank: put under 公务用车运行费 (INFERRED: the
  page does not say which; no audit result depends on it); 公务接待费 8.00 / 0.30.
  机关运行经费决算数 325.88 is printed at the end of the 预算数/决算数 header line (its header cell spans the header
  rows): put in the body row, column M, under its header.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
TITLE = '2017年度一般公共预算财政拨款“三公”经费及机关运行经费支出决算表'


def main():
    lines = open(os.path.join(HERE, 'page.txt'), encoding='utf-8').read().split('\n')
    assert lines[0] == TITLE and lines[1] == '单位:万元'
    cells = lambda line: [c.strip() for c in line.split('|') if c.strip()]  # noqa: E731
    h1, h2, h3, h4, body = (cells(lines[i]) for i in range(2, 7))
    assert h1 == ['一般公共预算财政拨款“三公”经费', '机关运行 经费决算数'], h1
    assert h2 == ['合计', '因公出国 (境)费', '公务用车购置及运行费', '公务接待费'], h2
    assert h3 == ['小计', '公务用车 购置费', '公务用车 运行费'], h3
    assert h4 == ['预算数', '决算数'] * 6 + ['325.88'], h4
    assert body == ['22.00', '8.77', '14.00', '8.47', '14.00', '8.47', '8.00', '0.30'], body
    # the header texts keep the page's line-break spaces out: "因公出国 (境)费" is 因公出国(境)费 broken over two lines
    j = lambda s: s.replace(' ', '')  # noqa: E731
    row = [''] * 13
    row[0], row[1] = body[0], body[1]      # 合计 预算数 / 决算数
    # row[2], row[3]: 因公出国(境)费 blank
    row[4], row[5] = body[2], body[3]      # 公务用车购置及运行费 小计
    # row[6], row[7]: 公务用车购置费 blank (inferred, see above)
    row[8], row[9] = body[4], body[5]      # 公务用车运行费 (inferred)
    row[10], row[11] = body[6], body[7]    # 公务接待费
    row[12] = h4[12]                       # 机关运行经费决算数
    out = [
        '@sheet 三公经费及机关运行经费支出决算表',
        '@merge A1:M1 A3:L3 M3:M6 A4:B5 C4:D5 E4:J4 K4:L5 E5:F5 G5:H5 I5:J5',
        '@width A:M 12',
        '@bold A1:M1 A3:M6',
        TITLE,
        '\t' * 12 + '单位:万元',
        j(h1[0]) + '\t' * 12 + j(h1[1]),
        '\t'.join([h2[0], '', j(h2[1]), '', h2[2], '', '', '', '', '', h2[3]]),
        '\t'.join(['', '', '', '', h3[0], '', j(h3[1]), '', j(h3[2])]),
        '\t'.join(h4[:12]),
        '\t'.join(row).rstrip('\t'),
    ]
    open(os.path.join(HERE, 'source.txt'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    start = next(i for i, l in enumerate(lines) if l.startswith('关于上海市嘉定区司法局'))
    open(os.path.join(HERE, 'narrative.txt'), 'w', encoding='utf-8').write('\n'.join(lines[start:]).rstrip('\n') + '\n')


if __name__ == '__main__':
    main()
