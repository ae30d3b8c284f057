/**
 * How long a check takes: open the .docx, locate, extract and check (checkForm
 * extracts the form data itself), median of several runs in one process after
 * one warm-up run.
 *
 *   npx tsx scripts/bench-check.ts
 *   → {"checkMs":{"reference":…,"large":…}}
 *
 * "reference" is the blank form; "large" is the reference filled from
 * sample.json made 50× larger (largeData: narratives, lists and data tables).
 */
import { readFileSync } from "fs";
import { join, resolve } from "path";
import { performance } from "perf_hooks";
import { OoxmlAdapter } from "../src/adapters/ooxml/adapter";
import { DocxPackage } from "../src/adapters/ooxml/docx";
import { checkForm } from "../src/check";
import { fillDocument } from "../src/fill/fill";
import { locateForm } from "../src/locate";
import { largeData, loadSample } from "../src/adapters/word/syncBench";

const ROOT = resolve(__dirname, "..");
const TIMES = 50;

/** The reference filled from sample.json made 50× larger (the same large form the sync bench uses). */
async function largeForm(reference: Uint8Array): Promise<Uint8Array> {
  const doc = new OoxmlAdapter(await DocxPackage.open(reference));
  await fillDocument(doc, largeData(loadSample(), TIMES), { overwrite: true });
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

/** Median check time of the reference and of the 50× form, in milliseconds. */
export async function measureCheckMs(): Promise<{ reference: number; large: number }> {
  const reference = new Uint8Array(readFileSync(join(ROOT, "test", "fixtures", "reference.docx")));
  const large = await largeForm(reference);
  return { reference: await median(reference, 9), large: await median(large, 5) };
}

if (require.main === module) {
  measureCheckMs()
    .then((checkMs) => process.stdout.write(`${JSON.stringify({ checkMs })}\n`))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
