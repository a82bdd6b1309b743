#!/usr/bin/env python3
"""Builds source.txt and narrative.txt from page.txt, the stored text of https://shidian.gov.cn/info/4163/808803.htm
(施甸县财政局, 2017-09-20: 施甸县2016年“三公”经费决算情况统计表 and its “三公”经费口径说明, 保山市施甸县, 云南) as the
`search` tool returned it.

usage: transcribe.py            (writes source.txt and narrative.txt next to this file)

The stored text gives the table a line per row, cells separated by " | ". Header: 项目, 上年决算数, 本年决算数 span two
rows, 比上年增、减情况 spans 增、减金额 | 增、减幅度. Amounts as published ("-113", "0", "10.20"); the 增、减幅度 cells
("-7.03%", "-21.9%") are kept as the text they are printed as.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    lines = open(os.path.join(HERE, 'page.txt'), encoding='utf-8').read().rstrip('\n').split('\n')
    cells = lambda line: [c.strip() for c in line.split('|') if c.strip()]  # noqa: E731
    i = next(k for k, l in enumerate(lines) if '决算情况统计表' in l)
    title, unit = cells(lines[i])[0], cells(lines[i + 1])[0]
    assert title == '施甸县2016年“三公”经费决算情况统计表' and unit == '单位:万元'
    h1, h2 = cells(lines[i + 2]), cells(lines[i + 3])
    assert h1 == ['项目', '上年决算数', '本年决算数', '比上年增、减情况'] and h2 == ['增、减金额', '增、减幅度'], (h1, h2)
    body = [cells(l) for l in lines[i + 4:i + 10]]
    assert all(len(r) == 5 for r in body) and body[0][0] == '合计', body
    out = ['@sheet 三公经费决算情况统计表', '@merge A1:E1 A3:A4 B3:B4 C3:C4 D3:E3', '@width A 30 B:E 14', '@bold A1:E1 A3:E4', title,
           '\t' * 4 + unit, '\t'.join(h1), '\t\t\t' + '\t'.join(h2)]
    out += ['\t'.join(r[:4] + [f'"{r[4]}"']) for r in body]
    open(os.path.join(HERE, 'source.txt'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    # The page's prose: the 口径说明 under the table (no figure of the table in it).
    start = next(k for k, l in enumerate(lines) if l.startswith('“三公”经费口径说明'))
    open(os.path.join(HERE, 'narrative.txt'), 'w', encoding='utf-8').write('\n'.join(lines[start:]).rstrip('\n') + '\n')


if __name__ == '__main__':
    main()
