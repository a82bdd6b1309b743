#!/usr/bin/env python3
"""Write a workbook made by pdf_tables_to_xlsx.py in the project's sheet-source format (examples/README.md).

usage: xlsx_to_source.py TOOL.xlsx OUT_source.txt [TRANSCRIBE.json]      (needs: openpyxl)

Every cell stays at exactly the address it has in TOOL.xlsx; the values are written as the format wants them:
  number            bare, in the form -?(0|[1-9]\\d*)(\\.\\d+)? (never an exponent; decimals padded to the cell's
                    number format when it has one such as 0.00)
  text              bare unless it has to be quoted: it looks like a number ("208", "05", "1.5"), has leading or
                    trailing whitespace (U+3000 included), starts with " or =, is an error code ("#REF!"), holds a
                    TAB / line break, or starts with @ or # in the first cell of a line; quoted text uses the
                    escapes \\" \\\\ \\n \\t \\r \\uXXXX
  formula           =FORMULA→cached result (a formula without a cached result is an error)
  one `@sheet NAME` per sheet, TAB-separated cells, an empty line for an empty row.

Added, as a clerk's workbook has them:
  @merge  the title row (A1) across the table's width; the header rows (those between the 单位 line and the first
          body row).  The tool leaves a merged header cell's text in its first cell and its continuation cells
          blank, so, row by row from the top:
            - a header cell with blank cells to its right, under which the header rows below have text, spans
              right over them (本年收入 over 项目|预算数; 功能分类科目编码 over 类|款|项);
            - otherwise a header cell with blank cells below it down to the last header row spans down
              (项目 over two header rows);
          a span stops at a non-empty cell, at a cell another span already covers, and at the edge of the span
          above it, so merges never overlap and never cover a non-empty cell.
  @width  code columns narrow, name columns as wide as their longest name, amount columns 14.
  @bold   the title and the header rows.

Header rows: the rows after the title and the 编制单位 / 单位 lines, up to the first body row, a row holding a
number or a code, or a 一、/合计/总计 line in the first column with no header text beside it (the tool's own
header_rows counts the 合计 | 基本支出 row of a 收支总表 or the 合计 | 因公出国(境)费 row of a 三公 table as body).
TRANSCRIBE.json (what pdf_tables_to_xlsx.py printed) is only compared: a sheet whose header differs from the
tool's header_rows, or whose title is not the one the tool reported, is named on stderr.
Prints a JSON summary (sheets, rows, header rows, merges) on stdout; warnings go to stderr.
"""
import json
import re
import sys
import unicodedata
from decimal import Decimal

import openpyxl
from openpyxl.utils import get_column_letter

NUMBER = re.compile(r'^-?(0|[1-9]\d*)(\.\d+)?$')
LEADING_ZERO_NUMBER = re.compile(r'^-?0\d+(\.\d+)?$')
# JavaScript's \s (what the parser tests with): Python's \s plus U+FEFF
EDGE_SPACE = re.compile(r'^[\s\ufeff]|[\s\ufeff]$')
ERRORS = {'#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'}
FORBIDDEN_IN_SHEET_NAME = re.compile(r'[\[\]:*?/\\]')

# the tool's patterns (pdf_tables_to_xlsx.py), to recognise the 编制单位 / 单位 lines and the end of the header
TOOL_NUM_RE = re.compile(r'^[-−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$')
UNIT_RE = re.compile(r'(金额)?单位\s*[：:]?\s*(万元|千元|元)\s*$')
ORG_RE = re.compile(r'^(编制单位|编制部门|部门名称|单位名称|预算单位|部门（单位）|部门\(单位\)|部门|单位)\s*[：:]?')
BODY_START = re.compile(r'^([一二三四五六七八九十]+[、.．]|合\s*计|总\s*计|\d{3})')
CODE_HDR = re.compile(r'编码|代码|^类$|^款$|^项$')

AMOUNT_WIDTH = 14


def warn(msg):
    print(f'xlsx_to_source: {msg}', file=sys.stderr)


def compact(s):
    return re.sub(r'\s+', '', s or '')


# ---------------------------------------------------------------- cells

def quote(text):
    out = ['"']
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\r':
            out.append('\\r')
        elif ord(ch) < 0x20 or ord(ch) == 0x7f or ch in '\u2028\u2029':
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def text_token(text, first_in_line):
    """A text cell as the format writes it: bare where that reads back as the same text, else quoted."""
    if text == '':
        return ''  # the format has no empty text: a blank cell
    if (NUMBER.match(text) or LEADING_ZERO_NUMBER.match(text) or EDGE_SPACE.search(text)
            or text[0] in '"=' or text in ERRORS or re.search(r'[\x00-\x1f\x7f\u2028\u2029]', text)
            or (first_in_line and text[0] in '@#')):
        return quote(text)
    return text


