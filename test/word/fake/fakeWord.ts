import { FakePackage, flatOpcBody } from "./package";
import { W14_NS, W_NS, XElement, XML_NS, createW, elementChildren, parseXml, wAttr, wChild, wChildMade, wDescendants, wName } from "./xml";
import type {
  IsSetSupported,
  OfficeSettingsLike,
  RunFn,
  WBody,
  WClientResult,
  WComment,
  WCommentCollection,
  WCustomXmlPart,
  WCustomXmlPartCollection,
  WCustomXmlPartScopedCollection,
  WDocument,
  WFont,
  WordHost,
  WParagraph,
  WParagraphCollection,
  WRange,
  WRangeCollection,
  WRequestContext,
  WSearchOptions,
  WSetting,
  WSettingCollection,
  WTable,
  WTableCell,
  WTableCollection,
  WTableRow,
  TrackingMode,
  WAnnotation,
  WAnnotationCollection,
  WCritique,
} from "../../../src/adapters/word/host";

/**
 * An in-memory Word host for jest and the sync benchmark. It behaves like
 * Office.js where the adapter could get it wrong (office-addin-mock does
 * not: it returns an error string for unloaded properties, officejs-facts §8):
 *
 * - every API object is a proxy; reading a property before `load` + `sync`
 *   throws PropertyNotLoaded, and so does `items` of a collection;
 * - methods only queue commands; edits happen at `sync()`, in order; an
 *   error stops the batch there (earlier commands stay applied), like Word;
 * - object paths are resolved when first used in a batch and again in each
 *   later batch (loaded collection items keep their object, as Office.js
 *   keeps them by id); a path more than 2000 links from an already used
 *   one throws, as Office.js's recursive `ensureInstantiateObjectPath`
 *   overflows the stack there;
 * - `search` enforces the 255-character limit (InvalidArgument) and Word's
 *   `^` codes; `getFirst` of no hit throws ItemNotFound;
 * - WordApi 1.4 members (comments, settings, custom XML parts) throw
 *   ApiNotFound when the host is set to 1.3, as Office.js does on call.
 *
 * The document is a real WordprocessingML DOM, opened with jszip and
 * @xmldom/xmldom (./package.ts, ./xml.ts) — nothing of the product's .docx
 * adapter, so the two sides of the Word-vs-.docx tests are independent;
 * edits change the DOM the way Word would, so `getOoxml()` and `toDocx()`
 * return the changed document.
 * Word's paragraph text is computed here independently of the OOXML
 * reader, the way Word reports it: line breaks as U+000B, page breaks as
 * U+000C, w:sym as a private-use character, footnote marks as U+0002,
 * pictures as U+0001.
 */

export class FakeWordError extends Error {
  /** As Office.js reports it: where in the batch Word failed (#5394, #6059 show `errorLocation: "Body.getOoxml"`). */
  readonly debugInfo: { code: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
    this.debugInfo = { code, errorLocation };
  }
}

/** Office.js's errorLocation for the fake's command names (Class.member, as in the issues' debugInfo). */
const ERROR_LOCATIONS: Record<string, string> = {
  getOoxml: "Body.getOoxml",
  insertComment: "Range.insertComment",
  highlight: "Font.highlightColor",
  shading: "TableCell.shadingColor",
  "settings.add": "SettingCollection.add",
  deleteComment: "Comment.delete",
  insertOoxml: "Range.insertOoxml",
  insertRows: "TableRow.insertRows",
  mergeCells: "Table.mergeCells",
};

export interface FakeWordOptions {
  /** Highest WordApi version the host supports. */
  apiVersion?: "1.3" | "1.4" | "1.7";
  /** "web" enforces Word on the web's 1 MB custom XML limit (officejs-facts §4). */
  platform?: "web" | "desktop";
  /** Common API settings (Office.context.document.settings) available. */
  officeSettings?: boolean;
  /** Test hook: change what getOoxml() returns (to make Word and its OOXML disagree). */
  ooxmlFilter?: (xml: string) => string;
  /**
   * Tracked-deleted text (w:del, w:moveFrom) is part of Paragraph.text and of
   * what search sees. Word on the web does this (office-js #1267, #5286: even
   * in Simple Markup); desktop Word shows what its markup view shows (#5286),
   * so the default is web: yes, desktop: no (Simple Markup, Word's default view).
   */
  deletedTextShown?: boolean;
  /** Document.changeTrackingMode when the document opens (Track Changes; WordApi 1.4). */
  changeTrackingMode?: TrackingMode;
}

interface Point {
  p: XElement;
  off: number;
}

/** A range of Word's text; `mark` when it ends after the last paragraph's mark; `table` when it is exactly a table. */
interface HRange {
  start: Point;
  end: Point;
  mark: boolean;
  table?: XElement;
  dead?: boolean;
}

interface HComment {
  id: string;
  content: string;
  authorName: string;
  anchor: HRange;
}

interface HPart {
  id: string;
  xml: string;
  namespaceUri: string;
}

type Host = unknown;

const MAX_NEW_PATH_DEPTH = 2000;
const CUSTOM_XML_WEB_LIMIT = 1024 * 1024;

/**
 * Word's highlight palette: w:highlight names and the colours Font.highlightColor
 * reports for them. The fake's own copy, so a wrong entry in the adapter's table
 * shows up as a test failure instead of being shared by both sides.
 */
const HIGHLIGHTS: Record<string, string> = {
  yellow: "#FFFF00",
  green: "#00FF00",
  cyan: "#00FFFF",
  magenta: "#FF00FF",
  blue: "#0000FF",
  red: "#FF0000",
  darkBlue: "#000080",
  darkCyan: "#008080",
  darkGreen: "#008000",
  darkMagenta: "#800080",
  darkRed: "#800000",
  darkYellow: "#808000",
  darkGray: "#808080",
  lightGray: "#C0C0C0",
  black: "#000000",
  white: "#FFFFFF",
};

/** A stretch of a paragraph's Word text and the node it comes from. */
interface Segment {
  kind: "text" | "symbol" | "tab" | "break" | "checkbox";
  start: number;
  end: number;
  node: XElement;
  run: XElement;
  sdt?: XElement;
}

/**
 * The run formatting Word gives text typed into a paragraph: that of its first
 * run with properties, else the paragraph mark's (without revision marks).
 * Written here, not borrowed from the .docx writer, so a bug there is caught.
 */
function typingRunProps(p: XElement): XElement | null {
  for (const run of wDescendants(p, "r")) {
    const rPr = wChild(run, "rPr");
    if (rPr) return rPr.cloneNode(true) as XElement;
  }
  return typingMarkProps(p);
}

/** The paragraph mark's run properties, without revision marks: what Word types with into an empty paragraph. */
function typingMarkProps(p: XElement): XElement | null {
  const pPr = wChild(p, "pPr");
  const mark = pPr ? wChild(pPr, "rPr") : null;
  if (!mark) return null;
  const copy = mark.cloneNode(true) as XElement;
  for (const c of elementChildren(copy)) if (["ins", "del", "moveFrom", "moveTo", "rPrChange"].includes(wName(c))) copy.removeChild(c);
  return copy;
}
const HIGHLIGHT_NAMES: Record<string, string> = {
  yellow: "yellow",
  lime: "green",
  brightgreen: "green",
  green: "darkGreen",
  turquoise: "cyan",
  pink: "magenta",
  blue: "blue",
  red: "red",
  darkblue: "darkBlue",
  teal: "darkCyan",
  violet: "darkMagenta",
  purple: "darkMagenta",
  darkred: "darkRed",
  olive: "darkYellow",
  darkyellow: "darkYellow",
  gray: "darkGray",
  gray50: "darkGray",
  lightgray: "lightGray",
  gray25: "lightGray",
  black: "black",
  white: "white",
};

/** Word's highlight name for an API colour ("Yellow", "#FFFF00"); Word snaps others to its 16 (officejs-facts §3). */
function highlightName(color: string): string {
  const key = color.toLowerCase();
  if (HIGHLIGHT_NAMES[key]) return HIGHLIGHT_NAMES[key];
  const hex = color.toUpperCase();
  for (const [name, value] of Object.entries(HIGHLIGHTS)) if (value === hex) return name;
  throw new FakeWordError("InvalidArgument", `highlight colour ${color}`);
}

// ---------------------------------------------------------------------------
// The document: paragraphs and Word's text of each

