/**
 * How long a check takes: open the .docx, locate, extract and check (checkForm
 * extracts the form data itself), median of several runs in one process after
 * one warm-up run.
 *
 *   npx tsx scripts/bench-check.ts
 *   → {"checkMs":{"reference":…,"large":…}}
 *
 * "reference" is the blank form; "large" is the reference filled from
 * sample.json with every narrative repeated 50 times (as 50 paragraphs) and
 * every data table's rows repeated 50 times, built in memory.
 */
import { readFileSync } from "fs";
import { join, resolve } from "path";
import { performance } from "perf_hooks";
import { OoxmlAdapter } from "../src/adapters/ooxml/adapter";
import { DocxPackage } from "../src/adapters/ooxml/docx";
import { checkForm } from "../src/check";
import { fillDocument } from "../src/fill/fill";
import { parseFormData } from "../src/form/schema";
import { locateForm } from "../src/locate";

const ROOT = resolve(__dirname, "..");
const TIMES = 50;

type Json = Record<string, unknown>;

async function largeForm(reference: Uint8Array): Promise<Uint8Array> {
  const data = JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "data", "sample.json"), "utf8")) as Json;
  for (const section of ["strategy", "tech"]) {
    const s = data[section] as Record<string, string>;
    for (const k of Object.keys(s)) s[k] = Array.from({ length: TIMES }, () => s[k]).join("\n");
  }
  const tables = data.tables as Record<string, unknown[]>;
  for (const k of Object.keys(tables)) tables[k] = Array.from({ length: TIMES }, () => tables[k]).flat();
  const parsed = parseFormData(data);
  if (!parsed.data) throw new Error(JSON.stringify(parsed.problems));
  const doc = new OoxmlAdapter(await DocxPackage.open(reference));
  await fillDocument(doc, parsed.data, { overwrite: true });
  return doc.save();
}

async function once(bytes: Uint8Array): Promise<number> {
  const t0 = performance.now();
  const pkg = await DocxPackage.open(bytes);
  checkForm(pkg.model, locateForm(pkg.model), {});
  return performance.now() - t0;
}

async function median(bytes: Uint8Array, runs: number): Promise<number> {
  await once(bytes);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once(bytes));
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const m = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  return Math.round(m * 10) / 10;
}

async function main(): Promise<void> {
  const reference = new Uint8Array(readFileSync(join(ROOT, "test", "fixtures", "reference.docx")));
  const large = await largeForm(reference);
  const result = { checkMs: { reference: await median(reference, 9), large: await median(large, 5) } };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
