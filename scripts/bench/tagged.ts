/**
 * docxtemplater's side of the comparison: the reference form with
 * {tags} where our fill writes answers, built here from the untouched form
 * (no third-party template is committed), and the docxtemplater call that
 * fills it with the same data.
 *
 * The tagged copy is made by our own fill: every answer is written as its
 * tag, and each list gets one row whose first and last cells open and close
 * a docxtemplater row loop. Choices stay ticked as the data says (a
 * conditional per box would only make docxtemplater's side slower).
 */
import { OoxmlAdapter } from "../../src/adapters/ooxml/adapter";
import { createController } from "../../src/controller";
import { fieldDef, listItemOf, namesOf, tryParsePath } from "../../src/form/paths";
import type { FormData } from "../../src/form/schema";
import { locateForm } from "../../src/locate";
import { fillTagged } from "./docxtemplater-fill";

type Obj = Record<string, unknown>;

/** Tag data: the sample's shape with each answer replaced by its tag; lists have one item of relative tags. */
function tagData(data: unknown, path: string, inList: boolean, loops: Map<string, { first: string; last: string }>): unknown {
  if (Array.isArray(data)) {
    const item = data[0];
    if (item === undefined) return [];
    if (typeof item !== "object") return [`{${path}}`];
    const loop = loops.get(path);
    const out: Obj = {};
    for (const [k, v] of Object.entries(item as Obj)) {
      let tag = tagData(v, `${path}[].${k}`, true, loops) as string;
      if (typeof tag === "string" && tag.startsWith("{")) tag = `{${k}}`;
      if (loop?.first === k) tag = `{#${path}}${tag}`;
      if (loop?.last === k) tag = `${tag}{/${path}}`;
      out[k] = tag;
    }
    return [out];
  }
  if (data !== null && typeof data === "object") {
    const out: Obj = {};
    for (const [k, v] of Object.entries(data as Obj)) out[k] = tagData(v, path ? `${path}.${k}` : k, inList, loops);
    return out;
  }
  if (fieldDef(path)?.type === "choice") return data;
  return inList ? `{${namesOf(path).pop()}}` : `{${path}}`;
}

/** Which item keys sit in the first and the last cell of each list's row. */
function loopEnds(model: Awaited<ReturnType<OoxmlAdapter["read"]>>): Map<string, { first: string; last: string }> {
  const ends = new Map<string, { first: string; last: string }>();
  const cols = new Map<string, [string, number][]>();
  for (const f of locateForm(model).fields) {
    const l = f.location;
    if (!f.found || !l) continue;
    if (l.kind === "table") {
      cols.set(f.id, Object.entries(l.columns));
      continue;
    }
    const p = tryParsePath(f.id);
    const item = p && listItemOf(p);
    if (item?.index === 0 && (l.kind === "cell" || l.kind === "choice")) cols.set(item.list, [...(cols.get(item.list) ?? []), [item.key, l.cell.col]]);
  }
  for (const [list, c] of cols) {
    c.sort((a, b) => a[1] - b[1]);
    ends.set(list, { first: c[0][0], last: c[c.length - 1][0] });
  }
  return ends;
}

/** The reference form with docxtemplater tags in the places our fill writes. */
export async function taggedReference(reference: Uint8Array, sample: FormData): Promise<Uint8Array> {
  const probe = await OoxmlAdapter.open(reference);
  await createController(probe).fill(tagData(sample, "", false, new Map()) as FormData, { overwrite: true, keep: false });
  const loops = loopEnds(await probe.read());
  const doc = await OoxmlAdapter.open(reference);
  await createController(doc).fill(tagData(sample, "", false, loops) as FormData, { overwrite: true, keep: false });
  return doc.save();
}

/** docxtemplater's fill: unzip the tagged copy, render the data, zip (the one-file script's own function). */
export function docxtemplaterFill(tagged: Uint8Array, data: FormData): Uint8Array {
  return fillTagged(tagged, data);
}
