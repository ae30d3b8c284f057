import { COMMENT_PREFIX, Mark, MarksOutcome, MarkTarget } from "../../document/marks";
import type { DocumentAdapter, DocumentSnapshot, RevisionState } from "../../document/adapter";
import type { DocModel } from "../../document/model";
import type { EditOp, StructureOp } from "../../document/ops";
import { Batch, syncWrites, type Action } from "./batch";
import { insertDocx, loadFormDataXml, saveFormDataXml } from "./formDataStore";
import type { TrackingMode, WordHost, WRequestContext } from "./host";
import { MARKS_KEY, MarkRecord, mergeRecords } from "./markRecord";
import { OfficeApiError } from "./officeErrors";
import { resolveHost } from "./officeHost";
import { targetParagraphs, targetRange } from "./places";
import { readThroughObjectModel } from "./objectModelRead";
import type { Drawn } from "./critiques";
import { hasWordApi14, queueRead, stateWithoutOoxml, WordState } from "./wordState";
import { WordAdapterError } from "./errors";

/** The planners for writing, fetched at the first write (writing.ts); before anything is written, so a failed fetch changes nothing. */
const writing = () => import(/* webpackChunkName: "word-write" */ "./writing");

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
 *
 * The pieces: wordState.ts (one read, checked against Word), batch.ts (one
 * write batch: paragraph chain, guard searches, offsets by search),
 * places.ts (model places → Word paragraphs, offsets and ranges),
 * editPlan.ts (fill edits), rowPlan.ts (added rows), markPlan.ts and
 * markRecord.ts (check marks and the record that undoes them).
 */

export { MARKS_KEY, COMMENT_PREFIX };

const WITHOUT_OOXML =
  "Word 无法导出此文档的内容（getOoxml 出错），加载项改为逐段读取：可以读取和检查，但不能在文档中填写、标记或撤销。" +
  "请用“文件”→“另存为”存成新的 .docx 后打开新文件再试；仍不行，请把组合在一起的图形与图片取消组合（或暂时删除图片）；也可以用命令行 silkform 直接处理 .docx 文件。";
const UNREADABLE =
  "Word 无法读取此文档：导出文档内容（getOoxml）和逐段读取都失败了。" +
  "请用“文件”→“另存为”存成新的 .docx 后打开新文件再试；仍不行，请把组合在一起的图形与图片取消组合（或暂时删除图片）；也可以用命令行 silkform 直接处理 .docx 文件。";

export type WordAdapterOptions = Partial<WordHost>;

export class WordAdapter implements DocumentAdapter {
  private readonly host: WordHost;
  private state: WordState | null = null;
  /** Word refused a comment this session (#6746): marks are highlights only from then on. */
  private commentsRefused = false;
  /** Critiques drawn this session (WordApi 1.7), by paragraph; null once Word refused them (no Microsoft 365 service). */
  private critiques: Drawn | null = new Map();

  constructor(options: WordAdapterOptions = {}) {
    this.host = resolveHost(options);
  }

  /** WordApi 1.4: comments, and Word's own settings for the marks record (officejs-facts §0, §3, §4). */
  private get api14(): boolean {
    return hasWordApi14(this.host);
  }

  // ---- reading

  async read(): Promise<DocModel> {
    if (this.state?.fresh) {
      this.state.fresh = false;
      return this.state.model;
    }
    try {
      this.state = await this.host.run(async (ctx) => {
        const finish = queueRead(ctx, this.host);
        await ctx.sync();
        return finish();
      });
    } catch (e) {
      if (!(e instanceof OfficeApiError && e.location === "Body.getOoxml")) throw e;
      this.state = await this.readWithoutOoxml(e);
    }
    return this.state.model;
  }

  /**
   * getOoxml() failed (#6059, #5394, #998): the same model through Word's
   * paragraphs and cells (objectModelRead.ts; two round trips more), enough
   * to read, check and jump. When that fails too, a message that says what
   * to do instead of "try again later".
   */
  private async readWithoutOoxml(cause: OfficeApiError): Promise<WordState> {
    try {
      return await this.host.run(async (ctx) => {
        if (this.api14) ctx.document.load("changeTrackingMode");
        const { model, words } = await readThroughObjectModel(ctx);
        return stateWithoutOoxml(model, words, this.api14 ? ctx.document.changeTrackingMode : null);
      });
    } catch (e) {
      // Still the Office error of getOoxml (code and place kept), told with what to do now that both reads failed.
      throw new OfficeApiError(cause.officeCode, cause.location, UNREADABLE, [...cause.details, e instanceof Error ? e.message : String(e)].join("; "));
    }
  }

