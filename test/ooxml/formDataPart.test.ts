import { DocxPackage } from "../../src/adapters/ooxml/docx";
import { formDataFromXml, formDataToXml } from "../../src/form/storage";
import { openFixture, sampleData } from "../helpers/fixtures";
import { loadFormData, saveFormData } from "../helpers/controller";

describe("form data saved inside a .docx", () => {
  it("is absent from the blank form", async () => {
    expect(await loadFormData(await openFixture("reference.docx"))).toBeNull();
  });

  it("survives save and reopen, and a second save replaces it", async () => {
    const pkg = await openFixture("reference.docx");
    const data = sampleData();
    await saveFormData(pkg, data);
    const reopened = await DocxPackage.open(await pkg.save());
    expect(await loadFormData(reopened)).toEqual({ ...data, schemaVersion: 1 });
    await saveFormData(reopened, { basic: { labName: "改过的名称" } });
    const again = await DocxPackage.open(await reopened.save());
    expect(await loadFormData(again)).toEqual({ basic: { labName: "改过的名称" }, schemaVersion: 1 });
    expect(Object.keys(again.zip.files).filter((n) => /^customXml\/item\d+\.xml$/.test(n))).toHaveLength(1);
    const ct = await again.partText("[Content_Types].xml");
    expect(ct).toContain('PartName="/customXml/itemProps1.xml"');
  });

  it("keeps text containing ]]> intact and refuses data over 1 MB", () => {
    const data = { strategy: { significance: "a]]>b" } };
    expect(formDataFromXml(formDataToXml(data))).toEqual({ ...data, schemaVersion: 1 });
    expect(() => formDataToXml({ strategy: { significance: "字".repeat(400_000) } })).toThrow("超过 1 MB");
  });
});
