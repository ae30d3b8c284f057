import type { Severity } from "../../src/document/marks";
import { SEVERITY_LABEL } from "../../src/check/marks";

/**
 * The severity a mark's comment text speaks for, read back from its 【错误】/【警告】
 * prefixes. The product never does this (a mark carries its severity); the
 * tests use it to check that what a reader sees in the comment agrees with
 * the colour the adapter chose. Any error line makes it an error; no prefix
 * counts as an error.
 */
export function severityOfComment(comment: string): Severity {
  if (comment.includes(SEVERITY_LABEL.error)) return "error";
  if (comment.includes(SEVERITY_LABEL.warning)) return "warning";
  return "error";
}
