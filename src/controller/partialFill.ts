import type { DocModel } from "../document/model";
import { SilkformError } from "../errors";
import { extractFormData, isPlaceholder } from "../extract";
import { pathLabel } from "../form/labels";
import { fieldDefOf } from "../form/fields";
import { getPath, listItemOf, tryParsePath } from "../form/paths";
import type { FormData } from "../form/schema";
import { listCounts } from "../fill/plan";
import { locateForm } from "../locate";
import type { LocateResult } from "../locate/location";

/**
 * What a fill that failed halfway left in the document. Word runs a batch's
 * commands in order and stops at the one it refuses, so the answers written
 * before it stay (office-js: "an error stops the rest of a batch"). Saying
 * "本次操作已停止" then would be untrue: the document is read again and
 * compared, field by field, with what it held before the fill.
 */
export interface PartialFill {
  /** Fields that now hold what the fill meant to write, by Chinese label. */
  written: string[];
  /** Fields the fill changed but did not finish (a long answer cut off), by Chinese label. */
  partly: string[];
  /** Rows the fill added to the tables. */
  rowsAdded: number;
}

/**
 * Every located answer by its field path, as the document shows it. Not
 * the extracted form data: extraction leaves out empty list items, which
 * would renumber the rows a half-done fill wrote into.
 */
function answers(model: DocModel, located: LocateResult): Map<string, string> {
  const out = new Map<string, string>();
  let tables: FormData | null = null;
  for (const f of located.fields) {
    const path = f.found ? tryParsePath(f.id) : null;
    const def = path && fieldDefOf(path.field);
    if (!path || !def) continue;
    if (def.type === "table") {
      tables ??= extractFormData(model, located).data;
      out.set(f.id, JSON.stringify(getPath(tables, f.id) ?? []));
    } else if (def.type === "choice" && f.location?.kind === "choice") {
      out.set(f.id, f.location.options.filter((o) => o.ticked).map((o) => o.option).join("、"));
    } else out.set(f.id, isPlaceholder(f.text) ? "" : f.text);
  }
  return out;
}

/** What the fill means to write at a field path, in the form `answers` gives. */
function wanted(data: FormData, path: string): string {
  const v = getPath(data, path);
  if (v === undefined || v === null) return "";
  return typeof v === "string" ? v : Array.isArray(v) && v.every((x) => typeof x !== "object") ? v.join("、") : JSON.stringify(v);
}

const norm = (v: string | undefined) => (v ?? "").replace(/\r\n?/g, "\n").trim();

export function comparePartialFill(before: { model: DocModel; located: LocateResult }, after: DocModel, target: FormData): PartialFill {
  const was = answers(before.model, before.located);
  const now = answers(after, locateForm(after));
  const counts = listCounts(before.located);
  const written: string[] = [];
  const partly: string[] = [];
  for (const [path, value] of now) {
    if (norm(value) === norm(was.get(path))) continue;
    const done = norm(value) === norm(wanted(target, path));
    // A row the fill added holds a copy of the row it was made from until its own answers are written.
    const p = tryParsePath(path)!;
    const added = p.index !== undefined && p.index >= (counts.get(listItemOf(p)?.list ?? p.field) ?? 0);
    if (done) written.push(pathLabel(path));
    else if (!added) partly.push(pathLabel(path));
  }
  const rows = (m: DocModel) => m.tables.reduce((n, t) => n + t.rows.length, 0);
  return { written, partly, rowsAdded: rows(after) - rows(before.model) };
}

/**
 * The message for a fill Word stopped halfway: what was written, what to do
 * (undo is offered: the controller keeps the snapshot from before the fill).
 * `cause` is the error Word gave, kept in the details.
 */
export function partialFillError(p: PartialFill, cause: unknown): SilkformError {
  const code = (cause as { officeCode?: string }).officeCode;
  const what = code ? `Word 在写入途中拒绝了一步操作（${code}）` : "写入途中出错";
  const parts = [`填写没有全部完成：${what}，此前的内容已经写入文档。`];
  if (p.written.length > 0) parts.push(`已写入：${p.written.join("、")}。`);
  if (p.partly.length > 0) parts.push(`只写入了一部分：${p.partly.join("、")}。`);
  if (p.rowsAdded > 0) parts.push(`已添加 ${p.rowsAdded} 行表格行${p.written.length + p.partly.length === 0 ? "（内容尚未写入）" : ""}。`);
  parts.push("其余内容没有写入。可点“撤销上次填写”把文档恢复到填写前，或解决问题后再点“填入文档”补全。");
  const details = cause instanceof Error ? [cause.message, ...((cause as { details?: string[] }).details ?? [])] : [String(cause)];
  return new SilkformError("fillIncomplete", parts.join(""), details);
}
