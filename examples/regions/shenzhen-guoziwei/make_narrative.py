#!/usr/bin/env python3
"""narrative.txt: the prose part (一、文字部分, PDF pages 4-14) of 2026年深圳市人民政府国有资产监督管理委员会部门预算.pdf, as printed.

usage: make_narrative.py BUDGET.pdf narrative.txt     (needs pdfplumber; pdftotext)

Lines wrapped by the page width are joined into their paragraph: in `pdftotext -layout` a paragraph's first line
is indented (or is a heading), its continuation lines start at the margin; a paragraph cut by a page break is
joined again. Page footers (- N -) are dropped. The table of 第七部分
(重点项目绩效目标, page 11) is written one project per line, its four cells separated by " | "; the text above it
(第七部分 heading and its first sentence) and below it (备注：无。, 第八部分 …) is taken from the layout text.
(Adapted from examples/regions/shenzhen-gongwushu.)
"""
import re
import subprocess
import sys

import pdfplumber

FIRST, LAST = 4, 14
TABLE_PAGES = (11,)


def join(a, b):
    if a and b and re.match(r'[A-Za-z]', a[-1]) and re.match(r'[A-Za-z]', b[0]):
        return a + ' ' + b
    return a + b


HEADING = re.compile(r'^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.(?!\d))')
END = tuple('。；：！？')


def is_heading(p):
    """一、机关运行经费 / 一、实施部门预算绩效管理的单位范围: a heading line, never continued on the next page."""
    return bool(HEADING.match(p)) and len(p) <= 30 and '，' not in p


def layout_paragraphs(text, paras):
    """Add the paragraphs of one page to paras. A paragraph starts with an indented line or a heading
    (第五部分 is printed at the margin); the first line of a page continues the last paragraph of the page
    before when that one does not end a sentence (资源 / 开发利用处…)."""
    first = True
    for line in text.split('\n'):
        line = line.replace('\f', '')
        if not line.strip() or re.fullmatch(r'\s*-\s*\d+\s*-\s*', line):
            continue
        body = line.strip()
        if first and paras and not paras[-1].endswith(END) and not HEADING.match(body) and not is_heading(paras[-1]):
            paras[-1] = join(paras[-1], body)
        elif line.startswith(' ') or not paras or HEADING.match(body):
            paras.append(body)
        else:
            paras[-1] = join(paras[-1], body)
        first = False


def main(pdf_path, out):
    paras = []
    rows = []
    with pdfplumber.open(pdf_path) as pdf:
        for p in range(FIRST, LAST + 1):
            if p in TABLE_PAGES:
                page = pdf.pages[p - 1]
                tables = page.find_tables()
                assert len(tables) == 1, p
                t = tables[0]
                for r in t.extract():
                    cells = [''.join(ln.strip() for ln in (c or '').split('\n')) for c in r]
                    if rows and not any(cells[:3]):  # continuation of the row cut by the page break
                        rows[-1][3] += cells[3]
                    else:
                        rows.append(cells)
                below = page.crop((0, t.bbox[3], page.width, page.height))
                rest = subprocess.run(['pdftotext', '-layout', '-f', str(p), '-l', str(p), pdf_path, '-'],
                                      capture_output=True, text=True, check=True).stdout
                if p == 11:  # above the table: 第七部分 … 情况如下：; after it: 备注：无。 第八部分 … (layout text)
                    head = rest[:rest.index('二级预算单位名称')]
                    tail = rest[rest.index('备注：无。'):]
                    layout_paragraphs(head, paras)
                    paras.append(' | '.join(rows[0]))
                    paras += [' | '.join(r) for r in rows[1:]]
                    layout_paragraphs('  ' + tail, paras)
                continue
            text = subprocess.run(['pdftotext', '-layout', '-f', str(p), '-l', str(p), pdf_path, '-'],
                                  capture_output=True, text=True, check=True).stdout
            layout_paragraphs(text, paras)
    # collapse runs of spaces inside a paragraph (layout padding between a heading's words)
    paras = [re.sub(r'(?<=\S) {2,}(?=\S)', ' ', p) for p in paras]
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(paras) + '\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
