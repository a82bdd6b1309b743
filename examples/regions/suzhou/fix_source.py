#!/usr/bin/env python3
"""Correction applied to the converter's output (scripts/transcribe/xlsx_to_source.py), after it:

    fix_source.py source.txt          (rewrites the file in place)

公开06表 and 公开08表 have a two-row header (PDF pages 19 and 22):
    部门预算支出经济分类科目 (over 科目编码 | 科目名称) | 本年财政拨款基本支出 / 本年一般公共预算基本支出
                                                        (over 合计 | 人员经费 | 公用经费)
The converter takes row 3 for an 编制单位 line because its ORG_RE accepts any text starting with
"部门" ("部门预算支出经济分类科目"), so it finds a one-row header (row 4) and writes no header
merges. Only the @merge and @bold directives are changed here; no cell moves or changes.
"""
import sys

FIXES = {
    "公开06表 财政拨款基本支出表（经济科目）": ("本年财政拨款基本支出",),
    "公开08表 一般公共预算基本支出表": ("本年一般公共预算基本支出",),
}


def main(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    done = set()
    for i, line in enumerate(lines):
        if not line.startswith("@sheet "):
            continue
        name = line[len("@sheet "):]
        if name not in FIXES:
            continue
        # the directives the converter wrote for this sheet, and the header row they should cover
        assert lines[i + 1] == "@merge A1:E1", (name, lines[i + 1])
        assert lines[i + 3] == "@bold A1:E1 A4:E4", (name, lines[i + 3])
        row3 = lines[i + 6].split("\t")
        assert row3 == ["部门预算支出经济分类科目", "", FIXES[name][0]], (name, row3)
        row4 = lines[i + 7].split("\t")
        assert row4 == ["科目编码", "科目名称", "合计", "人员经费", "公用经费"], (name, row4)
        lines[i + 1] = "@merge A1:E1 A3:B3 C3:E3"
        lines[i + 3] = "@bold A1:E1 A3:E4"
        done.add(name)
    assert done == set(FIXES), f"not found: {set(FIXES) - done}"
    open(path, "w", encoding="utf-8").write("\n".join(lines))
    print(f"fix_source: header merges A3:B3 C3:E3 added to {len(done)} sheets")


if __name__ == "__main__":
    main(sys.argv[1])
