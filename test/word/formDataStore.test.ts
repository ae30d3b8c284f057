import { readFileSync } from "fs";
import { join } from "path";
import { FORM_DATA_NS } from "../../src/adapters/word/formDataStore";
import { WordAdapter } from "../../src/adapters/word/wordAdapter";
import { createController } from "../../src/controller";
import { SilkformError } from "../../src/errors";
import type { FormData } from "../../src/form/schema";
import { loadSample } from "../../scripts/bench/wordSyncs";
import { FakeWordHost } from "./fakeWord";
import { fixture, makeDocx, modelOf, p, r } from "./helpers";
import type { WordHost } from "../../src/adapters/word/host";

// Saved data goes through the controller, as the pane's does.
const saveFormData = (data: FormData, host: WordHost) => createController(new WordAdapter(host)).saveData(data);
const loadFormData = (host: WordHost) => createController(new WordAdapter(host)).loadSaved();

describe("form data kept in the document", () => {
  const sample = loadSample();

  it("round-trips through a custom XML part in its own namespace, ]]> included", async () => {
    const host = await FakeWordHost.fromDocx(fixture("reference.docx"));
    const data = { ...sample, strategy: { ...sample.strategy, significance: "含有 ]]> 和 <标签> 与 & 的文字" } };
    await saveFormData(data, host.host());
    expect(host.customXmlParts).toHaveLength(1);
    expect(host.customXmlParts[0].namespaceUri).toBe(FORM_DATA_NS);
    expect(host.customXmlParts[0].xml).toMatch(/<formData xmlns="urn:silkform:formdata:1" schemaVersion="1"><!\[CDATA\[/);
    expect(await loadFormData(host.host())).toEqual({ ...data, schemaVersion: 1 });

    // Saving again replaces the part instead of adding one.
    await saveFormData(sample, host.host());
    expect(host.customXmlParts).toHaveLength(1);
    expect(await loadFormData(host.host())).toEqual({ ...sample, schemaVersion: 1 });
    expect(host.syncs).toBe(2 + 2 + 2 + 2);
  });

  it("reads nothing when there is no part", async () => {
    const host = await FakeWordHost.fromDocx(fixture("reference.docx"));
    expect(await loadFormData(host.host())).toBeNull();
  });

  it("refuses data whose part would pass Word on the web's 1 MB limit", async () => {
    const host = await FakeWordHost.fromDocx(fixture("reference.docx"));
    const huge: FormData = { strategy: { significance: "字".repeat(400_000) } };
    const err = await saveFormData(huge, host.host()).catch((e) => e);
    expect(err).toBeInstanceOf(SilkformError);
    expect((err as SilkformError).id).toBe("formDataTooLarge");
    expect((err as Error).message).toMatch(/1 MB/);
    expect(host.customXmlParts).toHaveLength(0);
    expect(host.syncs).toBe(0);
  });

  it("falls back to the Common API settings on WordApi 1.3", async () => {
    const host = await FakeWordHost.fromDocx(fixture("reference.docx"), { apiVersion: "1.3" });
    await saveFormData(sample, host.host());
    expect(host.customXmlParts).toHaveLength(0);
    expect(host.settingsSaves).toBe(1);
    expect(await loadFormData(host.host())).toEqual({ ...sample, schemaVersion: 1 });
  });

  it("reads the part the .docx adapter wrote (one format for both)", async () => {
    const { DocxPackage } = await import("../../src/adapters/ooxml/docx");
    const { saveFormData: saveInDocx } = await import("../helpers/controller");
    const pkg = await DocxPackage.open(fixture("reference.docx"));
    await saveInDocx(pkg, sample);
    // Word loads a .docx's custom XML parts into customXmlParts; the fake gets them the same way.
    const host = await FakeWordHost.fromDocx(await pkg.save());
    expect(await loadFormData(host.host())).toEqual({ ...sample, schemaVersion: 1 });
  });
});

describe("新建空白申报书", () => {
  const blank = new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "reference.docx")));
  const insertBlankForm = (opts: { confirmed: boolean }, host: WordHost) =>
    createController(new WordAdapter(host), { blankForm: async () => blank }).newBlankForm({ confirmReplace: opts.confirmed });

  it("fills an empty document with the blank form", async () => {
    const host = await FakeWordHost.fromDocx(await makeDocx(p()));
    await insertBlankForm({ confirmed: false }, host.host());
    expect(modelOf(host).paragraphs.length).toBeGreaterThan(400);
    expect(host.syncs).toBe(2);
  });

  it("refuses a document with text unless the user confirmed", async () => {
    const host = await FakeWordHost.fromDocx(await makeDocx(p(r("我的草稿"))));
    const err = await insertBlankForm({ confirmed: false }, host.host()).catch((e) => e);
    expect((err as SilkformError).id).toBe("documentNotEmpty");
    expect(modelOf(host).paragraphs.map((x) => x.text)).toEqual(["我的草稿"]);
    await insertBlankForm({ confirmed: true }, host.host());
    expect(modelOf(host).paragraphs.length).toBeGreaterThan(400);
  });
});
