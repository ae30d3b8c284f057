import type { EditOp } from "../document/ops";
import type { FieldPathText } from "../form/paths";

// The port owns the edit vocabulary; the planner speaks it.
export type { EditOp, StructureOp } from "../document/ops";

export interface Conflict {
  field: FieldPathText;
  current: string;
  proposed: string;
}

/** A value of the data that fill could not put into the document, and why. */
export interface Unfillable {
  field: FieldPathText;
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
