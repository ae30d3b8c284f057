import type { DocModel } from "../document/model";
import { extractFormData } from "../extract/extract";
import type { LocateResult } from "../locate/location";
import { makeContext, tableCellId } from "./context";
import { Finding, RULE_IDS } from "./finding";
import { RULES } from "./rules";
import { remembering } from "../text/normalize";

export type { Finding } from "./finding";
export { RULES } from "./rules";
export { findingLabel } from "./context";

export interface CheckOptions {
  /** The final check before submission: missing signatures, seals, dates and review opinions become errors. */
  final?: boolean;
}

/**
 * Run every rule of FORM.md §3 over a located document. Findings come in the
 * form's order (the order of located fields; a data-table cell sorts with its
 * table), then in RULE_IDS order; there is at most one finding per field and
 * rule, so `findingId` is unique.
 */
export function checkForm(model: DocModel, located: LocateResult, opts: CheckOptions = {}): Finding[] {
  return remembering(() => check(model, located, opts));
}

function check(model: DocModel, located: LocateResult, opts: CheckOptions): Finding[] {
  const { data } = extractFormData(model, located);
  const ctx = makeContext(model, located, data, opts.final ?? false);
  const findings = RULES.flatMap((rule) => rule.check(ctx));

  const order = new Map(located.fields.map((f, i) => [f.id, i]));
  const position = (id: string) => {
    const cell = tableCellId(id);
    return order.get(cell ? cell.table : id) ?? Number.MAX_SAFE_INTEGER;
  };
  const rank = (r: Finding["rule"]) => RULE_IDS.indexOf(r);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => position(a.f.field) - position(b.f.field) || rank(a.f.rule) - rank(b.f.rule) || a.i - b.i)
    .map(({ f }) => f);
}
