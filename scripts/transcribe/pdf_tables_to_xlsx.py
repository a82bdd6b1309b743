#!/usr/bin/env python3
"""Convert real 部门预算 PDFs into clerk-style .xlsx workbooks (one sheet per budget table) + narrative .txt.

usage: pdf_tables_to_xlsx.py BUDGET.pdf OUT.xlsx [NARRATIVE.txt]   (needs: pip install pdfplumber openpyxl)
  prints what it found (pages, tables with their titles and row counts, unit, conversion notes) as JSON

Sheet layout (what a clerk's workbook looks like):
  row 1      the table's title as printed above the table ("表1 收支总表"; a separate "表1"/"公开01表" line is
             joined to the title line with a space)
  row 2(..3) the 编制单位/部门 line and the 单位：万元 line; when they are printed on one line they share one row
             (org text in column A, unit text in the last column), otherwise one row each
  then       header rows as printed; a merged header cell's text is written in its first (top-left) cell only,
             continuation cells are left BLANK (no Excel merge)
  then       body rows: amounts as numbers (thousands separators stripped), blank stays blank, "-" kept as text,
             科目编码/代码/类/款/项 columns kept as text (leading zeros preserved)
A table continued over pages (no title above it, a repeated identical title, or a 续表 title) is appended to the
previous table's sheet, dropping its repeated header rows.
Pages with no budget table go to the .txt (narrative).
"""
import json, os, re, sys
import pdfplumber
import openpyxl

NUM_RE = re.compile(r'^[-−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$')
UNIT_RE = re.compile(r'(金额)?单位\s*[：:]?\s*(万元|千元|元)\s*$')
ORG_RE = re.compile(r'^(编制单位|编制部门|部门名称|单位名称|预算单位|部门（单位）|部门\(单位\)|部门|单位)\s*[：:]?')
TABNO_RE = re.compile(r'^(公开)?(附)?表\s*[0-9一二三四五六七八九十]+([-—－][0-9]+)?$|^公开\s*[0-9]+\s*表$|^表[0-9]+[-—－][0-9]+$')
BUDGET_KW = re.compile(r'收支|收入|支出|拨款|基金|国有资本|三公|经费|采购')
EXCLUDE_KW = re.compile(r'绩效|目录|目 录|^第.部分|说明|[。，；]$')
BODY_START = re.compile(r'^([一二三四五六七八九十]+[、.．]|合\s*计|总\s*计|\d{3})')
CODE_HDR = re.compile(r'编码|代码|^类$|^款$|^项$|功能分类科目编码')


def clean_cell(s):
    if s is None:
        return None
    s = str(s)
    # 重庆-style PDFs put the 、 of "一、" on its own baseline: "一 一般公共预算资金\n、"
    m = re.match(r'^([一二三四五六七八九十]+)\s+(.*)\n\s*[、.]\s*$', s, re.S)
    if m:
        s = m.group(1) + '、' + m.group(2)
    s = s.replace('\n', '')
    s = s.strip()
    return s


def compact(s):
    return re.sub(r'\s+', '', s or '')


def to_value(s, code_col):
    if s is None or s == '':
        return None
    t = compact(s)
    if code_col and re.fullmatch(r'\d+', t):
        return t
    if NUM_RE.match(t):
        t = t.replace(',', '').replace('−', '-')
        try:
            v = float(t)
            return int(v) if re.fullmatch(r'-?\d+', t) else v
        except ValueError:
            return s
    return s


def is_numeric_text(s):
    return bool(s) and bool(NUM_RE.match(compact(s)))


def fix_line(s):
    # 重庆 titles: "年部门收支总体情况表" with the year on the next baseline; ": :" stray colons
    return s


def text_lines(page, top, bottom):
    if bottom - top < 1:
        return []
    try:
        x0, y0, x1, y1 = page.bbox
        crop = page.crop((x0, max(y0, top), x1, min(y1, bottom)))
        lines = crop.extract_text_lines(layout=False, strip=True, return_chars=False, y_tolerance=4)
    except Exception:
        return []
    out = []
    for ln in lines:
        t = ln['text'].strip()
        if t:
            out.append(t)
    return out


