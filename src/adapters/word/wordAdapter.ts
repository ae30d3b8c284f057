import { COMMENT_PREFIX, MARK_AUTHOR, Mark, MarksOutcome, MarkTarget, Severity } from "../../document/marks";
import type { DocumentAdapter, DocumentSnapshot } from "../../document/adapter";
import { allCellParagraphs, CellRef, cellParagraphs, cellText, DocModel, findCell } from "../../document/model";
import type { EditOp, StructureOp } from "../../document/ops";
import { cloneRows } from "../ooxml/edit";
import { readBody, XmlIndex } from "../ooxml/reader";
import { createW, elementChildren, W14_NS, wAttr, wChild, wName, XElement } from "../ooxml/xml";
import { WordAdapterError } from "./errors";
import { OfficeApiError } from "./officeErrors";
import { OOXML_HIGHLIGHT_HEX } from "./highlightColors";
import { FlatPackage, packageWithBlocks, parseFlatOpc } from "./flatOpc";
import { insertDocx, loadFormDataXml, saveFormDataXml } from "./formDataStore";
import { officeErrorCode, WComment, WordHost, WParagraph, WRange, WRequestContext } from "./host";
import { resolveHost } from "./officeHost";
import { alignTexts, searchSteps, textHash } from "./wordText";

/**
 * The document interface over Word, through Office.js.
 *
 * Reading: one batch gets `body.getOoxml()` and Word's paragraphs (text and
 * table nesting); the OOXML goes through the same `readBody` the CLI uses,
 * so the locator sees exactly what it sees headless, and every paragraph of
 * the model is checked against Word's before anything relies on it.
 *
 * Writing: one batch per action. Paragraph N is reached as
 * `paragraphs.getFirst()` followed by N `getNext()` calls (a collection item
 * cannot be addressed without a load, i.e. another round trip); an offset in
 * a paragraph is reached by searching the paragraph's own text up to it in
 * ≤255-character steps, each step searched in "the rest of the paragraph"
 * and taking the first hit, so repeated text cannot be mistaken for it.
 * Every write batch first re-checks, with searches whose failure aborts the
 * batch before any write, that the paragraphs it touches still hold the
 * text read; and it edits from the end of the document backwards.
 *
 * Sync counts per action: read 1; applyStructure 1 (it re-reads in the
 * same batch, so fill's next read is free); applyEdits 1; applyMarks 1, or
 * 2 when comments of an earlier check must be removed; clearMarks 2;
 * select 1 — each plus one read when no read preceded it.
 */

export const MARKS_KEY = "silkform.marks";
/** Our comments start with this; Office.js cannot set a comment's author (it is the user). */
export { COMMENT_PREFIX };
/**
 * Colours by severity, the same as the .docx marks (src/adapters/ooxml/marks.ts):
 * Word's yellow and bright green highlights (default palette colours, kept
 * after reload on the web, unlike Pink/Turquoise: officejs-facts §3, ISSUE
 * #3950), given as RGB so no colour-name spelling is involved, and the pale
 * fills of the same hues for cells.
 */
const COLOURS: Record<Severity, { highlight: string; fill: string }> = {
  error: { highlight: "#FFFF00", fill: "#FFF2CC" },
  warning: { highlight: "#00FF00", fill: "#E2EFDA" },
};
const OUR_HIGHLIGHTS = new Set(Object.values(COLOURS).map((c) => c.highlight));
const OUR_FILLS = new Set(Object.values(COLOURS).map((c) => c.fill));
/** What an unshaded cell is given back (Word has no documented "no shading" value for TableCell.shadingColor). */
const NO_SHADING = "#FFFFFF";
/** Every this many links of the getNext chain one path is used, so Office.js's recursive path instantiation stays shallow. */
const CHECKPOINT = 200;


/**
 * What applyMarks changed, kept in the document (Word settings, or the
 * Common API settings on WordApi 1.3) so clearMarks can undo exactly that,
 * even in a later session. Offsets are in Word's text of the paragraph.
 */
export interface MarkRecord {
  v: 1;
  /** Each marked paragraph: [index, hash of the paragraph before it, hash of its own text], to find it again. */
  paras: [number, string, string][];
  /** Highlighted stretches: [paragraph, start, end, the user's own highlight there before or null, the colour we gave it]. */
  hl: [number, number, number, string | null, string][];
  /** Shaded cells, by their first paragraph: [paragraph, the cell's shading before, or null]. */
  cells: [number, string | null][];
  /** Comments added (each starts with COMMENT_PREFIX). */
  comments: number;
}

interface WordState {
  /** The body as getOoxml() gave it (a flat OPC package): what a snapshot keeps. */
  ooxml: string;
  pkg: FlatPackage;
  model: DocModel;
  index: XmlIndex;
  /** Word's text of each paragraph. */
  words: string[];
  /** Model offset → offset in `words[i]`, per paragraph. */
  maps: Int32Array[];
  record: MarkRecord | null;
  /** Read by a write batch just now: the next read() may return it without a round trip. */
  fresh: boolean;
  /** Marks changed since this was read: its highlights and record are stale. */
  marksDirty: boolean;
}

interface Action {
  /** Paragraph index the action works at; actions run from the end of the document backwards. */
  at: number;
  /** Offset within it, for actions in the same paragraph. */
  sub: number;
  /** Paragraphs whose text the action relies on. */
  touched: number[];
  emit(b: Batch): void;
}

export type WordAdapterOptions = Partial<WordHost>;

