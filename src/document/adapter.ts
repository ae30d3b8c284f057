import type { Mark, MarkTarget } from "../check/finding";
import type { EditOp, StructureOp } from "../fill/ops";
import type { DocModel } from "./model";

/**
 * What the core needs from a document host. The OOXML adapter (CLI,
 * playground, tests) and the Word adapter (Office.js) both implement it;
 * each method is one round trip to the host at most a fixed number of times.
 */
export interface DocumentAdapter {
  /** Read the whole document into the neutral model. */
  read(): Promise<DocModel>;
  /** Add rows; the next read() sees them. */
  applyStructure(ops: StructureOp[]): Promise<void>;
  /** Apply content edits in one batch. */
  applyEdits(ops: EditOp[]): Promise<void>;
  /** Highlight/shade each mark's target and attach its comment (author 丝路申报助手) where supported, in one batch. */
  applyMarks(marks: Mark[]): Promise<void>;
  /** Remove exactly our marks and comments, restoring the user's own formatting (their highlights stay). */
  clearMarks(): Promise<void>;
  /** Select and scroll to a target (the task pane's "jump to finding"). No-op where there is no view. */
  select(target: MarkTarget): Promise<void>;
}