/** Word's text of a paragraph, as segments; `deleted`: with tracked-deleted text (Word on the web). */
function wordSegments(p: XElement, deleted = false): Segment[] {
  const segments: Segment[] = [];
  let pos = 0;
  const push = (s: string, kind: Segment["kind"], node: XElement, run: XElement, sdt?: XElement) => {
    if (s.length === 0 && kind !== "text") return;
    segments.push({ start: pos, end: pos + s.length, kind, node, run, sdt });
    pos += s.length;
  };
  const walkRun = (r: XElement, checkbox?: XElement) => {
    for (const c of elementChildren(r)) {
      const n = wName(c);
      if (n === "t" || (deleted && n === "delText")) push(c.textContent ?? "", checkbox ? "checkbox" : "text", c, r, checkbox);
      else if (n === "tab" || n === "ptab") push("\t", "tab", c, r);
      else if (n === "br") push(wAttr(c, "type") === "page" || wAttr(c, "type") === "column" ? "\f" : "\v", "break", c, r);
      else if (n === "cr") push("\v", "break", c, r);
      else if (n === "noBreakHyphen") push("\u001e", "symbol", c, r);
      else if (n === "softHyphen") push("\u001f", "symbol", c, r);
      else if (n === "sym") push(String.fromCharCode(0xf000 | (parseInt(wAttr(c, "char") ?? "0", 16) & 0xff)), "symbol", c, r);
      else if (n === "footnoteReference" || n === "endnoteReference") push("\u0002", "symbol", c, r);
      else if (n === "drawing" || n === "pict" || n === "object" || c.localName === "AlternateContent") push("\u0001", "symbol", c, r);
    }
  };
  const walk = (el: XElement, checkbox?: XElement) => {
    for (const c of elementChildren(el)) {
      const n = wName(c);
      if (n === "r") walkRun(c, checkbox);
      else if (n === "sdt") {
        const content = wChild(c, "sdtContent");
        const pr = wChild(c, "sdtPr");
        const isBox = pr ? elementChildren(pr).some((x) => x.namespaceURI === W14_NS && x.localName === "checkbox") : false;
        if (content) walk(content, isBox ? c : checkbox);
      } else if (["hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "bdo", "dir"].includes(n)) walk(c, checkbox);
      else if (deleted && (n === "del" || n === "moveFrom")) walk(c, checkbox);
    }
  };
  walk(p);
  return segments;
}

const segmentsText = (segs: Segment[]) =>
  segs.map((s) => (s.kind === "text" || s.kind === "checkbox" ? (s.node.textContent ?? "") : s.kind === "tab" ? "\t" : wordSegmentChar(s))).join("");

function wordSegmentChar(s: Segment): string {
  const n = wName(s.node);
  if (n === "br") return wAttr(s.node, "type") === "page" || wAttr(s.node, "type") === "column" ? "\f" : "\v";
  if (n === "cr") return "\v";
  if (n === "noBreakHyphen") return "\u001e";
  if (n === "softHyphen") return "\u001f";
  if (n === "sym") return String.fromCharCode(0xf000 | (parseInt(wAttr(s.node, "char") ?? "0", 16) & 0xff));
  if (n === "footnoteReference" || n === "endnoteReference") return "\u0002";
  return "\u0001";
}

/** Word's text of a paragraph as desktop Word in Simple Markup reports it (tracked deletions left out). */
export function wordParagraphText(p: XElement): string {
  return segmentsText(wordSegments(p));
}

const REVISION_DATE = "2026-01-01T00:00:00Z";

/** w:t → w:delText: a deleted run's text is kept under another name. */
function toDelText(run: XElement): void {
  for (const t of elementChildren(run).filter((c) => wName(c) === "t")) {
    const d = createW(run.ownerDocument, "delText");
    d.setAttributeNS(XML_NS, "xml:space", "preserve");
    while (t.firstChild) d.appendChild(t.firstChild);
    run.replaceChild(d, t);
  }
}

/** Word's paragraph-mark revision: w:pPr/w:rPr/w:ins or w:del. */
function markRevision(p: XElement, revision: XElement): void {
  const rPr = wChildMade(wChildMade(p, "pPr", "first"), "rPr", "last");
  rPr.insertBefore(revision, rPr.firstChild);
}

function collectParagraphs(body: XElement): XElement[] {
  const out: XElement[] = [];
  const visit = (el: XElement) => {
    for (const c of elementChildren(el)) {
      const n = wName(c);
      if (n === "p") out.push(c);
      else if (["tbl", "tr", "tc", "sdt", "sdtContent", "customXml"].includes(n)) visit(c);
    }
  };
  visit(body);
  return out;
}

function ancestor(el: XElement, name: string): XElement | null {
  for (let n = el.parentNode as XElement | null; n && n.nodeType === 1; n = n.parentNode as XElement | null) {
    if (wName(n) === name) return n;
  }
  return null;
}

function stripIds(el: XElement): XElement {
  const strip = (e: XElement) => {
    e.removeAttributeNS(W14_NS, "paraId");
    e.removeAttributeNS(W14_NS, "textId");
    for (const c of elementChildren(e)) {
      const n = wName(c);
      if (n === "bookmarkStart" || n === "bookmarkEnd" || n === "commentRangeStart" || n === "commentRangeEnd") e.removeChild(c);
      else strip(c);
    }
  };
  strip(el);
  return el;
}

function textRun(doc: Document, text: string, rPr: XElement | null): XElement {
  const r = createW(doc, "r");
  if (rPr) r.appendChild(rPr.cloneNode(true));
  const t = createW(doc, "t");
  t.setAttributeNS(XML_NS, "xml:space", "preserve");
  if (text) t.appendChild(doc.createTextNode(text));
  r.appendChild(t);
  return r;
}

/** Word turns tabs and line breaks in inserted text into w:tab / w:br; paragraph breaks are the caller's job. */
function expandSpecials(p: XElement): void {
  for (const t of wDescendants(p, "t")) {
    const text = t.textContent ?? "";
    if (!/[\t\v\n]/.test(text)) continue;
    const doc = t.ownerDocument;
    const parts = text.split(/([\t\v\n])/);
    const parent = t.parentNode!;
    for (const part of parts) {
      if (part === "") continue;
      let node: XElement;
      if (part === "\t") node = createW(doc, "tab");
      else if (part === "\v" || part === "\n") node = createW(doc, "br");
      else {
        node = createW(doc, "t");
        node.setAttributeNS(XML_NS, "xml:space", "preserve");
        node.appendChild(doc.createTextNode(part));
      }
      parent.insertBefore(node, t);
    }
    parent.removeChild(t);
  }
}

// ---------------------------------------------------------------------------
// The host

export class FakeWordHost {
  /** Round trips: every `context.sync()`. */
  syncs = 0;
  /** `Word.run` calls. */
  runs = 0;
  /** Common API `settings.saveAsync` calls (a host round trip that is not a sync). */
  settingsSaves = 0;
  /** Text of the last `select()`ed range, and the range. */
  selection: { text: string; paragraph: number } | null = null;
  readonly comments: HComment[] = [];
  /** Critiques (WordApi 1.7): underlines over a paragraph's text, not part of the document (not saved). */
  readonly annotations: { id: string; p: XElement; critique: WCritique }[] = [];
  readonly customXmlParts: HPart[] = [];
  readonly wordSettings = new Map<string, unknown>();
  readonly commonSettings = new Map<string, unknown>();
  /** Commands executed, by name (for tests and the benchmark). */
  readonly commandCounts = new Map<string, number>();
  /** Commands run so far, over all batches (the index failCommand is given). */
  commandsRun = 0;
  /**
   * Test hook for what real Word does now and then: return an error code to make
   * that command fail at sync (GeneralException at getOoxml, #6059; NotAllowed at
   * insertComment, #6746). Commands before it in the batch have run, none after.
   */
  failCommand: ((name: string, index: number) => string | null) | null = null;
  private savedCommonSettings = new Map<string, unknown>();
  private nextId = 1;
  private paraCache: { version: number; list: XElement[]; order: Map<XElement, number> } | null = null;
  private structureVersion = 0;
  readonly liveRanges = new Set<HRange>();
  /** The user Word writes comments as (Office.js cannot choose the author), and revisions. */
  commentAuthor = "张老师";
  /** Document.changeTrackingMode: anything but Off makes every edit a revision (w:ins / w:del). */
  changeTrackingMode: TrackingMode;
  readonly options: Required<FakeWordOptions>;

  private constructor(
    readonly pkg: FakePackage,
    private readonly parts: { path: string; contentType: string; xml: string }[],
    options: FakeWordOptions,
  ) {
    const platform = options.platform ?? "web";
    this.options = {
      apiVersion: "1.4",
      platform,
      officeSettings: true,
      ooxmlFilter: (x) => x,
      deletedTextShown: platform === "web",
      changeTrackingMode: "Off",
      ...options,
    };
    this.changeTrackingMode = this.options.changeTrackingMode;
  }

  get tracking(): boolean {
    return this.changeTrackingMode !== "Off";
  }

  /** Word's text of a paragraph as segments, with deleted text where this Word shows it. */
  segments(p: XElement): Segment[] {
    return wordSegments(p, this.options.deletedTextShown);
  }

  /** A w:ins or w:del as Word writes it for the user. */
  revision(kind: "ins" | "del"): XElement {
    const el = createW(this.body.ownerDocument, kind);
    el.setAttributeNS(W_NS, "w:id", String(9000 + Number(this.newId())));
    el.setAttributeNS(W_NS, "w:author", this.commentAuthor);
    el.setAttributeNS(W_NS, "w:date", REVISION_DATE);
    return el;
  }

  /** Track Changes on: the runs become a tracked deletion (already deleted ones stay as they are). */
  private deleteTracked(runs: XElement[]): void {
    for (const run of runs) {
      const parent = run.parentNode as XElement;
      const n = wName(parent);
      if (n === "del" || n === "moveFrom") continue;
      const del = this.revision("del");
      parent.insertBefore(del, run);
      del.appendChild(run);
      toDelText(run);
    }
  }

  /** Track Changes on: the paragraph's runs, or the row's, become a tracked insertion. */
  private insertTracked(runs: XElement[]): void {
    for (const run of runs) {
      const ins = this.revision("ins");
      run.parentNode!.insertBefore(ins, run);
      ins.appendChild(run);
    }
  }

  static async fromDocx(bytes: Uint8Array, options: FakeWordOptions = {}): Promise<FakeWordHost> {
    const pkg = await FakePackage.open(bytes);
    const parts: { path: string; contentType: string; xml: string }[] = [];
    const wanted: [string, string][] = [
      ["word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"],
      ["word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"],
      ["word/_rels/document.xml.rels", "application/vnd.openxmlformats-package.relationships+xml"],
    ];
    for (const [path, contentType] of wanted) {
      const xml = await pkg.partText(path);
      if (xml !== null) parts.push({ path, contentType, xml: xml.replace(/^<\?xml[^>]*\?>\s*/, "") });
    }
    const host = new FakeWordHost(pkg, parts, options);
    // Word opens a file's custom XML data-store items as customXmlParts.
    for (const name of pkg.partNames().filter((n) => /^customXml\/item\d+\.xml$/.test(n)).sort()) {
      const xml = (await pkg.partText(name)) ?? "";
      const root = parseXml(xml, name).documentElement;
      host.customXmlParts.push({ id: `{fake-part-${host.newId()}}`, xml, namespaceUri: root?.namespaceURI ?? "" });
    }
    return host;
  }

  get body(): XElement {
    return this.pkg.body;
  }

  /** The `WordHost` to give the adapter. */
  host(): WordHost {
    return { run: this.run, isSetSupported: this.isSetSupported, officeSettings: () => this.officeSettingsBag() };
  }

  readonly run: RunFn = async (batch) => {
    this.runs++;
    const ctx = new FakeContext(this);
    try {
      return await batch(ctx);
    } finally {
      ctx.dispose();
    }
  };

  readonly isSetSupported: IsSetSupported = (name, version) => {
    if (name !== "WordApi") return false;
    return Number(version) <= Number(this.options.apiVersion);
  };

  requireApi(version: string, member: string): void {
    if (!this.isSetSupported("WordApi", version)) {
      throw new FakeWordError("ApiNotFound", `${member} needs WordApi ${version}; this host supports ${this.options.apiVersion}`);
    }
  }

  officeSettingsBag(): OfficeSettingsLike | null {
    if (!this.options.officeSettings) return null;
    return {
      get: (name) => (this.commonSettings.has(name) ? structuredClone(this.commonSettings.get(name)) : null),
      set: (name, value) => void this.commonSettings.set(name, structuredClone(value)),
      remove: (name) => void this.commonSettings.delete(name),
      saveAsync: (cb) => {
        this.settingsSaves++;
        this.savedCommonSettings = new Map(this.commonSettings);
        setTimeout(() => cb?.({ status: "succeeded" }), 0);
      },
    };
  }

  /** What the Common settings hold in the saved document (after saveAsync). */
  savedSetting(name: string): unknown {
    return this.savedCommonSettings.get(name) ?? null;
  }

  /** The current document as .docx bytes (for the OOXML path to read). */
  async toDocx(): Promise<Uint8Array> {
    return this.pkg.save(this.documentXml());
  }

  /** The main document part as Word would save it now (serialized again only after an edit). */
  documentXml(): string {
    if (this.docCache?.edits !== this.edits) this.docCache = { edits: this.edits, xml: this.pkg.documentXml() };
    return this.docCache.xml;
  }

  count(name: string): void {
    this.commandCounts.set(name, (this.commandCounts.get(name) ?? 0) + 1);
  }

  newId(): string {
    return String(this.nextId++);
  }

  // ---- paragraphs

  paragraphs(): { list: XElement[]; order: Map<XElement, number> } {
    if (!this.paraCache || this.paraCache.version !== this.structureVersion) {
      const list = collectParagraphs(this.body);
      const order = new Map<XElement, number>();
      list.forEach((p, i) => order.set(p, i));
      this.paraCache = { version: this.structureVersion, list, order };
    }
    return this.paraCache;
  }

  structureChanged(): void {
    this.structureVersion++;
  }

  indexOf(p: XElement): number {
    const i = this.paragraphs().order.get(p);
    if (i === undefined) throw new FakeWordError("InvalidObjectPath", "the paragraph is no longer in the document");
    return i;
  }

  text(p: XElement): string {
    return segmentsText(this.segments(p));
  }

  nestingLevel(p: XElement): number {
    let n = 0;
    for (let a = ancestor(p, "tbl"); a; a = ancestor(a, "tbl")) n++;
    return n;
  }

  comparePoints(a: Point, b: Point): number {
    if (a.p === b.p) return a.off - b.off;
    const d = this.indexOf(a.p) - this.indexOf(b.p);
    return d !== 0 ? d : a.off - b.off;
  }

  // ---- ranges

  range(start: Point, end: Point, mark = false, table?: XElement): HRange {
    const r: HRange = { start: { ...start }, end: { ...end }, mark, table };
    this.liveRanges.add(r);
    return r;
  }

  checkRange(r: HRange): void {
    if (r.dead) throw new FakeWordError("InvalidObjectPath", "the range was deleted");
  }

  rangeText(r: HRange): string {
    this.checkRange(r);
    if (r.start.p === r.end.p) return this.text(r.start.p).slice(r.start.off, r.end.off) + (r.mark ? "\r" : "");
    const { list } = this.paragraphs();
    const a = this.indexOf(r.start.p);
    const b = this.indexOf(r.end.p);
    const out: string[] = [];
    for (let i = a; i <= b; i++) {
      const t = this.text(list[i]);
      out.push(t.slice(i === a ? r.start.off : 0, i === b ? r.end.off : t.length));
    }
    return out.join("\r") + (r.mark ? "\r" : "");
  }

  /**
   * Replace Word text [a, b) of one paragraph as Word does: the new text
   * takes the place and the formatting of the first character replaced, or
   * of the character before an insertion point, or of the paragraph mark.
   * Written on its own (not with the OOXML helpers) so the tests compare
   * two independent implementations.
   */
  replaceText(p: XElement, a: number, b: number, text: string): number {
    const len = this.text(p).length;
    if (a < 0 || b > len || a > b) throw new FakeWordError("InvalidArgument", `offsets ${a}..${b} outside 0..${len}`);
    this.splitAt(p, b);
    this.splitAt(p, a);
    const segs = this.segments(p).filter((s) => s.end > s.start);
    const inside = segs.filter((s) => s.start >= a && s.end <= b);
    if (this.tracking) return this.replaceTracked(p, a, b, text, segs, inside);
    const prev = [...segs].reverse().find((s) => s.end <= a);
    const next = segs.find((s) => s.start >= b);
    const [ref, where] = inside.length ? [inside[0].run, "before"] : prev ? [prev.run, "after"] : next ? [next.run, "before"] : [null, "end"];
    if (text !== "") {
      const rPr = ref ? wChild(ref, "rPr") : null;
      const run = textRun(p.ownerDocument, text, rPr ?? typingMarkProps(p));
      if (ref && where === "before") ref.parentNode!.insertBefore(run, ref);
      else if (ref) ref.parentNode!.insertBefore(run, ref.nextSibling);
      else p.appendChild(run);
    }
    for (const s of inside) {
      s.node.parentNode?.removeChild(s.node);
      const rest = elementChildren(s.run).filter((c) => wName(c) !== "rPr");
      if (rest.length === 0) s.run.parentNode?.removeChild(s.run);
    }
    expandSpecials(p);
    this.shiftRanges(p, a, b, text.length);
    return a;
  }

  /** Live ranges after Word text [a, b) of a paragraph became `inserted` characters. */
  private shiftRanges(p: XElement, a: number, b: number, inserted: number): void {
    const delta = inserted - (b - a);
    for (const r of this.liveRanges) {
      if (r.start.p === p) r.start.off = r.start.off <= a ? r.start.off : r.start.off >= b ? r.start.off + delta : a;
      if (r.end.p === p) r.end.off = r.end.off < b && r.end.off <= a ? r.end.off : r.end.off >= b ? r.end.off + delta : a + inserted;
    }
  }

  /**
   * replaceText with Track Changes on: the replaced runs become a w:del, the
   * new text a w:ins right after them (in the first replaced character's
   * formatting). Where Word shows deleted text, it stays in the paragraph's
   * text and the new text starts at b. Returns where the new text starts.
   */
  private replaceTracked(p: XElement, a: number, b: number, text: string, segs: Segment[], inside: Segment[]): number {
    const runs = [...new Set(inside.map((s) => s.run))];
    const prev = [...segs].reverse().find((s) => s.end <= a);
    const next = segs.find((s) => s.start >= b);
    const rPr = runs.length ? wChild(runs[0], "rPr") : prev ? wChild(prev.run, "rPr") : next ? wChild(next.run, "rPr") : null;
    this.deleteTracked(runs);
    if (text !== "") {
      const ins = this.revision("ins");
      ins.appendChild(textRun(p.ownerDocument, text, rPr ?? typingMarkProps(p)));
      // After the deletion just made, else beside the neighbouring text, outside any revision wrapper.
      const outside = (run: XElement) => (["ins", "del", "moveFrom", "moveTo"].includes(wName(run.parentNode as XElement)) ? (run.parentNode as XElement) : run);
      const after = runs.length ? outside(runs[runs.length - 1]) : prev ? outside(prev.run) : null;
      if (after) after.parentNode!.insertBefore(ins, after.nextSibling);
      else if (next) outside(next.run).parentNode!.insertBefore(ins, outside(next.run));
      else p.appendChild(ins);
    }
    expandSpecials(p);
    const shown = this.options.deletedTextShown;
    const start = shown && runs.length ? b : a;
    if (shown) this.shiftRanges(p, b, b, text.length);
    else this.shiftRanges(p, a, b, text.length);
    return start;
  }

  killRangesIn(p: XElement): void {
    for (const r of this.liveRanges) if (r.start.p === p || r.end.p === p) r.dead = true;
  }

  /** Make a run boundary at Word offset `off` of a paragraph. */
  private splitAt(p: XElement, off: number): void {
    const segs = this.segments(p);
    const inside = segs.find((s) => s.start < off && off < s.end);
    if (inside) {
      const t = inside.node;
      const text = t.textContent ?? "";
      const cut = off - inside.start;
      const doc = p.ownerDocument;
      const r2 = createW(doc, "r");
      const rPr = wChild(inside.run, "rPr");
      if (rPr) r2.appendChild(rPr.cloneNode(true));
      const t2 = createW(doc, "t");
      t2.setAttributeNS(XML_NS, "xml:space", "preserve");
      t2.appendChild(doc.createTextNode(text.slice(cut)));
      r2.appendChild(t2);
      while (t.nextSibling) r2.appendChild(t.nextSibling);
      while (t.firstChild) t.removeChild(t.firstChild);
      t.appendChild(doc.createTextNode(text.slice(0, cut)));
      t.setAttributeNS(XML_NS, "xml:space", "preserve");
      inside.run.parentNode!.insertBefore(r2, inside.run.nextSibling);
      return;
    }
    const before = segs.find((s) => s.end === off && s.end > s.start);
    const after = segs.find((s) => s.start === off && s.end > s.start);
    if (before && after && before.run === after.run) {
      const doc = p.ownerDocument;
      const r2 = createW(doc, "r");
      const rPr = wChild(before.run, "rPr");
      if (rPr) r2.appendChild(rPr.cloneNode(true));
      while (before.node.nextSibling) r2.appendChild(before.node.nextSibling);
      before.run.parentNode!.insertBefore(r2, before.run.nextSibling);
    }
  }

  setHighlight(r: HRange, color: string | null): void {
    this.checkRange(r);
    const name = color === null || color === "" ? null : highlightName(color);
    const single = r.start.p === r.end.p;
    const list = single ? [r.start.p] : this.paragraphs().list;
    const a = single ? 0 : this.indexOf(r.start.p);
    const b = single ? 0 : this.indexOf(r.end.p);
    for (let i = a; i <= b; i++) {
      const p = list[i];
      const len = this.text(p).length;
      const from = i === a ? r.start.off : 0;
      const to = i === b ? r.end.off : len;
      if (to <= from) continue;
      this.splitAt(p, to);
      this.splitAt(p, from);
      for (const s of this.segments(p)) {
        if (s.start < from || s.end > to || s.end === s.start) continue;
        let rPr = wChild(s.run, "rPr");
        if (!rPr) {
          if (name === null) continue;
          rPr = createW(p.ownerDocument, "rPr");
          s.run.insertBefore(rPr, s.run.firstChild);
        }
        const old = wChild(rPr, "highlight");
        // Track Changes records a formatting change (w:rPrChange with the properties before).
        if (this.tracking && !wChild(rPr, "rPrChange")) {
          const change = this.revision("ins");
          const was = rPr.cloneNode(true) as XElement;
          const ch = createW(p.ownerDocument, "rPrChange");
          for (const a of ["id", "author", "date"]) ch.setAttributeNS(W_NS, `w:${a}`, wAttr(change, a) ?? "");
          ch.appendChild(was);
          rPr.appendChild(ch);
        }
        if (old) rPr.removeChild(old);
        if (name !== null) {
          const h = createW(p.ownerDocument, "highlight");
          h.setAttributeNS(W_NS, "w:val", name);
          rPr.appendChild(h);
        }
      }
    }
  }

  getHighlight(r: HRange): string | null {
    const { list } = this.paragraphs();
    const a = this.indexOf(r.start.p);
    const b = this.indexOf(r.end.p);
    const seen = new Set<string | null>();
    for (let i = a; i <= b; i++) {
      const p = list[i];
      const from = i === a ? r.start.off : 0;
      const to = i === b ? r.end.off : Infinity;
      for (const s of this.segments(p)) {
        if (s.end <= from || s.start >= to || s.end === s.start) continue;
        const rPr = wChild(s.run, "rPr");
        const h = rPr ? wChild(rPr, "highlight") : null;
        const v = h ? wAttr(h, "val") : null;
        seen.add(v && v !== "none" ? HIGHLIGHTS[v] ?? v : null);
      }
    }
    if (seen.size > 1) return "";
    return [...seen][0] ?? null;
  }

  search(r: HRange, pattern: string, options: WSearchOptions | undefined): HRange[] {
    this.checkRange(r);
    if (pattern.length === 0 || pattern.length > 255) {
      throw new FakeWordError("InvalidArgument", `search text must be 1..255 characters (was ${pattern.length})`);
    }
    if (r.start.p !== r.end.p) throw new FakeWordError("NotImplemented", "fake: search across paragraphs");
    const text = this.text(r.start.p);
    const from = r.start.off;
    const to = r.end.off;
    // Counted: no documentation says the wildcard ? matches a picture, a footnote mark or a symbol character.
    if (options?.matchWildcards) this.count("search.wildcard");
    const matcher = compilePattern(pattern, options?.matchWildcards === true, options?.matchCase === true);
    const hits: HRange[] = [];
    let i = from;
    while (i < to) {
      const len = matcher(text, i, to);
      if (len > 0) {
        hits.push(this.range({ p: r.start.p, off: i }, { p: r.start.p, off: i + len }));
        i += len;
      } else i++;
    }
    return hits;
  }

  // ---- structure edits

  insertParagraphNear(anchor: XElement, text: string, where: "before" | "after", styleFrom: XElement | null): XElement {
    const doc = anchor.ownerDocument;
    const p = createW(doc, "p");
    const pPr = styleFrom ? wChild(styleFrom, "pPr") : null;
    if (pPr) {
      const copy = stripIds(pPr.cloneNode(true) as XElement);
      const sect = wChild(copy, "sectPr");
      if (sect) copy.removeChild(sect);
      p.appendChild(copy);
    }
    if (text) p.appendChild(textRun(doc, text, styleFrom ? typingRunProps(styleFrom) : null));
    if (where === "after") anchor.parentNode!.insertBefore(p, anchor.nextSibling);
    else anchor.parentNode!.insertBefore(p, anchor);
    expandSpecials(p);
    if (this.tracking) {
      this.insertTracked(elementChildren(p).filter((c) => wName(c) === "r"));
      markRevision(p, this.revision("ins"));
    }
    this.structureChanged();
    return p;
  }

  deleteParagraph(p: XElement): void {
    if (this.tracking) {
      // A tracked deletion keeps the paragraph (its mark marked deleted) until the revision is accepted.
      this.replaceText(p, 0, this.text(p).length, "");
      markRevision(p, this.revision("del"));
      return;
    }
    const parent = p.parentNode as XElement;
    const siblingsP = elementChildren(parent).filter((c) => wName(c) === "p");
    const last = elementChildren(parent).filter((c) => wName(c) !== "tcPr" && wName(c) !== "sectPr").pop();
    // Word keeps the mark a cell (or the body) must end with: only the content goes.
    if (((wName(parent) === "tc" || wName(parent) === "body") && last === p) || siblingsP.length === 1) {
      this.clearParagraph(p);
      return;
    }
    this.killRangesIn(p);
    parent.removeChild(p);
    this.structureChanged();
  }

  /**
   * Delete from a point in one paragraph to a point in a later one: the
   * marks in between go, so the first paragraph's remaining text joins the
   * last one, which keeps its own mark (and so its paragraph formatting),
   * as in Word.
   */
  deleteAcross(r: HRange): void {
    const { list } = this.paragraphs();
    const a = this.indexOf(r.start.p);
    const b = this.indexOf(r.end.p);
    if (b <= a) throw new FakeWordError("InvalidArgument", "range end before start");
    const between = list.slice(a + 1, b);
    let sibling = r.start.p.nextSibling;
    for (const p of [...between, r.end.p]) {
      while (sibling && sibling.nodeType !== 1) sibling = sibling.nextSibling;
      if (sibling !== p) throw new FakeWordError("NotImplemented", "fake: deleting across a table or another container");
      sibling = p.nextSibling;
    }
    const first = r.start.p;
    const last = r.end.p;
    if (this.tracking) {
      // Every paragraph stays, its text in the range and its mark deleted as revisions.
      this.replaceText(last, 0, r.end.off, "");
      for (const p of [...between].reverse()) this.replaceText(p, 0, this.text(p).length, "");
      this.replaceText(first, r.start.off, this.text(first).length, "");
      for (const p of [first, ...between]) markRevision(p, this.revision("del"));
      return;
    }
    const keptPrefix = r.start.off;
    this.replaceText(last, 0, r.end.off, "");
    this.replaceText(first, r.start.off, this.text(first).length, "");
    const anchor = elementChildren(last).find((c) => wName(c) !== "pPr") ?? null;
    for (const c of elementChildren(first)) if (wName(c) !== "pPr") last.insertBefore(c, anchor);
    for (const rg of this.liveRanges) {
      for (const pt of [rg.start, rg.end]) {
        if (pt.p === last) pt.off += keptPrefix;
        else if (pt.p === first) pt.p = last;
        else if (between.includes(pt.p)) rg.dead = true;
      }
    }
    for (const p of [...between, first]) p.parentNode!.removeChild(p);
    this.structureChanged();
  }

  clearParagraph(p: XElement): void {
    if (this.tracking) {
      this.replaceText(p, 0, this.text(p).length, "");
      return;
    }
    for (const c of elementChildren(p)) if (wName(c) !== "pPr") p.removeChild(c);
    for (const r of this.liveRanges) {
      if (r.start.p === p) r.start.off = 0;
      if (r.end.p === p) r.end.off = 0;
    }
  }

  insertRows(tr: XElement, where: "Before" | "After", count: number, values: string[][] | undefined): XElement[] {
    if (!Number.isInteger(count) || count < 1) throw new FakeWordError("InvalidArgument", "rowCount");
    const cells = elementChildren(tr).filter((c) => wName(c) === "tc");
    if (values && values.some((row) => row.length > cells.length)) {
      throw new FakeWordError("InvalidArgument", "more values than cells in the row");
    }
    const made: XElement[] = [];
    let after = where === "After" ? tr : null;
    for (let k = 0; k < count; k++) {
      const copy = stripIds(tr.cloneNode(true) as XElement);
      elementChildren(copy)
        .filter((c) => wName(c) === "tc")
        .forEach((tc, c) => {
          const first = elementChildren(tc).find((x) => wName(x) === "p") ?? null;
          const rPr = first ? typingRunProps(first) : null;
          for (const x of elementChildren(tc)) if (wName(x) !== "tcPr" && x !== first) tc.removeChild(x);
          let p = first;
          if (!p) {
            p = createW(tc.ownerDocument, "p");
            tc.appendChild(p);
          }
          for (const x of elementChildren(p)) if (wName(x) !== "pPr") p.removeChild(x);
          const value = values?.[k]?.[c] ?? "";
          const lines = value.split("\n");
          p.appendChild(textRun(tc.ownerDocument, lines[0], rPr));
          let prev = p;
          for (const line of lines.slice(1)) {
            const np = p.cloneNode(false) as XElement;
            const pPr = wChild(p, "pPr");
            if (pPr) np.appendChild(pPr.cloneNode(true));
            np.appendChild(textRun(tc.ownerDocument, line, rPr));
            tc.insertBefore(np, prev.nextSibling);
            prev = np;
          }
          for (const x of elementChildren(tc)) if (wName(x) === "p") expandSpecials(x);
        });
      if (this.tracking) {
        // An inserted row: w:trPr/w:ins, and its text a tracked insertion.
        let trPr = wChild(copy, "trPr");
        if (!trPr) {
          trPr = createW(copy.ownerDocument, "trPr");
          const tc = elementChildren(copy).find((c) => wName(c) === "tc") ?? null;
          copy.insertBefore(trPr, tc);
        }
        trPr.appendChild(this.revision("ins"));
        this.insertTracked(wDescendants(copy, "r"));
      }
      if (after) {
        tr.parentNode!.insertBefore(copy, after.nextSibling);
        after = copy;
      } else tr.parentNode!.insertBefore(copy, tr);
      made.push(copy);
    }
    this.structureChanged();
    return made;
  }

  /**
   * Range.insertOoxml(…, "Replace") over a whole table, with what real Word is
   * reported to do besides (office-js #116, #5381, #6903; officejs-facts §10):
   * comments and bookmarks inside the replaced range are not kept, and an
   * empty paragraph is added after the inserted table.
   */
  replaceTableWithOoxml(tbl: XElement, ooxml: string): XElement | null {
    // What Word records for OOXML replacing a table under Track Changes is not documented; not modelled.
    if (this.tracking) throw new FakeWordError("NotImplemented", "fake: insertOoxml with Track Changes on");
    const blocks = elementChildren(this.packageBody(ooxml)).filter((c) => wName(c) !== "sectPr");
    if (blocks.length === 0) throw new FakeWordError("InvalidArgument", "the package has no body content");
    const doc = tbl.ownerDocument;
    const inside = new Set(collectParagraphs(tbl));
    for (const p of inside) this.killRangesIn(p);
    for (let i = this.comments.length - 1; i >= 0; i--) {
      const a = this.comments[i].anchor;
      if (inside.has(a.start.p) || inside.has(a.end.p)) this.comments.splice(i, 1);
    }
    let last: XElement | null = null;
    for (const b of blocks) {
      const copy = doc.importNode(b, true) as XElement;
      for (const name of ["bookmarkStart", "bookmarkEnd"]) {
        const found = copy.getElementsByTagNameNS(W_NS, name);
        for (let i = found.length - 1; i >= 0; i--) found[i].parentNode!.removeChild(found[i]);
      }
      tbl.parentNode!.insertBefore(copy, tbl);
      last = copy;
    }
    if (last) tbl.parentNode!.insertBefore(createW(doc, "p"), last.nextSibling);
    tbl.parentNode!.removeChild(tbl);
    this.structureChanged();
    return last && wName(last) === "tbl" ? last : null;
  }

  /** The range of a whole table (what Table.getRange("Whole") gives). */
  tableRange(tbl: XElement): HRange {
    const ps = collectParagraphs(tbl);
    const last = ps[ps.length - 1];
    return this.range({ p: ps[0], off: 0 }, { p: last, off: this.text(last).length }, true, tbl);
  }

  /** A table's rows as Word counts them (rows inside row-level content controls included). */
  tableRows(tbl: XElement): XElement[] {
    const out: XElement[] = [];
    const walk = (el: XElement) => {
      for (const c of elementChildren(el)) {
        if (wName(c) === "tr") out.push(c);
        else if (["sdt", "sdtContent", "customXml"].includes(wName(c))) walk(c);
      }
    };
    walk(tbl);
    return out;
  }

  cellAt(tbl: XElement, row: number, cell: number): XElement {
    const tr = this.tableRows(tbl)[row];
    const tc = tr ? elementChildren(tr).filter((c) => wName(c) === "tc")[cell] : undefined;
    if (!tc) throw new FakeWordError("ItemNotFound", `no cell ${cell} in row ${row}`);
    return tc;
  }

  /**
   * Table.mergeCells (WordApi 1.4), vertical merges only: the top cell
   * restarts a vertical merge and the cells below continue it; as in Word's
   * Merge Cells, the text of the cells below moves into the merged cell
   * (empty cells add nothing).
   */
  mergeCellsDown(tbl: XElement, top: number, bottom: number, cell: number): void {
    if (bottom <= top) throw new FakeWordError("InvalidArgument", "mergeCells: bottomRow must be below topRow");
    const first = this.cellAt(tbl, top, cell);
    const span = (tc: XElement) => {
      const g = wChild(wChild(tc, "tcPr") ?? tc, "gridSpan");
      return g ? wAttr(g, "val") : "1";
    };
    const setMerge = (tc: XElement, restart: boolean) => {
      let tcPr = wChild(tc, "tcPr");
      if (!tcPr) tc.insertBefore((tcPr = createW(tc.ownerDocument, "tcPr")), tc.firstChild);
      const old = wChild(tcPr, "vMerge");
      if (old) tcPr.removeChild(old);
      const v = createW(tc.ownerDocument, "vMerge");
      if (restart) v.setAttributeNS(W_NS, "w:val", "restart");
      tcPr.appendChild(v);
    };
    setMerge(first, true);
    for (let r = top + 1; r <= bottom; r++) {
      const tc = this.cellAt(tbl, r, cell);
      if (span(tc) !== span(first)) throw new FakeWordError("GeneralException", "mergeCells: the cells do not line up");
      const paras = elementChildren(tc).filter((c) => wName(c) === "p");
      for (const p of paras) {
        this.killRangesIn(p);
        if (this.text(p) !== "") first.appendChild(p);
      }
      for (const c of elementChildren(tc)) if (wName(c) === "p") tc.removeChild(c);
      tc.appendChild(createW(tc.ownerDocument, "p"));
      setMerge(tc, false);
    }
    this.structureChanged();
  }

  async replaceBody(base64: string): Promise<void> {
    const bytes = Uint8Array.from(Buffer.from(base64, "base64"));
    let incoming: FakePackage;
    try {
      incoming = await FakePackage.open(bytes);
    } catch {
      throw new FakeWordError("InvalidArgument", "insertFileFromBase64: not a .docx");
    }
    this.replaceBodyBlocks(incoming.body);
  }

  /** Body.insertOoxml(…, "Replace"): the package's body becomes the document's (its section properties stay). */
  replaceBodyWithOoxml(ooxml: string): void {
    this.replaceBodyBlocks(this.packageBody(ooxml));
  }

  private packageBody(ooxml: string): XElement {
    const body = flatOpcBody(ooxml);
    if (!body) throw new FakeWordError("InvalidArgument", "insertOoxml: the package has no main document body");
    return body;
  }

  private replaceBodyBlocks(incoming: XElement): void {
    const body = this.body;
    const doc = body.ownerDocument;
    for (const p of collectParagraphs(body)) this.killRangesIn(p);
    const sect = wChild(body, "sectPr");
    for (const c of elementChildren(body)) if (c !== sect) body.removeChild(c);
    for (const c of elementChildren(incoming)) {
      if (wName(c) === "sectPr") continue;
      body.insertBefore(doc.importNode(c, true), sect);
    }
    this.structureChanged();
  }

  setShading(tc: XElement, color: string): void {
    const doc = tc.ownerDocument;
    const tcPr = wChildMade(tc, "tcPr", "first");
    const old = wChild(tcPr, "shd");
    if (old) tcPr.removeChild(old);
    const hex = /^#[0-9a-f]{6}$/i.test(color) ? color.slice(1).toUpperCase() : color === "" ? "auto" : HIGHLIGHTS[highlightName(color)].slice(1);
    const shd = createW(doc, "shd");
    shd.setAttributeNS(W_NS, "w:val", "clear");
    shd.setAttributeNS(W_NS, "w:color", "auto");
    shd.setAttributeNS(W_NS, "w:fill", hex);
    tcPr.appendChild(shd);
  }

  getShading(tc: XElement): string {
    const tcPr = wChild(tc, "tcPr");
    const shd = tcPr ? wChild(tcPr, "shd") : null;
    const fill = shd ? wAttr(shd, "fill") : null;
    return !fill || fill === "auto" ? "#FFFFFF" : `#${fill.toUpperCase()}`;
  }

  // ---- packages

  /** Commands run that may have changed the document: getOoxml() serializes it again only after one. */
  edits = 0;
  private flatCache: { edits: number; xml: string } | null = null;
  private docCache: { edits: number; xml: string } | null = null;

  flatOpc(): string {
    if (this.flatCache?.edits !== this.edits) this.flatCache = { edits: this.edits, xml: this.buildFlatOpc() };
    return this.flatCache.xml;
  }

  private buildFlatOpc(): string {
    const doc = this.documentXml().replace(/^<\?xml[^>]*\?>\s*/, "");
    const part = (name: string, type: string, xml: string) =>
      `<pkg:part pkg:name="/${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
    return (
      `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>` +
      `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
      part(
        "_rels/.rels",
        "application/vnd.openxmlformats-package.relationships+xml",
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      ) +
      part("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", doc) +
      this.parts.map((p) => part(p.path, p.contentType, p.xml)).join("") +
      `</pkg:package>`
    );
  }

  customXmlLimit(xml: string): void {
    if (this.options.platform === "web" && new TextEncoder().encode(xml).length > CUSTOM_XML_WEB_LIMIT) {
      throw new FakeWordError("GeneralException", "custom XML part larger than 1 MB (Word on the web)");
    }
  }
}

/** Word's plain search codes and the one wildcard the adapter uses; anything else is a bug in the caller. */
function compilePattern(pattern: string, wildcard: boolean, matchCase: boolean): (text: string, at: number, end: number) => number {
  type Tok = { any: true } | { ch: string };
  const toks: Tok[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (!wildcard && c === "^") {
      const n = pattern[++i];
      if (n === "^") toks.push({ ch: "^" });
      else if (n === "t") toks.push({ ch: "\t" });
      else if (n === "l") toks.push({ ch: "\v" });
      else if (n === "?") toks.push({ any: true });
      else throw new FakeWordError("InvalidArgument", `fake: unsupported search code ^${n ?? ""}`);
    } else if (wildcard && c === "?") toks.push({ any: true });
    else if (wildcard && c === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close !== i + 2) throw new FakeWordError("NotImplemented", "fake: only single-character [x] escapes are supported");
      toks.push({ ch: pattern[i + 1] });
      i = close;
    } else if (wildcard && "*@{}<>!()\\".includes(c)) throw new FakeWordError("NotImplemented", `fake: wildcard ${c}`);
    else toks.push({ ch: c });
  }
  const eq = (a: string, b: string) => (matchCase ? a === b : a.toLowerCase() === b.toLowerCase());
  return (text, at, end) => {
    if (at + toks.length > end) return 0;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      if ("any" in t) continue;
      if (!eq(text[at + k], t.ch)) return 0;
    }
    return toks.length;
  };
}

