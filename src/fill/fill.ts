import type { DocumentAdapter } from "../document/adapter";
import type { DocModel } from "../document/model";
import { listItemOf, tryParsePath } from "../form/paths";
import type { FormData } from "../form/schema";
import { locateForm } from "../locate";
import type { LocateResult } from "../locate/location";
import { cleanFormData, type FillNotice } from "./cleanData";
import type { Conflict, EditOp, Unfillable } from "./ops";
import { listCounts, planContent, planStructure, unplacedValues } from "./plan";

export interface FillOptions {
  /** true: replace every conflicting answer; a list: only those fields (the task pane's per-item choice). */
  overwrite?: boolean | readonly string[];
  /**
   * Fields to write even over other text, as long as the document still holds exactly this
   * text there (a one-click fix, computed from what the check read); otherwise a conflict.
   */
  replaceIfUnchanged?: Readonly<Record<string, string>>;
  /** Write these fields only, leaving every other answer and the rows as they are (a one-click fix). */
  only?: readonly string[];
}

export interface FillReport {
  changed: string[];
  /** Values written with characters taken out (control characters a document cannot hold). */
  notices: FillNotice[];
  conflicts: Conflict[];
  unfillable: Unfillable[];
  rowsAdded: number;
  ops: EditOp[];
}

/**
 * Fill a located document from form data: add the rows the lists need,
 * re-read, then write every answer that differs, in one batch. The adapter
 * is read once more at most and written twice at most, whatever the data.
 * The caller (the controller) has read, located and accepted the document.
 */
export async function fillForm(doc: DocumentAdapter, start: { model: DocModel; located: LocateResult }, input: FormData, opts: FillOptions = {}): Promise<FillReport> {
  let { model, located } = start;
  const { data, notices, damaged } = cleanFormData(input);
  const before = listCounts(located);
  const only = opts.only ? new Set(opts.only) : null;
  const structure = only ? { ops: [], unfillable: [] } : planStructure(located, data);
  if (structure.ops.length > 0) {
    await doc.applyStructure(structure.ops);
    model = await doc.read();
    located = locateForm(model);
  }
  // An item or row at or past the count before the rows were added is new.
  const fresh = (text: string) => {
    const p = tryParsePath(text);
    return p?.index !== undefined && p.index >= (before.get(listItemOf(p)?.list ?? p.field) ?? 0);
  };
  const plan = planContent(model, located, data, { overwrite: opts.overwrite ?? false, replaceIfUnchanged: opts.replaceIfUnchanged, only: opts.only, fresh });
  await doc.applyEdits(plan.ops);
  // One entry per field: a value with no place at all says so once, with the value.
  const unfillable = new Map<string, Unfillable>();
  for (const u of [...structure.unfillable, ...plan.unfillable, ...unplacedValues(located, data), ...damaged]) if (!only || only.has(u.field)) unfillable.set(u.field, u);
  return {
    changed: plan.changed,
    notices,
    conflicts: plan.conflicts,
    unfillable: [...unfillable.values()],
    rowsAdded: structure.ops.reduce((n, op) => n + (op.last - op.first + 1) * op.times, 0),
    ops: plan.ops,
  };
}
