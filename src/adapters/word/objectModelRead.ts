import type { CellRef, DocBlock, DocCell, DocModel, DocParagraph, DocRow, DocTable } from "../../document/model";
import type { WRequestContext } from "./host";

/**
 * The read for when `body.getOoxml()` fails (GeneralException on some
 * documents: a shape grouped with a picture, layered images — office-js
 * #6059, #5394, #998). The same neutral model, built from what Word's object
 * model gives: each paragraph's text and table nesting (one round trip),
 * then the row and cell of every paragraph inside a table (one more).
 *
 * What it cannot see, unlike the OOXML read:
 * - merged cells: Office.js exposes no gridSpan/vMerge (officejs-facts §1),
 *   so every cell spans one column and `col` is Word's cellIndex;
 * - symbol-font characters (w:sym boxes, ☐/☑ drawn with Wingdings): Word
 *   reports them as private-use characters without their font, so they
 *   read as U+FFFD — a ticked and an empty box look the same;
 * - which run a picture is in: a paragraph with a picture (U+0001) only
 *   says it has a drawing.
 * Tables are told apart by their paragraphs: a paragraph outside a table
 * ends it, and so does a step back in (row, cell) order or another row
 * count (two tables with nothing between them, as some converters write —
 * two such tables of as many rows, the first ending in its first cell,
 * would read as one); a nested table is
 * followed by a paragraph of the cell holding it (a cell ends with a
 * paragraph).
 */
export async function readThroughObjectModel(ctx: WRequestContext): Promise<{ model: DocModel; words: string[]; levels: number[] }> {
  const paragraphs = ctx.document.body.paragraphs.load("items/text,items/tableNestingLevel");
  await ctx.sync();
  const items = paragraphs.items;
  const inTable = items.map((p) =>
    p.tableNestingLevel > 0 ? { cell: p.parentTableCell.load("rowIndex,cellIndex"), table: p.parentTable.load("rowCount") } : null,
  );
  await ctx.sync();
  const words = items.map((p) => p.text);
  const levels = items.map((p) => p.tableNestingLevel);
  const places = inTable.map((x) => (x ? { row: x.cell.rowIndex, cell: x.cell.cellIndex, rows: x.table.rowCount } : null));
  return { model: buildModel(words, levels, places), words, levels };
}

/** Word's text of a paragraph as the OOXML reader would give it (breaks as "\n", Word's own marks left out). */
export function modelText(word: string): { text: string; hasDrawing: boolean } {
  let text = "";
  let hasDrawing = false;
  for (const ch of word) {
    const c = ch.charCodeAt(0);
    if (ch === "\v" || ch === "\f" || ch === "\r") text += "\n";
    else if (ch === "\u001e") text += "-";
    else if (ch === "\u0001") hasDrawing = true;
    else if (c >= 0xe000 && c <= 0xf8ff) text += "\ufffd";
    else if ((c < 0x20 && ch !== "\t") || ch === "\u00ad") continue;
    else text += ch;
  }
  return { text, hasDrawing };
}

/** Where Word puts a paragraph: its cell's row and index in the row, and the table's row count. */
export interface Place {
  row: number;
  cell: number;
  rows: number;
}

interface OpenTable {
  table: DocTable;
  /** The (row, cell) of its last paragraph, and its row count. */
  last: Place;
  /** Closed tables one level deeper, waiting for the next paragraph of this table: they sit in its cell, before it. */
  pending: DocTable[];
}

export function buildModel(words: string[], levels: number[], places: (Place | null)[]): DocModel {
  const model: DocModel = { blocks: [], paragraphs: [], tables: [] };
  const stack: OpenTable[] = [];
  const cellOf = (t: DocTable, row: number, col: number): DocCell => {
    while (t.rows.length <= row) t.rows.push({ index: t.rows.length, cells: [] } as DocRow);
    const r = t.rows[row];
    let cell = r.cells.find((c) => c.ref.col === col);
    if (!cell) {
      cell = { kind: "cell", ref: { table: t.index, row, col }, gridSpan: 1, vMerge: null, blocks: [] };
      r.cells.push(cell);
      r.cells.sort((a, b) => a.ref.col - b.ref.col);
    }
    return cell;
  };
  const close = (i: number) => {
    const open = stack.pop()!;
    open.table.paragraphRange[1] = i;
    // Nested tables never followed by a paragraph of this table (not valid in Word) stay out of the tree rather than be lost.
    if (stack.length > 0) stack[stack.length - 1].pending.push(open.table);
  };

  words.forEach((word, i) => {
    const level = levels[i];
    const place = places[i] ?? { row: 0, cell: 0, rows: 0 };
    while (stack.length > level) close(i);
    const same = stack[level - 1];
    const last = same?.last;
    if (level > 0 && last && ((last.rows >= 0 && place.rows !== last.rows) || place.row < last.row || (place.row === last.row && place.cell < last.cell))) close(i);
    while (stack.length < level) {
      const table: DocTable = { kind: "table", index: model.tables.length, nestingLevel: stack.length + 1, rows: [], paragraphRange: [i, i] };
      model.tables.push(table);
      if (stack.length === 0) model.blocks.push(table);
      // A table opened for a deeper paragraph: its row count is learnt from its own first paragraph.
      stack.push({ table, pending: [], last: { row: 0, cell: 0, rows: table.nestingLevel === level ? place.rows : -1 } });
    }
    const { text, hasDrawing } = modelText(word);
    let cell: CellRef | null = null;
    let blocks = model.blocks;
    if (level > 0) {
      const open = stack[level - 1];
      open.last = place;
      const docCell = cellOf(open.table, place.row, place.cell);
      docCell.blocks.push(...open.pending);
      open.pending = [];
      cell = docCell.ref;
      blocks = docCell.blocks;
    }
    const para: DocParagraph = { kind: "paragraph", index: i, text, hasDrawing, cell };
    model.paragraphs.push(para);
    blocks.push(para as DocBlock);
  });
  while (stack.length > 0) close(words.length);
  return model;
}
