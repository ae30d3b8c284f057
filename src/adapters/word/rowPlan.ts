import { cellText } from "../../document/model";
import type { StructureOp } from "../../document/ops";
import { cloneRows } from "../ooxml/edit";
import { readBody } from "../ooxml/reader";
import { createW, elementChildren, wChild, wName, XElement } from "../ooxml/xml";
import type { Action } from "./batch";
import { packageWithBlocks } from "./flatOpc";
import type { WordState } from "./wordState";

/**
 * Rows Word can copy itself with `TableRow.insertRows` (WordApi 1.3): one
 * row, in a table without merged or spanned cells anywhere (Word's table
 * API misbehaves on non-uniform tables: officejs-facts §1, ISSUE #5024,
 * #3425), each cell one plain paragraph (`values` are plain strings).
 * Anything else goes through OOXML.
 */
function rowsInsertable(st: WordState, op: StructureOp): boolean {
  if (op.first !== op.last) return false;
  const table = st.model.tables[op.table];
  const tbl = st.index.tables[op.table];
  const counts = new Set<number>();
  for (const row of table.rows) {
    counts.add(row.cells.length);
    if (row.cells.some((c) => c.gridSpan > 1 || c.vMerge !== null)) return false;
  }
  if (counts.size !== 1) return false;
  const tr = st.index.rows[op.table][op.last];
  if (tr.parentNode !== tbl) return false;
  const trPr = wChild(tr, "trPr");
  if (trPr && (wChild(trPr, "gridBefore") || wChild(trPr, "gridAfter"))) return false;
  for (const cell of table.rows[op.last].cells) {
    if (cell.blocks.length !== 1 || cell.blocks[0].kind !== "paragraph") return false;
  }
  const busy = ["sdt", "sym", "drawing", "pict", "object", "fldChar", "fldSimple", "footnoteReference", "endnoteReference", "ins", "del", "moveFrom", "moveTo", "customXml", "commentRangeStart", "br", "hyperlink"];
  const walk = (el: XElement): boolean => elementChildren(el).every((c) => !busy.includes(wName(c)) && c.localName !== "AlternateContent" && walk(c));
  return walk(tr);
}

function containsTable(st: WordState, outer: number, inner: number): boolean {
  const a = st.model.tables[outer];
  const b = st.model.tables[inner];
  return outer !== inner && a.nestingLevel < b.nestingLevel && a.paragraphRange[0] <= b.paragraphRange[0] && b.paragraphRange[1] <= a.paragraphRange[1];
}

export function planStructure(st: WordState, ops: StructureOp[]): Action[] {
  const native = ops.filter((op) => rowsInsertable(st, op));
  const viaXml = new Set(ops.filter((op) => !native.includes(op)).map((op) => op.table));
  // Replace the outermost table only; everything inside it is copied in its XML.
  const replaced = [...viaXml].filter((t) => ![...viaXml].some((u) => containsTable(st, u, t)));
  const inReplaced = (t: number) => replaced.find((r) => r === t || containsTable(st, r, t));
  const actions: Action[] = [];

  for (const t of replaced) {
    // A copy of just this table, numbered from 0: its nested tables are t+1, t+2, … in the model.
    const holder = createW(st.pkg.dom, "body");
    holder.appendChild(st.index.tables[t].cloneNode(true));
    const idx = readBody(holder).index;
    // The ops' row numbers refer to the document before any of them, as in the OOXML adapter.
    const resolved = ops
      .filter((op) => op.table === t || containsTable(st, t, op.table))
      .map((op) => ({ rows: idx.rows[op.table - t].slice(op.first, op.last + 1), times: op.times }));
    for (const r of resolved) cloneRows(r.rows, r.times);
    const xml = packageWithBlocks(st.pkg, [idx.tables[0]]);
    const table = st.model.tables[t];
    const k = st.model.paragraphs.slice(table.paragraphRange[0], table.paragraphRange[1]).find((p) => p.cell?.table === t)!.index;
    actions.push({
      at: table.paragraphRange[0],
      sub: 0,
      touched: [k],
      emit: (b) => void b.para(k).parentTable.getRange("Whole").insertOoxml(xml, "Replace"),
    });
  }
  for (const op of native) {
    if (inReplaced(op.table) !== undefined) continue;
    const row = st.model.tables[op.table].rows[op.last];
    const k = (row.cells[0].blocks[0] as { index: number }).index;
    const values = Array.from({ length: op.times }, () => row.cells.map((c) => cellText(c)));
    actions.push({
      at: k,
      sub: 0,
      touched: [k],
      emit: (b) => void b.para(k).parentTableCell.parentRow.insertRows("After", op.times, values),
    });
  }
  return actions;
}
