import { readdirSync, readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { OoxmlAdapter } from "../../src/adapters/ooxml/adapter";
import { W14_NS, W_NS, XElement, createW, parseXml, serializeXml, wAttr, wChild } from "../../src/adapters/ooxml/xml";
import { partLabel } from "../../src/adapters/ooxml/partNames";
import { createController } from "../../src/controller";
import { SilkformError } from "../../src/errors";
import { parseFormData } from "../../src/form/schema";

const FIXTURES = join(__dirname, "..", "fixtures");
const docxFiles = [join(FIXTURES, "reference.docx"), ...readdirSync(join(FIXTURES, "variants")).map((f) => join(FIXTURES, "variants", f))];

async function xmlParts(path: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(name)) out.set(name, await zip.file(name)!.async("string"));
  return out;
}

describe("XML layer", () => {
  test.each(docxFiles.map((f) => [f.slice(FIXTURES.length + 1)]))("every XML part of %s is written back exactly as read", async (name) => {
    const parts = await xmlParts(join(FIXTURES, name));
    expect(parts.size).toBeGreaterThan(3);
    for (const [part, text] of parts) expect([part, serializeXml(parseXml(text, part))]).toEqual([part, text]);
  });

  const W = `xmlns:w="${W_NS}"`;
  test.each([
    ["a mismatched end tag", `<w:document ${W}><w:body><w:p></w:body></w:document>`],
    ["a truncated part", `<w:document ${W}><w:body><w:p><w:r><w:t>申报`],
    ["an unknown entity", `<w:document ${W}><w:t>&nbsp;</w:t></w:document>`],
    ["a bare ampersand", `<w:document ${W}><w:t>A & B</w:t></w:document>`],
    ["an undeclared prefix", `<w:document ${W}><w14:t/></w:document>`],
    ["an undeclared attribute prefix", `<w:document ${W}><w:p w14:paraId="1"/></w:document>`],
    ["a duplicate attribute", `<w:document ${W}><w:p w:rsidR="1" w:rsidR="2"/></w:document>`],
    ["an unquoted attribute", `<w:document ${W}><w:p w:rsidR=1/></w:document>`],
    ["“<” in an attribute", `<w:document ${W}><w:p w:x="a<b"/></w:document>`],
    ["text after the root", `<w:document ${W}/>garbage`],
    ["two roots", `<w:document ${W}/><w:document ${W}/>`],
    ["a control character", `<w:document ${W}><w:t>a\u0001b</w:t></w:document>`],
    ["no root", `<?xml version="1.0"?>`],
    ["zeros where a part was", "\u0000\u0000\u0000"],
  ])("refuses %s with corruptXml, naming the part and the place", (_what, xml) => {
    let error: unknown;
    try {
      parseXml(xml, "word/document.xml");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SilkformError);
    expect((error as SilkformError).id).toBe("corruptXml");
    expect((error as SilkformError).message).toContain(partLabel("word/document.xml"));
    expect(String((error as SilkformError).details)).toMatch(/line \d+, column \d+/);
  });

  test("names resolve to namespaces; entities decode on reading and are escaped on writing", () => {
    const doc = parseXml(`<?xml version="1.0"?>\n<root xmlns="urn:d" ${W} a='x &amp; &#x4e2d;&quot;'><w:p w:val="1">&lt;甲&gt; &#20013;</w:p><child/></root>`, "p");
    const root = doc.documentElement as unknown as XElement;
    expect(root.namespaceURI).toBe("urn:d");
    expect(root.getAttribute("a")).toBe('x & 中"');
    const p = wChild(root, "p")!;
    expect([p.namespaceURI, p.localName, p.prefix]).toEqual([W_NS, "p", "w"]);
    expect(wAttr(p, "val")).toBe("1");
    expect(wAttr(p, "missing")).toBeNull();
    expect(p.textContent).toBe("<甲> 中");
    expect((root.lastChild as XElement).namespaceURI).toBe("urn:d");
    p.setAttributeNS(W_NS, "w:val", 'a"<&>\tb');
    const again = parseXml(serializeXml(doc), "p");
    expect(wAttr(wChild(again.documentElement as unknown as XElement, "p")!, "val")).toBe('a"<&>\tb');
    expect(serializeXml(again)).toBe(serializeXml(doc));
  });

  test("a node written on its own, or created in a namespace not declared above it, carries its declarations", () => {
    const doc = parseXml(`<w:document ${W}><w:body><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:body></w:document>`, "d");
    const body = wChild(doc.documentElement as unknown as XElement, "body")!;
    const alone = serializeXml(wChild(body, "p")!);
    expect(alone).toBe(`<w:p ${W}><w:r><w:t>甲</w:t></w:r></w:p>`);
    const x = doc.createElementNS("urn:x", "x:mark");
    x.setAttributeNS("urn:y", "y:at", "1");
    body.appendChild(x);
    body.appendChild(createW(doc, "p"));
    const text = serializeXml(doc);
    expect(text).toContain(`<x:mark xmlns:y="urn:y" y:at="1" xmlns:x="urn:x"/><w:p/>`);
    const back = parseXml(text, "d").getElementsByTagNameNS("urn:x", "mark")[0];
    expect(back.getAttributeNS("urn:y", "at")).toBe("1");
  });

  test("an attribute removed from attributes nobody read goes alone: the rest are written back as read", () => {
    const W14 = `xmlns:w14="${W14_NS}"`;
    const p = `<w:p  w14:paraId="0A1B" w:rsidR='00A1'   w14:textId="77" x:paraId="k" xmlns:x="urn:x"><w:r/></w:p>`;
    const doc = parseXml(`<w:document ${W} ${W14}><w:body>${p}</w:body></w:document>`, "d");
    const el = wChild(wChild(doc.documentElement as unknown as XElement, "body")!, "p")!;
    const copy = el.cloneNode(true) as XElement;
    copy.removeAttributeNS(W14_NS, "paraId");
    copy.removeAttributeNS(W14_NS, "textId");
    el.parentNode!.appendChild(copy);
    expect(serializeXml(doc)).toBe(
      `<w:document ${W} ${W14}><w:body>${p}<w:p w:rsidR='00A1' x:paraId="k" xmlns:x="urn:x"><w:r/></w:p></w:body></w:document>`,
    );
    expect([copy.getAttributeNS(W14_NS, "paraId"), copy.getAttributeNS("urn:x", "paraId"), wAttr(copy, "rsidR")]).toEqual([null, "k", "00A1"]);
    expect(el.getAttributeNS(W14_NS, "paraId")).toBe("0A1B");
  });

  test("a fill writes the parts it did not change byte for byte", async () => {
    const bytes = readFileSync(join(FIXTURES, "reference.docx"));
    const before = await xmlParts(join(FIXTURES, "reference.docx"));
    const doc = await OoxmlAdapter.open(new Uint8Array(bytes));
    const data = parseFormData(JSON.parse(readFileSync(join(FIXTURES, "data", "sample.json"), "utf8"))).data!;
    await createController(doc).fill(data, { keep: false });
    const zip = await JSZip.loadAsync(await doc.save());
    for (const [part, text] of before) {
      if (part === "word/document.xml" || part === "[Content_Types].xml" || part.startsWith("customXml/") || part.endsWith(".rels")) continue;
      expect([part, await zip.file(part)!.async("string")]).toEqual([part, text]);
    }
  });
});