def decimals_of(number_format):
    """0.00 → 2, #,##0.0 → 1, General → None."""
    if not number_format:
        return None
    m = re.fullmatch(r'(?:#,##)?0\.(0+)', number_format.split(';')[0])
    return len(m.group(1)) if m else None


def number_token(v, number_format=None):
    if isinstance(v, bool):
        raise ValueError(f'逻辑值 {v} 不是表格里会有的值')
    if isinstance(v, int):
        d = Decimal(v)
    else:
        if v != v or v in (float('inf'), float('-inf')):
            raise ValueError(f'不是有限数：{v}')
        d = Decimal(repr(float(v)))  # shortest form that reads back as the same float
    if d == 0:
        d = Decimal(0)  # no "-0"
    s = format(d, 'f')
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    places = decimals_of(number_format)
    if places:
        have = len(s.split('.')[1]) if '.' in s else 0
        if have < places:
            s = (s if '.' in s else s + '.') + '0' * (places - have)
    if not NUMBER.match(s):
        raise ValueError(f'数字写不成源文件的形式：{v!r} → {s}')
    return s


def value_token(v, number_format, first_in_line):
    if v is None:
        return ''
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return number_token(v, number_format)
    if isinstance(v, str):
        return text_token(v, first_in_line)
    raise ValueError(f'不支持的单元格值：{v!r}（{type(v).__name__}）')


def cell_token(cell, cached, first_in_line):
    v = cell.value
    if cell.data_type == 'f' or (isinstance(v, str) and v.startswith('=') and cell.data_type != 's'):
        formula = v if isinstance(v, str) else getattr(v, 'text', None)
        if not isinstance(formula, str):
            raise ValueError(f'{cell.coordinate}: 不支持的公式 {v!r}')
        if cached is None:
            raise ValueError(f'{cell.coordinate}: 公式 {formula} 没有缓存结果（源文件写作 =公式→结果）')
        if isinstance(cached, str):
            result = cached if cached in ERRORS else quote(cached)
        else:
            result = number_token(cached, cell.number_format)
        return '=' + formula.lstrip('=') + '→' + result
    if cell.data_type == 'e':
        if v not in ERRORS:
            raise ValueError(f'{cell.coordinate}: 未知错误值 {v!r}')
        return v
    return value_token(v, cell.number_format, first_in_line)


# ---------------------------------------------------------------- table structure

def is_blank(v):
    return v is None or (isinstance(v, str) and v == '')


def is_numeric(v):
    if isinstance(v, bool):
        return False
    if isinstance(v, (int, float)):
        return True
    return isinstance(v, str) and bool(TOOL_NUM_RE.match(compact(v)))


def preamble_end(grid):
    """Index (0-based) of the first row after the title and the 编制单位 / 单位 lines."""
    i = 1 if grid and any(not is_blank(v) for v in grid[0]) else 0
    while i < len(grid) and i <= 3:
        ne = [v for v in grid[i] if not is_blank(v)]
        if not ne or len(ne) > 2 or not all(isinstance(v, str) for v in ne):
            break
        joined = ' '.join(ne)
        if UNIT_RE.search(joined.strip()) or UNIT_RE.search(compact(joined)) or (ORG_RE.match(compact(ne[0])) and '表' not in joined):
            i += 1
            continue
        break
    return i


def is_dash(v):
    return isinstance(v, str) and compact(v) in ('-', '—', '－', '/')


def ends_header(row):
    """A row that is body, not header: it holds a number or a code, or it is a 一、/合计/总计 line whose other
    cells are empty or such lines too (a 合计 printed among header cells, as in a 三公 table, is a header)."""
    ne = [v for v in row if not is_blank(v)]
    if any(is_numeric(v) for v in ne):
        return True
    if not ne or is_blank(row[0]) or not isinstance(row[0], str) or not BODY_START.match(compact(row[0])):
        return False
    return all(is_dash(v) or (isinstance(v, str) and BODY_START.match(compact(v))) for v in ne[1:])


def header_count(rows):
    """Header rows: up to the first body row.  The tool's rule (a number, or a row whose first text is 一、/
    合计/总计/a code) takes the 合计 | 基本支出 header row of a 收支总表 and the 合计 | 因公出国(境)费 row of a
    三公 table for body; here a 合计 ends the header only in the first column and with no header text beside it."""
    n = 0
    for r in rows:
        if n > 0 and ends_header(r):
            break
        if n == 0 and any(is_numeric(v) for v in r if not is_blank(v)):
            break
        n += 1
    return n


