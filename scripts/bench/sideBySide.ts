/**
 * Fill and check side by side with the floor and with docxtemplater, in one
 * process, at 1×, 5× and 50× the sample data:
 *   floor          what any .docx tool pays: unzip, parse document.xml,
 *                  serialize it, zip (our own jszip and XML layer), on the
 *                  filled form of that size
 *   check          open + locate + extract + check of the filled form
 *   fill           open the blank reference, fill it with the data, save
 *   docxtemplater  fill a tagged copy of the reference with the same data
 * Rounds are interleaved (every contender once per round, in a rotating
 * order) so a burst of load from other processes hits all of them alike;
 * ratios are the median of the per-round ratios, which is what survives a
 * shared, noisy machine.
 */
import JSZip from "jszip";
import { readFileSync } from "fs";
import { performance } from "perf_hooks";
import { OoxmlAdapter } from "../../src/adapters/ooxml/adapter";
import { DocxPackage } from "../../src/adapters/ooxml/docx";
import { parseXml, serializeXml } from "../../src/adapters/ooxml/xml";
import { useZipCodec, zipCodec } from "../../src/adapters/ooxml/zipCodec";
import { ZIP_LIMITS } from "../../src/adapters/ooxml/zipLimits";
import { nodeZipCodec } from "../../src/cli/nodeZip";
import { largeData, loadSample, REFERENCE_DOCX } from "./wordSyncs";
import { checkForm } from "../../src/check";
import { createController } from "../../src/controller";
import type { FormData } from "../../src/form/schema";
import { locateForm } from "../../src/locate";
import { docxtemplaterFill, taggedReference } from "./tagged";

export const CONTENDERS = ["floor", "check", "fill", "docxtemplater"] as const;
export type Contender = (typeof CONTENDERS)[number];
export const SIZES = [1, 5, 50] as const;
export type Size = (typeof SIZES)[number];

export interface SizeResult {
  size: Size;
  documentXmlBytes: number;
  /** Milliseconds per contender, one per round. */
  ms: Record<Contender, number[]>;
}

async function fill(reference: Uint8Array, data: FormData): Promise<Uint8Array> {
  const doc = await OoxmlAdapter.open(reference);
  await createController(doc).fill(data, { overwrite: true, keep: false });
  return doc.save();
}

// Measured as the CLI runs: Node's zlib for the large parts (and so for the floor too).
useZipCodec(nodeZipCodec());

/** Text in and out through the platform's UTF-8 codecs and the zip the way DocxPackage goes: the cheapest way through. */
async function floor(bytes: Uint8Array): Promise<Uint8Array> {
  const name = "word/document.xml";
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(name)!;
  const read = zipCodec()?.read(file, ZIP_LIMITS.xmlPartBytes);
  const xml = new TextDecoder().decode(read instanceof Uint8Array ? read : await file.async("uint8array"));
  const out = new TextEncoder().encode(serializeXml(parseXml(xml, name)));
  if (!zipCodec()?.write(zip, name, out)) zip.file(name, out);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** As `silkform check` opens a file: for reading (the main part's DOM is not built whole). */
async function check(bytes: Uint8Array): Promise<void> {
  const pkg = await DocxPackage.open(bytes, { forReading: true });
  checkForm(pkg.model, locateForm(pkg.model), {});
}

async function time(f: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

/** Rounds per size: the 50× form takes seconds a round under load. */
export const DEFAULT_ROUNDS: Record<Size, number> = { 1: 15, 5: 9, 50: 5 };

/**
 * `only` narrows the contenders (`--check-only`: floor and check, without docxtemplater's tagged
 * copy); the others are then not run, and their lists stay empty.
 */
export async function measureSideBySide(
  rounds: Record<Size, number> = DEFAULT_ROUNDS,
  only: readonly Contender[] = CONTENDERS,
): Promise<SizeResult[]> {
  const reference = new Uint8Array(readFileSync(REFERENCE_DOCX));
  const sample = loadSample();
  const tagged = only.includes("docxtemplater") ? await taggedReference(reference, sample) : null;
  const results: SizeResult[] = [];
  for (const size of SIZES) {
    const data = size === 1 ? sample : largeData(sample, size);
    const filled = await fill(reference, data);
    const xml = await (await JSZip.loadAsync(filled)).file("word/document.xml")!.async("uint8array");
    const run: Record<Contender, () => Promise<unknown> | unknown> = {
      floor: () => floor(filled),
      check: () => check(filled),
      fill: () => fill(reference, data),
      docxtemplater: () => docxtemplaterFill(tagged!, data),
    };
    for (const c of only) await run[c](); // warm-up
    const ms = { floor: [], check: [], fill: [], docxtemplater: [] } as Record<Contender, number[]>;
    for (let r = 0; r < rounds[size]; r++) {
      for (let i = 0; i < only.length; i++) {
        const c = only[(r + i) % only.length];
        ms[c].push(await time(run[c]));
      }
    }
    results.push({ size, documentXmlBytes: xml.length, ms });
  }
  return results;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** a / b, the median over rounds of the ratio within each round. */
export function roundRatio(r: SizeResult, a: Contender, b: Contender): number {
  return median(r.ms[a].map((x, i) => x / r.ms[b][i]));
}
