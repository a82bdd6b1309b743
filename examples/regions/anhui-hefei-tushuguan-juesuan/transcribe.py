#!/usr/bin/env python3
"""Builds source.txt and narrative.txt from page.txt, the stored text of http://hflib.org.cn/yjsgk2/info_itemid_5637.html
(合肥市图书馆 2021 年度一般公共预算及政府性基金财政拨款“三公”经费支出决算情况说明, 安徽) as the `search` tool returned it.

usage: transcribe.py            (writes source.txt and narrative.txt next to this file)

The stored text gives the table a line per row, cells separated by " | ". Header: 项目 spans two rows, 预算数 and 决算数
each span 合计 | 一般公共预算 | 政府性基金 (the page's empty trailing cells are the merges); every amount as published.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    lines = open(os.path.join(HERE, 'page.txt'), encoding='utf-8').read().rstrip('\n').split('\n')
    title = lines[3].split('、', 1)[1]
    assert title == '2021年度一般公共预算及政府性基金财政拨款“三公”经费支出决算表'
    org, unit = lines[4].split(' ')
    assert org == '编制单位:合肥市图书馆' and unit == '金额单位:万元'
    cells = lambda line: [c.strip() for c in line.split('|')]  # noqa: E731
    h1 = [c for c in cells(lines[5]) if c]
    h2 = [c for c in cells(lines[6]) if c]
    assert h1 == ['项目', '预算数', '决算数'] and h2 == ['合计', '一般公共预算', '政府性基金'] * 2, (h1, h2)
    body = [[c for c in cells(l)][:7] for l in lines[7:13]]
    assert [r[0] for r in body] == ['因公出国(境)费', '公务接待费', '公务用车购置及运行费', '其中:公务用车运行维护费', '公务用车购置费', '总计']
    note = lines[13]
    assert note.startswith('注:')
    out = ['@sheet 三公经费支出决算表', '@merge A1:G1 A3:A4 B3:D3 E3:G3', '@width A 28 B:G 13', '@bold A1:G1 A3:G4', title,
           org + '\t' * 6 + unit, '\t'.join(['项目', '预算数', '', '', '决算数']), '\t' + '\t'.join(h2)]
    out += ['\t'.join(r) for r in body]
    out.append(note)
    open(os.path.join(HERE, 'source.txt'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    # The 说明: its three title lines and 二、 on; the last line is cut by the store inside its second sentence, kept up to
    # the end of its first ("…未安排因公出国(境)计划。").
    text = lines[:3] + lines[14:]
    last = text[-1]
    assert last.endswith('经费使用根据市外办批准')
    text[-1] = last[: last.index('。') + 1]
    open(os.path.join(HERE, 'narrative.txt'), 'w', encoding='utf-8').write('\n'.join(text) + '\n')


if __name__ == '__main__':
    main()