def header_merges(grid, top, count, width):
    """Merges of the header rows grid[top:top+count] (0-based), as (r1, c1, r2, c2) inclusive, 0-based."""
    bottom = top + count - 1
    owner = {}  # (r, c) -> merge index
    merges = []

    def text(r, c):
        return not is_blank(grid[r][c]) if c < len(grid[r]) else False

    def free(r, c):
        return not text(r, c) and (r, c) not in owner

    def parent(r, c):
        if r == top:
            return None
        if (r - 1, c) in owner:
            return ('m', owner[(r - 1, c)])
        return ('c', c) if text(r - 1, c) else None

    def add(r1, c1, r2, c2):
        k = len(merges)
        merges.append((r1, c1, r2, c2))
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                owner[(r, c)] = k

    for r in range(top, bottom + 1):
        for c in range(width):
            if not text(r, c) or (r, c) in owner:
                continue
            # right: the run of free cells, within the span above
            end = c
            while end + 1 < width and free(r, end + 1) and parent(r, end + 1) == parent(r, c):
                end += 1
            # columns at the end of the run with nothing below them are not part of this header
            while end > c and not any(text(rr, end) for rr in range(r + 1, bottom + 1)):
                end -= 1
            if end > c and r < bottom and any(text(r + 1, cc) for cc in range(c + 1, end + 1)):
                add(r, c, r, end)
                continue
            # down: blank cells below, to the last header row
            if r < bottom and all(free(rr, c) for rr in range(r + 1, bottom + 1)):
                add(r, c, bottom, c)
    return merges


def display_width(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)


def column_widths(grid, body_top, width, header_top):
    """Excel widths by what the body rows hold: amounts 14, codes narrow, names as wide as the longest."""
    out = []
    for c in range(width):
        under = [grid[r][c] for r in range(header_top, body_top)]
        if any(isinstance(v, str) and compact(v) in ('类', '款', '项') for v in under):
            out.append(6)
            continue
        vals = [grid[r][c] for r in range(body_top, len(grid)) if c < len(grid[r]) and not is_blank(grid[r][c])]
        numbers = [v for v in vals if isinstance(v, (int, float)) and not isinstance(v, bool)]
        texts = [v for v in vals if isinstance(v, str)]
        codes = [v for v in texts if re.fullmatch(r'\d{1,12}', v.strip())]
        if vals and len(numbers) >= len(vals) / 2:
            w = max([AMOUNT_WIDTH] + [len(number_token(v)) + 3 for v in numbers])
        elif texts and len(codes) >= len(texts) / 2:
            w = max(6, max(len(v.strip()) for v in codes) + 3)
        elif texts:
            w = min(50, max(12, max(display_width(v) for v in texts) + 2))
        elif any(not is_blank(grid[r][c]) for r in range(len(grid))):
            w = AMOUNT_WIDTH
        else:
            w = None  # an empty column keeps Excel's width
        if w == 9:
            w = 10  # ExcelJS takes a width of 9 for its default and does not write it
        out.append(w)
    return out


def width_directive(widths):
    """@width A:C 6 D 28 E:P 14 — runs of equal widths joined."""
    parts = []
    c = 0
    while c < len(widths):
        if widths[c] is None:
            c += 1
            continue
        e = c
        while e + 1 < len(widths) and widths[e + 1] == widths[c]:
            e += 1
        col = get_column_letter(c + 1) if e == c else f'{get_column_letter(c + 1)}:{get_column_letter(e + 1)}'
        w = widths[c]
        parts += [col, str(int(w)) if float(w).is_integer() else str(w)]
        c = e + 1
    return '@width ' + ' '.join(parts)


def rng(r1, c1, r2, c2):
    a = f'{get_column_letter(c1 + 1)}{r1 + 1}'
    return a if (r1, c1) == (r2, c2) else f'{a}:{get_column_letter(c2 + 1)}{r2 + 1}'


# ---------------------------------------------------------------- sheets

