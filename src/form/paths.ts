/**
 * Field paths: the one parser and printer of the places a form-data value can
 * have. A field path is a catalogue id plus, for a list, the item, and for a
 * data table, the row and column:
 *
 *   basic.labName               { field: "basic.labName" }
 *   staff[1].phone              { field: "staff[].phone", index: 1 }
 *   basic.mainPartners[0]       { field: "basic.mainPartners", index: 0 }
 *   tables.layout[2]            { field: "tables.layout", index: 2 }
 *   tables.layout[2].country    { field: "tables.layout", index: 2, column: "country" }
 *   staff[].phone               { field: "staff[].phone" } (the field of every item)
 *
 * A data path is any place in the form-data JSON, a field path or a group of
 * them (`staff`, `staff[1]`, `stats.rnd`); it is read as its keys. Nothing
 * else in the code takes a path apart or glues one together by hand.
 */
import { SilkformError } from "../errors";
import { FIELDS, fieldDefOf, isFieldId, tableColumnsOf, type FieldDef, type FieldId, type ListName, type SectionId, type TableColumnKey, type TableFieldId } from "./fields";

export type FieldPath =
  | { readonly field: FieldId; readonly index?: undefined; readonly column?: undefined }
  | { readonly field: FieldId; readonly index: number; readonly column?: TableColumnKey };

/** A field path as the JSON contract writes it (`staff[1].phone`): finding, conflict and located-field ids. */
export type FieldPathText = string;

/** One key of a data path: a name, an item index, or `[]` (every item). */
type Key = string | number | "[]";

const isNameChar = (c: string) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c === "_";

/** `staff[1].phone` → ["staff", 1, "phone"]; null when the text is not a path at all. */
function scanKeys(text: string): Key[] | null {
  const keys: Key[] = [];
  let at = 0;
  let expectName = true;
  while (at < text.length) {
    if (expectName) {
      const start = at;
      while (at < text.length && isNameChar(text[at])) at++;
      if (at === start) return null;
      keys.push(text.slice(start, at));
      expectName = false;
    } else if (text[at] === ".") {
      at++;
      expectName = true;
    } else if (text[at] === "[") {
      const close = text.indexOf("]", at);
      if (close < 0) return null;
      const digits = text.slice(at + 1, close);
      if (digits === "") keys.push("[]");
      else if (/^(0|[1-9]\d{0,8})$/.test(digits)) keys.push(Number(digits));
      else return null;
      at = close + 1;
    } else return null;
  }
  return expectName ? null : keys;
}

function joinKeys(keys: readonly Key[]): string {
  return keys.reduce<string>((out, k) => (k === "[]" ? `${out}[]` : childPath(out, k)), "");
}

function badPath(text: string): SilkformError {
  return new SilkformError("badFieldPath", `“${text}”不是申报书中的一项（项名见 docs/form-reference.md）`);
}

function fromKeys(keys: readonly Key[]): FieldPath | null {
  const isItem = (k: Key) => typeof k === "number" || k === "[]";
  const at = keys.findIndex(isItem);
  if (at < 0) {
    const id = keys.join(".");
    return isFieldId(id) ? { field: id } : null;
  }
  const rest = keys.slice(at + 1);
  if (rest.some(isItem)) return null;
  const head = keys.slice(0, at).join(".");
  const tail = rest.join(".");
  const listId = tail === "" ? `${head}[]` : `${head}[].${tail}`;
  const index = keys[at];
  if (index === "[]") return isFieldId(listId) ? { field: listId } : null;
  if (typeof index !== "number") return null;
  if (isFieldId(listId)) return { field: listId, index };
  if (!isFieldId(head)) return null;
  const def = fieldDefOf(head);
  if (def.type === "list" && tail === "") return { field: head, index };
  if (def.type !== "table") return null;
  if (tail === "") return { field: head, index };
  const column = tableColumnsOf(head as TableFieldId).find((c) => c === tail);
  return column === undefined ? null : { field: head, index, column };
}

// Checks parse the same few hundred paths over and over; a parsed path is immutable. Texts from
// imported data can be anything, so the memo is emptied rather than let grow without bound.
const parsed = new Map<string, FieldPath | null>();
const PARSED_MAX = 20_000;