// ---------------------------------------------------------------------------
// Proxies

/** Commands that leave the document as it was (every other one may change it). */
const READ_ONLY_COMMANDS = new Set(["load", "getOoxml", "customXml.getXml", "select", "insertAnnotations", "deleteAnnotation"]);

type Command = () => void | Promise<void>;

class FakeContext implements WRequestContext {
  private queue: { name: string; run: Command }[] = [];
  disposed = false;
  batch = 0;
  /** Paths used so far in the current batch (Office.js instantiates each once per request). */
  instantiated = new Set<FakeProxy<Host>>();
  readonly document: FakeDocument;

  constructor(readonly host: FakeWordHost) {
    this.document = new FakeDocument(this);
  }

  enqueue(name: string, run: Command, uses: FakeProxy<Host>[]): void {
    if (this.disposed) throw new FakeWordError("InvalidObjectPath", "the request context of this object has finished (Word.run ended)");
    for (const u of uses) {
      if (u.ctx !== this) throw new FakeWordError("InvalidRequestContext", "an object from another request context was used");
      this.instantiate(u);
    }
    this.queue.push({ name, run });
  }

  /** Office.js adds an instantiate action for a path and, recursively, its parents: deep new chains overflow its stack. */
  private instantiate(p: FakeProxy<Host>): void {
    let depth = 0;
    for (let x: FakeProxy<Host> | null = p; x && !this.instantiated.has(x); x = x.parent) {
      this.instantiated.add(x);
      if (++depth > MAX_NEW_PATH_DEPTH) {
        throw new RangeError("Maximum call stack size exceeded (fake: Office.js instantiates a path and its parents recursively)");
      }
    }
  }

