#!/usr/bin/env python3
"""Header directives xlsx_to_source.py gets wrong for this document, rewritten in source.txt.

usage: fix_source.py source.txt

The three empty tables (三公 p14, 政府性基金 p15, 国有资本经营 p16) have no body row holding an amount, so
xlsx_to_source.py takes every row down to the notes for header rows and spans header cells over the note rows.
Their merges are written here as printed (the PDF's ruling, pages 14–16).  On p5 the department heading put in A2
(fix_transcription.py) widened column A to 50: the width of the longest 收入 item is kept instead.
The sheet-source parser rejects a merge that covers a non-empty cell.
"""
import sys

SET = {
    '收入支出决算总表': {'@width': 'A 34 B 14 C 32 D 14'},
    '财政拨款“三公”经费支出决算表': {'@merge': 'A1:L1 A3:L3 A4:B5 C4:D5 E4:J4 K4:L5 E5:F5 G5:H5 I5:J5', '@bold': 'A1:L1 A3:L6'},
    '政府性基金预算财政拨款收入支出决算表': {'@merge': 'A1:H1 A3:B3 C3:C4 D3:D4 E3:G4 H3:H4 A5:B5', '@bold': 'A1:H1 A3:H5'},
    '国有资本经营预算财政拨款收入支出决算表': {'@merge': 'A1:H1 A3:B3 C3:C4 D3:D4 E3:G4 H3:H4 A5:B5', '@bold': 'A1:H1 A3:H5'},
}


def main():
    path = sys.argv[1]
    lines = open(path, encoding='utf-8').read().split('\n')
    sheet, done = None, []
    for i, line in enumerate(lines):
        if line.startswith('@sheet '):
            sheet = line[7:]
        elif sheet in SET:
            word = line.split(' ', 1)[0]
            if word in SET[sheet]:
                lines[i] = f'{word} {SET[sheet][word]}'
                done.append((sheet, word))
    assert sorted(done) == sorted((s, w) for s, d in SET.items() for w in d), done
    open(path, 'w', encoding='utf-8').write('\n'.join(lines))


if __name__ == '__main__':
    main()
