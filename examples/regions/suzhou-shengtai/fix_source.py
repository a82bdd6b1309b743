#!/usr/bin/env python3
"""Corrections applied to the converter's output (scripts/transcribe/xlsx_to_source.py), after it:

    fix_source.py source.txt          (rewrites the file in place)

Only @merge / @bold directives change; no cell moves or changes.

1. 公开06表 and 公开08表 have a two-row header (PDF pp.16, 19):
       部门预算支出经济分类科目 (over 科目编码 | 科目名称) | 本年…基本支出 (over 合计 | 人员经费 | 公用经费)
   The converter takes row 3 for an 编制单位 line (its ORG_RE accepts any text starting with 部门), finds a
   one-row header and no merges (as in examples/regions/suzhou). Merges A3:B3 C3:E3 and bold A3:E4.
2. 公开10表 (p.22) is empty: header 科目编码 | 科目名称 | 本年政府性基金预算支出 (over 合计 | 基本支出 | 项目支出),
   then a 合计 row (合计 in column B, no amounts), then the note. With no amount or code below, the converter
   takes rows 3–7 (合计 row and note included) for the header and merges C4:C7, D4:D7, E4:E7, B5:B7 over
   them. The header is rows 3–4: merges A3:A4 B3:B4 C3:E3, bold A3:E4.
"""
import sys

HDR2 = {
    "公开06表 财政拨款基本支出表（经济科目）": "本年财政拨款基本支出",
    "公开08表 一般公共预算基本支出表": "本年一般公共预算基本支出",
}
G10 = "公开10表 政府性基金预算支出表"


def main(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    done = set()
    for i, line in enumerate(lines):
        if not line.startswith("@sheet "):
            continue
        name = line[len("@sheet "):]
        if name in HDR2:
            assert lines[i + 1] == "@merge A1:E1", (name, lines[i + 1])
            assert lines[i + 3] == "@bold A1:E1 A4:E4", (name, lines[i + 3])
            assert lines[i + 6].split("\t") == ["部门预算支出经济分类科目", "", HDR2[name]], (name, lines[i + 6])
            assert lines[i + 7].split("\t") == ["科目编码", "科目名称", "合计", "人员经费", "公用经费"], (name, lines[i + 7])
            lines[i + 1] = "@merge A1:E1 A3:B3 C3:E3"
            lines[i + 3] = "@bold A1:E1 A3:E4"
            done.add(name)
        elif name == G10:
            assert lines[i + 1] == "@merge A1:E1 C3:E3 C4:C7 D4:D7 E4:E7 B5:B7", lines[i + 1]
            assert lines[i + 3] == "@bold A1:E1 A3:E7", lines[i + 3]
            assert lines[i + 6].split("\t") == ["科目编码", "科目名称", "本年政府性基金预算支出"], lines[i + 6]
            assert lines[i + 7].split("\t") == ["", "", "合计", "基本支出", "项目支出"], lines[i + 7]
            assert lines[i + 8].split("\t") == ["", "合计"], lines[i + 8]
            lines[i + 1] = "@merge A1:E1 A3:A4 B3:B4 C3:E3"
            lines[i + 3] = "@bold A1:E1 A3:E4"
            done.add(name)
    assert done == set(HDR2) | {G10}, f"not found: {set(HDR2) | {G10} - done}"
    open(path, "w", encoding="utf-8").write("\n".join(lines))
    print(f"fix_source: header merges corrected in {len(done)} sheets")


if __name__ == "__main__":
    main(sys.argv[1])