  /** Writing needs the document's XML; a state read without it refuses before anything is written. */
  private writable(st: WordState): WordState {
    if (st.withoutOoxml) throw new WordAdapterError("officeError", WITHOUT_OOXML);
    return st;
  }

  /**
   * Track Changes as of the last read (WordApi 1.4 `changeTrackingMode`;
   * without it Word cannot tell us, and edits go in as Word records them).
   */
  revisions(): RevisionState {
    const mode = this.state?.tracking ?? null;
    return { tracking: mode !== null && mode !== "Off", pending: this.state?.pendingRevisions ?? false };
  }

  /** Track Changes off for a fill (one round trip); the function returned puts the user's mode back (one more). */
  async pauseTracking(): Promise<() => Promise<void>> {
    const st = await this.current();
    const mode = st.tracking;
    if (mode === null || mode === "Off") return async () => {};
    await this.setTracking("Off");
    st.tracking = "Off";
    return async () => {
      await this.setTracking(mode);
      if (this.state) this.state.tracking = mode;
    };
  }

  private setTracking(mode: TrackingMode): Promise<void> {
    return this.host.run(async (ctx) => {
      ctx.document.changeTrackingMode = mode;
      await ctx.sync();
    });
  }

  private async current(opts: { marks?: boolean } = {}): Promise<WordState> {
    if (!this.state || (opts.marks && this.state.marksDirty)) await this.read();
    return this.state!;
  }

  // ---- writing

  async applyStructure(ops: StructureOp[]): Promise<void> {
    if (ops.length === 0) return;
    const { planStructure } = await writing();
    const st = this.writable(await this.current());
    const actions = planStructure(st, ops, this.api14);
    this.state = null;
    const next = await this.write(st, actions, true);
    this.state = { ...next!, fresh: true };
  }

  async applyEdits(ops: EditOp[]): Promise<void> {
    if (ops.length === 0) return;
    const { planEdit } = await writing();
    const st = this.writable(await this.current());
    const actions = ops.map((op) => planEdit(st, op));
    this.state = null;
    await this.write(st, actions, false);
  }

  /**
   * One batch: resolve the paragraphs, check them, run the actions from the
   * end backwards, optionally re-read. Added rows (reread) are empty copies
   * of rows already there: with Track Changes on they go in untracked (what
   * Word records for OOXML replacing a table is not documented, and an empty
   * row is no one's edit); the answers written into them are revisions.
   */
  private write(st: WordState, actions: Action[], reread: boolean): Promise<WordState | null> {
    return this.host.run(async (ctx) => {
      const b = new Batch(ctx, st);
      b.begin(actions.flatMap((a) => a.touched));
      const resume = reread ? untracked(ctx, st.tracking) : () => {};
      for (const a of [...actions].sort((x, y) => y.at - x.at || y.sub - x.sub)) a.emit(b);
      resume();
      const finish = reread ? queueRead(ctx, this.host) : null;
      await syncKeepingTracking(ctx, reread ? st.tracking : null);
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
    // Read without OOXML (getOoxml fails): nothing can be marked safely, but 检查's list still stands.
    if ((await this.current({ marks: true })).withoutOoxml) return { commentsRefused: this.commentsRefused, unmarked: true };
    const comments = this.api14 && !this.commentsRefused;
    try {
      await this.markOnce(marks, comments);
    } catch (e) {
      if (!comments || !(e instanceof OfficeApiError && e.officeCode === "NotAllowed" && e.location === "Range.insertComment")) throw e;
      this.commentsRefused = true;
      // The failed batch made part of the marks and wrote their record: read both again, and undo them first.
      this.state = null;
      await this.markOnce(marks, false);
    }
    await this.underline(marks);
    return { commentsRefused: this.commentsRefused };
  }

  /**
   * WordApi 1.7: critiques over the text just marked (critiques.ts), after
   * the marks, in batches of their own. Word without the Microsoft 365
   * annotation service may refuse them: then the marks stand alone, and
   * critiques are not tried again this session.
   */
  private async underline(marks: Mark[]): Promise<void> {
    const { critiquesSupported, redrawCritiques } = await writing();
    if (!this.critiques || !critiquesSupported(this.host) || !this.state) return;
    try {
      this.critiques = await redrawCritiques(this.host, this.state, marks, this.critiques);
    } catch {
      this.critiques = null;
    }
  }

  private async markOnce(marks: Mark[], withComments: boolean): Promise<void> {
    const { loadOurComments, planMarks, planRestore, UserColours } = await writing();
    const st = this.writable(await this.current({ marks: true }));
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
      const resume = untracked(ctx, st.tracking);
      for (const a of restore.actions) a.emit(b);
      for (const c of ours) c.delete();
      if (inWord) ctx.document.settings.add(MARKS_KEY, apply.record);
      for (const a of apply.actions) a.emit(b);
      resume();
      await syncKeepingTracking(ctx, st.tracking);
      b.verify();
    });
    if (!inWord && old) await this.saveOfficeSetting(apply.record);
    st.record = apply.record;
    st.marksDirty = true;
  }

