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
}