  async sync(): Promise<void> {
    if (this.disposed) throw new FakeWordError("InvalidObjectPath", "sync after Word.run ended");
    this.host.syncs++;
    const queue = this.queue;
    this.queue = [];
    this.batch++;
    this.instantiated = new Set();
    try {
      for (const cmd of queue) {
        const failure = this.host.failCommand?.(cmd.name, this.host.commandsRun) ?? null;
        this.host.commandsRun++;
        if (failure) throw new FakeWordError(failure, `injected at ${cmd.name}`, ERROR_LOCATIONS[cmd.name] ?? cmd.name);
        this.host.count(cmd.name);
        if (!READ_ONLY_COMMANDS.has(cmd.name)) this.host.edits++;
        await cmd.run();
      }
    } finally {
      this.batch++;
    }
  }

  dispose(): void {
    this.disposed = true;
    this.host.liveRanges.clear();
  }
}

/**
 * A proxy: `step` computes the host object from the parent's, once per
 * batch; `stable` objects (loaded collection items) keep theirs.
 */
abstract class FakeProxy<H> {
  private memo: { batch: number; value: H } | null = null;
  protected readonly loaded = new Map<string, unknown>();
  private loadedAt = -1;

  constructor(
    readonly ctx: FakeContext,
    readonly parent: FakeProxy<Host> | null,
    private readonly step: (parent: Host) => H,
    private readonly stable: H | undefined = undefined,
  ) {}