/** One record of two sets of marks: restoring it undoes the first set, then the second (the second's "before" is the first undone). */
function mergeRecords(a: MarkRecord, b: MarkRecord): MarkRecord {
  return { v: 1, paras: [...a.paras, ...b.paras], hl: [...a.hl, ...b.hl], cells: [...a.cells, ...b.cells], comments: a.comments + b.comments };
}

export class WordAdapter implements DocumentAdapter {
  private readonly host: WordHost;
  private state: WordState | null = null;
  /** Word refused a comment this session (#6746): marks are highlights only from then on. */
  private commentsRefused = false;

  constructor(options: WordAdapterOptions = {}) {
    this.host = resolveHost(options);
  }

  /** WordApi 1.4: comments, and Word's own settings for the marks record (officejs-facts §0, §3, §4). */
  private get api14(): boolean {
    return this.host.isSetSupported("WordApi", "1.4");
  }

  // ---- reading

  async read(): Promise<DocModel> {
    if (this.state?.fresh) {
      this.state.fresh = false;
      return this.state.model;
    }
    this.state = await this.host.run(async (ctx) => {
      const finish = this.queueRead(ctx);
      await ctx.sync();
      return finish();
    });
    return this.state.model;
  }

  /** The whole read in the caller's batch; the returned function builds the state after its sync. */
  private queueRead(ctx: WRequestContext): () => WordState {
    const body = ctx.document.body;
    const ooxml = body.getOoxml();
    const paragraphs = body.paragraphs.load("items/text,items/tableNestingLevel");
    const setting = this.api14 ? ctx.document.settings.getItemOrNullObject(MARKS_KEY).load("value") : null;
    return () => {
      const raw = setting ? (setting.isNullObject ? null : setting.value) : this.host.officeSettings()?.get(MARKS_KEY);
      return buildState(
        // A ClientResult is filled by the caller's sync; it has no load() (the lint rule assumes one).
        // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
        ooxml.value,
        paragraphs.items.map((p) => p.text),
        paragraphs.items.map((p) => p.tableNestingLevel),
        parseRecord(raw),
      );
    };
  }

  private async current(opts: { marks?: boolean } = {}): Promise<WordState> {
    if (!this.state || (opts.marks && this.state.marksDirty)) await this.read();
    return this.state!;
  }

  // ---- writing

  async applyStructure(ops: StructureOp[]): Promise<void> {
    if (ops.length === 0) return;
    const st = await this.current();
    const actions = planStructure(st, ops);
    this.state = null;
    const next = await this.write(st, actions, true);
    this.state = { ...next!, fresh: true };
  }

  async applyEdits(ops: EditOp[]): Promise<void> {
    if (ops.length === 0) return;
    const st = await this.current();
    const actions = ops.map((op) => planEdit(st, op));
    this.state = null;
    await this.write(st, actions, false);
  }

  /** One batch: resolve the paragraphs, check them, run the actions from the end backwards, optionally re-read. */
  private write(st: WordState, actions: Action[], reread: boolean): Promise<WordState | null> {
    return this.host.run(async (ctx) => {
      const b = new Batch(ctx, st);
      b.begin(actions.flatMap((a) => a.touched));
      for (const a of [...actions].sort((x, y) => y.at - x.at || y.sub - x.sub)) a.emit(b);
      const finish = reread ? this.queueRead(ctx) : null;
      await syncWrites(ctx);
      b.verify();
      return finish ? finish() : null;
    });
  }

  // ---- marks

  /**
   * Marks with comments where Word takes them. When Word refuses a comment
   * (NotAllowed at insertComment on some Word on the web tenants, #6746) the
   * marks are made again as highlights only, for the rest of the session,
   * and `commentsRefused` says so. Any other failure leaves marks that
   * clearMarks removes: the record is written before the first mark.
   */
  async applyMarks(marks: Mark[]): Promise<MarksOutcome> {
    const comments = this.api14 && !this.commentsRefused;
    try {
      await this.markOnce(marks, comments);
      return { commentsRefused: this.commentsRefused };
    } catch (e) {
      if (!comments || !(e instanceof OfficeApiError && e.officeCode === "NotAllowed" && e.location === "Range.insertComment")) throw e;
      this.commentsRefused = true;
      // The failed batch made part of the marks and wrote their record: read both again, and undo them first.
      this.state = null;
      await this.markOnce(marks, false);
      return { commentsRefused: true };
    }
  }

  private async markOnce(marks: Mark[], withComments: boolean): Promise<void> {
    const st = await this.current({ marks: true });
    const old = st.record;
    const inWord = this.api14;
    const colours = new UserColours(st);
    const restore = planRestore(st, old, colours);
    const apply = planMarks(st, marks, colours, withComments);
    // Before any mark is made, the record covers the old marks and the new ones, so a batch that
    // fails halfway leaves nothing clearMarks cannot find. In Word's settings that is the new record
    // written right after the old marks are undone, in the same batch; in the Common API settings
    // (a separate save) both records together, before the batch.
    if (!inWord) await this.saveOfficeSetting(old ? mergeRecords(old, apply.record) : apply.record);
    await this.host.run(async (ctx) => {
      const ours = old && old.comments > 0 && this.api14 ? await loadOurComments(ctx) : [];
      const b = new Batch(ctx, st);
      b.begin([...restore.touched, ...apply.touched]);
      for (const a of restore.actions) a.emit(b);
      for (const c of ours) c.delete();
      if (inWord) ctx.document.settings.add(MARKS_KEY, apply.record);
      for (const a of apply.actions) a.emit(b);
      await syncWrites(ctx);
      b.verify();
    });
    if (!inWord && old) await this.saveOfficeSetting(apply.record);
    st.record = apply.record;
    st.marksDirty = true;
  }

