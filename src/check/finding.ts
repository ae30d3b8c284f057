import type { FieldPath } from "../form/fields";
import type { CellRef } from "../document/model";

/** Rule ids of FORM.md §3 and the reviewer's rules after them: the public contract of the check report. */
export const RULE_IDS = [
  "required",
  "placeholder",
  "overLimit",
  "briCountry",
  "partnerCount",
  "partnerOverlap",
  "labName",
  "discipline",
  "singleChoice",
  "number",
  "email",
  "phone",
  "url",
  "consistency",
  "quantified",
  "signature",
  "seal",
  "date",
  // A department reviewer's checks beyond FORM.md §3 (docs/form-reference.md): warnings.
  "crossCount",
  "timeNoted",
  "currencyUnit",
  "twoYearPlan",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = "error" | "warning";

export interface TextPoint {
  paragraph: number;
  /** UTF-16 offset in the paragraph's model text. */
  offset: number;
}

/**
 * What to mark in the document for a finding. Both adapters can address
 * these: paragraphs by document-order index, text by offsets in a paragraph,
 * cells by the model's cell reference.
 */
export type MarkTarget =
  /** Highlight text from one point to another (possibly across paragraphs of one cell). */
  | { kind: "range"; start: TextPoint; end: TextPoint }
  /** Shade a whole answer cell (empty or invalid answers). */
  | { kind: "cell"; cell: CellRef; paragraphs: number[] }
  /** Shade whole paragraphs (an empty narrative region, a missing signature line). */
  | { kind: "paragraphs"; paragraphs: number[] };

export interface Finding {
  /** Field id as `locate` writes it (`staff[1].phone`). */
  field: FieldPath;
  rule: RuleId;
  severity: Severity;
  /** Chinese: what is wrong and how to fix it. */
  message: string;
  /** Where to mark and jump to; null when the field itself was not found. */
  location: MarkTarget | null;
}

/** One mark in the document: highlight/shade the target, and a comment when the host supports it. */
export interface Mark {
  /** Stable id of the finding (`${field}#${rule}`), used to select it from the findings list. */
  id: string;
  target: MarkTarget;
  comment: string;
}

/** Author name on our comments; clearing removes exactly the comments with this author. */
export const MARK_AUTHOR = "丝路申报助手";
/**
 * Office.js cannot set a comment's author, so comments the add-in makes in
 * Word open with this instead; every host's clear treats them as ours too.
 */
export const COMMENT_PREFIX = `【${MARK_AUTHOR}】`;

export const findingId = (f: Pick<Finding, "field" | "rule">) => `${f.field}#${f.rule}`;
