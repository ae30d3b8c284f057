import JSZip from "jszip";
import { COMMENT_PREFIX, MARK_AUTHOR, Mark, MarkTarget } from "../../document/marks";
import type { DocxPackage } from "./docx";
import { cellKey, readParagraph, Segment } from "./reader";
import { partDir, relsPathOf, resolveTarget } from "./partNames";
import { W_NS, XDocument, XElement, createW, elementChildren, parseXml, serializeXml, wAttr, wChild, wName } from "./xml";

/*
 * Marks in a .docx: highlights, shading and Word comments for check findings,
 * and the way to take them out again.
 *
 * Undo design. Marking stores an undo record in the package as a Custom XML
 * data-store item (customXml/itemN.xml + itemPropsN.xml, related from the
 * main part, its content types declared): the same kind of part Office.js
 * add-ins create with customXmlParts.add, which Word, WPS and LibreOffice
 * open without complaint and keep when they save. The record holds
 *  - the original bytes of every part marking changed (a small zip, base64)
 *    and the hash of each part as marking left it;
 *  - per mark, what was changed where (runs split, run spans highlighted,
 *    cell / paragraph shading and the shading it replaced), by paragraph
 *    index, a hash of the paragraph text and offsets.
 * Clearing a package whose changed parts still hash as marking left them puts
 * the original bytes back, so every part is byte for byte what it was. When
 * anything changed since (an edit, or a save by Word, which rewrites every
 * part), clearing falls back to structural removal: every comment by
 * MARK_AUTHOR goes with its range and reference; highlights and shading are
 * undone where the record says they were added (found again by paragraph text,
 * or inside our comment's range when that text was edited), user shading we
 * replaced is put back, runs we split are merged when they still look alike,
 * and all other content — the user's edits, highlights and comments — stays.
 * Without a record (another program dropped it) only comments and what lies
 * inside their ranges in our exact colours are removed.
 */

const RECORD_NS = "urn:silkform:marks:1";
const DS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml";
const W14_PARA_NS = "http://schemas.microsoft.com/office/word/2010/wordml";
const REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_COMMENTS = `${REL_BASE}/comments`;
const REL_CUSTOM_XML = `${REL_BASE}/customXml`;
const REL_CUSTOM_XML_PROPS = `${REL_BASE}/customXmlProps`;
const CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const CT_CUSTOM_XML_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const CONTENT_TYPES = "[Content_Types].xml";
const XML_NS = "http://www.w3.org/XML/1998/namespace";
const PROLOG = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** Highlight and shading colours by severity: Word's yellow / bright green, and the pale fills of the same hues. */
const COLOURS = {
  error: { highlight: "yellow", fill: "FFF2CC" },
  warning: { highlight: "green", fill: "E2EFDA" },
} as const;
const OUR_HIGHLIGHTS = new Set<string>([COLOURS.error.highlight, COLOURS.warning.highlight]);
const OUR_FILLS = new Set<string>([COLOURS.error.fill, COLOURS.warning.fill]);

// Child orders of CT_RPr, CT_PPr and CT_TcPr: Word rejects properties out of schema order.
const RPR_ORDER = "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath rPrChange".split(" ");
const PPR_ORDER = "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange".split(" ");
const TCPR_ORDER = "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark headers cellIns cellDel cellMerge tcPrChange".split(" ");

export interface MarkOptions {
  /** Date written on the comments (now by default). */
  now?: Date;
}

export type ClearOutcome =
  /** Nothing of ours was in the package. */
  | "none"
  /** The parts were unchanged since marking; their original bytes are back. */
  | "restored"
  /** The document changed since marking; our marks were taken out one by one. */
  | "structural";

// ---------------------------------------------------------------------------
// Small helpers

