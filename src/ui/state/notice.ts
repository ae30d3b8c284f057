import type { FormData } from "../../form/schema";
import type { FillResult } from "../actions";
import { S } from "../strings";
import { pathLabel } from "../../form/labels";

export type Intent = "success" | "info" | "warning" | "error";

/** The pane's one dismissable message: what the last action did. */
export interface Notice {
  intent: Intent;
  text: string;
  items?: string[];
  /** The form before a replace (读取, 导入), offered back with one click. */
  restore?: FormData;
  /** One button that takes back what was just done (忽略 → 撤销). */
  undo?: { label: string; run: () => void };
}

/** What one fill (or a fill and its follow-up) did, in a sentence and a list. */
export function fillNotice(results: FillResult[], kept: number): Notice {
  const changed = new Set(results.flatMap((r) => r.changed));
  const rows = results.reduce((n, r) => n + r.rowsAdded, 0);
  const unfillable = new Map(results.flatMap((r) => r.unfillable).map((u) => [u.field, u]));
  const parts = [changed.size > 0 || kept > 0 ? S.fillDone(changed.size) : S.fillNothing];
  if (rows > 0) parts.push(S.fillRowsAdded(rows));
  if (kept > 0) parts.push(S.fillKept(kept));
  const items = [...unfillable.values()].map((u) => `${pathLabel(u.field)}：${u.value !== undefined ? `“${u.value}”——` : ""}${u.reason}`);
  if (items.length > 0) parts.push(S.fillUnfillable);
  return { intent: items.length > 0 ? "warning" : "success", text: parts.join(""), items: items.length ? items : undefined };
}
