import { cellAtCol, DocModel } from "../document/model";
import { FIELDS, fieldDefOf, tableColumnsOf, type TableFieldId } from "../form/fields";
import { PLACEHOLDERS } from "../form/layout";
import { LISTS, listFieldOf, listItemOf, setPath, tryParsePath } from "../form/paths";
import { FormData, formDataSchema, pathToFieldId } from "../form/schema";
import type { LocatedField, LocateResult } from "../locate/location";
import { cellAnswer } from "../locate/text";
import { foldText } from "../text/normalize";

export interface ExtractNote {
  field: string;
  message: string;
}

const PLACEHOLDER_KEYS = new Set(PLACEHOLDERS.map(foldText));

/** The template's own sample text is not an answer. */
export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER_KEYS.has(foldText(text));
}

function tableRows(model: DocModel, f: LocatedField, id: TableFieldId): Record<string, string>[] {
  const loc = f.location;
  if (loc?.kind !== "table") return [];
  const table = model.tables[loc.table];
  const out: Record<string, string>[] = [];
  for (const r of loc.rows) {
    const row = table.rows[r];
    const item: Record<string, string> = {};
    for (const k of tableColumnsOf(id)) {
      const col = loc.columns[k];
      const cell = col === undefined ? undefined : cellAtCol(row, col);
      item[k] = cell ? cellAnswer(cell) : "";
    }
    if (Object.values(item).some((v) => v.trim() !== "")) out.push(item);
  }
  return out;
}

/**
 * Document → form data, the inverse of fill: every located answer, with
 * placeholders read as empty, empty list items and table rows skipped, and
 * numbers and lists in their JSON types.
 */
export function extractFormData(model: DocModel, located: LocateResult): { data: FormData; notes: ExtractNote[] } {
  const raw: Record<string, unknown> = {};
  const notes: ExtractNote[] = [];
  const lists = new Map<string, Map<number, Record<string, string>>>();

  // Start from every non-list field empty, so the result always has the full shape.
  for (const def of FIELDS) {
    // Signatures, seals and dates are answered on paper; list items start as empty lists below.
    if (listFieldOf(def.id) || def.type === "signature" || def.type === "seal" || def.type === "date") continue;
    if (def.type === "table") setPath(raw, def.id, []);
    else setPath(raw, def.id, def.type === "list" ? [] : "");
  }
  for (const listName of LISTS) raw[listName] = [];

  for (const f of located.fields) {
    if (!f.found) continue;
    const path = tryParsePath(f.id);
    const def = path && fieldDefOf(path.field);
    if (!path || !def || def.type === "signature" || def.type === "seal" || def.type === "date") continue;
    if (def.type === "table") {
      setPath(raw, f.id, tableRows(model, f, path.field as TableFieldId));
      continue;
    }
    let value: string = isPlaceholder(f.text) ? "" : f.text;
    if (def.type === "choice" && f.location?.kind === "choice") {
      const ticked = f.location.options.filter((o) => o.ticked).map((o) => o.option);
      value = ticked.length === 1 ? ticked[0] : "";
      if (ticked.length > 1) notes.push({ field: f.id, message: `勾选了多项（${ticked.join("、")}），未读取` });
    }
    const listItem = listItemOf(path);
    if (listItem) {
      const items = lists.get(listItem.list) ?? new Map();
      lists.set(listItem.list, items);
      const item = items.get(listItem.index) ?? {};
      item[listItem.key] = value;
      items.set(listItem.index, item);
      continue;
    }
    setPath(raw, f.id, value);
  }
  for (const [name, items] of lists) {
    raw[name] = [...items.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([, item]) => item)
      .filter((item) => Object.values(item).some((v) => v.trim() !== ""));
  }
  const parsed = formDataSchema.safeParse(raw);
  if (!parsed.success) {
    // Extract never fails on what a user typed: whatever does not fit the schema is reported, not dropped silently.
    for (const issue of parsed.error.issues) notes.push({ field: pathToFieldId(issue.path), message: issue.message });
    return { data: raw as FormData, notes };
  }
  return { data: parsed.data, notes };
}
