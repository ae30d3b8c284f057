import type { CellRef, DocBlock, DocCell, DocModel, DocParagraph, DocRow, DocTable } from "../../document/model";
import { W14_NS, W_NS, XElement, elementChildren, wAttr, wChild, wName } from "./xml";
import type { Prune } from "./xmlParse";

/** A piece of a paragraph's visible text and the XML node that holds it. */
export interface Segment {
  start: number;
  end: number;
  kind: "text" | "symbol" | "tab" | "break" | "checkbox";
  /** w:t, w:sym, w:tab, w:br; for "checkbox", the w:t inside the checkbox content control. */
  node: XElement;
  /** The w:r holding the node. */
  run: XElement;
  /** For "checkbox": the w:sdt of the checkbox content control. */
  sdt?: XElement;
}

/**
 * Text of a tracked deletion (w:del, w:moveFrom) and the model offset it
 * sits at. The model reads a document as if every revision were accepted
 * (deleted text is not there, inserted text is); Word may still show the
 * deleted text in `Paragraph.text` (Word on the web, #1267), so its adapter
 * needs to know where it is.
 */
export interface Deletion {
  at: number;
  text: string;
}

export interface ParagraphXml {
  el: XElement;
  segments: Segment[];
  /** Tracked deletions in this paragraph, in order (absent when there are none). */
  deleted?: Deletion[];
}

/** Where each model object lives in the XML: the adapter's side of the model. */
export interface XmlIndex {
  paragraphs: ParagraphXml[];
  tables: XElement[];
  rows: XElement[][];
  /** `${table}:${row}:${col}` → w:tc */
  cells: Map<string, XElement>;
}

export const cellKey = (ref: CellRef) => `${ref.table}:${ref.row}:${ref.col}`;

export const EMPTY_BOX = "□";
export const TICKED_BOX = "☑";

// Symbol-font boxes as WPS and older Word write them, by font and the low byte of w:char.
const SYMBOL_BOXES: Record<string, Record<string, string>> = {
  "wingdings 2": { a3: EMPTY_BOX, a2: EMPTY_BOX, "30": EMPTY_BOX, "52": TICKED_BOX, "54": "☒", "53": "☒", "50": "√" },
  wingdings: { "6f": EMPTY_BOX, a8: EMPTY_BOX, fe: TICKED_BOX, fd: "☒", "78": "☒", fc: "✓" },
};

export function symbolChar(font: string, code: string): string {
  const low = code.toLowerCase().slice(-2);
  return SYMBOL_BOXES[font.toLowerCase()]?.[low] ?? String.fromCharCode(parseInt(code, 16) || 0xfffd);
}