  async clearMarks(): Promise<void> {
    const withComments = this.api14;
    const { isOurComment, planRestore, removeCritiques, UserColours } = await writing();
    const cleared = await this.host.run(async (ctx) => {
      const finish = queueRead(ctx, this.host);
      const all = withComments ? ctx.document.body.getComments().load("items/id,items/content,items/authorName") : null;
      await ctx.sync();
      const st = finish();
      this.state = st;
      const ours = all ? all.items.filter(isOurComment) : [];
      if (!st.record && ours.length === 0) return false;
      const b = new Batch(ctx, st);
      const restore = planRestore(st, st.record, new UserColours(st));
      b.begin(restore.touched);
      const resume = untracked(ctx, st.tracking);
      for (const a of restore.actions) a.emit(b);
      for (const c of ours) c.delete();
      if (withComments && st.record) ctx.document.settings.getItemOrNullObject(MARKS_KEY).delete();
      resume();
      await syncKeepingTracking(ctx, st.tracking);
      b.verify();
      return true;
    });
    if (this.critiques && this.critiques.size > 0 && this.state) {
      await removeCritiques(this.host, this.state, this.critiques).catch(() => undefined);
      this.critiques = new Map();
    }
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
    const snap: WordSnapshot = { adapter: "word", ooxml: this.writable(this.state!).ooxml };
    return snap;
  }

  /** One batch: the body is replaced by the snapshot's package (Body.insertOoxml, WordApi 1.1). */
  async restore(snapshot: DocumentSnapshot): Promise<void> {
    if (snapshot.adapter !== "word") throw new Error(`snapshot of ${snapshot.adapter} given to the Word adapter`);
    const mode = this.state?.tracking ?? null;
    this.state = null;
    await this.host.run(async (ctx) => {
      const resume = untracked(ctx, mode);
      ctx.document.body.insertOoxml((snapshot as WordSnapshot).ooxml, "Replace");
      resume();
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

/**
 * Marks, clearing them and undo are not the user's edits: with Track Changes
 * on they would become formatting or content revisions. The batch turns
 * recording off first and back on at its end (the mode was read with the
 * document, so no round trip); call the returned function after the last
 * command of the batch.
 */
function untracked(ctx: WRequestContext, mode: TrackingMode | null): () => void {
  if (mode === null || mode === "Off") return () => {};
  ctx.document.changeTrackingMode = "Off";
  return () => void (ctx.document.changeTrackingMode = mode);
}

/** A batch that failed after turning Track Changes off must not leave it off: one more round trip, on failure only. */
async function syncKeepingTracking(ctx: WRequestContext, mode: TrackingMode | null): Promise<void> {
  try {
    await syncWrites(ctx);
  } catch (e) {
    if (mode !== null && mode !== "Off") {
      ctx.document.changeTrackingMode = mode;
      await ctx.sync().catch(() => undefined);
    }
    throw e;
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
