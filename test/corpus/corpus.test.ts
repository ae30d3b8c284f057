import { mkdtempSync, readdirSync, readFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { DocxPackage } from "../../src/adapters/ooxml/docx";
import { parseXml } from "../../src/adapters/ooxml/xml";
import { runCli } from "../helpers/cli";
import { FIXTURES } from "../helpers/fixtures";

/**
 * The real-document corpus (test/fixtures/corpus, made by scripts/corpus/build.ts):
 * every file is read, or refused with the error id and words its README gives,
 * by every command; never an internal error, never parser English.
 */

type Expect = { read: true; form: boolean } | { read: false; id: string; message: string };

const DIR = join(FIXTURES, "corpus");
const EXPECTED: Record<string, Expect> = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8"));
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".docx"));
const path = (name: string) => join(DIR, name);

/** Words of the XML parser and zip library that must never reach a user. */
const LIBRARY_ENGLISH = /unclosed|processing instruction|position \d|Invalid input|expected object|end of data|Corrupted zip|is not a function|undefined/i;

describe("real-document corpus", () => {
  it("has an expectation for every file and a file for every expectation", () => {
    expect(FILES.sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(FILES.length).toBeGreaterThanOrEqual(25);
  });

  describe.each(FILES.map((f) => [f, EXPECTED[f]] as const))("%s", (file, expected) => {
    if (expected.read) {
      it(expected.form ? "is read and located in full" : "is read and told apart from the form", async () => {
        const r = await runCli(["locate", path(file), "--json"]);
        expect(r.err).not.toContain("内部错误");
        if (expected.form) {
          expect(r.code).toBe(0);
          expect(JSON.parse(r.out)).toMatchObject({ found: 111, total: 111 });
        } else {
          expect(r.code).toBe(2);
          expect(JSON.parse(r.out)).toEqual({ file: path(file), error: { id: "notThisForm", message: expect.stringContaining("这不是“一带一路”联合实验室情况摸底申报书") } });
        }
      });
    } else {
      it.each(["locate", "extract", "check"])(`%s refuses it: ${expected.id}, “${expected.message}…”`, async (cmd) => {
        const r = await runCli([cmd, path(file), "--json"]);
        expect(r.code).toBe(2);
        const json = JSON.parse(r.out);
        expect(json).toEqual({ file: path(file), error: { id: expected.id, message: expect.stringContaining(expected.message) } });
        expect(r.err).toContain(expected.message);
        expect(r.err).not.toContain("内部错误");
        expect(r.err).not.toMatch(LIBRARY_ENGLISH);
      });
    }
  });
});

const STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const TRANSITIONAL_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async("uint8array"));
  return out;
}
const text = (b: Uint8Array) => new TextDecoder().decode(b);

/** Namespaces a Strict package may still take from schemas.openxmlformats.org: the package layer and markup compatibility (ECMA-376 Parts 2 and 3). */
const SHARED_BY_BOTH = /^http:\/\/schemas\.openxmlformats\.org\/(package\/2006\/|markup-compatibility\/2006)/;

describe("Strict Open XML copies are Strict through and through", () => {
  it.each(["strict-notice.docx", "strict-parts.docx", "form-strict.docx", "form-libreoffice-strict-bom.docx"])("%s uses only Strict markup namespaces", async (file) => {
    for (const [name, bytes] of await parts(new Uint8Array(readFileSync(path(file))))) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const uris = [...text(bytes).matchAll(/(?:xmlns(?::\w+)?|Type)="(http:\/\/schemas\.openxmlformats\.org\/[^"]*)"/g)].map((m) => m[1]);
      expect({ name, transitional: uris.filter((u) => !SHARED_BY_BOTH.test(u)) }).toEqual({ name, transitional: [] });
    }
  });
});

describe("copies of the form that other producers write: fill and annotate", () => {
  const tmp = () => mkdtempSync(join(tmpdir(), "silkform-corpus-"));
  const sample = join(FIXTURES, "data", "sample.json");

  it.each(["form-bom.docx", "form-strict.docx", "form-document22.docx", "form-utf16.docx", "form-libreoffice-strict-bom.docx"])(
    "%s: fill writes a package whose every part parses, and extract reads the data back",
    async (file) => {
      const out = join(tmp(), "filled.docx");
      const fill = await runCli(["fill", path(file), sample, "-o", out]);
      expect(fill.err).toBe("");
      expect(fill.code).toBe(0);
      for (const [name, bytes] of await parts(new Uint8Array(readFileSync(out)))) {
        if (/\.(xml|rels)$/.test(name)) expect(() => parseXml(text(bytes).replace(/^\uFEFF/, ""), name)).not.toThrow();
      }
      const ex = await runCli(["extract", out]);
      expect(ex.code).toBe(0);
      expect(JSON.parse(ex.out)).toEqual(JSON.parse(readFileSync(sample, "utf8")));
    },
  );

  it("a Strict form stays Strict when filled and annotated", async () => {
    const dir = tmp();
    const filled = join(dir, "filled.docx");
    await runCli(["fill", path("form-strict.docx"), sample, "-o", filled]);
    const annotated = join(dir, "annotated.docx");
    const check = await runCli(["check", filled, "--annotate", annotated]);
    expect(check.err).toContain("已写入带批注的文档");
    const p = await parts(new Uint8Array(readFileSync(annotated)));
    const doc = text(p.get("word/document.xml")!);
    expect(doc).toContain(`xmlns:w="${STRICT_W}"`);
    expect(doc).toContain('w:conformance="strict"');
    expect(doc).not.toContain(TRANSITIONAL_W);
    expect(doc).toContain("commentRangeStart");
    expect(text(p.get("word/comments.xml")!)).toContain(`"${STRICT_W}"`);
    expect(text(p.get("word/_rels/document.xml.rels")!)).toContain('Type="http://purl.oclc.org/ooxml/officeDocument/relationships/comments"');
    expect(text(p.get("[Content_Types].xml")!)).toContain('PartName="/word/comments.xml"');
    // Read back as a Strict package, with the marks in place.
    const again = await DocxPackage.open(new Uint8Array(readFileSync(annotated)));
    expect(again.strict).toBe(true);
  });

  it("parts a fill does not change keep their bytes, BOM and all", async () => {
    const out = join(tmp(), "filled.docx");
    await runCli(["fill", path("form-bom.docx"), sample, "-o", out]);
    const before = await parts(new Uint8Array(readFileSync(path("form-bom.docx"))));
    const after = await parts(new Uint8Array(readFileSync(out)));
    const styles = [...before.keys()].find((n) => n.endsWith("styles.xml"))!;
    expect(after.get(styles)).toEqual(before.get(styles));
    expect([...after.get(styles)!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it.each(["form-bom.docx", "form-document22.docx", "bom-package-parts.docx"])("check --annotate works on %s", async (file) => {
    const out = join(tmp(), "annotated.docx");
    const r = await runCli(["check", path(file), "--annotate", out]);
    expect(r.err).not.toContain("内部错误");
    if (file.startsWith("form")) {
      expect(r.err).toContain("已写入带批注的文档");
      const again = await DocxPackage.open(new Uint8Array(readFileSync(out)));
      expect(again.mainPart).toBe(file === "form-document22.docx" ? "word/document22.xml" : "word/document.xml");
      const rels = text((await parts(new Uint8Array(readFileSync(out)))).get(again.mainPart.replace(/([^/]+)$/, "_rels/$1.rels"))!);
      expect(rels).toContain("relationships/comments");
    } else expect(r.code).toBe(2);
  });
});
