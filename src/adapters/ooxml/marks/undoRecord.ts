/**
 * The undo record: a Custom XML data-store item holding the original bytes
 * of every part marking changed, the hash of each part as marking left it,
 * and per mark what was changed where (see ./index.ts).
 */
import JSZip from "jszip";
import type { DocxPackage } from "../docx";
import { relsPathOf, resolveTarget } from "../partNames";
import { W_NS, XDocument, XElement, elementChildren, parseXml, serializeXml, wName } from "../xml";
import { Packaging, PROLOG, REL_CUSTOM_XML, REL_CUSTOM_XML_PROPS, CT_CUSTOM_XML_PROPS, RELS_NS, writePart } from "./packaging";
import { hash } from "./wordml";

const RECORD_NS = "urn:silkform:marks:1";
const DS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";

export interface RecordPart {
  name: string;
  existed: boolean;
  /** Hash of the part as marking left it. */
  hash: string;
}

export interface HighlightEntry {
  paragraph: number;
  textHash: string;
  start: number;
  end: number;
  colour: string;
}

export interface SplitEntry {
  paragraph: number;
  textHash: string;
  offset: number;
}

export interface ShadingEntry {
  kind: "cell" | "paragraph";
  /** For cells, the cell's first paragraph. */
  paragraph: number;
  textHash: string;
  cell?: { table: number; row: number; col: number };
  fill: string;
  /** The w:shd marking replaced, if any. */
  previous: XElement | null;
}

export interface MarkEntry {
  id: string;
  commentId: string;
  commentHash: string;
  highlights: HighlightEntry[];
  splits: SplitEntry[];
  shading: ShadingEntry[];
}

export interface UndoRecord {
  parts: RecordPart[];
  originals: string | null;
  marks: MarkEntry[];
}

export interface RecordLocation {
  item: string;
  props: string | null;
  itemRels: string;
}

function recordXml(rec: UndoRecord): string {
  const doc = parseXml(`${PROLOG}<sf:marks xmlns:sf="${RECORD_NS}" xmlns:w="${W_NS}" version="1"/>`, "record");
  const root = doc.documentElement!;
  const el = (name: string, attrs: Record<string, string | number>) => {
    const e = doc.createElementNS(RECORD_NS, `sf:${name}`);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  };
  for (const p of rec.parts) root.appendChild(el("part", { name: p.name, existed: p.existed ? "1" : "0", hash: p.hash }));
  if (rec.originals) {
    const o = el("originals", { encoding: "zip-base64" });
    o.appendChild(doc.createTextNode(rec.originals));
    root.appendChild(o);
  }
  for (const m of rec.marks) {
    const me = el("mark", { id: m.id, commentId: m.commentId, commentHash: m.commentHash });
    for (const h of m.highlights) me.appendChild(el("highlight", { ...h }));
    for (const s of m.splits) me.appendChild(el("split", { ...s }));
    for (const s of m.shading) {
      const attrs: Record<string, string | number> = { kind: s.kind, paragraph: s.paragraph, textHash: s.textHash, fill: s.fill };
      if (s.cell) Object.assign(attrs, { table: s.cell.table, row: s.cell.row, col: s.cell.col });
      const se = el("shading", attrs);
      if (s.previous) se.appendChild(doc.importNode(s.previous, true));
      me.appendChild(se);
    }
    root.appendChild(me);
  }
  return serializeXml(doc);
}

function parseRecord(xml: string): UndoRecord | null {
  let doc: XDocument;
  try {
    doc = parseXml(xml, "record");
  } catch {
    return null;
  }
  const root = doc.documentElement;
  if (!root || root.namespaceURI !== RECORD_NS) return null;
  const kids = (el: XElement, name: string) => elementChildren(el).filter((c) => c.namespaceURI === RECORD_NS && c.localName === name);
  const num = (e: XElement, a: string) => Number(e.getAttribute(a) ?? "NaN");
  const str = (e: XElement, a: string) => e.getAttribute(a) ?? "";
  const originals = kids(root, "originals")[0];
  return {
    parts: kids(root, "part").map((e) => ({ name: str(e, "name"), existed: str(e, "existed") === "1", hash: str(e, "hash") })),
    originals: originals ? (originals.textContent ?? "").trim() : null,
    marks: kids(root, "mark").map((m) => ({
      id: str(m, "id"),
      commentId: str(m, "commentId"),
      commentHash: str(m, "commentHash"),
      highlights: kids(m, "highlight").map((e) => ({ paragraph: num(e, "paragraph"), textHash: str(e, "textHash"), start: num(e, "start"), end: num(e, "end"), colour: str(e, "colour") })),
      splits: kids(m, "split").map((e) => ({ paragraph: num(e, "paragraph"), textHash: str(e, "textHash"), offset: num(e, "offset") })),
      shading: kids(m, "shading").map((e) => ({
        kind: str(e, "kind") === "cell" ? ("cell" as const) : ("paragraph" as const),
        paragraph: num(e, "paragraph"),
        textHash: str(e, "textHash"),
        cell: e.hasAttribute("table") ? { table: num(e, "table"), row: num(e, "row"), col: num(e, "col") } : undefined,
        fill: str(e, "fill"),
        previous: elementChildren(e).find((c) => wName(c) === "shd") ?? null,
      })),
    })),
  };
}