/** The field path a text names, or null when it names no field of the form. */
export function tryParsePath(text: string): FieldPath | null {
  let p = parsed.get(text);
  if (p === undefined) {
    const keys = scanKeys(text);
    p = keys ? fromKeys(keys) : null;
    if (p) Object.freeze(p);
    if (parsed.size >= PARSED_MAX) parsed.clear();
    parsed.set(text, p);
  }
  return p;
}

/** The field path a text names; a text that names no field of the form is a `badFieldPath` error. */
export function parsePath(text: string): FieldPath {
  const p = tryParsePath(text);
  if (!p) throw badPath(text);
  return p;
}

/** The text of a field path, as the JSON contract writes it. */
export function formatPath(p: FieldPath): FieldPathText {
  const at = p.field.indexOf("[]");
  if (at >= 0) return p.index === undefined ? p.field : `${p.field.slice(0, at)}[${p.index}]${p.field.slice(at + 2)}`;
  if (p.index === undefined) return p.field;
  return p.column === undefined ? `${p.field}[${p.index}]` : `${p.field}[${p.index}].${p.column}`;
}

/** The catalogue entry of a path (`staff[2].phone` → the entry of `staff[].phone`). */
export function fieldDef(text: string): FieldDef<FieldId> | undefined {
  const p = tryParsePath(text);
  return p ? fieldDefOf(p.field) : undefined;
}

/** The list a list-item field belongs to: `staff[].phone` → { list: "staff", key: "phone" }; null outside a list. */
export function listFieldOf(id: FieldId): { list: ListName; key: string } | null {
  const at = id.indexOf("[].");
  return at < 0 ? null : { list: id.slice(0, at) as ListName, key: id.slice(at + 3) };
}

/** The lists of the catalogue, in the form's order. */
export const LISTS: readonly ListName[] = [...new Set(FIELDS.flatMap((d) => listFieldOf(d.id)?.list ?? []))];

/** The list item a path is in: `staff[1].phone` → { list: "staff", index: 1, key: "phone" }; null outside a list item. */
export function listItemOf(p: FieldPath): { list: ListName; index: number; key: string } | null {
  const parts = listFieldOf(p.field);
  return parts && p.index !== undefined ? { ...parts, index: p.index } : null;
}

/** The data path one key down: ("staff", 1) → `staff[1]`, ("staff[1]", "phone") → `staff[1].phone`, ("", "basic") → `basic`. */
export function childPath(path: string, key: string | number): string {
  return typeof key === "number" ? `${path}[${key}]` : path === "" ? key : `${path}.${key}`;
}

/** A data path's keys: `staff[1].phone` → ["staff", 1, "phone"]. */
export function splitPath(path: string): (string | number)[] {
  const keys = scanKeys(path);
  if (!keys || keys.includes("[]")) throw badPath(path);
  return keys as (string | number)[];
}

/** Keys → data path: ["staff", 1, "phone"] → `staff[1].phone` (a zod issue's path). */
export function joinPath(keys: readonly (string | number)[]): string {
  return joinKeys(keys);
}

/** The names in a path or field id, items left out: `staff[1].phone` and `staff[].phone` → ["staff", "phone"]. */
export function namesOf(path: string): string[] {
  return (scanKeys(path) ?? []).filter((k): k is string => typeof k === "string" && k !== "[]");
}

/** The data path one step up: `tables.layout[2].country` → `tables.layout[2]` → `tables.layout`; none above a root key. */
export function parentPath(path: string): string | undefined {
  const keys = scanKeys(path);
  return keys && keys.length > 1 ? joinKeys(keys.slice(0, -1)) : undefined;
}

/**
 * The nearest field at or above a data path and the keys below it:
 * `basic.labName.x` → `basic.labName` and "x"; a field path is its own, with "".
 */
export function nearestField(path: string): { field: FieldPath; rest: string } | undefined {
  const keys = scanKeys(path) ?? [];
  for (let n = keys.length; n > 0; n--) {
    const field = tryParsePath(joinKeys(keys.slice(0, n)));
    if (field) return { field, rest: joinKeys(keys.slice(n)) };
  }
  return undefined;
}