/** cyrb53: a fast 53-bit string hash; it only has to notice that a part or paragraph changed. */
function hash(s: string): string {
  let h1 = 0xdeadbeef ^ s.length;
  let h2 = 0x41c6ce57 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${s.length}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16)}`;
}

function insertInOrder(parent: XElement, child: XElement, order: string[]): void {
  const rank = order.indexOf(wName(child));
  for (const n of elementChildren(parent)) {
    const r = order.indexOf(wName(n));
    // Elements of other namespaces (w14 extensions) come after every w: property.
    if (r === -1 || r > rank) {
      parent.insertBefore(child, n);
      return;
    }
  }
  parent.appendChild(child);
}

/** The properties element that must be an element's first child (w:rPr of w:r, w:pPr of w:p, w:tcPr of w:tc). */
function ensureFirstChild(el: XElement, name: string): XElement {
  const have = wChild(el, name);
  if (have) return have;
  const made = createW(el.ownerDocument, name);
  el.insertBefore(made, el.firstChild);
  return made;
}

function setText(t: XElement, text: string, preserve: boolean): void {
  while (t.firstChild) t.removeChild(t.firstChild);
  if (text) t.appendChild(t.ownerDocument.createTextNode(text));
  if (preserve || /^\s|\s$/.test(text)) t.setAttributeNS(XML_NS, "xml:space", "preserve");
}

function nextElement(n: Node): XElement | null {
  for (let s = n.nextSibling; s; s = s.nextSibling) if (s.nodeType === 1) return s as XElement;
  return null;
}

/** The ancestor of `node` that is a direct child of paragraph `p` (markers go there, outside hyperlinks and content controls). */
function topLevel(node: XElement, p: XElement): XElement {
  let n = node;
  while (n.parentNode && n.parentNode !== p) n = n.parentNode as XElement;
  return n;
}

function descendants(root: XElement, localName: string): XElement[] {
  const list = root.getElementsByTagNameNS(W_NS, localName);
  const out: XElement[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i] as XElement);
  return out;
}

function wEl(doc: XDocument, name: string, attrs: Record<string, string> = {}): XElement {
  const el = createW(doc, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttributeNS(W_NS, `w:${k}`, v);
  return el;
}

function segmentsOf(p: XElement): { text: string; segments: Segment[] } {
  const { text, segments } = readParagraph(p);
  return { text, segments: segments.filter((s) => s.end > s.start) };
}

function relativeTarget(fromPart: string, part: string): string {
  const from = partDir(fromPart).split("/").filter(Boolean);
  const to = part.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

function writePart(pkg: DocxPackage, name: string, dom: XDocument | string): string {
  const text = typeof dom === "string" ? dom : serializeXml(dom);
  pkg.setPartText(name, text);
  return text;
}

// ---------------------------------------------------------------------------
// Package plumbing: relationships and content types

class Packaging {
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

// ---------------------------------------------------------------------------
// The undo record

interface RecordPart {
  name: string;
  existed: boolean;
  /** Hash of the part as marking left it. */
  hash: string;
}

interface HighlightEntry {
  paragraph: number;
  textHash: string;
  start: number;
  end: number;
  colour: string;
}

interface SplitEntry {
  paragraph: number;
  textHash: string;
  offset: number;
}

interface ShadingEntry {
  kind: "cell" | "paragraph";
  /** For cells, the cell's first paragraph. */
  paragraph: number;
  textHash: string;
  cell?: { table: number; row: number; col: number };
  fill: string;
  /** The w:shd marking replaced, if any. */
  previous: XElement | null;
}

interface MarkEntry {
  id: string;
  commentId: string;
  commentHash: string;
  highlights: HighlightEntry[];
  splits: SplitEntry[];
  shading: ShadingEntry[];
}

interface UndoRecord {
  parts: RecordPart[];
  originals: string | null;
  marks: MarkEntry[];
}

interface RecordLocation {
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

async function findRecord(pkg: DocxPackage, packaging: Packaging): Promise<{ loc: RecordLocation; record: UndoRecord } | null> {
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

function removeRecordParts(pkg: DocxPackage, packaging: Packaging, loc: RecordLocation): void {
  for (const t of packaging.targets(REL_CUSTOM_XML)) if (t.part === loc.item) packaging.removeRelationship(t.rel);
  for (const name of [loc.item, loc.props, loc.itemRels]) {
    if (!name) continue;
    packaging.undeclare(name);
    if (pkg.zip.file(name)) pkg.removePart(name);
  }
}

// ---------------------------------------------------------------------------
// Runs: split, highlight, merge

/** Move `node` and the children after it into a new run right after `run`, with the same properties. */
function splitRunBefore(run: XElement, node: XElement): XElement {
  const copy = run.cloneNode(false) as XElement;
  const rPr = wChild(run, "rPr");
  if (rPr) copy.appendChild(rPr.cloneNode(true));
  for (let n: Node | null = node; n; ) {
    const next: Node | null = n.nextSibling;
    copy.appendChild(n);
    n = next;
  }
  run.parentNode!.insertBefore(copy, run.nextSibling);
  return copy;
}

/** Make a run boundary at `offset` of the paragraph's text. Returns whether a run had to be split. */
function splitAt(p: XElement, offset: number, onSplit: (run: XElement, copy: XElement) => void = () => {}): boolean {
  const { segments } = segmentsOf(p);
  const inside = segments.find((s) => s.start < offset && offset < s.end);
  if (inside) {
    // A checkbox's content must stay one piece of its content control.
    if (inside.kind !== "text") return false;
    const t = inside.node;
    const text = t.textContent ?? "";
    const k = offset - inside.start;
    const preserve = t.getAttributeNS(XML_NS, "space") === "preserve";
    const rest = t.cloneNode(false) as XElement;
    setText(t, text.slice(0, k), preserve);
    setText(rest, text.slice(k), preserve);
    t.parentNode!.insertBefore(rest, t.nextSibling);
    onSplit(inside.run, splitRunBefore(inside.run, rest));
    return true;
  }
  const after = segments.find((s) => s.start === offset);
  const before = [...segments].reverse().find((s) => s.end === offset);
  if (after && before && after.run === before.run) {
    onSplit(after.run, splitRunBefore(after.run, after.node));
    return true;
  }
  return false;
}

/** Runs holding text in [start, end) of the paragraph, in order. */
function runsIn(p: XElement, start: number, end: number): XElement[] {
  const out: XElement[] = [];
  for (const s of segmentsOf(p).segments) {
    if (s.start < end && s.end > start && !out.includes(s.run)) out.push(s.run);
  }
  return out;
}

/** Offsets of a run's text in its paragraph. */
function runSpan(p: XElement, run: XElement): [number, number] | null {
  const segs = segmentsOf(p).segments.filter((s) => s.run === run);
  return segs.length ? [segs[0].start, segs[segs.length - 1].end] : null;
}

function highlightOf(run: XElement): XElement | null {
  const rPr = wChild(run, "rPr");
  return rPr ? wChild(rPr, "highlight") : null;
}

function removeHighlight(run: XElement, colour: string | null): boolean {
  const h = highlightOf(run);
  if (!h) return false;
  const val = wAttr(h, "val") ?? "";
  if (colour !== null ? val !== colour : !OUR_HIGHLIGHTS.has(val)) return false;
  const rPr = h.parentNode as XElement;
  rPr.removeChild(h);
  if (elementChildren(rPr).length === 0) run.removeChild(rPr);
  return true;
}

function sameRun(a: XElement, b: XElement): boolean {
  const attrs = (e: XElement) => {
    const out: string[] = [];
    for (let i = 0; i < e.attributes.length; i++) out.push(`${e.attributes[i].name}=${e.attributes[i].value}`);
    return out.sort().join(" ");
  };
  const props = (e: XElement) => {
    const rPr = wChild(e, "rPr");
    return rPr && elementChildren(rPr).length ? serializeXml(rPr as unknown as XDocument) : "";
  };
  return attrs(a) === attrs(b) && props(a) === props(b);
}

/** Undo a split at `offset` when the two runs are still neighbours and look alike. */
function mergeAt(p: XElement, offset: number): void {
  const { segments } = segmentsOf(p);
  const left = [...segments].reverse().find((s) => s.end === offset);
  const right = segments.find((s) => s.start === offset);
  if (!left || !right || left.run === right.run) return;
  if (nextElement(left.run) !== right.run || !sameRun(left.run, right.run)) return;
  const moved = elementChildren(right.run).filter((c) => wName(c) !== "rPr");
  const last = elementChildren(left.run).pop();
  const first = moved[0];
  if (last && first && wName(last) === "t" && wName(first) === "t") {
    const preserve = last.getAttributeNS(XML_NS, "space") === "preserve" || first.getAttributeNS(XML_NS, "space") === "preserve";
    setText(last, (last.textContent ?? "") + (first.textContent ?? ""), preserve);
    moved.shift();
  }
  for (const c of moved) left.run.appendChild(c);
  right.run.parentNode!.removeChild(right.run);
}

// ---------------------------------------------------------------------------
// Applying marks

interface Anchor {
  /** Paragraph and the top-level node the start marker goes before (null: at the end). */
  startP: XElement;
  startBefore: Node | null;
  endP: XElement;
  /** The top-level node the end marker goes after (null: right after pPr, i.e. the start of an empty paragraph). */
  endAfter: Node | null;
}

function contentStart(p: XElement): Node | null {
  const pPr = wChild(p, "pPr");
  return pPr ? pPr.nextSibling : p.firstChild;
}

function wholeParagraph(p: XElement): Anchor {
  let last: Node | null = p.lastChild;
  while (last && last.nodeType !== 1) last = last.previousSibling;
  if (last && wName(last) === "pPr") last = null;
  return { startP: p, startBefore: contentStart(p), endP: p, endAfter: last };
}

class Marker {
  readonly doc: XDocument;
  readonly entries: MarkEntry[] = [];
  /** Runs this pass highlighted: a highlight there is ours, not the user's. */
  private readonly ours = new Set<XElement>();
  readonly comments: { id: string; text: string }[] = [];
  private nextId: number;

  constructor(
    readonly pkg: DocxPackage,
    usedIds: Set<number>,
  ) {
    this.doc = pkg.document;
    this.nextId = usedIds.size ? Math.max(...usedIds) + 1 : 0;
  }

  private para(i: number): XElement | null {
    return this.pkg.index.paragraphs[i]?.el ?? null;
  }

  private textHash(p: XElement): string {
    return hash(readParagraph(p).text);
  }

  apply(mark: Mark): void {
    const colours = COLOURS[mark.severity];
    const entry: MarkEntry = { id: mark.id, commentId: "", commentHash: hash(mark.comment), highlights: [], splits: [], shading: [] };
    const anchor = this.mark(mark.target, colours, entry);
    if (!anchor) return;
    const id = String(this.nextId++);
    entry.commentId = id;
    this.anchorComment(anchor, id);
    this.comments.push({ id, text: mark.comment });
    this.entries.push(entry);
  }

  private mark(target: MarkTarget, colours: { highlight: string; fill: string }, entry: MarkEntry): Anchor | null {
    switch (target.kind) {
      case "range":
        return this.markRange(target, colours.highlight, entry);
      case "cell": {
        const tc = this.pkg.index.cells.get(cellKey(target.cell));
        if (!tc) return null;
        const first = target.paragraphs.map((i) => this.para(i)).find((p): p is XElement => p !== null && enclosing(p, "tc") === tc) ?? descendants(tc, "p")[0];
        if (!first) return null;
        const index = this.pkg.index.paragraphs.findIndex((x) => x.el === first);
        const tcPr = ensureFirstChild(tc, "tcPr");
        entry.shading.push({ kind: "cell", paragraph: index, textHash: this.textHash(first), cell: { ...target.cell }, fill: colours.fill, previous: this.shade(tcPr, TCPR_ORDER, colours.fill) });
        return wholeParagraph(first);
      }
      case "paragraphs": {
        const paras = target.paragraphs.map((i) => ({ i, p: this.para(i) })).filter((x): x is { i: number; p: XElement } => x.p !== null);
        if (paras.length === 0) return null;
        for (const { i, p } of paras) {
          const pPr = ensureFirstChild(p, "pPr");
          entry.shading.push({ kind: "paragraph", paragraph: i, textHash: this.textHash(p), fill: colours.fill, previous: this.shade(pPr, PPR_ORDER, colours.fill) });
        }
        return wholeParagraph(paras[0].p);
      }
    }
  }

  /** Set our shading on a properties element; returns the shading it replaced. */
  private shade(props: XElement, order: string[], fill: string): XElement | null {
    const old = wChild(props, "shd");
    // A shading this pass already set (two marks on one cell) is not the user's.
    const previous = old && !(old as unknown as { silkform?: boolean }).silkform ? (old.cloneNode(true) as XElement) : null;
    const shd = wEl(this.doc, "shd", { val: "clear", color: "auto", fill });
    (shd as unknown as { silkform?: boolean }).silkform = true;
    if (old) props.replaceChild(shd, old);
    else insertInOrder(props, shd, order);
    return previous;
  }

  private markRange(target: Extract<MarkTarget, { kind: "range" }>, colour: string, entry: MarkEntry): Anchor | null {
    let { start, end } = target;
    if (end.paragraph < start.paragraph || (end.paragraph === start.paragraph && end.offset < start.offset)) [start, end] = [end, start];
    const pieces: { i: number; p: XElement; s: number; e: number }[] = [];
    for (let i = start.paragraph; i <= end.paragraph; i++) {
      const p = this.para(i);
      if (!p) continue;
      const len = readParagraph(p).text.length;
      const s = i === start.paragraph ? Math.max(0, Math.min(start.offset, len)) : 0;
      const e = i === end.paragraph ? Math.max(0, Math.min(end.offset, len)) : len;
      pieces.push({ i, p, s, e: Math.max(s, e) });
    }
    if (pieces.length === 0) return null;
    let firstRun: { p: XElement; run: XElement } | null = null;
    let lastRun: { p: XElement; run: XElement } | null = null;
    for (const piece of pieces) {
      const textHash = this.textHash(piece.p);
      for (const off of new Set([piece.s, piece.e])) {
        const keepOurs = (run: XElement, copy: XElement) => {
          if (this.ours.has(run)) this.ours.add(copy);
        };
        if (splitAt(piece.p, off, keepOurs)) entry.splits.push({ paragraph: piece.i, textHash, offset: off });
      }
      if (piece.e === piece.s) continue;
      for (const run of runsIn(piece.p, piece.s, piece.e)) {
        firstRun ??= { p: piece.p, run };
        lastRun = { p: piece.p, run };
        const existing = highlightOf(run);
        // The user's own highlight stays as it is; our comment range still shows the finding.
        if (existing && !this.ours.has(run)) continue;
        if (existing) {
          // Two of our marks overlap: an error outranks a warning.
          if (colour === COLOURS.error.highlight) existing.setAttributeNS(W_NS, "w:val", colour);
        } else {
          insertInOrder(ensureFirstChild(run, "rPr"), wEl(this.doc, "highlight", { val: colour }), RPR_ORDER);
          this.ours.add(run);
        }
        const span = runSpan(piece.p, run);
        if (span) entry.highlights.push({ paragraph: piece.i, textHash, start: span[0], end: span[1], colour });
      }
    }
    // Splitting later pieces of this same pass may split runs recorded here; the spans stay right
    // because highlights are found again by offsets, never by run.
    if (firstRun && lastRun) {
      return {
        startP: firstRun.p,
        startBefore: topLevel(firstRun.run, firstRun.p),
        endP: lastRun.p,
        endAfter: topLevel(lastRun.run, lastRun.p),
      };
    }
    // An empty range: a point comment where it starts.
    const { p, s } = pieces[0];
    const at = segmentsOf(p).segments.find((x) => x.start >= s);
    const before = at ? topLevel(at.run, p) : null;
    const prev = before ? before.previousSibling : p.lastChild;
    const endAfter = prev && !(prev.nodeType === 1 && wName(prev) === "pPr") ? prev : null;
    return { startP: p, startBefore: before, endP: p, endAfter };
  }

  private anchorComment(a: Anchor, id: string): void {
    const rangeStart = wEl(this.doc, "commentRangeStart", { id });
    const rangeEnd = wEl(this.doc, "commentRangeEnd", { id });
    const refRun = wEl(this.doc, "r");
    refRun.appendChild(wEl(this.doc, "commentReference", { id }));
    // End first: with an empty paragraph both markers sit at the start and must stay in order.
    const endRef = a.endAfter ? a.endAfter.nextSibling : contentStart(a.endP);
    a.endP.insertBefore(rangeEnd, endRef);
    a.endP.insertBefore(refRun, rangeEnd.nextSibling);
    const startRef = a.startBefore && a.startBefore.parentNode === a.startP ? a.startBefore : a.startP === a.endP ? rangeEnd : null;
    a.startP.insertBefore(rangeStart, startRef);
  }
}

function commentsXml(existing: XDocument | null, items: { id: string; text: string }[], date: string): XDocument {
  const doc = existing ?? parseXml(`${PROLOG}<w:comments xmlns:w="${W_NS}"/>`, "comments");
  const root = doc.documentElement!;
  for (const { id, text } of items) {
    const c = wEl(doc, "comment", { id, author: MARK_AUTHOR, date, initials: "丝路" });
    text.split("\n").forEach((line, i) => {
      const p = wEl(doc, "p");
      if (i === 0) {
        const ref = wEl(doc, "r");
        ref.appendChild(wEl(doc, "annotationRef"));
        p.appendChild(ref);
      }
      const r = wEl(doc, "r");
      const t = wEl(doc, "t");
      setText(t, line, true);
      r.appendChild(t);
      p.appendChild(r);
      c.appendChild(p);
    });
    root.appendChild(c);
  }
  return doc;
}

function commentIdsIn(el: XElement | null, names: string[]): Set<number> {
  const out = new Set<number>();
  if (!el) return out;
  for (const name of names) {
    for (const e of descendants(el, name)) {
      const n = parseInt(wAttr(e, "id") ?? "", 10);
      if (Number.isFinite(n)) out.add(n);
    }
  }
  return out;
}

interface Original {
  name: string;
  bytes: Uint8Array | string | null;
  date: Date | null;
}

/** The part as it is now: its stored bytes, or the DOM's serialization when someone changed the DOM in memory. */
async function snapshot(pkg: DocxPackage, name: string): Promise<Original> {
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

async function currentText(pkg: DocxPackage, name: string): Promise<string | null> {
  if (name === pkg.mainPart) return serializeXml(pkg.document);
  const dom = await pkg.partDom(name);
  return dom ? serializeXml(dom) : null;
}

export async function applyMarksToPackage(pkg: DocxPackage, marks: Mark[], options: MarkOptions = {}): Promise<void> {
  // Marks of an earlier check go first, so they never stack and the record keeps the true original;
  // a check that finds nothing leaves no marks of the one before.
  await clearMarksFromPackage(pkg);
  if (marks.length === 0) return;
  const packaging = await Packaging.open(pkg);
  const commentsTarget = packaging.targets(REL_COMMENTS)[0];
  // Beside the main part, wherever it is (Word's packages keep it in word/).
  const dir = partDir(pkg.mainPart);
  let commentsPart = commentsTarget?.part ?? `${dir}comments.xml`;
  if (!commentsTarget && pkg.zip.file(commentsPart)) {
    // A comments part nothing points at is not ours to reuse.
    let n = 1;
    while (pkg.zip.file(`${dir}comments${n}.xml`)) n++;
    commentsPart = `${dir}comments${n}.xml`;
  }

  const touched = [pkg.mainPart, commentsPart, packaging.relsPath, CONTENT_TYPES];
  const originals = await Promise.all(touched.map((n) => snapshot(pkg, n)));

  const existingComments = commentsTarget ? await pkg.partDom(commentsPart) : null;
  const used = new Set([
    ...commentIdsIn(existingComments?.documentElement ?? null, ["comment"]),
    ...commentIdsIn(pkg.body, ["commentRangeStart", "commentRangeEnd", "commentReference"]),
  ]);
  const marker = new Marker(pkg, used);
  for (const m of marks) marker.apply(m);
  if (marker.entries.length === 0) return;

  const date = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
  const written = new Map<string, string>();
  written.set(commentsPart, writePart(pkg, commentsPart, commentsXml(existingComments, marker.comments, date)));
  if (!commentsTarget) packaging.addRelationship(REL_COMMENTS, commentsPart);
  packaging.declare(commentsPart, CT_COMMENTS);

  // The record: a custom XML data-store item, declared like the ones Office add-ins make.
  let n = 1;
  while (pkg.zip.file(`customXml/item${n}.xml`) || pkg.zip.file(`customXml/itemProps${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  packaging.addRelationship(REL_CUSTOM_XML, item);
  if (!packaging.contentType(item)) packaging.declare(item, "application/xml");
  packaging.declare(props, CT_CUSTOM_XML_PROPS);
  for (const [k, v] of packaging.flush()) written.set(k, v);
  pkg.markDirty();
  written.set(pkg.mainPart, serializeXml(pkg.document));

  const zip = new JSZip();
  for (const o of originals) if (o.bytes !== null) zip.file(o.name, o.bytes, { date: o.date ?? undefined, createFolders: false });
  const record: UndoRecord = {
    parts: originals.map((o) => ({ name: o.name, existed: o.bytes !== null, hash: hash(written.get(o.name) ?? "") })),
    originals: await zip.generateAsync({ type: "base64", compression: "DEFLATE", compressionOptions: { level: 6 } }),
    marks: marker.entries,
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
  pkg.reindex();
}

function guid(): string {
  const hex = (k: number) => Array.from({ length: k }, () => Math.floor(Math.random() * 16).toString(16)).join("").toUpperCase();
  return `{${hex(8)}-${hex(4)}-4${hex(3)}-${"89AB"[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}}`;
}

// ---------------------------------------------------------------------------
// Clearing

export async function clearMarksFromPackage(pkg: DocxPackage): Promise<ClearOutcome> {
  const packaging = await Packaging.open(pkg);
  const found = await findRecord(pkg, packaging);
  const outcome = found && (await restoreOriginals(pkg, found.record, found.loc)) ? "restored" : await structuralClear(pkg, packaging, found);
  if (outcome !== "none") pkg.reindex();
  return outcome;
}

/** Put back the original bytes when nothing changed since marking. */
async function restoreOriginals(pkg: DocxPackage, record: UndoRecord, loc: RecordLocation): Promise<boolean> {
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

interface OurComment {
  id: string;
  el: XElement;
  textHash: string;
}

/** Comment range markers of one id, in the body. */
function rangeOf(body: XElement, id: string): { start: XElement | null; end: XElement | null } {
  const find = (name: string) => descendants(body, name).find((e) => wAttr(e, "id") === id) ?? null;
  return { start: find("commentRangeStart"), end: find("commentRangeEnd") };
}

function enclosing(el: XElement | null, name: string): XElement | null {
  for (let n = el?.parentNode ?? null; n; n = n.parentNode) if (wName(n) === name) return n as XElement;
  return null;
}

/** Runs between two markers in document order. */
function runsBetween(body: XElement, start: XElement, end: XElement): XElement[] {
  const out: XElement[] = [];
  let inside = false;
  const walk = (el: XElement): boolean => {
    for (const c of elementChildren(el)) {
      if (c === start) inside = true;
      else if (c === end) return true;
      else if (inside && wName(c) === "r") out.push(c);
      else if (walk(c)) return true;
    }
    return false;
  };
  walk(body);
  return out;
}

async function structuralClear(pkg: DocxPackage, packaging: Packaging, found: { loc: RecordLocation; record: UndoRecord } | null): Promise<ClearOutcome> {
  const body = pkg.body;
  const commentsRel = packaging.targets(REL_COMMENTS)[0];
  const commentsDom = commentsRel ? await pkg.partDom(commentsRel.part) : null;
  const ours: OurComment[] = [];
  if (commentsDom) {
    for (const c of descendants(commentsDom.documentElement!, "comment")) {
      const text = descendants(c, "p")
        .map((p) => descendants(p, "t").map((t) => t.textContent ?? "").join(""))
        .join("\n");
      // Ours: written by this tool, or by the Word add-in (which cannot set the author, so it marks the text).
      if (wAttr(c, "author") !== MARK_AUTHOR && !text.startsWith(COMMENT_PREFIX)) continue;
      ours.push({ id: wAttr(c, "id") ?? "", el: c, textHash: hash(text) });
    }
  }
  if (!found && ours.length === 0) return "none";

  const paragraphs = pkg.index.paragraphs.map((x) => x.el);
  const textHashes = new Map<XElement, string>();
  const textHashOf = (p: XElement) => {
    let h = textHashes.get(p);
    if (h === undefined) textHashes.set(p, (h = hash(readParagraph(p).text)));
    return h;
  };
  /** The paragraph a record entry was made in: at its index if the text is the same, else the nearest with that text. */
  const locate = (index: number, textHash: string): XElement | null => {
    if (paragraphs[index] && textHashOf(paragraphs[index]) === textHash) return paragraphs[index];
    let best: XElement | null = null;
    let bestDistance = Infinity;
    paragraphs.forEach((p, i) => {
      if (Math.abs(i - index) < bestDistance && textHashOf(p) === textHash) {
        best = p;
        bestDistance = Math.abs(i - index);
      }
    });
    return best;
  };

  // Which of our comments belongs to which record entry: by text (Word renumbers comment ids on save).
  const claimed = new Set<OurComment>();
  const commentFor = (m: MarkEntry): OurComment | null => {
    const c = ours.find((o) => !claimed.has(o) && o.id === m.commentId && o.textHash === m.commentHash) ?? ours.find((o) => !claimed.has(o) && o.textHash === m.commentHash) ?? null;
    if (c) claimed.add(c);
    return c;
  };

  // Work out every target before changing anything: comment markers move offsets of nothing, but runs are merged.
  const actions: (() => void)[] = [];
  const merges: (() => void)[] = [];
  for (const m of found?.record.marks ?? []) {
    const comment = commentFor(m);
    const range = comment ? rangeOf(body, comment.id) : { start: null, end: null };
    const anchorRuns = range.start && range.end ? runsBetween(body, range.start, range.end) : [];
    for (const h of m.highlights) {
      const p = locate(h.paragraph, h.textHash);
      if (p) {
        const runs = runsIn(p, h.start, h.end).filter((r) => {
          const span = runSpan(p, r);
          return span !== null && span[0] >= h.start && span[1] <= h.end;
        });
        actions.push(() => runs.forEach((r) => removeHighlight(r, h.colour)));
      } else {
        // The paragraph was edited: our highlight is whatever still carries our colour inside our comment's range.
        actions.push(() => anchorRuns.forEach((r) => removeHighlight(r, h.colour)));
      }
    }
    for (const s of m.splits) {
      const p = locate(s.paragraph, s.textHash);
      if (p) merges.push(() => mergeAt(p, s.offset));
    }
    for (const s of m.shading) {
      const target = locateShading(pkg, s, locate, range.start);
      if (target) actions.push(() => restoreShading(target, s));
    }
  }
  if (!found) {
    for (const c of ours) {
      const { start, end } = rangeOf(body, c.id);
      if (!start || !end) continue;
      const runs = runsBetween(body, start, end);
      actions.push(() => runs.forEach((r) => removeHighlight(r, null)));
      const tc = enclosing(start, "tc");
      const tcShd = tc ? wChild(wChild(tc, "tcPr") ?? tc, "shd") : null;
      const p = enclosing(start, "p");
      const pShd = p ? wChild(wChild(p, "pPr") ?? p, "shd") : null;
      for (const shd of [tcShd, pShd]) {
        if (shd && OUR_FILLS.has((wAttr(shd, "fill") ?? "").toUpperCase())) actions.push(() => shd.parentNode?.removeChild(shd));
      }
    }
  }

  // LibreOffice leaves an empty run carrying our highlight just before our range's end: it holds
  // no text, only our colour, so it goes with the comment.
  for (const c of ours) {
    const { end } = rangeOf(body, c.id);
    for (let prev = end?.previousSibling ?? null; prev && wName(prev) === "r"; prev = prev.previousSibling) {
      const r = prev as XElement;
      const rPr = wChild(r, "rPr");
      if (elementChildren(r).length !== 1 || !rPr || !wChild(rPr, "highlight")) break;
      actions.push(() => r.parentNode?.removeChild(r));
    }
  }

  // Comments: ours go from every part that refers to them.
  const ids = new Set(ours.map((c) => c.id));
  for (const name of ["commentRangeStart", "commentRangeEnd", "commentReference"]) {
    for (const e of descendants(body, name)) {
      if (!ids.has(wAttr(e, "id") ?? "")) continue;
      const run = e.parentNode as XElement;
      actions.push(() => {
        run.removeChild(e);
        if (name === "commentReference" && wName(run) === "r" && elementChildren(run).every((c) => wName(c) === "rPr")) run.parentNode?.removeChild(run);
      });
    }
  }
  for (const a of actions) a();
  for (const m of merges) m();
  pkg.markDirty();

  if (commentsDom && commentsRel) {
    const paraIds = new Set<string>();
    for (const c of ours) {
      for (const p of descendants(c.el, "p")) {
        const pid = p.getAttributeNS(W14_PARA_NS, "paraId");
        if (pid) paraIds.add(pid);
      }
      c.el.parentNode?.removeChild(c.el);
    }
    const createdByUs = found?.record.parts.some((p) => p.name === commentsRel.part && !p.existed) ?? false;
    if (createdByUs && descendants(commentsDom.documentElement!, "comment").length === 0) {
      pkg.removePart(commentsRel.part);
      packaging.removeRelationship(commentsRel.rel);
      packaging.undeclare(commentsRel.part);
    } else if (ours.length) {
      pkg.setPartDom(commentsRel.part, commentsDom);
    }
    await removeCommentExtras(pkg, packaging, paraIds);
  }
  if (found) removeRecordParts(pkg, packaging, found.loc);
  packaging.flush();
  return "structural";
}

type Locate = (index: number, textHash: string) => XElement | null;

function locateShading(pkg: DocxPackage, s: ShadingEntry, locate: Locate, anchorStart: XElement | null): XElement | null {
  const isOurs = (props: XElement | null) => {
    const shd = props ? wChild(props, "shd") : null;
    return shd !== null && (wAttr(shd, "fill") ?? "").toUpperCase() === s.fill;
  };
  if (s.kind === "cell") {
    const candidates: (XElement | null | undefined)[] = [
      s.cell ? pkg.index.cells.get(cellKey(s.cell)) : null,
      enclosing(locate(s.paragraph, s.textHash), "tc"),
      enclosing(anchorStart, "tc"),
    ];
    for (const tc of candidates) if (tc && isOurs(wChild(tc, "tcPr"))) return wChild(tc, "tcPr");
    return null;
  }
  const candidates = [locate(s.paragraph, s.textHash), pkg.index.paragraphs[s.paragraph]?.el ?? null, enclosing(anchorStart, "p")];
  for (const p of candidates) if (p && isOurs(wChild(p, "pPr"))) return wChild(p, "pPr");
  return null;
}

function restoreShading(props: XElement, s: ShadingEntry): void {
  const shd = wChild(props, "shd");
  // Two marks on one cell share one shading: only the first entry to get there restores it.
  if (!shd || (wAttr(shd, "fill") ?? "").toUpperCase() !== s.fill) return;
  if (s.previous) props.replaceChild(props.ownerDocument.importNode(s.previous, true), shd);
  else props.removeChild(shd);
  // Marking may have created the properties element; an empty one says nothing and goes.
  if (elementChildren(props).length === 0) props.parentNode?.removeChild(props);
}

/**
 * Word 2013+ keeps comment state in side parts keyed by the comment
 * paragraphs' w14:paraId (commentsExtended, commentsIds) and by durable id
 * (commentsExtensible); drop the entries of our comments there too.
 */
async function removeCommentExtras(pkg: DocxPackage, packaging: Packaging, paraIds: Set<string>): Promise<void> {
  if (paraIds.size === 0) return;
  const durable = new Set<string>();
  const byType = (suffix: string) => packaging.relationships().filter((r) => (r.getAttribute("Type") ?? "").endsWith(suffix)).map((r) => resolveTarget(pkg.mainPart, r.getAttribute("Target") ?? ""));
  const sweep = async (parts: string[], match: (el: XElement) => boolean) => {
    for (const part of parts) {
      const dom = await pkg.partDom(part);
      if (!dom?.documentElement) continue;
      let changed = false;
      for (const el of elementChildren(dom.documentElement)) {
        if (match(el)) {
          dom.documentElement.removeChild(el);
          changed = true;
        }
      }
      if (changed) pkg.setPartDom(part, dom);
    }
  };
  const attrLocal = (el: XElement, local: string) => {
    for (let i = 0; i < el.attributes.length; i++) if (el.attributes[i].localName === local) return el.attributes[i].value;
    return null;
  };
  await sweep(byType("/commentsExtended"), (el) => el.namespaceURI === W15_NS && paraIds.has(attrLocal(el, "paraId") ?? ""));
  await sweep(byType("/commentsIds"), (el) => {
    const hit = paraIds.has(attrLocal(el, "paraId") ?? "");
    if (hit) durable.add(attrLocal(el, "durableId") ?? "");
    return hit;
  });
  await sweep(byType("/commentsExtensible"), (el) => durable.has(attrLocal(el, "durableId") ?? ""));
}
