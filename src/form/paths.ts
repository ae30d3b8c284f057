/**
 * Field paths ↔ nested objects: `staff[1].phone` is `data.staff[1].phone`.
 * One implementation for extract, fill, the CLI and the task pane.
 */

type Obj = Record<string, unknown>;

export function splitPath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.split(".")) {
    const m = /^(\w+)(?:\[(\d+)\])?$/.exec(part);
    if (!m) throw new Error(`bad field path ${path}`);
    out.push(m[1]);
    if (m[2] !== undefined) out.push(Number(m[2]));
  }
  return out;
}

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
