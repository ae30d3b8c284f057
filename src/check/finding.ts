import type { FieldPathText } from "../form/paths";

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

import type { MarkTarget, Severity } from "../document/marks";

// Marks are the port's vocabulary (src/document/marks.ts); findings point at the same targets.
export type { Mark, MarkTarget, Severity, TextPoint } from "../document/marks";
export { COMMENT_PREFIX, MARK_AUTHOR } from "../document/marks";

/**
 * A correction the check is sure of, as data (never as text to parse). The pane applies it
 * through the same fill as 填入文档 — undoable, and the answer is replaced only while the
 * document still holds `from`, the text the check read; otherwise it is a fill conflict.
 */
export type FindingFix =
  /** Write `to` in place of `from` (the template's sample text removed, a standard discipline, a normalised number or address). */
  | { kind: "replace"; from: string; to: string }
  /** A single choice: tick the one of `options` the user picks; `from` is what is ticked now, joined with 、. */
  | { kind: "choose"; from: string; options: string[] };

export interface Finding {
  /** Field id as `locate` writes it (`staff[1].phone`). */
  field: FieldPathText;
  rule: RuleId;
  severity: Severity;
  /** Chinese: what is wrong and how to fix it. */
  message: string;
  /** Where to mark and jump to; null when the field itself was not found. */
  location: MarkTarget | null;
  /** The one-click fix, where the rule is sure what the answer should be. */
  fix?: FindingFix;
}

export const findingId = (f: Pick<Finding, "field" | "rule">) => `${f.field}#${f.rule}`;