def classify_above(lines, running_headers):
    """From the text lines printed above a table, pick title / org / unit.  Returns dict."""
    info = {'title': None, 'org': None, 'unit': None, 'unit_text': None, 'org_unit_same_line': False, 'tabno': None,
            'raw': lines}
    cand = []
    for ln in lines:
        c = compact(ln)
        if not c or c in running_headers:
            continue
        if re.fullmatch(r'[-—－]?\s*\d{1,3}\s*[-—－]?|第\d+页.*', c):
            continue  # page numbers
        c2 = re.sub(r'[：:]{1,2}$', '', c)
        m = UNIT_RE.search(ln.strip()) or UNIT_RE.search(c)
        if m:
            info['unit'] = m.group(2)
            info['unit_text'] = '单位：' + m.group(2)
            before = ln.strip()[:m.start()].strip() if UNIT_RE.search(ln.strip()) else c[:m.start()]
            before = re.sub(r'\s*[：:]\s*[：:]?\s*$', '', before).strip()
            if before:
                info['org'] = re.sub(r'\s+[：:]\s*', '：', before)
                info['org_unit_same_line'] = True
            continue
        if ORG_RE.match(c) and '表' not in c:
            info['org'] = ln.strip()
            continue
        if TABNO_RE.match(c2):
            info['tabno'] = c2
            continue
        if '表' in c and re.search(r'绩效|目录|^(会议费|培训费)明细表$', c):
            info['excluded'] = c
        if re.fullmatch(r'20\d\d年?', c2):
            info['year'] = c2.rstrip('年')
            continue
        cand.append(ln.strip())
    # title: the last candidate line (closest to the table) that contains 表; else the last candidate with a keyword
    title = None
    for ln in reversed(cand):
        if '表' in ln and not ln.strip().startswith('附件') and len(compact(ln)) <= 48 and not EXCLUDE_KW.search(compact(ln)):
            title = ln
            break
    if title:
        t = re.sub(r'\s+', ' ', title).strip()
        # 重庆: "年部门收支总体情况表 2026" -> "2026年部门收支总体情况表"
        m = re.match(r'^(年.*表)\s*(20\d\d)$', t)
        if m:
            t = m.group(2) + m.group(1)
        elif info.get('year') and t.startswith('年'):
            t = info['year'] + t
        if info['tabno'] and info['tabno'] not in t:
            t = info['tabno'] + ' ' + t
        info['title'] = t
    elif info['tabno']:
        info['title'] = info['tabno']
    return info


def pull_title_rows(rows):
    """Some PDFs draw the title / org / unit inside the ruled table (苏州 公开02表…). Move them out."""
    above = []
    while rows:
        r = rows[0]
        ne = [c for c in r if c]
        if not ne or len(ne) > 2:
            break
        joined = ' '.join(ne)
        c = compact(joined)
        if TABNO_RE.match(c) or UNIT_RE.search(c) or (ORG_RE.match(c) and '表' not in c and len(ne) <= 2 and ('：' in c or ':' in c)) \
                or ('表' in c and len(ne) == 1 and not is_numeric_text(c) and len(c) <= 60 and BUDGET_KW.search(c)):
            above.append(joined)
            rows = rows[1:]
            continue
        break
    return above, rows


def header_count(rows):
    n = 0
    for r in rows:
        ne = [c for c in r if c]
        if any(is_numeric_text(c) for c in ne):
            break
        if ne and BODY_START.match(compact(ne[0])) and n > 0:
            break
        n += 1
    return n


def extract_page_tables(page, running_headers):
    settings = {}
    tables = page.find_tables(settings)
    method = 'lines'
    if not tables:
        txt = page.extract_text() or ''
        if re.search(r'单位\s*[：:]\s*(万元|元)', txt) and BUDGET_KW.search(txt):
            tables = page.find_tables({'vertical_strategy': 'text', 'horizontal_strategy': 'text',
                                       'snap_tolerance': 3, 'join_tolerance': 3, 'min_words_vertical': 3})
            method = 'text'
    tables = sorted(tables, key=lambda t: t.bbox[1])
    out = []
    prev_bottom = page.bbox[1]
    for t in tables:
        x0, top, x1, bottom = t.bbox
        if bottom - top < 8:
            continue
        rows = [[clean_cell(c) for c in r] for r in t.extract()]
        rows = [r for r in rows if any(c for c in r)]
        if not rows:
            continue
        lines = text_lines(page, prev_bottom, top)
        inrows, rows = pull_title_rows(rows)
        info = classify_above(lines + inrows, running_headers)
        out.append({'bbox': t.bbox, 'rows': rows, 'info': info, 'method': method, 'page': page.page_number})
        prev_bottom = bottom
    return out


