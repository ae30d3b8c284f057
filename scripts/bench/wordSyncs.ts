import { readFileSync } from "fs";
import { join } from "path";
import type { Mark } from "../../src/check/finding";
import type { DocModel } from "../../src/document/model";
import { createController } from "../../src/controller";
import { FormData, parseFormData } from "../../src/form/schema";
import { locateForm } from "../../src/locate";
import { FakeWordHost, FakeWordOptions } from "../../test/word/fake/fakeWord";
import { WordAdapter } from "../../src/adapters/word/wordAdapter";

/**
 * How many round trips (`context.sync()`) each task-pane action costs on
 * the fake Word host, for the reference form and for a form 50× larger.
 * The point is that the numbers are small and the same for both.
 * Node only (reads the fixtures); `npm run bench` can print it.
 */

export type BenchAction = "read" | "fill" | "mark" | "clear" | "select";
export type SyncCounts = Record<BenchAction, { reference: number; large: number }>;

const ROOT = join(__dirname, "..", "..");
export const REFERENCE_DOCX = join(ROOT, "test", "fixtures", "reference.docx");
export const SAMPLE_DATA = join(ROOT, "test", "fixtures", "data", "sample.json");

export function loadSample(): FormData {
  const parsed = parseFormData(JSON.parse(readFileSync(SAMPLE_DATA, "utf8")));
  if (!parsed.data) throw new Error(`sample.json is invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.data;
}

/**
 * The sample with every narrative 50× (each line 50× longer, then the whole
 * text 50 times over as more paragraphs) and every list and table 50× as
 * many rows: long paragraphs need chained ≤255-character searches, many
 * paragraphs need long paragraph chains, many rows a large table rewrite.
 */
export function largeData(sample: FormData, times = 50): FormData {
  const data = structuredClone(sample) as Record<string, unknown>;
  const narrative = (text: string) =>
    [...text.split("\n").map((l) => l.repeat(times)), ...Array.from({ length: times }, () => text)].join("\n");
  for (const group of ["strategy", "tech", "indicators"]) {
    const g = data[group] as Record<string, string> | undefined;
    if (!g) continue;
    for (const k of Object.keys(g)) if (g[k].trim()) g[k] = narrative(g[k]);
  }
  const many = <T>(list: T[]) => Array.from({ length: list.length * times }, (_, i) => list[i % list.length]);
  for (const list of ["staff", "cnParticipants", "foreignParticipants"]) {
    const l = data[list] as unknown[] | undefined;
    if (l) data[list] = many(l);
  }
  const tables = data.tables as Record<string, unknown[]> | undefined;
  if (tables) for (const k of Object.keys(tables)) tables[k] = many(tables[k]);
  return data as FormData;
}

/**
 * Marks like a check would make, for every located answer: its text (from
 * the 11th character on for long answers, as an over-limit mark does), its
 * cell, or its box, each with a comment.
 */
export function sampleMarks(model: DocModel): Mark[] {
  const marks: Mark[] = [];
  for (const f of locateForm(model).fields) {
    const l = f.location;
    if (!f.found || !l) continue;
    const id = `${f.id}#bench`;
    const comment = `“${f.id}”需要检查。`;
    if (l.kind === "inline" || l.kind === "mark") {
      const s = l.span;
      if (s.end > s.start) marks.push({ id, severity: "error", comment, target: { kind: "range", start: { paragraph: s.paragraph, offset: s.start }, end: { paragraph: s.paragraph, offset: s.end } } });
    } else if (l.kind === "cell" || l.kind === "choice") {
      marks.push({ id, severity: "error", comment, target: { kind: "cell", cell: l.cell, paragraphs: l.paragraphs } });
    } else if (l.kind === "region") {
      const ps = l.paragraphs;
      if (ps.length === 0) continue;
      const last = ps[ps.length - 1];
      const first = ps.find((p) => model.paragraphs[p].text.length > 10);
      if (first === undefined) marks.push({ id, severity: "error", comment, target: { kind: "paragraphs", paragraphs: ps } });
      else
        marks.push({
          id,
          severity: "error",
          comment,
          target: { kind: "range", start: { paragraph: first, offset: 10 }, end: { paragraph: last, offset: model.paragraphs[last].text.length } },
        });
    }
  }
  return marks;
}

async function countSyncs(host: FakeWordHost, action: () => Promise<unknown>): Promise<number> {
  const before = host.syncs;
  await action();
  return host.syncs - before;
}

async function measureOne(template: Uint8Array, data: FormData, options: FakeWordOptions): Promise<Record<BenchAction, number>> {
  const filled = await FakeWordHost.fromDocx(template, options);
  // Each action gets a new adapter: nothing read by an earlier one is reused.
  const fill = await countSyncs(filled, () => createController(new WordAdapter(filled.host())).fill(data, { keep: false }));
  const read = await countSyncs(filled, () => new WordAdapter(filled.host()).read());
  let marks: Mark[] = [];
  const mark = await countSyncs(filled, async () => {
    const adapter = new WordAdapter(filled.host());
    marks = sampleMarks(await adapter.read());
    await adapter.applyMarks(marks);
  });
  const select = await countSyncs(filled, async () => {
    const adapter = new WordAdapter(filled.host());
    await adapter.read();
    await adapter.select(marks[marks.length - 1].target);
  });
  const clear = await countSyncs(filled, () => new WordAdapter(filled.host()).clearMarks());
  return { read, fill, mark, clear, select };
}

/** Syncs per action on the reference form filled with sample.json, and on one filled with `largeData(sample, times)`. */
export async function measureWordSyncs(options: FakeWordOptions = {}, times = 50): Promise<SyncCounts> {
  const template = new Uint8Array(readFileSync(REFERENCE_DOCX));
  const sample = loadSample();
  const reference = await measureOne(template, sample, options);
  const large = await measureOne(template, largeData(sample, times), options);
  const out = {} as SyncCounts;
  for (const k of Object.keys(reference) as BenchAction[]) out[k] = { reference: reference[k], large: large[k] };
  return out;
}

if (require.main === module) {
  measureWordSyncs().then(
    (counts) => console.table(counts),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
