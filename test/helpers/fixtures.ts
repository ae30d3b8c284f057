import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { OoxmlAdapter } from "../../src/adapters/ooxml/adapter";
import { DocxPackage } from "../../src/adapters/ooxml/docx";
import { FormData, parseFormData } from "../../src/form/schema";
import { locateForm } from "../../src/locate";

export const FIXTURES = join(__dirname, "..", "fixtures");
export const fixturePath = (name: string) => join(FIXTURES, name);
export const VARIANTS = readdirSync(join(FIXTURES, "variants"))
  .filter((f) => f.endsWith(".docx"))
  .map((f) => `variants/${f}`);
export const ALL_FORMS = ["reference.docx", ...VARIANTS];

export const readFixture = (name: string) => new Uint8Array(readFileSync(fixturePath(name)));
export const openFixture = (name: string) => DocxPackage.open(readFixture(name));
export const adapterFor = async (name: string) => new OoxmlAdapter(await openFixture(name));

const located = new Map<string, Promise<{ pkg: DocxPackage; result: ReturnType<typeof locateForm> }>>();

/**
 * A fixture opened and located once per test file, however often it is asked for (the reference
 * is compared with every variant). Read-only: a test that changes a document opens its own copy
 * with openFixture.
 */
export function locateFixture(name: string) {
  if (!located.has(name)) located.set(name, openFixture(name).then((pkg) => ({ pkg, result: locateForm(pkg.model) })));
  return located.get(name)!;
}

export function sampleData(): FormData {
  const r = parseFormData(JSON.parse(readFileSync(fixturePath("data/sample.json"), "utf8")));
  if (!r.data) throw new Error(JSON.stringify(r.problems));
  return r.data;
}

export const byId = <T extends { id: string }>(fields: T[]) => new Map(fields.map((f) => [f.id, f]));
