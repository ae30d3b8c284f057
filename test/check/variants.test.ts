import { OoxmlAdapter } from "../../src/adapters/ooxml/adapter";
import { ALL_FORMS, openFixture, sampleData } from "../helpers/fixtures";
import { fillDocument, checkDocument } from "../helpers/controller";

/**
 * The same complete answers in every shape of the form (Word, WPS,
 * LibreOffice, split runs, added rows, content controls …): the check must
 * judge the answers, not the shape. Only a copy that lost what tells two
 * answers apart may report them, as not found.
 */
describe.each(ALL_FORMS.map((f) => [f] as const))("the sample filled into %s", (fixture) => {
  it("has no errors but what the copy itself lost", async () => {
    const doc = new OoxmlAdapter(await openFixture(fixture));
    await fillDocument(doc, sampleData(), { overwrite: true });
    const findings = await checkDocument(doc);
    const errors = findings.filter((f) => f.severity === "error");
    if (fixture.endsWith("no-instructions.docx")) {
      expect(errors.map((f) => [f.field, f.rule, f.location])).toEqual([
        ["tech.positioning", "required", null],
        ["tech.annualTasks", "required", null],
      ]);
    } else {
      expect(errors).toEqual([]);
    }
    expect(findings.filter((f) => f.severity === "warning").every((f) => ["signature", "seal", "date"].includes(f.rule))).toBe(true);
  });
});