  get h(): FakeWordHost {
    return this.ctx.host;
  }

  /** Resolve at sync time, walking up iteratively (chains can be thousands long). */
  resolve(): H {
    if (this.stable !== undefined) return this.stable;
    if (this.memo && this.memo.batch === this.ctx.batch) return this.memo.value;
    const pending: FakeProxy<Host>[] = [this];
    for (let x = this.parent; x; x = x.parent) {
      if (x.stable !== undefined || (x.memo && x.memo.batch === this.ctx.batch)) break;
      pending.push(x);
    }
    for (let i = pending.length - 1; i >= 0; i--) {
      const x = pending[i];
      const parentValue = x.parent ? x.parent.resolve() : undefined;
      x.memo = { batch: this.ctx.batch, value: x.step(parentValue) };
    }
    return this.memo!.value;
  }

  protected prop<T>(name: string): T {
    if (this.ctx.disposed && !this.loaded.has(name)) throw new FakeWordError("InvalidObjectPath", "context ended");
    if (!this.loaded.has(name) || this.loadedAt < 0) {
      throw new FakeWordError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as T;
  }

  /** Queue a load; properties appear after sync. */
  load(properties?: string): this {
    const names = (properties ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s && s !== "$none");
    this.ctx.enqueue(
      "load",
      () => {
        const host = this.resolve();
        this.fill(host, names);
        this.loadedAt = this.ctx.batch;
      },
      [this],
    );
    return this;
  }

  /** Properties a collection load fetched for this item. */
  preload(host: H, names: string[]): void {
    this.fill(host, names);
    this.loadedAt = this.ctx.batch;
  }

  protected fill(host: H, names: string[]): void {
    for (const n of names) {
      if (n.includes("/")) throw new FakeWordError("InvalidArgument", `fake: nested load ${n} on a non-collection`);
      this.loaded.set(n, this.read(host, n));
    }
  }

  protected read(_host: H, name: string): unknown {
    throw new FakeWordError("InvalidArgument", `fake: property ${name} cannot be loaded on ${this.constructor.name}`);
  }

  protected queue(name: string, run: (host: H) => void | Promise<void>, others: FakeProxy<Host>[] = []): void {
    this.ctx.enqueue(name, () => run(this.resolve()), [this, ...others]);
  }
}

class FakeClientResult<T> implements WClientResult<T> {
  private done = false;
  private v: T | undefined;
  set(value: T): void {
    this.v = value;
    this.done = true;
  }
  get value(): T {
    if (!this.done) {
      throw new FakeWordError("PropertyNotLoaded", 'The value of the result object has not been loaded yet. Call "context.sync()" first.');
    }
    return this.v as T;
  }
}

interface HBody {
  container: XElement;
}

class FakeDocument implements WDocument {
  readonly body: FakeBody;
  private loadedMode: TrackingMode | null = null;
  constructor(private readonly ctx: FakeContext) {
    this.body = new FakeBody(ctx, null, () => ({ container: ctx.host.body }));
  }
  load(properties: string): WDocument {
    for (const name of properties.split(",").map((x) => x.trim())) {
      if (name !== "changeTrackingMode") throw new FakeWordError("InvalidArgument", `fake: Document.load(${name})`);
      this.ctx.host.requireApi("1.4", "Document.changeTrackingMode");
      this.ctx.enqueue("load", () => void (this.loadedMode = this.ctx.host.changeTrackingMode), []);
    }
    return this;
  }
  get changeTrackingMode(): TrackingMode {
    if (this.loadedMode === null) throw new FakeWordError("PropertyNotLoaded", "The property 'changeTrackingMode' is not available. Call load and context.sync() first.");
    return this.loadedMode;
  }
  set changeTrackingMode(mode: TrackingMode) {
    this.ctx.host.requireApi("1.4", "Document.changeTrackingMode");
    this.ctx.enqueue("changeTrackingMode", () => void (this.ctx.host.changeTrackingMode = mode), []);
  }
  get settings(): WSettingCollection {
    this.ctx.host.requireApi("1.4", "Document.settings");
    return new FakeSettingCollection(this.ctx);
  }
  get customXmlParts(): WCustomXmlPartCollection {
    this.ctx.host.requireApi("1.4", "Document.customXmlParts");
    return new FakeCustomXmlPartCollection(this.ctx);
  }
}

const paragraphsOf = (host: FakeWordHost, b: HBody): XElement[] =>
  b.container === host.body ? host.paragraphs().list : collectParagraphs(b.container);

class FakeBody extends FakeProxy<HBody> implements WBody {
  get paragraphs(): WParagraphCollection {
    return new FakeParagraphCollection(this.ctx, this, (b) => paragraphsOf(this.h, b as HBody));
  }
  get text(): string {
    return this.prop("text");
  }
  protected override read(b: HBody, name: string): unknown {
    if (name === "text") return paragraphsOf(this.h, b).map((p) => this.h.text(p)).join("\r");
    return super.read(b, name);
  }
  getOoxml(): WClientResult<string> {
    const result = new FakeClientResult<string>();
    this.queue("getOoxml", (b) => {
      if (b.container !== this.h.body) throw new FakeWordError("NotImplemented", "fake: getOoxml of a cell body");
      result.set(this.h.options.ooxmlFilter(this.h.flatOpc()));
    });
    return result;
  }
  getRange(location: "Whole" | "Start" | "End" | "After" | "Content" = "Whole"): WRange {
    return new FakeRange(this.ctx, this, (b) => {
      const ps = paragraphsOf(this.h, b as HBody);
      const first = ps[0];
      const last = ps[ps.length - 1];
      const end = this.h.text(last).length;
      if (location === "Start") return this.h.range({ p: first, off: 0 }, { p: first, off: 0 });
      if (location === "End" || location === "After") return this.h.range({ p: last, off: end }, { p: last, off: end });
      return this.h.range({ p: first, off: 0 }, { p: last, off: end }, location === "Whole");
    });
  }
  insertParagraph(text: string, location: "Start" | "End"): WParagraph {
    const made: { p: XElement | null } = { p: null };
    this.queue("insertParagraph", (b) => {
      const ps = paragraphsOf(this.h, b);
      const anchor = location === "Start" ? ps[0] : ps[ps.length - 1];
      const top = (el: XElement) => {
        let x = el;
        while (x.parentNode && x.parentNode !== b.container) x = x.parentNode as XElement;
        return x;
      };
      made.p = this.h.insertParagraphNear(top(anchor), text, location === "Start" ? "before" : "after", anchor);
    });
    return new FakeParagraph(this.ctx, this, () => {
      if (!made.p) throw new FakeWordError("InvalidObjectPath", "the paragraph was not inserted");
      return made.p;
    });
  }
  insertFileFromBase64(base64File: string, location: "Replace" | "Start" | "End"): WRange {
    if (location !== "Replace") throw new FakeWordError("NotImplemented", "fake: insertFileFromBase64 only with Replace");
    this.queue("insertFileFromBase64", async (b) => {
      if (b.container !== this.h.body) throw new FakeWordError("NotImplemented", "fake: insertFileFromBase64 into a cell");
      await this.h.replaceBody(base64File);
    });
    return this.getRange("Whole");
  }
  insertOoxml(ooxml: string, location: "Replace" | "Start" | "End"): WRange {
    if (location !== "Replace") throw new FakeWordError("NotImplemented", "fake: Body.insertOoxml only with Replace");
    this.queue("insertOoxml", (b) => {
      if (b.container !== this.h.body) throw new FakeWordError("NotImplemented", "fake: Body.insertOoxml into a cell");
      this.h.replaceBodyWithOoxml(ooxml);
    });
    return this.getRange("Whole");
  }
  getComments(): WCommentCollection {
    this.h.requireApi("1.4", "Body.getComments");
    return new FakeCommentCollection(this.ctx, this, () => this.h.comments.slice());
  }
}

/** What a collection's load("items/text, items/style") asks of each item, as Office.js reads it. */
function itemPropsOf(properties: string | undefined): string[] {
  return (properties ?? "items")
    .split(",")
    .map((s) => s.trim())
    .map((n) => (n.startsWith("items/") ? n.slice(6) : n === "items" ? "" : n))
    .filter((n) => n && n !== "$none");
}

/** A collection whose `items` need a load; each item is made for one host object and given the loaded properties. */
abstract class FakeItems<H, I extends FakeProxy<H>> extends FakeProxy<H[]> {
  private itemList: I[] | null = null;
  protected abstract item(h: H): I;
  get items(): I[] {
    if (!this.itemList) throw new FakeWordError("PropertyNotLoaded", "The property 'items' is not available. Call load and context.sync() first.");
    return this.itemList;
  }
  override load(properties?: string): this {
    const props = itemPropsOf(properties);
    this.ctx.enqueue(
      "load",
      () => {
        this.itemList = this.resolve().map((h) => {
          const item = this.item(h);
          item.preload(h, props);
          return item;
        });
      },
      [this],
    );
    return this;
  }
}

class FakeParagraphCollection extends FakeItems<XElement, FakeParagraph> implements WParagraphCollection {
  protected item(el: XElement): FakeParagraph {
    return new FakeParagraph(this.ctx, this, () => el, el);
  }
  getFirst(): WParagraph {
    return new FakeParagraph(this.ctx, this, (list) => {
      const ps = list as XElement[];
      if (ps.length === 0) throw new FakeWordError("ItemNotFound", "no paragraphs");
      return ps[0];
    });
  }
}

class FakeParagraph extends FakeProxy<XElement> implements WParagraph {
  insertAnnotations(set: { critiques: WCritique[] }): WClientResult<string[]> {
    this.h.requireApi("1.7", "Paragraph.insertAnnotations");
    const result = new FakeClientResult<string[]>();
    this.queue("insertAnnotations", (p) => {
      const len = this.h.text(p).length;
      const ids = set.critiques.map((c) => {
        if (c.start < 0 || c.length < 1 || c.start + c.length > len) throw new FakeWordError("InvalidArgument", `critique ${c.start}+${c.length} outside 0..${len}`);
        const id = `{fake-annotation-${this.h.newId()}}`;
        this.h.annotations.push({ id, p, critique: { ...c } });
        return id;
      });
      result.set(ids);
    });
    return result;
  }
  getAnnotations(): WAnnotationCollection {
    this.h.requireApi("1.7", "Paragraph.getAnnotations");
    return new FakeAnnotationCollection(this.ctx, this, (p) => this.h.annotations.filter((a) => a.p === p));
  }
  protected override read(p: XElement, name: string): unknown {
    if (name === "text") return this.h.text(p);
    if (name === "tableNestingLevel") return this.h.nestingLevel(p);
    if (name === "isLastParagraph") return this.h.paragraphs().list.at(-1) === p;
    return super.read(p, name);
  }
  get text(): string {
    return this.prop("text");
  }
  get tableNestingLevel(): number {
    return this.prop("tableNestingLevel");
  }
  get parentTableCell(): WTableCell {
    return new FakeTableCell(this.ctx, this, (p) => {
      const tc = ancestor(p as XElement, "tc");
      if (!tc) throw new FakeWordError("ItemNotFound", "the paragraph is not in a table");
      return tc;
    });
  }
  get parentTable(): WTable {
    return new FakeTable(this.ctx, this, (p) => {
      const tbl = ancestor(p as XElement, "tbl");
      if (!tbl) throw new FakeWordError("ItemNotFound", "the paragraph is not in a table");
      return tbl;
    });
  }
  getNext(): WParagraph {
    return new FakeParagraph(this.ctx, this, (p) => {
      const { list } = this.h.paragraphs();
      const next = list[this.h.indexOf(p as XElement) + 1];
      if (!next) throw new FakeWordError("ItemNotFound", "this is the last paragraph");
      return next;
    });
  }
  getRange(location: "Whole" | "Start" | "End" | "After" | "Content" = "Whole"): WRange {
    return new FakeRange(this.ctx, this, (x) => {
      const p = x as XElement;
      const len = this.h.text(p).length;
      switch (location) {
        case "Start":
          return this.h.range({ p, off: 0 }, { p, off: 0 });
        case "End":
          // RangeLocation.end: for a paragraph, the point before its mark (REF word.rangelocation).
          return this.h.range({ p, off: len }, { p, off: len });
        case "After": {
          const { list } = this.h.paragraphs();
          const next = list[this.h.indexOf(p) + 1];
          if (!next) throw new FakeWordError("ItemNotFound", "no point after the last paragraph");
          return this.h.range({ p: next, off: 0 }, { p: next, off: 0 });
        }
        case "Content":
          return this.h.range({ p, off: 0 }, { p, off: len });
        default:
          return this.h.range({ p, off: 0 }, { p, off: len }, true);
      }
    });
  }
  search(text: string, options?: WSearchOptions): WRangeCollection {
    return new FakeRangeCollection(this.ctx, this, (x) => {
      const p = x as XElement;
      return this.h.search(this.h.range({ p, off: 0 }, { p, off: this.h.text(p).length }), text, options);
    });
  }
  insertText(text: string, location: "Replace" | "Start" | "End"): WRange {
    const out: { r: HRange | null } = { r: null };
    this.queue("insertText", (p) => {
      if (/[\r\n]/.test(text)) throw new FakeWordError("NotImplemented", "fake: insertText with a paragraph break");
      const len = this.h.text(p).length;
      const [a, b] = location === "Replace" ? [0, len] : location === "Start" ? [0, 0] : [len, len];
      const at = this.h.replaceText(p, a, b, text);
      out.r = this.h.range({ p, off: at }, { p, off: at + text.length });
    });
    return new FakeRange(this.ctx, this, () => out.r ?? fail("insertText did not run"));
  }
  insertParagraph(text: string, location: "Before" | "After"): WParagraph {
    const made: { p: XElement | null } = { p: null };
    this.queue("insertParagraph", (p) => {
      made.p = this.h.insertParagraphNear(p, text, location === "Before" ? "before" : "after", p);
    });
    return new FakeParagraph(this.ctx, this, () => made.p ?? fail("the paragraph was not inserted"));
  }
  delete(): void {
    this.queue("deleteParagraph", (p) => this.h.deleteParagraph(p));
  }
  clear(): void {
    this.queue("clearParagraph", (p) => this.h.clearParagraph(p));
  }
}

/** Delete an object Word keeps in a list; a second delete of it is ItemNotFound, as in Word. */
function removeFrom<T>(list: T[], x: T, what: string): void {
  const i = list.indexOf(x);
  if (i < 0) throw new FakeWordError("ItemNotFound", `${what} was already deleted`);
  list.splice(i, 1);
}

function fail(message: string): never {
  throw new FakeWordError("InvalidObjectPath", message);
}

class FakeRange extends FakeProxy<HRange> implements WRange {
  protected override read(r: HRange, name: string): unknown {
    if (name === "text") return this.h.rangeText(r);
    if (name === "isEmpty") return this.h.comparePoints(r.start, r.end) === 0 && !r.mark;
    return super.read(r, name);
  }
  get text(): string {
    return this.prop("text");
  }
  get font(): WFont {
    return new FakeFont(this.ctx, this, (r) => r as HRange);
  }
  getRange(location: "Whole" | "Start" | "End" | "After" | "Content" = "Whole"): WRange {
    return new FakeRange(this.ctx, this, (x) => {
      const r = x as HRange;
      this.h.checkRange(r);
      if (location === "Start") return this.h.range(r.start, r.start);
      if (location === "End" || location === "After") return this.h.range(r.end, r.end);
      return this.h.range(r.start, r.end, r.mark, r.table);
    });
  }
  expandTo(other: WRange): WRange {
    const o = other as FakeRange;
    if (o.ctx !== this.ctx) throw new FakeWordError("InvalidRequestContext", "expandTo with a range from another context");
    return new FakeRange(this.ctx, this, (x) => {
      const a = x as HRange;
      const b = o.resolve();
      this.h.checkRange(a);
      this.h.checkRange(b);
      const start = this.h.comparePoints(a.start, b.start) <= 0 ? a.start : b.start;
      const endA = this.h.comparePoints(a.end, b.end);
      const end = endA >= 0 ? a.end : b.end;
      const mark = endA > 0 ? a.mark : endA < 0 ? b.mark : a.mark || b.mark;
      return this.h.range(start, end, mark);
    });
  }
  search(text: string, options?: WSearchOptions): WRangeCollection {
    return new FakeRangeCollection(this.ctx, this, (x) => this.h.search(x as HRange, text, options));
  }
  insertText(text: string, location: "Replace" | "Start" | "End" | "Before" | "After"): WRange {
    const out: { r: HRange | null } = { r: null };
    this.queue("insertText", (r) => {
      this.h.checkRange(r);
      if (/[\r\n]/.test(text)) throw new FakeWordError("NotImplemented", "fake: insertText with a paragraph break");
      let p: XElement;
      let a: number;
      let b: number;
      if (location === "Replace") {
        if (r.start.p !== r.end.p || r.mark) throw new FakeWordError("NotImplemented", "fake: replacing text across paragraphs");
        [p, a, b] = [r.start.p, r.start.off, r.end.off];
      } else if (location === "Start" || location === "Before") [p, a, b] = [r.start.p, r.start.off, r.start.off];
      else [p, a, b] = [r.end.p, r.end.off, r.end.off];
      const at = this.h.replaceText(p, a, b, text);
      out.r = this.h.range({ p, off: at }, { p, off: at + text.length });
    });
    return new FakeRange(this.ctx, this, () => out.r ?? fail("insertText did not run"));
  }
  delete(): void {
    this.queue("deleteRange", (r) => {
      this.h.checkRange(r);
      if (r.mark) throw new FakeWordError("NotImplemented", "fake: deleting a range that ends after a paragraph mark");
      if (r.start.p !== r.end.p) this.h.deleteAcross(r);
      else this.h.replaceText(r.start.p, r.start.off, r.end.off, "");
    });
  }
  insertOoxml(ooxml: string, location: "Replace" | "Start" | "End" | "Before" | "After"): WRange {
    const made: { tbl: XElement | null } = { tbl: null };
    this.queue("insertOoxml", (r) => {
      this.h.checkRange(r);
      if (location !== "Replace" || !r.table) throw new FakeWordError("NotImplemented", "fake: insertOoxml only replaces a whole table");
      made.tbl = this.h.replaceTableWithOoxml(r.table, ooxml);
    });
    // Modelled only when the package was one table: the range of that table.
    return new FakeRange(this.ctx, this, () => (made.tbl ? this.h.tableRange(made.tbl) : fail("fake: the range returned by insertOoxml is modelled for one table only")));
  }
  get tables(): WTableCollection {
    return {
      getFirst: () =>
        new FakeTable(this.ctx, this, (x) => {
          const r = x as HRange;
          return r.table ?? fail("fake: Range.tables is modelled for the range of a whole table only");
        }),
    };
  }
  insertComment(text: string): WComment {
    this.h.requireApi("1.4", "Range.insertComment");
    const author = this.h.commentAuthor;
    const made: { c: HComment | null } = { c: null };
    this.queue("insertComment", (r) => {
      this.h.checkRange(r);
      const c: HComment = { id: `{fake-comment-${this.h.newId()}}`, content: text, authorName: author, anchor: { ...r, start: { ...r.start }, end: { ...r.end } } };
      this.h.comments.push(c);
      made.c = c;
    });
    return new FakeComment(this.ctx, this, () => made.c ?? fail("comment not inserted"));
  }
  select(): void {
    this.queue("select", (r) => {
      this.h.checkRange(r);
      this.h.selection = { text: this.h.rangeText(r), paragraph: this.h.indexOf(r.start.p) };
    });
  }
}

class FakeRangeCollection extends FakeItems<HRange, FakeRange> implements WRangeCollection {
  protected item(r: HRange): FakeRange {
    return new FakeRange(this.ctx, this, () => r, r);
  }
  getFirst(): WRange {
    return new FakeRange(this.ctx, this, (x) => {
      const list = x as HRange[];
      if (list.length === 0) throw new FakeWordError("ItemNotFound", "getFirst: the collection is empty (no search hit)");
      return list[0];
    });
  }
  getLast(): WRange {
    return new FakeRange(this.ctx, this, (x) => {
      const list = x as HRange[];
      if (list.length === 0) throw new FakeWordError("ItemNotFound", "getLast: the collection is empty");
      return list[list.length - 1];
    });
  }
}

class FakeFont extends FakeProxy<HRange> implements WFont {
  protected override read(r: HRange, name: string): unknown {
    if (name === "highlightColor") return this.h.getHighlight(r);
    return super.read(r, name);
  }
  get highlightColor(): string | null {
    return this.prop("highlightColor");
  }
  set highlightColor(color: string | null) {
    this.queue("highlight", (r) => this.h.setHighlight(r, color));
  }
}

class FakeTableCell extends FakeProxy<XElement> implements WTableCell {
  get body(): WBody {
    return new FakeBody(this.ctx, this, (tc) => ({ container: tc as XElement }));
  }
  get parentRow(): WTableRow {
    return new FakeTableRow(this.ctx, this, (tc) => ancestor(tc as XElement, "tr") ?? fail("cell without row"));
  }
  protected override read(tc: XElement, name: string): unknown {
    if (name === "shadingColor") return this.h.getShading(tc);
    if (name === "cellIndex" || name === "rowIndex") {
      const tr = ancestor(tc, "tr") ?? fail("cell without row");
      if (name === "cellIndex") return wDescendants(tr, "tc").filter((x) => ancestor(x, "tr") === tr).indexOf(tc);
      const tbl = ancestor(tr, "tbl") ?? fail("row without table");
      return wDescendants(tbl, "tr").filter((x) => ancestor(x, "tbl") === tbl).indexOf(tr);
    }
    return super.read(tc, name);
  }
  get shadingColor(): string {
    return this.prop("shadingColor");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get cellIndex(): number {
    return this.prop("cellIndex");
  }
  set shadingColor(color: string) {
    this.queue("shading", (tc) => this.h.setShading(tc, color));
  }
}

class FakeTableRow extends FakeProxy<XElement> implements WTableRow {
  insertRows(location: "Before" | "After", rowCount: number, values?: string[][]): unknown {
    this.queue("insertRows", (tr) => void this.h.insertRows(tr, location, rowCount, values));
    return undefined;
  }
}

class FakeTable extends FakeProxy<XElement> implements WTable {
  protected override read(tbl: XElement, name: string): unknown {
    if (name === "rowCount") return wDescendants(tbl, "tr").filter((tr) => ancestor(tr, "tbl") === tbl).length;
    return super.read(tbl, name);
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  getCell(rowIndex: number, cellIndex: number): WTableCell {
    return new FakeTableCell(this.ctx, this, (tbl) => this.h.cellAt(tbl as XElement, rowIndex, cellIndex));
  }
  mergeCells(topRow: number, firstCell: number, bottomRow: number, lastCell: number): WTableCell {
    this.h.requireApi("1.4", "Table.mergeCells");
    if (firstCell !== lastCell) throw new FakeWordError("NotImplemented", "fake: only vertical merges (firstCell === lastCell)");
    this.queue("mergeCells", (tbl) => this.h.mergeCellsDown(tbl, topRow, bottomRow, firstCell));
    return new FakeTableCell(this.ctx, this, (tbl) => this.h.cellAt(tbl as XElement, topRow, firstCell));
  }
  getRange(location: "Whole" | "Start" | "End" | "After" = "Whole"): WRange {
    return new FakeRange(this.ctx, this, (x) => {
      const tbl = x as XElement;
      const ps = collectParagraphs(tbl);
      const first = ps[0];
      const last = ps[ps.length - 1];
      const end = this.h.text(last).length;
      if (location === "Start") return this.h.range({ p: first, off: 0 }, { p: first, off: 0 });
      if (location === "End") return this.h.range({ p: last, off: end }, { p: last, off: end });
      if (location === "After") {
        // The point after the table: the start of the paragraph that follows it.
        const { list } = this.h.paragraphs();
        const next = list[this.h.indexOf(last) + 1];
        if (!next) throw new FakeWordError("ItemNotFound", "nothing after the table");
        return this.h.range({ p: next, off: 0 }, { p: next, off: 0 });
      }
      return this.h.range({ p: first, off: 0 }, { p: last, off: end }, true, tbl);
    });
  }
  insertParagraph(text: string, location: "Before" | "After"): WParagraph {
    const made: { p: XElement | null } = { p: null };
    this.queue("insertParagraph", (tbl) => {
      const near = location === "After" ? tbl.nextSibling : tbl.previousSibling;
      const style = near && wName(near) === "p" ? (near as XElement) : null;
      made.p = this.h.insertParagraphNear(tbl, text, location === "Before" ? "before" : "after", style);
    });
    return new FakeParagraph(this.ctx, this, () => made.p ?? fail("the paragraph was not inserted"));
  }
}

class FakeComment extends FakeProxy<HComment> implements WComment {
  protected override read(c: HComment, name: string): unknown {
    if (name === "id") return c.id;
    if (name === "content") return c.content;
    if (name === "authorName") return c.authorName;
    return super.read(c, name);
  }
  get id(): string {
    return this.prop("id");
  }
  get content(): string {
    return this.prop("content");
  }
  get authorName(): string {
    return this.prop("authorName");
  }
  delete(): void {
    this.queue("deleteComment", (c) => removeFrom(this.h.comments, c, "the comment"));
  }
}

type HAnnotation = FakeWordHost["annotations"][number];

class FakeAnnotation extends FakeProxy<HAnnotation> implements WAnnotation {
  protected override read(a: HAnnotation, name: string): unknown {
    if (name === "id") return a.id;
    return super.read(a, name);
  }
  get id(): string {
    return this.prop("id");
  }
  delete(): void {
    this.queue("deleteAnnotation", (a) => removeFrom(this.h.annotations, a, "the annotation"));
  }
}

class FakeAnnotationCollection extends FakeItems<HAnnotation, FakeAnnotation> implements WAnnotationCollection {
  protected item(h: HAnnotation): FakeAnnotation {
    return new FakeAnnotation(this.ctx, this, () => h, h);
  }
}

class FakeCommentCollection extends FakeItems<HComment, FakeComment> implements WCommentCollection {
  protected item(h: HComment): FakeComment {
    return new FakeComment(this.ctx, this, () => h, h);
  }
}

class FakeSettingCollection implements WSettingCollection {
  constructor(private readonly ctx: FakeContext) {}
  add(key: string, value: unknown): WSetting {
    const json = JSON.stringify(value);
    this.ctx.enqueue("settings.add", () => void this.ctx.host.wordSettings.set(key, JSON.parse(json)), []);
    return new FakeSetting(this.ctx, null, () => ({ key }));
  }
  getItemOrNullObject(key: string): WSetting {
    return new FakeSetting(this.ctx, null, () => ({ key }));
  }
}

class FakeSetting extends FakeProxy<{ key: string }> implements WSetting {
  protected override read(s: { key: string }, name: string): unknown {
    const has = this.h.wordSettings.has(s.key);
    if (name === "value") return has ? structuredClone(this.h.wordSettings.get(s.key)) : null;
    if (name === "key") return s.key;
    return super.read(s, name);
  }
  override load(properties?: string): this {
    super.load(properties);
    // Loading anything also tells whether the object is null, as Office.js does.
    this.ctx.enqueue("load", () => void this.loaded.set("isNullObject", !this.h.wordSettings.has(this.resolve().key)), []);
    return this;
  }
  get value(): unknown {
    if (this.prop<boolean>("isNullObject")) throw new FakeWordError("InvalidObjectPath", "the setting does not exist (null object)");
    return this.prop("value");
  }
  get isNullObject(): boolean {
    return this.prop("isNullObject");
  }
  delete(): void {
    this.queue("settings.delete", (s) => {
      if (!this.h.wordSettings.delete(s.key)) throw new FakeWordError("ItemNotFound", `setting ${s.key}`);
    });
  }
}

class FakeCustomXmlPartCollection implements WCustomXmlPartCollection {
  constructor(private readonly ctx: FakeContext) {}
  add(xml: string): WCustomXmlPart {
    const made: { p: HPart | null } = { p: null };
    this.ctx.enqueue(
      "customXml.add",
      () => {
        this.ctx.host.customXmlLimit(xml);
        const root = parseXml(xml, "custom XML").documentElement;
        const part: HPart = { id: `{fake-part-${this.ctx.host.newId()}}`, xml, namespaceUri: root?.namespaceURI ?? "" };
        this.ctx.host.customXmlParts.push(part);
        made.p = part;
      },
      [],
    );
    return new FakeCustomXmlPart(this.ctx, null, () => made.p ?? fail("part not added"));
  }
  getByNamespace(namespaceUri: string): WCustomXmlPartScopedCollection {
    return new FakeCustomXmlPartScoped(this.ctx, null, () => this.ctx.host.customXmlParts.filter((p) => p.namespaceUri === namespaceUri));
  }
}

class FakeCustomXmlPartScoped extends FakeItems<HPart, FakeCustomXmlPart> implements WCustomXmlPartScopedCollection {
  protected item(h: HPart): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.ctx, this, () => h, h);
  }
}

class FakeCustomXmlPart extends FakeProxy<HPart> implements WCustomXmlPart {
  protected override read(p: HPart, name: string): unknown {
    if (name === "id") return p.id;
    if (name === "namespaceUri") return p.namespaceUri;
    return super.read(p, name);
  }
  get id(): string {
    return this.prop("id");
  }
  getXml(): WClientResult<string> {
    const result = new FakeClientResult<string>();
    this.queue("customXml.getXml", (p) => result.set(p.xml));
    return result;
  }
  setXml(xml: string): void {
    this.queue("customXml.setXml", (p) => {
      this.h.customXmlLimit(xml);
      p.xml = xml;
      p.namespaceUri = parseXml(xml, "custom XML").documentElement?.namespaceURI ?? "";
    });
  }
  delete(): void {
    this.queue("customXml.delete", (p) => removeFrom(this.h.customXmlParts, p, "the custom XML part"));
  }
}