export async function findRecord(pkg: DocxPackage, packaging: Packaging): Promise<{ loc: RecordLocation; record: UndoRecord } | null> {
  const candidates = new Set<string>(packaging.targets(REL_CUSTOM_XML).map((t) => t.part));
  // A record whose relationship was lost is still ours to clean up.
  for (const name of Object.keys(pkg.zip.files)) if (/^customXml\/item\d+\.xml$/i.test(name)) candidates.add(name);
  for (const item of candidates) {
    const text = await pkg.partText(item);
    if (!text || !text.includes(RECORD_NS)) continue;
    const record = parseRecord(text);
    if (!record) continue;
    const itemRels = relsPathOf(item);
    let props: string | null = null;
    const relsText = await pkg.partText(itemRels);
    if (relsText) {
      const m = /Target="([^"]+)"/.exec(relsText);
      if (m) props = resolveTarget(item, m[1]);
    }
    return { loc: { item, props, itemRels }, record };
  }
  return null;
}

export function removeRecordParts(pkg: DocxPackage, packaging: Packaging, loc: RecordLocation): void {
  for (const t of packaging.targets(REL_CUSTOM_XML)) if (t.part === loc.item) packaging.removeRelationship(t.rel);
  for (const name of [loc.item, loc.props, loc.itemRels]) {
    if (!name) continue;
    packaging.undeclare(name);
    if (pkg.zip.file(name)) pkg.removePart(name);
  }
}

/** Where a new record goes: the next free customXml item, related from the main part and declared. */
export interface RecordParts {
  n: number;
  item: string;
  props: string;
}

export function addRecordParts(pkg: DocxPackage, packaging: Packaging): RecordParts {
  let n = 1;
  while (pkg.zip.file(`customXml/item${n}.xml`) || pkg.zip.file(`customXml/itemProps${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  packaging.addRelationship(REL_CUSTOM_XML, item);
  if (!packaging.contentType(item)) packaging.declare(item, "application/xml");
  packaging.declare(props, CT_CUSTOM_XML_PROPS);
  return { n, item, props };
}

/** Writes the record: the originals zipped, each part's hash as `written` holds it, the marks. */
export async function writeRecord(pkg: DocxPackage, { n, item, props }: RecordParts, originals: Original[], written: Map<string, string>, marks: MarkEntry[]): Promise<void> {
  const zip = new JSZip();
  for (const o of originals) if (o.bytes !== null) zip.file(o.name, o.bytes, { date: o.date ?? undefined, createFolders: false });
  const record: UndoRecord = {
    parts: originals.map((o) => ({ name: o.name, existed: o.bytes !== null, hash: hash(written.get(o.name) ?? "") })),
    originals: await zip.generateAsync({ type: "base64", compression: "DEFLATE", compressionOptions: { level: 6 } }),
    marks,
  };
  writePart(pkg, item, recordXml(record));
  writePart(
    pkg,
    props,
    `${PROLOG}<ds:datastoreItem ds:itemID="${guid()}" xmlns:ds="${DS_NS}"><ds:schemaRefs><ds:schemaRef ds:uri="${RECORD_NS}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  writePart(
    pkg,
    relsPathOf(item),
    `${PROLOG}<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
  );
}

function guid(): string {
  const hex = (k: number) => Array.from({ length: k }, () => Math.floor(Math.random() * 16).toString(16)).join("").toUpperCase();
  return `{${hex(8)}-${hex(4)}-4${hex(3)}-${"89AB"[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}}`;
}

export interface Original {
  name: string;
  bytes: Uint8Array | string | null;
  date: Date | null;
}

/** The part as it is now: its stored bytes, or the DOM's serialization when someone changed the DOM in memory. */
export async function snapshot(pkg: DocxPackage, name: string): Promise<Original> {
  const file = pkg.zip.file(name);
  if (!file) return { name, bytes: null, date: null };
  const bytes = await file.async("uint8array");
  const dom = name === pkg.mainPart ? pkg.document : await pkg.partDom(name);
  if (dom) {
    const now = serializeXml(dom);
    // Decoded as the package reads it (no BOM, Transitional namespaces), so the comparison is like for like.
    const stored = (await pkg.partText(name))!;
    if (now !== stored && now !== serializeXml(parseXml(stored, name))) return { name, bytes: pkg.storedForm(now), date: file.date };
  }
  return { name, bytes, date: file.date };
}

export async function currentText(pkg: DocxPackage, name: string): Promise<string | null> {
  if (name === pkg.mainPart) return serializeXml(pkg.document);
  const dom = await pkg.partDom(name);
  return dom ? serializeXml(dom) : null;
}

/** Put back the original bytes when nothing changed since marking. */
export async function restoreOriginals(pkg: DocxPackage, record: UndoRecord, loc: RecordLocation): Promise<boolean> {
  if (!record.originals || record.parts.length === 0) return false;
  for (const part of record.parts) {
    const now = await currentText(pkg, part.name);
    if (now === null || hash(now) !== part.hash) return false;
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(record.originals, { base64: true });
  } catch {
    return false;
  }
  const restored: { name: string; bytes: Uint8Array | null; date: Date | null }[] = [];
  for (const part of record.parts) {
    const file = zip.file(part.name);
    if (part.existed && !file) return false;
    restored.push({ name: part.name, bytes: file ? await file.async("uint8array") : null, date: file ? file.date : null });
  }
  for (const r of restored) {
    if (r.bytes === null) {
      pkg.removePart(r.name);
      continue;
    }
    // setPartText drops the cached DOM and the dirty flag; the bytes then go in as they were.
    pkg.setPartText(r.name, "");
    pkg.zip.file(r.name, r.bytes, { binary: true, createFolders: false, date: r.date ?? undefined });
  }
  for (const name of [loc.item, loc.props, loc.itemRels]) if (name && pkg.zip.file(name)) pkg.removePart(name);
  await resyncMainDocument(pkg);
  return true;
}

/** Make the live main-part DOM match the restored bytes, leaving the part clean so save() writes those bytes. */
async function resyncMainDocument(pkg: DocxPackage): Promise<void> {
  const text = await pkg.partText(pkg.mainPart);
  if (text !== null) pkg.restoreMainPart(text);
}
