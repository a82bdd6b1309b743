#!/usr/bin/env python3
"""narrative.txt from the PDF's prose pages: 第一部分 单位概况 (PDF pages 3-8) and 第三部分 情况说明 +
第四部分 名词解释 (PDF pages 27-37), text as printed (pdfplumber lines), the running header
(苏州市生态环境局2026年度单位预算公开) and the page numbers (- N -) left out. A printed line whose
left edge is indented (first line of a paragraph or a heading) starts a new paragraph; the other
lines are joined to it without a separator (Chinese text wrapped by the layout). Spaces inside a
line (around digits, the stretched spaces of justified lines) are kept as pdfplumber reads them.

    make_narrative.py DOCUMENT.pdf narrative.txt
"""
import re
import sys

import pdfplumber

PAGES = list(range(3, 9)) + list(range(27, 38))


def main(pdf_path, out):
    paras = []
    with pdfplumber.open(pdf_path) as pdf:
        for n in PAGES:
            lines = [l for l in pdf.pages[n - 1].extract_text_lines()
                     if l['top'] > 40 and not re.fullmatch(r'-\s*\d+\s*-', l['text'].strip())]
            margin = min(l['x0'] for l in lines)
            for l in lines:
                text = l['text'].strip()
                if l['x0'] > margin + 15 or not paras:
                    paras.append(text)
                else:
                    paras[-1] += text
    open(out, 'w', encoding='utf-8').write('\n'.join(paras) + '\n')
    print(f'{len(paras)} paragraphs')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
