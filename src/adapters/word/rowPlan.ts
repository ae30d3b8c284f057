import { cellParagraphs } from "../../document/model";
import type { StructureOp } from "../../document/ops";
import { cloneRows } from "../ooxml/edit";
import { readBody } from "../ooxml/reader";
import { createW, elementChildren, wChild, wName, XElement } from "../ooxml/xml";
import type { Action, Batch } from "./batch";
import { packageWithBlocks } from "./flatOpc";
import type { WordState } from "./wordState";

/** Elements a row copy made from plain strings would lose: such rows go through OOXML. */
const BUSY = ["sdt", "sym", "drawing", "pict", "object", "fldChar", "fldSimple", "footnoteReference", "endnoteReference", "ins", "del", "moveFrom", "moveTo", "customXml", "commentRangeStart", "br", "hyperlink"];

/**
 * How Word itself copies a block of rows, through the object model:
 * `TableRow.insertRows` (WordApi 1.3, "inserts rows using this row as a
 * template", each new row given its cells' text) and, for a block whose top
 * row starts a vertically merged label (the 4-row 中方参与单位 block), then
 * `Table.mergeCells` (WordApi 1.4) down each such column of every copy.
 * The copies of a block of several rows are inserted before it (the only
 * row both adjacent and shaped like the block's top row is that top row);
 * the blocks are the same, so the fill that follows cannot tell them apart.
 */
interface RowCopy {
  /** Model paragraph of the block's first cell: the row and its table are found from it. */
  anchor: number;
  where: "Before" | "After";
  count: number;
  values: string[][];
  /** Lines after the first of each cell of the block's top row: [row offset in the copy, cell index, lines]. */
  more: [number, number, string[]][];
  /** Cell indices to merge down each copy (the top row's vertical-merge restarts). */
  merge: number[];
  /** Word's row index of the block's top row, and its height. */
  top: number;
  height: number;
}

/**
 * The block as Word can copy it, or null when only OOXML can (then the
 * reason stays in the code: content a plain-string copy would lose, rows
 * inside content controls or with grid offsets, rows of different shapes,
 * merges that do not start at the block's top, merges on WordApi 1.3).
 */
function rowCopy(st: WordState, op: StructureOp, api14: boolean): RowCopy | null {
  const table = st.model.tables[op.table];
  const tbl = st.index.tables[op.table];
  const trs = st.index.rows[op.table];
  if (trs.some((tr) => tr.parentNode !== tbl)) return null;
  const rows = table.rows.slice(op.first, op.last + 1);
  const walk = (el: XElement): boolean => elementChildren(el).every((c) => !BUSY.includes(wName(c)) && c.localName !== "AlternateContent" && walk(c));
  for (let r = op.first; r <= op.last; r++) {
    const trPr = wChild(trs[r], "trPr");
    if (trPr && (wChild(trPr, "gridBefore") || wChild(trPr, "gridAfter"))) return null;
    if (!walk(trs[r])) return null;
  }
  if (rows.some((row) => row.cells.some((c) => c.blocks.length === 0 || c.blocks.some((b) => b.kind !== "paragraph")))) return null;
  const texts = (i: number) => rows[i].cells.map((c) => cellParagraphs(c).map((p) => p.text));
  const anchor = (rows[0].cells[0].blocks[0] as { index: number }).index;
  if (rows.length === 1) {
    // One row is its own template, merges and spans included (a copy of a cell continuing a merge continues it, as cloneRows does).
    if (rows[0].cells.some((c) => c.blocks.length !== 1)) return null;
    const values = Array.from({ length: op.times }, () => texts(0).map((t) => t[0]));
    return { anchor, where: "After", count: op.times, values, more: [], merge: [], top: op.last, height: 1 };
  }
  const top = rows[0].cells;
  const merge: number[] = [];
  for (const [i, row] of rows.entries()) {
    if (row.cells.length !== top.length) return null;
    for (const [c, cell] of row.cells.entries()) {
      if (cell.gridSpan !== top[c].gridSpan) return null;
      const want = top[c].vMerge === "restart" ? (i === 0 ? "restart" : "continue") : null;
      if (cell.vMerge !== want || (i > 0 && want !== null && cellParagraphs(cell).some((p) => p.text !== ""))) return null;
      // Only a merged label of the top row may have several paragraphs (added to the copy's cell before the merge).
      if (cell.blocks.length !== 1 && !(i === 0 && want !== null)) return null;
    }
  }
  for (const [c, cell] of top.entries()) if (cell.vMerge === "restart") merge.push(c);
  if (merge.length > 0 && !api14) return null;
  const block = rows.map((_, i) => texts(i).map((t) => t[0]));
  const more: [number, number, string[]][] = [];
  texts(0).forEach((lines, c) => {
    if (lines.length > 1) more.push([0, c, lines.slice(1)]);
  });
  const values = Array.from({ length: op.times }, () => block).flat();
  return { anchor, where: "Before", count: values.length, values, more, merge, top: op.first, height: rows.length };
}

function emitRowCopy(b: Batch, c: RowCopy): void {
  const p = b.para(c.anchor);
  p.parentTableCell.parentRow.insertRows(c.where, c.count, c.values);
  if (c.more.length === 0 && c.merge.length === 0) return;
  // Copies inserted before the block take its row numbers; later rows of the table are not counted on.
  const table = p.parentTable;
  for (let k = 0; k < c.count / c.height; k++) {
    const top = c.top + k * c.height;
    for (const [dr, cell, lines] of c.more) {
      const body = table.getCell(top + dr, cell).body;
      for (const line of lines) body.insertParagraph(line, "End");
    }
    for (const cell of c.merge) table.mergeCells(top, cell, top + c.height - 1, cell);
  }
}

function containsTable(st: WordState, outer: number, inner: number): boolean {
  const a = st.model.tables[outer];
  const b = st.model.tables[inner];
  return outer !== inner && a.nestingLevel < b.nestingLevel && a.paragraphRange[0] <= b.paragraphRange[0] && b.paragraphRange[1] <= a.paragraphRange[1];
}

/**
 * Added rows: through the object model wherever Word can copy the rows
 * itself; the whole table through OOXML only for what it cannot (see
 * rowCopy), since Range.insertOoxml is slow with a blocking dialog on the
 * web and drops comments and bookmarks inside the table (office-js #5944,
 * #2577, #116).
 */
export function planStructure(st: WordState, ops: StructureOp[], api14: boolean): Action[] {
  const copies = new Map(ops.map((op) => [op, rowCopy(st, op, api14)] as const));
  const native = ops.filter((op) => copies.get(op) !== null);
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
    // The paragraph after the table (a table never ends its container).
    const next = table.paragraphRange[1];
    actions.push({
      at: table.paragraphRange[0],
      sub: 0,
      touched: [k, next],
      emit: (b) => {
        const after = b.para(next);
        const inserted = b.para(k).parentTable.getRange("Whole").insertOoxml(xml, "Replace");
        // Word is reported to add an empty paragraph after an inserted table (office-js #116): whatever lies
        // between the new table and the paragraph that followed the old one goes; when nothing does, the range is empty.
        inserted.tables.getFirst().getRange("After").expandTo(after.getRange("Start")).delete();
      },
    });
  }
  for (const op of native) {
    if (inReplaced(op.table) !== undefined) continue;
    const copy = copies.get(op)!;
    actions.push({ at: copy.anchor, sub: 0, touched: [copy.anchor], emit: (b) => emitRowCopy(b, copy) });
  }
  return actions;
}