/** The item a data path ends in: `staff[1]` → 1; none for `staff[1].phone` or `staff`. */
export function lastIndex(path: string): number | undefined {
  const last = scanKeys(path)?.pop();
  return typeof last === "number" ? last : undefined;
}

/** The catalogue fields inside a group of the data: `staff[1]` → staff[].name, staff[].position, staff[].phone. */
export function fieldsUnder(path: string): FieldDef<FieldId>[] {
  const keys = scanKeys(path);
  if (!keys) return [];
  const pattern = joinKeys(keys.map((k) => (typeof k === "number" ? "[]" : k)));
  return FIELDS.filter((d) => d.id.startsWith(`${pattern}.`) || d.id.startsWith(`${pattern}[]`));
}

/** The text of a field path with its item left open: `staff[1].phone` → `staff[].phone`, `tables.layout[2].country` → `tables.layout[].country`. */
export function patternOf(p: FieldPath): string {
  if (p.index === undefined || p.field.includes("[]")) return p.field;
  return p.column === undefined ? `${p.field}[]` : `${p.field}[].${p.column}`;
}

/** One cell of a data table: `tables.layout[2].country`. */
export function cellPath(table: TableFieldId, row: number, column: TableColumnKey): FieldPathText {
  return formatPath({ field: table, index: row, column });
}

/** The pattern of one column in every row of a data table: `tables.cnHostProjects[].period`. */
export type ColumnPattern = `${TableFieldId}[].${TableColumnKey}`;

/**
 * Where a rule applies, as FORM.md writes it: a field id (`staff[].phone` is every item's), a
 * column of a data table in every row, or a pattern with `*` for one or more characters (`*.email`).
 */
export type FieldPattern = FieldId | ColumnPattern | `${string}*${string}`;

export function columnPattern(table: TableFieldId, column: TableColumnKey): ColumnPattern {
  return patternOf({ field: table, index: 0, column }) as ColumnPattern;
}

/** The section of the form a data path belongs to: its field's, else that of the fields inside it. */
export function pathSection(path: string): SectionId | undefined {
  const near = nearestField(path);
  return near ? fieldDefOf(near.field.field).section : fieldsUnder(path)[0]?.section;
}

/**
 * Whether a path matches a rule's field pattern as FORM.md writes them: an
 * exact id, `staff[].phone` for every item, `*` for one or more characters
 * (`*.email`, `stats.*`).
 */
export function matchesPattern(pattern: FieldPattern, text: string): boolean {
  const p = tryParsePath(text);
  return p !== null && idMatches(pattern, patternOf(p));
}

/**
 * matchesPattern against any of `patterns`, made once for a list of them: exact ids are looked up, the
 * path is parsed once, not once per pattern (a check asks every rule's list about every located field).
 */
export function patternsMatcher(patterns: readonly FieldPattern[]): (text: string) => boolean {
  const exact = new Set<string>(patterns.filter((q) => !q.includes("*")));
  const wild = patterns.filter((q) => q.includes("*"));
  return (text) => {
    const p = tryParsePath(text);
    if (!p) return false;
    const id = patternOf(p);
    return exact.has(id) || wild.some((q) => idMatches(q, id));
  };
}

function idMatches(pattern: FieldPattern, id: string): boolean {
  const parts = pattern.split("*");
  if (parts.length === 1) return id === pattern;
  const last = parts[parts.length - 1];
  if (!id.startsWith(parts[0]) || !id.endsWith(last)) return false;
  let at = parts[0].length;
  for (const part of parts.slice(1, -1)) {
    const found = id.indexOf(part, at + 1);
    if (found < 0) return false;
    at = found + part.length;
  }
  return id.length - last.length > at;
}

type Obj = Record<string, unknown>;

export function getPath(data: unknown, path: string): unknown {
  let cur: unknown = data;
  for (const k of splitPath(path)) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Obj)[k as string];
  }
  return cur;
}

export function setPath(data: Obj, path: string, value: unknown): void {
  const keys = splitPath(path);
  let cur: Obj = data;
  keys.forEach((k, i) => {
    if (i === keys.length - 1) {
      cur[k as string] = value;
      return;
    }
    const nextIsIndex = typeof keys[i + 1] === "number";
    if (cur[k as string] === undefined) cur[k as string] = nextIsIndex ? [] : {};
    cur = cur[k as string] as Obj;
  });
}
