import type { CellRef } from "./model";

/** How serious a mark is: adapters colour by it (yellow / green), never by reading the comment back. */
export type Severity = "error" | "warning";

export interface TextPoint {
  paragraph: number;
  /** UTF-16 offset in the paragraph's model text. */
  offset: number;
}

/**
 * A place to mark or select. Both adapters can address these: paragraphs by
 * document-order index, text by offsets in a paragraph, cells by the model's
 * cell reference.
 */
export type MarkTarget =
  /** Highlight text from one point to another (possibly across paragraphs of one cell). */
  | { kind: "range"; start: TextPoint; end: TextPoint }
  /** Shade a whole answer cell (empty or invalid answers). */
  | { kind: "cell"; cell: CellRef; paragraphs: number[] }
  /** Shade whole paragraphs (an empty narrative region, a missing signature line). */
  | { kind: "paragraphs"; paragraphs: number[] };

/** One mark in the document: highlight/shade the target in its severity's colour, and a comment when the host supports it. */
export interface Mark {
  /** Stable id (the finding's `${field}#${rule}`), used to select it from the findings list. */
  id: string;
  target: MarkTarget;
  severity: Severity;
  comment: string;
}

/** What applyMarks could do in this host. */
export interface MarksOutcome {
  /** The host refused comments (Word on some web tenants, office-js #6746): the marks are highlights/shading only. */
  commentsRefused: boolean;
  /** The host could read the document but not mark it (Word whose getOoxml fails): the findings are only listed. */
  unmarked?: boolean;
}

/** Author name on our comments; clearing removes exactly the comments with this author. */
export const MARK_AUTHOR = "丝路申报助手";
/**
 * Office.js cannot set a comment's author, so comments the add-in makes in
 * Word open with this instead; every host's clear treats them as ours too.
 */
export const COMMENT_PREFIX = `【${MARK_AUTHOR}】`;