  async clearMarks(): Promise<void> {
    const withComments = this.api14;
    const cleared = await this.host.run(async (ctx) => {
      const finish = this.queueRead(ctx);
      const all = withComments ? ctx.document.body.getComments().load("items/id,items/content,items/authorName") : null;
      await ctx.sync();
      const st = finish();
      this.state = st;
      const ours = all ? all.items.filter(isOurComment) : [];
      if (!st.record && ours.length === 0) return false;
      const b = new Batch(ctx, st);
      const restore = planRestore(st, st.record, new UserColours(st));
      b.begin(restore.touched);
      for (const a of restore.actions) a.emit(b);
      for (const c of ours) c.delete();
      if (withComments && st.record) ctx.document.settings.getItemOrNullObject(MARKS_KEY).delete();
      await syncWrites(ctx);
      b.verify();
      return true;
    });
    if (!cleared) return;
    if (!withComments) await this.saveOfficeSetting(null);
    this.state!.record = null;
    this.state!.marksDirty = true;
  }

  private saveOfficeSetting(record: MarkRecord | null): Promise<void> {
    const settings = this.host.officeSettings();
    if (!settings) return Promise.resolve();
    if (record) settings.set(MARKS_KEY, record);
    else settings.remove(MARKS_KEY);
    return new Promise((resolve, reject) =>
      settings.saveAsync((r) => (r.status === "failed" ? reject(new Error(r.error?.message ?? "settings.saveAsync failed")) : resolve())),
    );
  }

  // ---- form data, snapshots, the blank form

  loadFormDataXml(): Promise<string | null> {
    return loadFormDataXml(this.host);
  }

  saveFormDataXml(xml: string): Promise<void> {
    return saveFormDataXml(xml, this.host);
  }

  /** The body's OOXML, from the read the next action makes anyway: the read after a snapshot costs no round trip. */
  async snapshot(): Promise<DocumentSnapshot> {
    if (!this.state?.fresh) {
      await this.read();
      this.state!.fresh = true;
    }
    const snap: WordSnapshot = { adapter: "word", ooxml: this.state!.ooxml };
    return snap;
  }

  /** One batch: the body is replaced by the snapshot's package (Body.insertOoxml, WordApi 1.1). */
  async restore(snapshot: DocumentSnapshot): Promise<void> {
    if (snapshot.adapter !== "word") throw new Error(`snapshot of ${snapshot.adapter} given to the Word adapter`);
    this.state = null;
    await this.host.run(async (ctx) => {
      ctx.document.body.insertOoxml((snapshot as WordSnapshot).ooxml, "Replace");
      await ctx.sync();
    });
  }

  async replaceWithDocx(docx: Uint8Array): Promise<void> {
    this.state = null;
    await insertDocx(toBase64(docx), this.host);
  }

  // ---- selection

  async select(target: MarkTarget): Promise<void> {
    const st = await this.current();
    const paras = targetParagraphs(st, target);
    await this.host.run(async (ctx) => {
      const b = new Batch(ctx, st);
      b.begin(paras);
      targetRange(b, st, target).select();
      await syncWrites(ctx);
      b.verify();
    });
  }
}

interface WordSnapshot extends DocumentSnapshot {
  adapter: "word";
  ooxml: string;
}

function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

// ---------------------------------------------------------------------------
// Reading

function snippet(text: string): string {
  const t = [...text].map((c) => (c.charCodeAt(0) < 0x20 ? " " : c)).join("").trim();
  return t.length > 20 ? `${t.slice(0, 20)}…` : t;
}

function buildState(ooxml: string, words: string[], levels: number[], record: MarkRecord | null): WordState {
  const pkg = parseFlatOpc(ooxml);
  const { model, index } = readBody(pkg.body);
  const hint = "如果文档中有未处理的修订，请先接受或拒绝全部修订；仍不行请保存并重新打开文档后再试。";
  if (model.paragraphs.length !== words.length) {
    throw new WordAdapterError(
      "wordMismatch",
      `无法在 Word 中安全地定位：Word 报告 ${words.length} 个段落，而文档内容中有 ${model.paragraphs.length} 个。为避免写错位置，已停止。${hint}`,
    );
  }
  const maps: Int32Array[] = [];
  model.paragraphs.forEach((p, i) => {
    const map = alignTexts(p.text, words[i]);
    const level = p.cell ? model.tables[p.cell.table].nestingLevel : 0;
    if (!map || level !== levels[i]) {
      throw new WordAdapterError(
        "wordMismatch",
        `无法在 Word 中安全地定位：第 ${i + 1} 段在 Word 中是“${snippet(words[i])}”，在文档内容中是“${snippet(p.text)}”。为避免写错位置，已停止。${hint}`,
      );
    }
    maps.push(map);
  });
  return { ooxml, pkg, model, index, words, maps, record, fresh: false, marksDirty: false };
}

