/**
 * The neutral document model: what the core (locator, extract, check, fill
 * planner) sees of a document, whichever adapter produced it. Paragraphs and
 * tables are numbered in document order (pre-order, nested tables included),
 * which is also the order Word's `body.paragraphs` reports, so an index means
 * the same paragraph in both adapters.
 */

export interface DocParagraph {
  kind: "paragraph";
  /** Position among all paragraphs of the body, in document order. */
  index: number;
  /** Visible text: runs joined, tabs as "\t", breaks as "\n", symbol boxes as □/☑/☒. */
  text: string;
  /** The paragraph holds a picture, drawing or embedded object (a seal or a scanned signature). */
  hasDrawing: boolean;
  /** The innermost table cell holding this paragraph, if any. */
  cell: CellRef | null;
}

export interface CellRef {
  table: number;
  row: number;
  /** Grid column where the cell starts (after gridBefore and the spans of the cells before it). */
  col: number;
}

export interface DocCell {
  kind: "cell";
  ref: CellRef;
  gridSpan: number;
  /** Vertical merge as written: "continue" cells belong to the "restart" cell above. */
  vMerge: "restart" | "continue" | null;
  blocks: DocBlock[];
}

export interface DocRow {
  index: number;
  cells: DocCell[];
}

export interface DocTable {
  kind: "table";
  /** Position among all tables, in document order (pre-order). */
  index: number;
  /** 1 for a table in the body, 2 for a table inside a cell, … */
  nestingLevel: number;
  rows: DocRow[];
  /** Paragraph index of the table's first paragraph and one past its last. */
  paragraphRange: [number, number];
}

export type DocBlock = DocParagraph | DocTable;

export interface DocModel {
  blocks: DocBlock[];
  paragraphs: DocParagraph[];
  tables: DocTable[];
}

/** All text of a cell, paragraphs joined with "\n" (nested tables skipped). */
export function cellParagraphs(cell: DocCell): DocParagraph[] {
  return cell.blocks.filter((b): b is DocParagraph => b.kind === "paragraph");
}

export function cellText(cell: DocCell): string {
  return cellParagraphs(cell)
    .map((p) => p.text)
    .join("\n");
}

/** Every paragraph inside a cell, nested tables included, in order. */
export function allCellParagraphs(cell: DocCell): DocParagraph[] {
  const out: DocParagraph[] = [];
  const walk = (blocks: DocBlock[]) => {
    for (const b of blocks) {
      if (b.kind === "paragraph") out.push(b);
      else for (const r of b.rows) for (const c of r.cells) walk(c.blocks);
    }
  };
  walk(cell.blocks);
  return out;
}

/** The cell of a row that covers grid column `col`, if any. */
export function cellAtCol(row: DocRow, col: number): DocCell | undefined {
  return row.cells.find((c) => c.ref.col <= col && col < c.ref.col + c.gridSpan);
}

export function findCell(model: DocModel, ref: CellRef): DocCell | undefined {
  const row = model.tables[ref.table]?.rows[ref.row];
  return row?.cells.find((c) => c.ref.col === ref.col);
}
