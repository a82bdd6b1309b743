"""Helpers shared by the independent audits (examples/regions/<name>/audit.py).

Pure bookkeeping only: reading a printed cell as an exact Decimal, recording a checked relation, a narrative
figure, and writing the expected.json lists from them. Each audit keeps its own checks (the arithmetic of its
document) and imports this with `sys.path.insert(0, os.path.dirname(HERE))`. Reads workbooks never; the
project's engine is never used.
"""
import json
import os
import re
import sys
from decimal import ROUND_HALF_UP, Decimal


def num(v):
    """A cell's value as an exact Decimal: None → 0, a printed string such as '1,234.50' → 1234.50, a float by repr."""
    if v is None:
        return Decimal(0)
    if isinstance(v, str):
        assert re.fullmatch(r'-?[\d,]+(\.\d+)?', v), v
        return Decimal(v.replace(',', ''))
    return Decimal(repr(v)) if isinstance(v, float) else Decimal(v)


class Audit:
    """What one audit found: `holds` and `fails` (relations), `found` (narrative figures), and the narrative text
    of the folder `here` with all whitespace removed (`narr`)."""

    def __init__(self, here):
        self.here = here
        self.holds, self.fails, self.found = [], [], []
        self.narr = re.sub(r'\s+', '', open(os.path.join(here, 'narrative.txt'), encoding='utf-8').read())

    def check(self, rule, what, left, right, lcells, rcells):
        """Record and print `left == right` (cells lcells against rcells); a difference of 0.01 is marked rounding."""
        e = {'rule': rule, 'what': what, 'left': str(left), 'right': str(right), 'cells': lcells, 'against': rcells,
             'rounding': left != right and abs(left - right) == Decimal('0.01')}
        (self.holds if left == right else self.fails).append(e)
        print(f'  {"holds" if left == right else "FAILS"}  {rule} {what}: {left} vs {right}')

    def flag(self, rule, what, published, computed, lcells, rcells):
        """Record and print an inconsistency judged by the audit itself (published and computed as strings)."""
        self.fails.append({'rule': rule, 'what': what, 'left': published, 'right': computed, 'cells': lcells,
                           'against': rcells, 'rounding': False})
        print(f'  FAILS  {rule} {what}: {published} vs {computed}')

    def said(self, rule, snippet, value, unit, shown, cells, note=None, rounding=False):
        """Record and print a narrative figure (`snippet` must stand in the narrative) against the table's `shown`;
        a percentage is compared to the decimals the text prints. `shown` None: a figure the tables cannot give
        (a rate of a zero 预算数), recorded with agrees None."""
        assert re.sub(r'\s+', '', snippet) in self.narr, snippet
        e = {'rule': rule, 'text': snippet, 'value': value, 'unit': unit, 'cell': cells[0] if len(cells) == 1 else None}
        if len(cells) != 1:
            e['cells'] = cells
        if shown is None:
            e['agrees'] = None
        else:
            if unit == '%':
                p = len(value.split('.')[1]) if '.' in value else 0
                shown = shown.quantize(Decimal(1).scaleb(-p), rounding=ROUND_HALF_UP)
            e['agrees'] = shown == Decimal(value)
            e['table'] = str(shown) if unit == '%' else f'{shown:.2f}'
        if note:
            e['note'] = note
        if rounding:
            e['rounding'] = True
        self.found.append(e)
        print(f'  {({True: "agrees ", False: "DIFFERS", None: "text   "})[e["agrees"]]} {rule} {snippet} ↔ {cells} {e.get("table", "")}')

    def write(self, expected):
        """With --write-expected: fill `expected` (the document's header fields) with holds, inconsistencies and
        narrative, and write it to expected.json of the folder."""
        if '--write-expected' not in sys.argv:
            return
        words = lambda e: f"{e['rule']} {e['what']} ({', '.join(e['cells'])} = {', '.join(e['against'])})"  # noqa: E731
        expected.update({
            'holds': [words(e) for e in self.holds],
            'inconsistencies': [{'rule': e['rule'], 'cells': e['cells'], 'against': e['against'], 'published': e['left'],
                                 'computed': e['right'], 'what': e['what'], **({'rounding': True} if e['rounding'] else {})}
                                for e in self.fails],
            'narrative': self.found,
        })
        with open(os.path.join(self.here, 'expected.json'), 'w', encoding='utf-8') as f:
            json.dump(expected, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print('wrote expected.json')
