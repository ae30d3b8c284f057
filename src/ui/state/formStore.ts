/**
 * The pane's form data and the edits made to it. Pure functions over
 * immutable FormData: each edit copies only the objects along its path, so
 * memoised inputs elsewhere in the form do not re-render.
 */
import type { FormData } from "../../form/schema";
import { splitPath } from "../../form/paths";

export type FormAction =
  | { type: "set"; path: string; value: unknown }
  | { type: "listAdd"; path: string; item: unknown }
  | { type: "listRemove"; path: string; index: number }
  | { type: "listMove"; path: string; from: number; to: number }
  | { type: "replace"; data: FormData };

type Key = string | number;

function setIn(node: unknown, keys: readonly Key[], update: (old: unknown) => unknown): unknown {
  if (keys.length === 0) return update(node);
  const [key, ...rest] = keys;
  if (typeof key === "number") {
    const arr = Array.isArray(node) ? [...node] : [];
    // Items skipped over are left empty, as setPath does.
    while (arr.length < key) arr.push({});
    arr[key] = setIn(arr[key], rest, update);
    return arr;
  }
  const obj = node !== null && typeof node === "object" && !Array.isArray(node) ? { ...(node as Record<string, unknown>) } : {};
  obj[key] = setIn(obj[key], rest, update);
  return obj;
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function formReducer(state: FormData, action: FormAction): FormData {
  switch (action.type) {
    case "replace":
      return action.data;
    case "set":
      return setIn(state, splitPath(action.path), () => action.value) as FormData;
    case "listAdd":
      return setIn(state, splitPath(action.path), (old) => [...asList(old), action.item]) as FormData;
    case "listRemove":
      return setIn(state, splitPath(action.path), (old) => asList(old).filter((_, i) => i !== action.index)) as FormData;
    case "listMove":
      return setIn(state, splitPath(action.path), (old) => {
        const list = [...asList(old)];
        const { from, to } = action;
        if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return old;
        const [moved] = list.splice(from, 1);
        list.splice(to, 0, moved);
        return list;
      }) as FormData;
  }
}
