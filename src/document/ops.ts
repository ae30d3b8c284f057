import type { CellRef } from "./model";

/** A stretch of one paragraph's text, by UTF-16 offsets in the model text. */
export interface TextSpan {
  paragraph: number;
  start: number;
  end: number;
}

/**
 * Edits the core asks an adapter to make. They name places by the neutral
 * model's numbering, which both adapters share; an adapter resolves every
 * target before it changes anything, so one batch never invalidates itself.
 */
export type EditOp =
  /** Replace the text of a span (a cover line after its colon). */
  | { op: "setSpan"; span: TextSpan; text: string }
  /** Replace a cell's paragraphs with these lines, in the cell's own formatting (or the label cell's). */
  | { op: "setCell"; cell: CellRef; lines: string[]; styleFrom: CellRef | null }
  /** Replace a region's paragraphs with these lines; an empty region is created after `insertAfter`. */
  | { op: "setRegion"; cell: CellRef | null; paragraphs: number[]; insertAfter: number | null; afterTable: number | null; lines: string[] }
  /** Tick or untick one box character. */
  | { op: "setBox"; span: TextSpan; ticked: boolean };

/** Structural edits, applied (and the document re-read) before content edits. */
export type StructureOp =
  /** Insert `times` copies of rows first..last right after row `last`. */
  { op: "cloneRows"; table: number; first: number; last: number; times: number };