def find_running_headers(pdf):
    """Lines printed at the top of most pages (e.g. '苏州市审计局2026年度部门预算公开')."""
    from collections import Counter
    cnt = Counter()
    n = len(pdf.pages)
    for p in pdf.pages:
        for ln in text_lines(p, p.bbox[1], p.bbox[1] + 70)[:2]:
            cnt[compact(ln)] += 1
    return {k for k, v in cnt.items() if v >= max(3, n // 4) and '表' not in k}


def norm_row(r):
    return tuple(compact(c) for c in r)


def convert(pdf_path, xlsx_path, txt_path):
    notes = []
    sheets = []  # each: {'title','org','unit','unit_text','same','rows','hdr','pages','method'}
    narrative = []
    with pdfplumber.open(pdf_path) as pdf:
        npages = len(pdf.pages)
        running = find_running_headers(pdf)
        last = None
        for page in pdf.pages:
            try:
                found = extract_page_tables(page, running)
            except Exception as e:
                notes.append(f'p{page.page_number}: table extraction failed: {e}')
                found = []
            kept_on_page = False
            for tb in found:
                info = tb['info']
                title = info['title']
                rows = tb['rows']
                ncols = len(rows[0]) if rows else 0
                is_cont = False
                if last is not None and (last['pages'][-1] in (page.page_number, page.page_number - 1)):
                    if title is None and not info['unit']:
                        is_cont = True
                    elif title and (compact(title) == compact(last['title']) or re.search(r'续表|[（(]续[)）]', title)):
                        is_cont = True
                if is_cont:
                    if ncols != last['ncols']:
                        notes.append(f"p{page.page_number}: continuation of '{last['title']}' has {ncols} columns, not {last['ncols']}")
                    hdr = set(norm_row(r) for r in last['rows'][:last['hdr']])
                    i = 0
                    while i < len(rows) and (norm_row(rows[i]) in hdr or not any(rows[i])):
                        i += 1
                    last['rows'].extend(rows[i:])
                    if page.page_number not in last['pages']:
                        last['pages'].append(page.page_number)
                    kept_on_page = True
                    continue
                if info.get('excluded'):
                    last = None
                    continue
                if not title or EXCLUDE_KW.search(title) or not (BUDGET_KW.search(title) or info['unit']):
                    # not a budget table (绩效目标表, 目录, fee schedules ...)
                    last = None if title else last
                    continue
                if not any(is_numeric_text(c) for r in rows for c in r) and len(rows) <= 2 and not info['unit']:
                    continue
                sh = {'title': title, 'org': info['org'], 'unit': info['unit'], 'unit_text': info['unit_text'],
                      'same': info['org_unit_same_line'], 'rows': rows, 'hdr': header_count(rows),
                      'pages': [page.page_number], 'method': tb['method'], 'ncols': ncols}
                if tb['method'] == 'text':
                    notes.append(f"p{page.page_number}: '{title}' found by text alignment (no ruled lines); columns may be split/merged")
                if not info['unit']:
                    notes.append(f"p{page.page_number}: no 单位 line found above '{title}'")
                sheets.append(sh)
                last = sh
                kept_on_page = True
            if not kept_on_page:
                txt = page.extract_text() or ''
                narrative.append(f'[第{page.page_number}页]\n{txt}\n')
    # write workbook
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    used = set()
    for sh in sheets:
        name = re.sub(r'[\[\]:*?/\\：]', '', sh['title']).strip()[:28] or '表'
        base, k = name, 2
        while name in used:
            name = f'{base[:25]}({k})'
            k += 1
        used.add(name)
        ws = wb.create_sheet(name)
        ncols = max(len(r) for r in sh['rows']) if sh['rows'] else 1
        ws.append([sh['title']])
        if sh['org'] and sh['unit_text'] and sh['same']:
            r = [None] * max(ncols, 2)
            r[0] = sh['org']
            r[-1] = sh['unit_text']
            ws.append(r)
        else:
            if sh['org']:
                ws.append([sh['org']])
            if sh['unit_text']:
                r = [None] * max(ncols, 1)
                r[-1] = sh['unit_text']
                ws.append(r)
        hdr_rows = sh['rows'][:sh['hdr']]
        code_cols = set()
        for r in hdr_rows:
            for j, c in enumerate(r):
                if c and CODE_HDR.search(compact(c)):
                    code_cols.add(j)
                    # a merged 科目编码 header spans 类/款/项 below: handled by the next header row
        for r in hdr_rows:
            ws.append([c if c else None for c in r])
        for r in sh['rows'][sh['hdr']:]:
            ws.append([to_value(c, j in code_cols) for j, c in enumerate(r)])
    if not sheets:
        ws = wb.create_sheet('无公开表')
        ws.append(['本PDF未含部门预算公开表（报表另行发布或为扫描件）'])
        notes.append('no budget tables found in the PDF')
    wb.save(xlsx_path)
    with open(txt_path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(narrative))
    tables = [{'title': s['title'], 'rows': len(s['rows']), 'header_rows': s['hdr'], 'cols': s['ncols'],
               'pages': s['pages'], 'unit': s['unit'], 'org': s['org'], 'method': s['method']} for s in sheets]
    units = sorted({s['unit'] for s in sheets if s['unit']})
    return {'pages': npages, 'tables': tables, 'unit': units[0] if len(units) == 1 else units, 'notes': notes,
            'narrative_pages': len(narrative)}


def main():
    if len(sys.argv) < 3:
        print('usage: pdf_tables_to_xlsx.py BUDGET.pdf OUT.xlsx [NARRATIVE.txt]'); sys.exit(2)
    pdf, xlsx = sys.argv[1], sys.argv[2]
    txt = sys.argv[3] if len(sys.argv) > 3 else os.path.splitext(xlsx)[0] + '.txt'
    res = convert(pdf, xlsx, txt)
    print(json.dumps(res, ensure_ascii=False, indent=1))


if __name__ == '__main__':
    main()
