import type { Mark, MarksOutcome, MarkTarget } from "./marks";
import type { DocModel } from "./model";
import type { EditOp, StructureOp } from "./ops";

/**
 * What a host's document looked like at one moment, for undo. Opaque: only
 * the adapter that made it can restore it.
 */
export interface DocumentSnapshot {
  readonly adapter: string;
}

/**
 * Track Changes as the document had it at the last read(). The model always
 * reads a document as if every revision were accepted (inserted text in,
 * deleted text out), whatever the host shows.
 */
export interface RevisionState {
  /** Edits are being recorded as revisions now (Word's Track Changes on). */
  tracking: boolean;
  /** The body holds revisions nobody has accepted or rejected yet. */
  pending: boolean;
}

/** How to fill a document that records revisions: as revisions, or with recording paused for the fill. */
export type TrackingChoice = "track" | "pause";

/**
 * The document port: everything the core and the controller need from a
 * document host, in this folder's own vocabulary (model, ops, marks). The
 * OOXML adapter (CLI, playground, tests) and the Word adapter (Office.js)
 * implement it; each method is at most a fixed number of round trips.
 */
export interface DocumentAdapter {
  /** Read the whole document into the neutral model. */
  read(): Promise<DocModel>;
  /** Add rows; the next read() sees them. */
  applyStructure(ops: StructureOp[]): Promise<void>;
  /** Apply content edits in one batch. */
  applyEdits(ops: EditOp[]): Promise<void>;
  /**
   * Highlight/shade each mark's target in its severity's colour and attach its
   * comment (author 丝路申报助手) where supported, in one batch. Marks of an
   * earlier call are cleared first; an empty list only clears.
   */
  applyMarks(marks: Mark[]): Promise<MarksOutcome>;
  /** Remove exactly our marks and comments, restoring the user's own formatting (their highlights stay). */
  clearMarks(): Promise<void>;
  /** Select and scroll to a target (the task pane's "jump to finding"). No-op where there is no view. */
  select(target: MarkTarget): Promise<void>;

  /** The XML of the form-data part the document carries (namespace FORM_DATA_NS), or null. */
  loadFormDataXml(): Promise<string | null>;
  /** Save (or replace) the form-data part. */
  saveFormDataXml(xml: string): Promise<void>;
  /** The document as it is now, for restore(). */
  snapshot(): Promise<DocumentSnapshot>;
  /** Put the document back as it was at snapshot(). */
  restore(snapshot: DocumentSnapshot): Promise<void>;
  /** Replace the whole body with this .docx (the official blank form). */
  replaceWithDocx(docx: Uint8Array): Promise<void>;

  /** Track Changes as of the last read() (hosts without it: never tracking). */
  revisions?(): RevisionState;
  /**
   * Stop recording revisions, in one round trip; the returned function puts
   * the document's own mode back (also one). Only where revisions() can say
   * tracking.
   */
  pauseTracking?(): Promise<() => Promise<void>>;
}