def convert_sheet(ws, ws_values, reported):
    """Lines of one sheet, and a summary."""
    name = ws.title
    if name != name.strip() or FORBIDDEN_IN_SHEET_NAME.search(name) or len(name) > 31 or name == '':
        raise ValueError(f'工作表名称不能写进源文件：{name!r}')
    max_row, max_col = ws.max_row, ws.max_column
    # what each cell shows (a formula by its cached result), for finding the header and the widths
    def shown(r, c):
        cell = ws.cell(r, c)
        if cell.data_type == 'f' and ws_values is not None:
            return ws_values.cell(r, c).value
        return cell.value
    grid = [[shown(r, c) for c in range(1, max_col + 1)] for r in range(1, max_row + 1)]
    # drop trailing blank columns/rows (openpyxl's max_* can count styled empty cells)
    used = [(r, c) for r in range(max_row) for c in range(max_col) if not is_blank(grid[r][c])]
    lines = [f'@sheet {name}']
    summary = {'sheet': name, 'rows': 0, 'header_rows': 0, 'merges': []}
    if not used:
        return lines, summary
    last_row = max(r for r, _ in used)
    width = max(c for _, c in used) + 1
    grid = [row[:width] for row in grid[:last_row + 1]]
    first_row = min(r for r, _ in used)
    first_col = min(c for _, c in used)

    tool_layout = not is_blank(grid[0][0])  # the tool writes the title in A1; another sheet gets only widths
    pre = preamble_end(grid) if tool_layout else 0
    count = header_count(grid[pre:]) if tool_layout else 0
    if reported is not None and reported[1] != count:
        warn(f'{name}: 表头按表格判断为第{pre + 1}–{pre + count}行（{count} 行），工具报告 {reported[1]} 行')
    body_top = pre + count

    merges = []
    title_cols = [c for c in range(width) if not is_blank(grid[0][c])]
    if tool_layout and width > 1:
        end = title_cols[1] - 1 if len(title_cols) > 1 else width - 1
        if end > 0:
            merges.append((0, 0, 0, end))
    if count > 0:
        merges += header_merges(grid, pre, count, width)

    bold = []
    if tool_layout:
        bold.append((0, 0, 0, merges[0][3] if merges and merges[0][0] == 0 else 0))
    if count > 0:
        bold.append((pre, 0, pre + count - 1, width - 1))

    if merges:
        lines.append('@merge ' + ' '.join(rng(*m) for m in merges))
    widths = column_widths(grid, body_top, width, pre)
    if any(w is not None for w in widths):
        lines.append(width_directive(widths))
    if bold:
        lines.append('@bold ' + ' '.join(rng(*b) for b in bold))
    if (first_row, first_col) != (0, 0):
        lines.append(f'@start {get_column_letter(first_col + 1)}{first_row + 1}')
    for r in range(first_row, last_row + 1):
        toks = []
        for c in range(first_col, width):
            cell = ws.cell(r + 1, c + 1)
            cached = ws_values.cell(r + 1, c + 1).value if ws_values is not None else None
            try:
                toks.append(cell_token(cell, cached, first_in_line=(c == first_col)))
            except ValueError as e:
                raise ValueError(f'{name}!{cell.coordinate}: {e}') from None
        while toks and toks[-1] == '':
            toks.pop()
        lines.append('\t'.join(toks))
    summary.update({'rows': len(grid), 'header_rows': count, 'header_from_row': pre + 1 if count else None,
                    'merges': [rng(*m) for m in merges]})
    return lines, summary


def main():
    if len(sys.argv) not in (3, 4):
        print('usage: xlsx_to_source.py TOOL.xlsx OUT_source.txt [TRANSCRIBE.json]', file=sys.stderr)
        sys.exit(2)
    src, out = sys.argv[1], sys.argv[2]
    reported = None
    if len(sys.argv) == 4:
        with open(sys.argv[3], encoding='utf-8') as f:
            reported = [(t.get('title'), t.get('rows'), t.get('header_rows')) for t in json.load(f).get('tables', [])]
    wb = openpyxl.load_workbook(src)
    wb_values = openpyxl.load_workbook(src, data_only=True)
    seen = set()
    lines, summaries = [], []
    for ws in wb.worksheets:
        if ws.title.lower() in seen:
            raise SystemExit(f'工作表名称重复：{ws.title}')
        seen.add(ws.title.lower())
        use = None
        if reported is not None:
            # the tool's table of the same title (A1), the first one not yet used
            k = next((k for k, t in enumerate(reported) if t[0] is not None and t[0] == ws.cell(1, 1).value), None)
            if k is None:
                warn(f'{ws.title}: 工具的输出里没有标题为 {ws.cell(1, 1).value!r} 的表（修正时加的？）')
            else:
                use = (reported[k][1], reported[k][2])
                reported[k] = (None, None, None)
        try:
            sheet_lines, summary = convert_sheet(ws, wb_values[ws.title], use)
        except ValueError as e:
            raise SystemExit(str(e))
        if lines:
            lines.append('')
        lines += sheet_lines
        summaries.append(summary)
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    print(json.dumps({'sheets': summaries}, ensure_ascii=False, indent=1))


if __name__ == '__main__':
    main()
