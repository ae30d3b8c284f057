import type { DocumentAdapter } from "../document/adapter";
import type { FormData } from "../form/schema";
import { extractFormData } from "../extract/extract";
import { locateForm } from "../locate";
import { assertThisForm } from "../locate/formCheck";
import type { LocateResult } from "../locate/location";
import type { Conflict, EditOp, Unfillable } from "./ops";
import { listCounts, planContent, planStructure, unplacedValues } from "./plan";

export interface FillOptions {
  /** true: replace every conflicting answer; a list: only those fields (the task pane's per-item choice). */
  overwrite?: boolean | readonly string[];
}

export interface FillReport {
  changed: string[];
  conflicts: Conflict[];
  unfillable: Unfillable[];
  rowsAdded: number;
  ops: EditOp[];
  /** The answers as they were before this fill (from the read the fill makes anyway): what undo restores. */
  before: FormData;
}

/**
 * Fill a document from form data: add the rows the lists need, re-read,
 * then write every answer that differs, in one batch. The adapter is read
 * twice at most and written twice at most, whatever the data.
 */
export async function fillDocument(doc: DocumentAdapter, data: FormData, opts: FillOptions = {}): Promise<FillReport> {
  let model = await doc.read();
  let located: LocateResult = locateForm(model);
  assertThisForm(located);
  const previous = extractFormData(model, located).data;
  const before = listCounts(located);
  const structure = planStructure(located, data);
  if (structure.ops.length > 0) {
    await doc.applyStructure(structure.ops);
    model = await doc.read();
    located = locateForm(model);
  }
  const fresh = (path: string) => {
    const m = /^([\w.]+?)\[(\d+)\]/.exec(path);
    return m !== null && Number(m[2]) >= (before.get(m[1]) ?? 0);
  };
  const plan = planContent(model, located, data, { overwrite: opts.overwrite ?? false, fresh });
  await doc.applyEdits(plan.ops);
  // One entry per field: a value with no place at all says so once, with the value.
  const unfillable = new Map<string, Unfillable>();
  for (const u of [...structure.unfillable, ...plan.unfillable, ...unplacedValues(located, data)]) unfillable.set(u.field, u);
  return {
    changed: plan.changed,
    conflicts: plan.conflicts,
    unfillable: [...unfillable.values()],
    rowsAdded: structure.ops.reduce((n, op) => n + (op.last - op.first + 1) * op.times, 0),
    ops: plan.ops,
    before: previous,
  };
}
