#!/usr/bin/env python3
"""Builds source.txt and narrative.txt from page.txt, the stored text of https://www.hbdj.gov.cn/zwgk/public/177/62077231.html
(杜集区机关事务管理中心 2021 年度一般公共预算财政拨款“三公”经费支出决算情况说明, 淮北市杜集区, 安徽) as the `search` tool returned it.

usage: transcribe.py            (writes source.txt and narrative.txt next to this file)

The stored text flattens the table into one cell per line ("合 计 |", "246 |", a lone "|" between rows); every cell is
kept, numbers as published ("246", "0", "167.37"), header texts with their spaces ("预 算 数").
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    lines = open(os.path.join(HERE, 'page.txt'), encoding='utf-8').read().rstrip('\n').split('\n')
    title = lines[1].split('、', 1)[1]
    assert title == '2021年度一般公共预算财政拨款“三公”经费支出决算表' and lines[2] == '单位:万元'
    end = next(i for i, l in enumerate(lines) if l.startswith('二、'))
    cells = [l.rstrip(' |').strip() for l in lines[3:end]]
    rows, row = [], []
    for c in cells:
        if c == '':
            if row:
                rows.append(row)
            row = []
        else:
            row.append(c)
    if row:
        rows.append(row)
    assert rows[0] == ['项 目', '预 算 数', '决 算 数'], rows[0]
    assert len(rows) == 7 and all(len(r) == 3 for r in rows), rows
    out = ['@sheet 三公经费支出决算表', '@merge A1:C1', '@width A 30 B:C 14', '@bold A1:C1 A3:C3', title, '\t\t单位:万元']
    out += ['\t'.join(r) for r in rows]
    open(os.path.join(HERE, 'source.txt'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    # The 说明: its title line and everything after the table, but the last line, cut off by the store ("3.公务用车购").
    text = [lines[0]] + lines[end:]
    assert text[-1] == '3.公务用车购'
    open(os.path.join(HERE, 'narrative.txt'), 'w', encoding='utf-8').write('\n'.join(text[:-1]) + '\n')


if __name__ == '__main__':
    main()
