import { readdirSync, readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { readBody } from "../../src/adapters/ooxml/reader";
import { parseXml, W_NS, wChild, XElement } from "../../src/adapters/ooxml/xml";
import type { FakeWordHost } from "./fakeWord";

export const FIXTURES = join(__dirname, "..", "fixtures");

/** The reference and every variant: the Word path must read and fill them all like the OOXML path. */
export const FIXTURE_NAMES = ["reference.docx", ...readdirSync(join(FIXTURES, "variants")).filter((f) => f.endsWith(".docx")).sort().map((f) => `variants/${f}`)];

export const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

/** A minimal .docx whose body is the given WordprocessingML (w: prefix bound). */
export async function makeDocx(bodyXml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:body>${bodyXml}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

export const p = (...runs: string[]) => `<w:p>${runs.join("")}</w:p>`;
export const r = (text: string, rPr = "") => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;

/** The fake's current document as the .docx adapter reads it (its own parser on what Word would save). */
function readFake(host: FakeWordHost) {
  const body = wChild(parseXml(host.documentXml(), "word/document.xml").documentElement, "body");
  if (!body) throw new Error("the fake's document has no w:body");
  return { ...readBody(body), body };
}

/** The model the fake's current document reads as (what the OOXML path would see). */
export function modelOf(host: FakeWordHost) {
  return readFake(host).model;
}

/** Highlight of every character of every paragraph (null: none), to compare documents before and after marks. */
export function highlightMap(host: FakeWordHost): (string | null)[][] {
  const { index } = readFake(host);
  return index.paragraphs.map((px) =>
    px.segments.flatMap((s) => {
      const rPr = wChild(s.run, "rPr");
      const h = rPr ? wChild(rPr, "highlight") : null;
      const v = h ? h.getAttributeNS(W_NS, "val") || null : null;
      return Array.from({ length: s.end - s.start }, () => v);
    }),
  );
}

/** Shading fill of every cell (document order). */
export function shadingMap(host: FakeWordHost): string[] {
  const out: string[] = [];
  const tcs = readFake(host).body.getElementsByTagNameNS(W_NS, "tc");
  for (let i = 0; i < tcs.length; i++) {
    const tcPr = wChild(tcs[i] as XElement, "tcPr");
    const shd = tcPr ? wChild(tcPr, "shd") : null;
    const fill = shd ? (shd.getAttributeNS(W_NS, "fill") ?? "").toUpperCase() : "";
    // White is what clearing gives an unshaded cell back (Word has no "no shading" value to set).
    out.push(fill === "AUTO" || fill === "FFFFFF" ? "" : fill);
  }
  return out;
}
