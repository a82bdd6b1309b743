#!/usr/bin/env python3
"""Builds source.txt and narrative.txt from page.txt, the stored text of
http://hongxinbengye.com/html/sgjf201708t20170809_652713.html (a site that republishes 衢州市衢江区's 2016 “三公”经费决算
说明 and its table "2016年决算数与2015年决算数对比情况", 浙江) as the `search` tool returned it.

usage: transcribe.py            (writes source.txt and narrative.txt next to this file)

The stored text gives the table one cell a line, each followed by a line "|". Its header: 年度 | 合计 | 因公出国(境)经费 |
公务接待费 | 公车购置及运行维护费, the last spanning 合计 | 车辆购置 | 车辆运行 (the stored text lists those three after the
first header row); then a row per year and a row of rates ("2016年比2015年增减%", numbers in per cent as printed).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    lines = open(os.path.join(HERE, 'page.txt'), encoding='utf-8').read().rstrip('\n').split('\n')
    i = lines.index('2016年决算数与2015年决算数对比情况')
    cells = [l.strip() for l in lines[i + 1:] if l.strip() != '|']
    h1, h2, rows = cells[:5], cells[5:8], [cells[k:k + 7] for k in range(8, len(cells), 7)]
    assert h1 == ['年度', '合计', '因公出国(境)经费', '公务接待费', '公车购置及运行维护费'] and h2 == ['合计', '车辆购置', '车辆运行'], (h1, h2)
    assert [r[0] for r in rows] == ['2015年', '2016年', '2016年比2015年增减%'] and all(len(r) == 7 for r in rows), rows
    out = ['@sheet 三公经费决算数对比', '@merge A1:G1 A2:A3 B2:B3 C2:C3 D2:D3 E2:G2', '@width A 22 B:G 12', '@bold A1:G3', lines[i],
           '\t'.join(h1), '\t' * 4 + '\t'.join(h2)]
    out += ['\t'.join(r) for r in rows]
    open(os.path.join(HERE, 'source.txt'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    # The 说明: the prose above the table.
    open(os.path.join(HERE, 'narrative.txt'), 'w', encoding='utf-8').write('\n'.join(lines[:i]) + '\n')


if __name__ == '__main__':
    main()
