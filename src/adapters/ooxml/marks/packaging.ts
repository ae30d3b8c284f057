/** Package plumbing for the marks: the main part's relationships and the content types. */
import type { DocxPackage } from "../docx";
import { partDir, relsPathOf, resolveTarget } from "../partNames";
import { XDocument, XElement, parseXml, serializeXml } from "../xml";

export const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
export const REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_COMMENTS = `${REL_BASE}/comments`;
export const REL_CUSTOM_XML = `${REL_BASE}/customXml`;
export const REL_CUSTOM_XML_PROPS = `${REL_BASE}/customXmlProps`;
export const CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
export const CT_CUSTOM_XML_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
export const CONTENT_TYPES = "[Content_Types].xml";
export const PROLOG = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

function relativeTarget(fromPart: string, part: string): string {
  const from = partDir(fromPart).split("/").filter(Boolean);
  const to = part.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

export function writePart(pkg: DocxPackage, name: string, dom: XDocument | string): string {
  const text = typeof dom === "string" ? dom : serializeXml(dom);
  pkg.setPartText(name, text);
  return text;
}

export class Packaging {
  private rels: XDocument | null = null;
  private types: XDocument | null = null;
  relsChanged = false;
  typesChanged = false;

  private constructor(
    readonly pkg: DocxPackage,
    readonly relsPath: string,
  ) {}

  static async open(pkg: DocxPackage): Promise<Packaging> {
    const p = new Packaging(pkg, relsPathOf(pkg.mainPart));
    p.rels = await pkg.partDom(p.relsPath);
    p.types = await pkg.partDom(CONTENT_TYPES);
    return p;
  }

  relationships(): XElement[] {
    if (!this.rels) return [];
    const list = this.rels.getElementsByTagNameNS(RELS_NS, "Relationship");
    const out: XElement[] = [];
    for (let i = 0; i < list.length; i++) out.push(list[i] as XElement);
    return out;
  }

  /** Parts the main part relates to with this type, as package paths. */
  targets(type: string): { rel: XElement; part: string }[] {
    return this.relationships()
      .filter((r) => r.getAttribute("Type") === type && r.getAttribute("TargetMode") !== "External")
      .map((rel) => ({ rel, part: resolveTarget(this.pkg.mainPart, rel.getAttribute("Target") ?? "") }));
  }

  addRelationship(type: string, part: string): void {
    if (!this.rels) this.rels = parseXml(`${PROLOG}<Relationships xmlns="${RELS_NS}"></Relationships>`, this.relsPath);
    const ids = new Set(this.relationships().map((r) => r.getAttribute("Id")));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const rel = this.rels.createElementNS(RELS_NS, "Relationship");
    rel.setAttribute("Id", `rId${n}`);
    rel.setAttribute("Type", type);
    rel.setAttribute("Target", relativeTarget(this.pkg.mainPart, part));
    this.rels.documentElement!.appendChild(rel);
    this.relsChanged = true;
  }

  removeRelationship(rel: XElement): void {
    rel.parentNode?.removeChild(rel);
    this.relsChanged = true;
  }

  private typeEntries(name: "Default" | "Override"): XElement[] {
    if (!this.types) return [];
    const list = this.types.getElementsByTagNameNS(CT_NS, name);
    const out: XElement[] = [];
    for (let i = 0; i < list.length; i++) out.push(list[i] as XElement);
    return out;
  }

  contentType(part: string): string | null {
    const o = this.typeEntries("Override").find((e) => (e.getAttribute("PartName") ?? "").toLowerCase() === `/${part}`.toLowerCase());
    if (o) return o.getAttribute("ContentType");
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    const d = this.typeEntries("Default").find((e) => (e.getAttribute("Extension") ?? "").toLowerCase() === ext);
    return d ? d.getAttribute("ContentType") : null;
  }

  declare(part: string, contentType: string): void {
    if (!this.types || this.contentType(part) === contentType) return;
    const o = this.types.createElementNS(CT_NS, "Override");
    o.setAttribute("PartName", `/${part}`);
    o.setAttribute("ContentType", contentType);
    this.types.documentElement!.appendChild(o);
    this.typesChanged = true;
  }

  undeclare(part: string): void {
    for (const o of this.typeEntries("Override")) {
      if ((o.getAttribute("PartName") ?? "").toLowerCase() === `/${part}`.toLowerCase()) {
        o.parentNode?.removeChild(o);
        this.typesChanged = true;
      }
    }
  }

  /** Write the changed parts; returns their texts as written. */
  flush(): Map<string, string> {
    const out = new Map<string, string>();
    if (this.relsChanged && this.rels) out.set(this.relsPath, writePart(this.pkg, this.relsPath, this.rels));
    if (this.typesChanged && this.types) out.set(CONTENT_TYPES, writePart(this.pkg, CONTENT_TYPES, this.types));
    this.relsChanged = this.typesChanged = false;
    return out;
  }
}
