#!/usr/bin/env python3
"""Builds source.txt and narrative.txt from page.txt, the stored text of
http://www.yibin.gov.cn/xxgk/czyjs/sbjczyjs/sgjf/jsqksm/201809/t20180918_61730.html (宜宾市本级 2017 年“三公”经费决算情况说明
and its 附表 宜宾市本级2017年“三公”经费决算汇总表, 宜宾市财政局, 四川) as the `search` tool returned it.

usage: transcribe.py            (writes source.txt and narrative.txt next to this file)

The stored text gives the 附表 a cell per line ("1,014 |"). The table has no 合计 line and no 预算数 column; its unit is
in the amount column's header "2017年决算(万元)". Amounts with thousands separators are kept as the text they are
printed as ("1,014"), the others as numbers.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    lines = open(os.path.join(HERE, 'page.txt'), encoding='utf-8').read().rstrip('\n').split('\n')
    i = next(k for k, l in enumerate(lines) if l.startswith('附表:'))
    title = lines[i].split(':', 1)[1]
    assert title == '宜宾市本级2017年“三公”经费决算汇总表'
    cells = [l.rstrip(' |').strip() for l in lines[i + 1:] if l.endswith('|')]
    assert len(cells) == 12 and cells[:2] == ['项目', '2017年决算(万元)'], cells
    pairs = [cells[k:k + 2] for k in range(0, 12, 2)]
    num = lambda v: v if re.fullmatch(r'-?\d+(\.\d+)?', v) else f'"{v}"'  # noqa: E731
    out = ['@sheet 三公经费决算汇总表', '@merge A1:B1', '@width A 30 B 18', '@bold A1:B2', title, '\t'.join(pairs[0])]
    out += [f'{a}\t{num(b)}' for a, b in pairs[1:]]
    open(os.path.join(HERE, 'source.txt'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    # The 说明: everything above the 附表.
    open(os.path.join(HERE, 'narrative.txt'), 'w', encoding='utf-8').write('\n'.join(lines[:i]).rstrip('\n') + '\n')


if __name__ == '__main__':
    main()