function parseRecord(raw: unknown): MarkRecord | null {
  if (raw === null || raw === undefined) return null;
  const r = (typeof raw === "string" ? safeJson(raw) : raw) as Partial<MarkRecord> | null;
  if (!r || r.v !== 1 || !Array.isArray(r.paras) || !Array.isArray(r.hl) || !Array.isArray(r.cells)) return null;
  return { v: 1, paras: r.paras, hl: r.hl, cells: r.cells, comments: Number(r.comments) || 0 };
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// One write batch

async function syncWrites(ctx: WRequestContext): Promise<void> {
  try {
    await ctx.sync();
  } catch (e) {
    if (officeErrorCode(e) === "ItemNotFound") {
      throw new WordAdapterError(
        "wordChanged",
        "文档在读取之后被修改过（要写入的段落内容与读取时不同），为避免写错位置，本次操作已停止。请重新读取文档后再试。",
        [String(e)],
      );
    }
    throw e;
  }
}

/** Ours: written by this add-in (prefix), or by the CLI into the .docx (author MARK_AUTHOR). */
const isOurComment = (c: WComment) => c.content.startsWith(COMMENT_PREFIX) || c.authorName === MARK_AUTHOR;

async function loadOurComments(ctx: WRequestContext): Promise<WComment[]> {
  const all = ctx.document.body.getComments().load("items/id,items/content,items/authorName");
  await ctx.sync();
  return all.items.filter(isOurComment);
}

/** Builds the commands of one batch against the state it was planned on. */
class Batch {
  private readonly chain: WParagraph[] = [];
  private readonly checkpoints: [number, WParagraph][] = [];

  constructor(
    readonly ctx: WRequestContext,
    readonly st: WordState,
  ) {}

  /** Paragraph i: getFirst() and i getNext()s; resolved by Word when first used. */
  para(i: number): WParagraph {
    if (i < 0 || i >= this.st.words.length) throw new Error(`paragraph ${i} is outside the document`);
    while (this.chain.length <= i) {
      const k = this.chain.length;
      this.chain.push(k === 0 ? this.ctx.document.body.paragraphs.getFirst() : this.chain[k - 1].getNext());
    }
    return this.chain[i];
  }

  /**
   * Before any write: make Word resolve every paragraph up to the last one
   * touched (so later inserts and deletes cannot shift what a path means),
   * in short steps; then check each touched paragraph still has its text.
   */
  begin(touched: number[]): void {
    if (touched.length === 0) return;
    const max = Math.max(...touched);
    for (let k = CHECKPOINT; k < max; k += CHECKPOINT) this.checkpoints.push([k, this.para(k).load("tableNestingLevel")]);
    this.checkpoints.push([max, this.para(max).load("tableNestingLevel")]);
    const checked = new Set<number>();
    for (const i of touched) {
      // An empty paragraph cannot be searched; the nearest text before it vouches for its place.
      let j = i;
      while (j > 0 && i - j < 8 && this.st.words[j] === "") j--;
      if (checked.has(j) || this.st.words[j] === "") continue;
      checked.add(j);
      const step = searchSteps(this.st.words[j], 0, this.st.words[j].length).find((s) => !s.wildcard);
      if (!step) continue;
      this.para(j).search(step.pattern, { matchCase: true }).getFirst().load("text");
    }
  }

  /**
   * After the sync: the chain's paragraphs must sit in tables as deeply as
   * the paragraphs read did. Too late to prevent a write, but a getNext()
   * order that differs from the paragraph collection's is reported, not
   * silently accepted.
   */
  verify(): void {
    for (const [k, p] of this.checkpoints) {
      const cell = this.st.model.paragraphs[k].cell;
      const level = cell ? this.st.model.tables[cell.table].nestingLevel : 0;
      if (p.tableNestingLevel !== level) {
        throw new WordAdapterError(
          "wordMismatch",
          `写入后校验发现：Word 中第 ${k + 1} 段的位置与读取时不一致，写入的内容可能有错位。请检查文档（可用“撤销”恢复）。`,
        );
      }
    }
  }

  /** The collapsed range at Word offset `off` of paragraph i. */
  point(i: number, off: number): WRange {
    const len = this.st.words[i].length;
    if (off <= 0) return this.para(i).getRange("Start");
    if (off >= len) return this.para(i).getRange("End");
    return this.advance(i, null, 0, off);
  }

  /** From a point (null: the paragraph start) forward over Word's text [from, to). */
  private advance(i: number, from: WRange | null, fromOff: number, toOff: number): WRange {
    const p = this.para(i);
    let cur = from;
    for (const step of searchSteps(this.st.words[i], fromOff, toOff)) {
      const scope = cur === null ? p : cur.expandTo(p.getRange("End"));
      cur = scope.search(step.pattern, { matchCase: true, matchWildcards: step.wildcard }).getFirst().getRange("End");
    }
    return cur ?? p.getRange("Start");
  }

  /** Word's text [a, b) of paragraph i as a range. */
  range(i: number, a: number, b: number): WRange {
    const len = this.st.words[i].length;
    if (a >= b) return this.point(i, a);
    if (a <= 0 && b >= len) return this.para(i).getRange("Content");
    const start = this.point(i, a);
    const end = b >= len ? this.para(i).getRange("End") : this.advance(i, a <= 0 ? null : start, a, b);
    return start.expandTo(end);
  }
}

// ---------------------------------------------------------------------------
// Edits

/**
 * Model offsets → Word offsets. Word may have characters the model has not
 * (a footnote mark, a picture): a stretch starts at its first character's
 * place and ends just after its last one, so such characters at its edges
 * stay outside it, as they do in the OOXML path; an empty stretch (an
 * insertion point) sits right after the character before it.
 */
function wordSpan(st: WordState, i: number, start: number, end: number): [number, number] {
  const map = st.maps[i];
  const len = map.length - 1;
  const e = Math.max(0, Math.min(end, len));
  const s = Math.max(0, Math.min(start, e));
  // At offset 0 the OOXML path writes before the first character it sees, or at the very end of a paragraph it sees none of.
  const b = e > 0 ? map[e - 1] + 1 : len > 0 ? map[0] : map[len];
  return [s === e ? b : map[s], b];
}

const wordStart = (st: WordState, i: number, offset: number) => wordSpan(st, i, offset, st.maps[i].length - 1)[0];
const wordEnd = (st: WordState, i: number, offset: number) => wordSpan(st, i, offset, offset)[1];

function firstParagraphOfCell(st: WordState, ref: CellRef): number {
  const cell = findCell(st.model, ref);
  if (!cell) throw new Error(`cell ${ref.table}:${ref.row}:${ref.col} not in the document`);
  const direct = cellParagraphs(cell);
  return (direct[0] ?? allCellParagraphs(cell)[0]).index;
}

function planEdit(st: WordState, op: EditOp): Action {
  switch (op.op) {
    case "setSpan": {
      const i = op.span.paragraph;
      const [a, b] = wordSpan(st, i, op.span.start, op.span.end);
      // A paragraph break would renumber every later paragraph; a line break is what "\n" means inside a line.
      const text = op.text.replace(/\r\n|\r|\n/g, "\v");
      return {
        at: i,
        sub: a,
        touched: [i],
        emit: (bt) => replaceKeeping(bt, st, i, a, b, text),
      };
    }
    case "setBox": {
      const i = op.span.paragraph;
      const [a, b] = wordSpan(st, i, op.span.start, op.span.end);
      const char = boxChar(st, i, op.span.start, op.ticked);
      return { at: i, sub: a, touched: [i], emit: (bt) => void bt.range(i, a, Math.max(b, a + 1)).insertText(char, "Replace") };
    }
    case "setCell": {
      const cell = findCell(st.model, op.cell);
      if (!cell) throw new Error(`cell ${op.cell.table}:${op.cell.row}:${op.cell.col} not in the document`);
      return writeParagraphs(st, cellParagraphs(cell).map((p) => p.index), op.lines);
    }
    case "setRegion": {
      if (op.paragraphs.length > 0) return writeParagraphs(st, op.paragraphs, op.lines);
      return insertRegion(st, op);
    }
  }
}

/** Positions in Word's text [a, b) of paragraph i that the model has no character for (footnote marks, pictures). */
function wordOnlyIn(st: WordState, i: number, a: number, b: number): number[] {
  const map = st.maps[i];
  const mapped = new Set<number>();
  for (let k = 0; k < map.length - 1; k++) mapped.add(map[k]);
  const out: number[] = [];
  for (let k = a; k < b; k++) if (!mapped.has(k)) out.push(k);
  return out;
}

/**
 * Replace Word's text [a, b) of paragraph i, keeping what the model does not
 * see (a footnote mark, an inline picture) after the new text, as the OOXML
 * path's replaceSpan does: the stretches between them are deleted one by
 * one, last first, and the first stretch takes the new text.
 */
function replaceKeeping(b: Batch, st: WordState, i: number, a: number, z: number, text: string): void {
  const kept = wordOnlyIn(st, i, a, z);
  const bounds = [a, ...kept.flatMap((k) => [k, k + 1]), z];
  for (let k = bounds.length - 2; k >= 2; k -= 2) if (bounds[k] < bounds[k + 1]) b.range(i, bounds[k], bounds[k + 1]).delete();
  const [x, y] = [bounds[0], bounds[1]];
  if (x < y) {
    if (text === "") b.range(i, x, y).delete();
    else b.range(i, x, y).insertText(text, "Replace");
  } else if (text !== "") b.point(i, x).insertText(text, "End");
}

/** The character a box becomes: a checkbox content control's own glyphs, else ☑ / □ (what the OOXML path writes). */
function boxChar(st: WordState, i: number, modelOffset: number, ticked: boolean): string {
  const seg = st.index.paragraphs[i].segments.find((s) => s.start <= modelOffset && modelOffset < s.end);
  if (seg?.kind === "checkbox" && seg.sdt) {
    const pr = wChild(seg.sdt, "sdtPr");
    const box = pr ? elementChildren(pr).find((c) => c.namespaceURI === W14_NS && c.localName === "checkbox") : undefined;
    const state = box ? elementChildren(box).find((c) => c.localName === (ticked ? "checkedState" : "uncheckedState")) : undefined;
    const code = state ? parseInt(state.getAttributeNS(W14_NS, "val") || "", 16) : NaN;
    if (code) return String.fromCharCode(code);
  }
  return ticked ? "☑" : "□";
}

/** Make paragraphs P hold exactly `lines`: rewrite, add after the last, or delete the extra ones (never the first). */
function writeParagraphs(st: WordState, P: number[], lines: string[]): Action {
  const n = P.length;
  const m = lines.length;
  return {
    at: P[0],
    sub: 0,
    touched: P,
    emit: (b) => {
      // Texts first: joining paragraphs below leaves Word's paragraph objects for the joined ones undefined.
      for (let k = Math.min(n, m) - 1; k >= 0; k--) {
        const i = P[k];
        if (st.model.paragraphs[i].text === lines[k]) continue;
        if (wordOnlyIn(st, i, 0, st.words[i].length).length > 0) replaceKeeping(b, st, i, 0, st.words[i].length, lines[k]);
        else if (lines[k] === "") b.range(i, 0, st.words[i].length).delete();
        else b.para(i).insertText(lines[k], "Replace");
      }
      if (m > n) {
        let prev = b.para(P[n - 1]);
        for (let k = n; k < m; k++) prev = prev.insertParagraph(lines[k], "After");
      }
      const keep = Math.max(m, 1);
      if (n > keep) {
        const consecutive = P.slice(keep - 1).every((x, k, a) => k === 0 || x === a[k - 1] + 1);
        // From the end of the last kept paragraph to the end of the last one: Word joins them and keeps the
        // last mark, which may be a cell's end mark that Paragraph.delete() could not remove.
        if (consecutive) b.para(P[keep - 1]).getRange("End").expandTo(b.para(P[n - 1]).getRange("End")).delete();
        else for (let k = n - 1; k >= keep; k--) b.para(P[k]).delete();
      }
    },
  };
}

function insertRegion(st: WordState, op: Extract<EditOp, { op: "setRegion" }>): Action {
  const { lines } = op;
  const chainRest = (first: WParagraph) => {
    let prev = first;
    for (const line of lines.slice(1)) prev = prev.insertParagraph(line, "After");
  };
  if (op.afterTable !== null) {
    const t = st.model.tables[op.afterTable];
    const k = st.model.paragraphs.slice(t.paragraphRange[0], t.paragraphRange[1]).find((p) => p.cell?.table === t.index)!.index;
    return {
      at: t.paragraphRange[1] - 1,
      sub: Number.MAX_SAFE_INTEGER,
      touched: [k],
      emit: (b) => chainRest(b.para(k).parentTable.insertParagraph(lines[0], "After")),
    };
  }
  if (op.insertAfter !== null) {
    const k = op.insertAfter;
    return { at: k, sub: Number.MAX_SAFE_INTEGER, touched: [k], emit: (b) => chainRest(b.para(k).insertParagraph(lines[0], "After")) };
  }
  // The locator gives a body region (no box) a paragraph or table to follow, so only a box's top is left here.
  if (!op.cell) throw new Error("setRegion: a region without a box needs insertAfter or afterTable");
  const k = firstParagraphOfCell(st, op.cell);
  return { at: k, sub: -1, touched: [k], emit: (b) => chainRest(b.para(k).parentTableCell.body.insertParagraph(lines[0], "Start")) };
}

// ---------------------------------------------------------------------------
// Structure: rows

/**
 * Rows Word can copy itself with `TableRow.insertRows` (WordApi 1.3): one
 * row, in a table without merged or spanned cells anywhere (Word's table
 * API misbehaves on non-uniform tables: officejs-facts §1, ISSUE #5024,
 * #3425), each cell one plain paragraph (`values` are plain strings).
 * Anything else goes through OOXML.
 */
function rowsInsertable(st: WordState, op: StructureOp): boolean {
  if (op.first !== op.last) return false;
  const table = st.model.tables[op.table];
  const tbl = st.index.tables[op.table];
  const counts = new Set<number>();
  for (const row of table.rows) {
    counts.add(row.cells.length);
    if (row.cells.some((c) => c.gridSpan > 1 || c.vMerge !== null)) return false;
  }
  if (counts.size !== 1) return false;
  const tr = st.index.rows[op.table][op.last];
  if (tr.parentNode !== tbl) return false;
  const trPr = wChild(tr, "trPr");
  if (trPr && (wChild(trPr, "gridBefore") || wChild(trPr, "gridAfter"))) return false;
  for (const cell of table.rows[op.last].cells) {
    if (cell.blocks.length !== 1 || cell.blocks[0].kind !== "paragraph") return false;
  }
  const busy = ["sdt", "sym", "drawing", "pict", "object", "fldChar", "fldSimple", "footnoteReference", "endnoteReference", "ins", "del", "moveFrom", "moveTo", "customXml", "commentRangeStart", "br", "hyperlink"];
  const walk = (el: XElement): boolean => elementChildren(el).every((c) => !busy.includes(wName(c)) && c.localName !== "AlternateContent" && walk(c));
  return walk(tr);
}

function containsTable(st: WordState, outer: number, inner: number): boolean {
  const a = st.model.tables[outer];
  const b = st.model.tables[inner];
  return outer !== inner && a.nestingLevel < b.nestingLevel && a.paragraphRange[0] <= b.paragraphRange[0] && b.paragraphRange[1] <= a.paragraphRange[1];
}

function planStructure(st: WordState, ops: StructureOp[]): Action[] {
  const native = ops.filter((op) => rowsInsertable(st, op));
  const viaXml = new Set(ops.filter((op) => !native.includes(op)).map((op) => op.table));
  // Replace the outermost table only; everything inside it is copied in its XML.
  const replaced = [...viaXml].filter((t) => ![...viaXml].some((u) => containsTable(st, u, t)));
  const inReplaced = (t: number) => replaced.find((r) => r === t || containsTable(st, r, t));
  const actions: Action[] = [];

  for (const t of replaced) {
    // A copy of just this table, numbered from 0: its nested tables are t+1, t+2, … in the model.
    const holder = createW(st.pkg.dom, "body");
    holder.appendChild(st.index.tables[t].cloneNode(true));
    const idx = readBody(holder).index;
    // The ops' row numbers refer to the document before any of them, as in the OOXML adapter.
    const resolved = ops
      .filter((op) => op.table === t || containsTable(st, t, op.table))
      .map((op) => ({ rows: idx.rows[op.table - t].slice(op.first, op.last + 1), times: op.times }));
    for (const r of resolved) cloneRows(r.rows, r.times);
    const xml = packageWithBlocks(st.pkg, [idx.tables[0]]);
    const table = st.model.tables[t];
    const k = st.model.paragraphs.slice(table.paragraphRange[0], table.paragraphRange[1]).find((p) => p.cell?.table === t)!.index;
    actions.push({
      at: table.paragraphRange[0],
      sub: 0,
      touched: [k],
      emit: (b) => void b.para(k).parentTable.getRange("Whole").insertOoxml(xml, "Replace"),
    });
  }
  for (const op of native) {
    if (inReplaced(op.table) !== undefined) continue;
    const row = st.model.tables[op.table].rows[op.last];
    const k = (row.cells[0].blocks[0] as { index: number }).index;
    const values = Array.from({ length: op.times }, () => row.cells.map((c) => cellText(c)));
    actions.push({
      at: k,
      sub: 0,
      touched: [k],
      emit: (b) => void b.para(k).parentTableCell.parentRow.insertRows("After", op.times, values),
    });
  }
  return actions;
}

// ---------------------------------------------------------------------------
// Marks

function runHighlight(run: XElement): string | null {
  const rPr = wChild(run, "rPr");
  const h = rPr ? wChild(rPr, "highlight") : null;
  const v = h ? wAttr(h, "val") : null;
  return v && v !== "none" ? (OOXML_HIGHLIGHT_HEX[v] ?? v) : null;
}

/** The user's own highlight of every character (Word offsets), read from the document XML, with our earlier marks taken out. */
class UserColours {
  private readonly cache = new Map<number, (string | null)[]>();
  private readonly overrides: [number, number, number, string | null][] = [];
  /** Cells whose shading is ours, with the user's shading under it. */
  readonly cells = new Map<XElement, string | null>();

  constructor(private readonly st: WordState) {}

  override(i: number, a: number, b: number, colour: string | null): void {
    this.overrides.push([i, a, b, colour]);
    this.cache.delete(i);
  }

  of(i: number): (string | null)[] {
    const hit = this.cache.get(i);
    if (hit) return hit;
    const out: (string | null)[] = new Array(this.st.words[i].length).fill(null);
    const map = this.st.maps[i];
    for (const s of this.st.index.paragraphs[i].segments) {
      const colour = runHighlight(s.run);
      for (let k = s.start; k < s.end; k++) out[map[k]] = colour;
    }
    for (const [j, a, b, colour] of this.overrides) if (j === i) for (let k = a; k < b && k < out.length; k++) out[k] = colour;
    this.cache.set(i, out);
    return out;
  }

  /** Stretches of [a, b) with one colour each. */
  pieces(i: number, a: number, b: number): [number, number, string | null][] {
    const colours = this.of(i);
    const out: [number, number, string | null][] = [];
    for (let k = a; k < b; ) {
      let e = k + 1;
      while (e < b && colours[e] === colours[k]) e++;
      out.push([k, e, colours[k] ?? null]);
      k = e;
    }
    return out;
  }
}

const paragraphSignature = (st: WordState, i: number): [number, string, string] => [i, textHash(st.words[i - 1] ?? ""), textHash(st.words[i])];

/** Where a recorded paragraph is now, and whether its text is unchanged (so recorded offsets still hold). */
function relocate(st: WordState, rec: [number, string, string], hashes: { before: string[]; own: string[] }): { j: number; same: boolean } | null {
  const [i, before, own] = rec;
  const n = st.words.length;
  if (i < n && hashes.before[i] === before) return { j: i, same: hashes.own[i] === own };
  const both: number[] = [];
  const prev: number[] = [];
  for (let j = 0; j < n; j++) {
    if (hashes.before[j] !== before) continue;
    prev.push(j);
    if (hashes.own[j] === own) both.push(j);
  }
  if (both.length === 1) return { j: both[0], same: true };
  if (i < n && hashes.own[i] === own) return { j: i, same: true };
  if (prev.length === 1) return { j: prev[0], same: false };
  return null;
}

function cellOf(st: WordState, i: number): XElement | null {
  for (let n = st.index.paragraphs[i].el.parentNode as XElement | null; n && n.nodeType === 1; n = n.parentNode as XElement | null) {
    if (wName(n) === "tc") return n;
  }
  return null;
}

function cellShading(tc: XElement): string | null {
  const tcPr = wChild(tc, "tcPr");
  const shd = tcPr ? wChild(tcPr, "shd") : null;
  const fill = shd ? wAttr(shd, "fill") : null;
  return fill && fill !== "auto" ? `#${fill.toUpperCase()}` : null;
}

/** Undo a record: recorded highlights back to the user's colours, our shading off. Stretches of edited paragraphs lose our colour. */
function planRestore(st: WordState, record: MarkRecord | null, colours: UserColours): { actions: Action[]; touched: number[] } {
  const actions: Action[] = [];
  const touched: number[] = [];
  if (!record) return { actions, touched };
  const hashes = {
    before: st.words.map((_, j) => textHash(st.words[j - 1] ?? "")),
    own: st.words.map((w) => textHash(w)),
  };
  const where = new Map<number, { j: number; same: boolean } | null>();
  for (const rec of record.paras) where.set(rec[0], relocate(st, rec, hashes));
  const set = (j: number, a: number, b: number, colour: string | null) => {
    touched.push(j);
    colours.override(j, a, b, colour);
    actions.push({ at: j, sub: a, touched: [j], emit: (bt) => void (bt.range(j, a, b).font.highlightColor = colour) });
  };
  const byParagraph = new Map<number, MarkRecord["hl"]>();
  for (const h of record.hl) byParagraph.set(h[0], [...(byParagraph.get(h[0]) ?? []), h]);
  for (const [i, pieces] of byParagraph) {
    const at = where.get(i);
    if (!at) continue;
    const len = st.words[at.j].length;
    if (at.same) {
      for (const [, a, b, prev] of pieces) if (a < b && b <= len) set(at.j, a, b, prev);
      continue;
    }
    // The user edited the paragraph since: take the colours we gave it off wherever they still are,
    // unless the user had that colour there too (then it is theirs as much as ours).
    const prevs = new Set(pieces.map((p) => p[3]));
    const back = prevs.size === 1 ? [...prevs][0] : null;
    const ours = new Set(pieces.map((p) => p[4] ?? "").filter((c) => OUR_HIGHLIGHTS.has(c) && !prevs.has(c)));
    const current = colours.of(at.j);
    for (let k = 0; k < len; ) {
      if (!ours.has(current[k] ?? "")) {
        k++;
        continue;
      }
      let e = k + 1;
      while (e < len && current[e] === current[k]) e++;
      set(at.j, k, e, back);
      k = e;
    }
  }
  for (const [i, prev] of record.cells) {
    const at = where.get(i);
    if (!at) continue;
    const tc = cellOf(st, at.j);
    if (!tc || !OUR_FILLS.has(cellShading(tc) ?? "")) continue;
    colours.cells.set(tc, prev);
    touched.push(at.j);
    actions.push({ at: at.j, sub: 0, touched: [at.j], emit: (bt) => void (bt.para(at.j).parentTableCell.shadingColor = prev ?? NO_SHADING) });
  }
  return { actions, touched };
}

function targetParagraphs(st: WordState, target: MarkTarget): number[] {
  switch (target.kind) {
    case "range": {
      const out: number[] = [];
      for (let i = target.start.paragraph; i <= target.end.paragraph; i++) out.push(i);
      return out;
    }
    case "cell":
      return [firstParagraphOfCell(st, target.cell)];
    case "paragraphs":
      return target.paragraphs.length ? target.paragraphs : [];
  }
}

/** The whole target as one range (selection, comment anchor). */
function targetRange(b: Batch, st: WordState, target: MarkTarget): WRange {
  switch (target.kind) {
    case "range": {
      const { start, end } = target;
      const a = start.paragraph === end.paragraph ? wordSpan(st, start.paragraph, start.offset, end.offset)[0] : wordStart(st, start.paragraph, start.offset);
      const z = wordEnd(st, end.paragraph, end.offset);
      if (start.paragraph === end.paragraph) {
        return a < z ? b.range(start.paragraph, a, z) : b.para(start.paragraph).getRange("Whole");
      }
      return b.point(start.paragraph, a).expandTo(b.point(end.paragraph, z));
    }
    case "cell":
      return b.para(firstParagraphOfCell(st, target.cell)).parentTableCell.body.getRange("Whole");
    case "paragraphs": {
      const ps = target.paragraphs;
      if (ps.length === 1) return b.para(ps[0]).getRange("Whole");
      return b.para(ps[0]).getRange("Whole").expandTo(b.para(ps[ps.length - 1]).getRange("Whole"));
    }
  }
}

function planMarks(st: WordState, marks: Mark[], colours: UserColours, withComments: boolean): { actions: Action[]; touched: number[]; record: MarkRecord } {
  const actions: Action[] = [];
  const touched = new Set<number>();
  const record: MarkRecord = { v: 1, paras: [], hl: [], cells: [], comments: 0 };
  const shaded = new Set<number>();
  let colour = COLOURS.error;
  const highlight = (i: number, a: number, b: number) => {
    if (a >= b) return;
    touched.add(i);
    const { highlight: hl } = colour;
    for (const [x, y, prev] of colours.pieces(i, a, b)) record.hl.push([i, x, y, prev, hl]);
    actions.push({ at: i, sub: a, touched: [i], emit: (bt) => void (bt.range(i, a, b).font.highlightColor = hl) });
  };
  const shade = (k: number) => {
    touched.add(k);
    const { fill } = colour;
    if (!shaded.has(k)) {
      shaded.add(k);
      const tc = cellOf(st, k);
      record.cells.push([k, tc ? (colours.cells.has(tc) ? colours.cells.get(tc)! : cellShading(tc)) : null]);
    }
    actions.push({ at: k, sub: 0, touched: [k], emit: (bt) => void (bt.para(k).parentTableCell.shadingColor = fill) });
  };

  // Warnings first, so an error marking the same place is the colour that stays.
  const ordered = [...marks].sort((x, y) => (x.severity === "warning" ? 0 : 1) - (y.severity === "warning" ? 0 : 1));
  for (const mark of ordered) {
    const t = mark.target;
    colour = COLOURS[mark.severity];
    if (t.kind === "range") {
      for (let i = t.start.paragraph; i <= t.end.paragraph; i++) {
        const a = i === t.start.paragraph ? wordStart(st, i, t.start.offset) : 0;
        const b = i === t.end.paragraph ? wordEnd(st, i, t.end.offset) : st.words[i].length;
        highlight(i, a, b);
      }
    } else if (t.kind === "cell") {
      shade(firstParagraphOfCell(st, t.cell));
    } else {
      const withText = t.paragraphs.filter((i) => st.words[i] !== "");
      if (withText.length > 0) for (const i of withText) highlight(i, 0, st.words[i].length);
      else {
        // Empty paragraphs show no highlight: shade the box they are in instead.
        const cells = new Set(t.paragraphs.map((i) => st.model.paragraphs[i].cell).filter((c) => c !== null).map((c) => `${c!.table}:${c!.row}:${c!.col}`));
        const ref = st.model.paragraphs[t.paragraphs[0]]?.cell;
        if (cells.size === 1 && ref) shade(firstParagraphOfCell(st, ref));
      }
    }
    if (withComments && mark.comment) {
      const paras = targetParagraphs(st, t);
      if (paras.length === 0) continue;
      for (const i of paras) touched.add(i);
      record.comments++;
      const text = COMMENT_PREFIX + mark.comment;
      actions.push({ at: paras[0], sub: -1, touched: [], emit: (bt) => void targetRange(bt, st, t).insertComment(text) });
    }
  }
  for (const i of touched) record.paras.push(paragraphSignature(st, i));
  return { actions, touched: [...touched], record };
}
