import { FORM_DATA_NS } from "../../document/formData";
import { DocxPackage } from "./docx";
import { relsPathOf } from "./partNames";

const CUSTOM_XML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const PROPS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const ITEM_ID = "{5A1C3F2E-9B7D-4E61-8C0A-2F6B4D8E1A37}";

async function findOurItem(pkg: DocxPackage): Promise<string | null> {
  for (const name of Object.keys(pkg.zip.files)) {
    if (!/^customXml\/item\d+\.xml$/.test(name)) continue;
    const text = await pkg.partText(name);
    if (text?.includes(FORM_DATA_NS)) return name;
  }
  return null;
}

/** The XML of the form-data part saved in a .docx by the task pane or the playground, if any. */
export async function loadFormDataXml(pkg: DocxPackage): Promise<string | null> {
  const name = await findOurItem(pkg);
  return name ? ((await pkg.partText(name)) ?? "") : null;
}

/** Save (or replace) the form-data part, wired the way Word stores custom XML parts. */
export async function saveFormDataXml(pkg: DocxPackage, xml: string): Promise<void> {
  const existing = await findOurItem(pkg);
  if (existing) {
    pkg.setPartText(existing, xml);
    return;
  }
  let n = 1;
  while (pkg.zip.file(`customXml/item${n}.xml`)) n++;
  pkg.setPartText(`customXml/item${n}.xml`, xml);
  pkg.setPartText(
    `customXml/itemProps${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="${ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${FORM_DATA_NS}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  pkg.setPartText(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${PROPS_REL}" Target="itemProps${n}.xml"/></Relationships>`,
  );
  const ct = (await pkg.partText("[Content_Types].xml")) ?? "";
  if (!ct.includes(`/customXml/itemProps${n}.xml`)) {
    pkg.setPartText("[Content_Types].xml", ct.replace("</Types>", `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_TYPE}"/></Types>`));
  }
  const relsName = relsPathOf(pkg.mainPart);
  const rels = (await pkg.partText(relsName)) ?? "";
  const ids = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...ids) + 1}`;
  pkg.setPartText(relsName, rels.replace("</Relationships>", `<Relationship Id="${id}" Type="${CUSTOM_XML_REL}" Target="../customXml/item${n}.xml"/></Relationships>`));
}
