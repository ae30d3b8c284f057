import type { FieldPath } from "../form/fields";
import type { CellRef } from "../document/model";
import type { TextSpan } from "../locate/location";

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

export interface Conflict {
  field: FieldPath;
  current: string;
  proposed: string;
}

/** A value of the data that fill could not put into the document, and why. */
export interface Unfillable {
  field: FieldPath;
  reason: string;
  /** The value as the user wrote it (lists joined with 、), when the whole value found no place. */
  value?: string;
}

export interface FillPlan {
  ops: EditOp[];
  conflicts: Conflict[];
  unfillable: Unfillable[];
  /** Field paths whose answer the plan changes. */
  changed: string[];
}