const SKIPPED_INLINE = new Set(["pPr", "rPr", "proofErr", "bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "permStart", "permEnd"]);
const TRANSPARENT_INLINE = new Set(["hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "bdo", "dir"]);

function isCheckboxSdt(sdt: XElement): boolean {
  const pr = wChild(sdt, "sdtPr");
  if (!pr) return false;
  for (const c of elementChildren(pr)) if (c.namespaceURI === W14_NS && c.localName === "checkbox") return true;
  return false;
}

/** A paragraph's model text and where each piece of it lives (`withSegments` false: the text alone, segments left empty). */
export function readParagraph(p: XElement, withSegments = true): { text: string; segments: Segment[]; hasDrawing: boolean; deleted: Deletion[] } {
  let text = "";
  let hasDrawing = false;
  const segments: Segment[] = [];
  const deleted: Deletion[] = [];
  /** Inside a tracked deletion: its text is collected here, not put in the model. */
  let deletion: Deletion | null = null;
  const push = (s: string, kind: Segment["kind"], node: XElement, run: XElement, sdt?: XElement) => {
    if (deletion) {
      deletion.text += s;
      return;
    }
    if (s.length === 0 && kind !== "text") return;
    if (withSegments) segments.push({ start: text.length, end: text.length + s.length, kind, node, run, sdt });
    text += s;
  };
  const walkRun = (r: XElement, checkbox?: XElement) => {
    for (const c of elementChildren(r)) {
      const n = wName(c);
      if (n === "t" || (deletion && n === "delText")) push(c.textContent ?? "", checkbox ? "checkbox" : "text", c, r, checkbox);
      else if (n === "tab" || n === "ptab") push("\t", "tab", c, r);
      else if (n === "br" || n === "cr") push("\n", "break", c, r);
      else if (n === "noBreakHyphen") push("-", "symbol", c, r);
      else if (n === "sym") push(symbolChar(wAttr(c, "font") ?? "", wAttr(c, "char") ?? ""), "symbol", c, r);
      else if (n === "drawing" || n === "pict" || n === "object" || c.localName === "AlternateContent") hasDrawing ||= !deletion;
    }
  };
  const walk = (el: XElement, checkbox?: XElement) => {
    for (const c of elementChildren(el)) {
      const n = wName(c);
      if (n === "r") walkRun(c, checkbox);
      else if (n === "sdt") {
        const content = wChild(c, "sdtContent");
        if (content) walk(content, isCheckboxSdt(c) ? c : checkbox);
      } else if (TRANSPARENT_INLINE.has(n)) walk(c, checkbox);
      else if (n === "del" || n === "moveFrom") {
        if (deletion) continue;
        deletion = { at: text.length, text: "" };
        walk(c, checkbox);
        if (deletion.text) deleted.push(deletion);
        deletion = null;
      } else if (SKIPPED_INLINE.has(n)) continue;
      else if (c.localName === "AlternateContent") hasDrawing = true;
    }
  };
  walk(p);
  return { text, segments, hasDrawing, deleted };
}

const BLOCKS = new Set(["p", "tbl"]);
const ROWS = new Set(["tr"]);
const CELLS = new Set(["tc"]);

/**
 * Children of these kinds, looking through content controls and custom XML
 * wrappers (block, row and cell level alike), which hold them as if inline.
 */
function childrenThrough(el: XElement, kinds: ReadonlySet<string>): XElement[] {
  const out: XElement[] = [];
  const visit = (parent: XElement) => {
    for (const c of elementChildren(parent)) {
      const n = wName(c);
      if (kinds.has(n)) out.push(c);
      else if (n === "sdt") {
        const content = wChild(c, "sdtContent");
        if (content) visit(content);
      } else if (n === "customXml") visit(c);
    }
  };
  visit(el);
  return out;
}

const REVISIONS = ["ins", "del", "moveFrom", "moveTo"];

/**
 * Whether a body holds tracked changes nobody has accepted or rejected (the model reads them as accepted).
 * For a body parsed with READ_PRUNE, `pruned` says whether the parse left out a revision mark (in run properties).
 */
export function hasRevisions(body: XElement, pruned = false): boolean {
  return pruned || REVISIONS.some((n) => body.getElementsByTagNameNS(W_NS, n).length > 0);
}

/**
 * Every WordprocessingML element name readBody looks at (or looks through), and so the whole of what a
 * body parsed for reading alone needs: other elements (run and paragraph properties, bookmarks, field
 * codes, …) are checked by the parser but not built, and drawings are kept without their content, which
 * the reader only notices. A name the reader starts to look at belongs here; test/ooxml compares the
 * model read this way with the model read from the whole DOM on every fixture.
 */
const READ_NAMES = new Set([
  "document", "body", ...BLOCKS, ...ROWS, ...CELLS, "sdt", "sdtPr", "sdtContent", "customXml", "trPr", "gridBefore", "tcPr", "gridSpan", "vMerge",
  "r", ...TRANSPARENT_INLINE, "del", "moveFrom", "t", "delText", "tab", "ptab", "br", "cr", "noBreakHyphen", "sym",
]);
const NOTICED_ONLY = new Set(["drawing", "pict", "object"]);

export const READ_PRUNE: Prune = {
  how(ns, local) {
    if (local === "AlternateContent") return "hollow";
    if (ns === W14_NS) return local === "checkbox" ? "keep" : "skip";
    if (ns !== W_NS) return "skip";
    return NOTICED_ONLY.has(local) ? "hollow" : READ_NAMES.has(local) ? "keep" : "skip";
  },
  note: (ns, local) => ns === W_NS && REVISIONS.includes(local),
};

/** Build the neutral model of a w:body and the index that maps it back to XML. */
export function readBody(body: XElement): { model: DocModel; index: XmlIndex } {
  const index: XmlIndex = { paragraphs: [], tables: [], rows: [], cells: new Map() };
  return { model: read(body, index), index };
}

/** The model alone, for a body that is only read (one parsed with READ_PRUNE, which no index may point into). */
export function readModel(body: XElement): DocModel {
  return read(body, null);
}

function read(body: XElement, index: XmlIndex | null): DocModel {
  const model: DocModel = { blocks: [], paragraphs: [], tables: [] };

  const readBlocks = (container: XElement, cell: CellRef | null, level: number): DocBlock[] => {
    const blocks: DocBlock[] = [];
    for (const c of childrenThrough(container, BLOCKS)) blocks.push(wName(c) === "p" ? readP(c, cell) : readTable(c, level + 1));
    return blocks;
  };

  const readP = (p: XElement, cell: CellRef | null): DocParagraph => {
    const { text, segments, hasDrawing, deleted } = readParagraph(p, index !== null);
    const para: DocParagraph = { kind: "paragraph", index: model.paragraphs.length, text, hasDrawing, cell };
    model.paragraphs.push(para);
    index?.paragraphs.push(deleted.length > 0 ? { el: p, segments, deleted } : { el: p, segments });
    return para;
  };

  const readTable = (tbl: XElement, nestingLevel: number): DocTable => {
    const table: DocTable = {
      kind: "table",
      index: model.tables.length,
      nestingLevel,
      rows: [],
      paragraphRange: [model.paragraphs.length, model.paragraphs.length],
    };
    model.tables.push(table);
    index?.tables.push(tbl);
    const rowEls = childrenThrough(tbl, ROWS);
    index?.rows.push(rowEls);
    rowEls.forEach((tr, r) => table.rows.push(readRow(tr, table.index, r, nestingLevel)));
    table.paragraphRange[1] = model.paragraphs.length;
    return table;
  };

  const readRow = (tr: XElement, t: number, r: number, level: number): DocRow => {
    const row: DocRow = { index: r, cells: [] };
    const trPr = wChild(tr, "trPr");
    const before = trPr ? wChild(trPr, "gridBefore") : null;
    let col = before ? parseInt(wAttr(before, "val") ?? "0", 10) || 0 : 0;
    for (const tc of childrenThrough(tr, CELLS)) {
      const tcPr = wChild(tc, "tcPr");
      const spanEl = tcPr ? wChild(tcPr, "gridSpan") : null;
      const span = Math.max(1, spanEl ? parseInt(wAttr(spanEl, "val") ?? "1", 10) || 1 : 1);
      const vm = tcPr ? wChild(tcPr, "vMerge") : null;
      const vMerge = vm ? (wAttr(vm, "val") === "restart" ? "restart" : "continue") : null;
      const ref: CellRef = { table: t, row: r, col };
      index?.cells.set(cellKey(ref), tc);
      const cell: DocCell = { kind: "cell", ref, gridSpan: span, vMerge, blocks: [] };
      cell.blocks = readBlocks(tc, ref, level);
      row.cells.push(cell);
      col += span;
    }
    return row;
  };

  model.blocks = readBlocks(body, null, 0);
  return model;
}
