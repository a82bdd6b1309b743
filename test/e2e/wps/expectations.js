/**
 * What the pane should do to the sample workbook in WPS, worked out in Node from the same source file
 * the harness page is built from (examples/source/changji-2023.txt), with the engine compiled in
 * build/. Nothing here is a constant copied from a run.
 */
'use strict';

const path = require('path');
const { requireTs } = require('./harness');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const RANK = { warning: 1, error: 2 };

/** '#FFC7CE' → 0xCEC7FF: ET keeps colours as BGR numbers (red in the low byte). */
function hexToBgrNumber(hex) {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a colour: ${hex}`);
  return parseInt(m[3] + m[2] + m[1], 16);
}

function wpsExpectations(grid) {
  const engine = require(path.join(ROOT, 'build', 'engine'));
  const { MARK_FILL } = requireTs(path.join(ROOT, 'src', 'hosts', 'mark-style.ts'));
  const analysis = engine.analyzeWorkbook(grid);
  const findings = analysis.findings.map((f) => engine.findingToJson(f));
  const ref = (text) => {
    const r = engine.parseRef(text);
    return { sheet: r.sheet, row: r.row, col: r.col, a1: engine.a1(r.row, r.col) };
  };

  /** Cells coloured by 校验: each finding's target and its one-cell sides, the worse severity winning. */
  const marked = new Map();
  const mark = (text, severity) => {
    const r = ref(text);
    const key = `${r.sheet}!${r.a1}`;
    const prev = marked.get(key);
    if (!prev || RANK[severity] > RANK[prev.severity]) marked.set(key, { ...r, severity });
  };
  for (const f of findings) {
    if (f.target) mark(f.target, f.severity);
    for (const side of f.sides) if (side.cells.length === 1) mark(side.cells[0], f.severity);
  }

  /** The block a click on a finding selects: its target and every cell it names on the target's sheet. */
  function selectionFor(f) {
    const t = ref(f.target);
    const box = { top: t.row, left: t.col, bottom: t.row, right: t.col };
    for (const side of f.sides)
      for (const text of side.cells) {
        const r = ref(text);
        if (r.sheet !== t.sheet) continue;
        box.top = Math.min(box.top, r.row);
        box.left = Math.min(box.left, r.col);
        box.bottom = Math.max(box.bottom, r.row);
        box.right = Math.max(box.right, r.col);
      }
    const abs = (row, col) => engine.a1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
    const single = box.top === box.bottom && box.left === box.right;
    const address = single ? abs(box.top, box.left) : `${abs(box.top, box.left)}:${abs(box.bottom, box.right)}`;
    return { sheet: t.sheet, address, cells: (box.bottom - box.top + 1) * (box.right - box.left + 1) };
  }

  return {
    findings,
    tables: analysis.tables.length,
    marked,
    fillBgr: { error: hexToBgrNumber(MARK_FILL.error), warning: hexToBgrNumber(MARK_FILL.warning) },
    ref,
    selectionFor,
  };
}

module.exports = { wpsExpectations, hexToBgrNumber };
