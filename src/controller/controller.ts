import type { Finding } from "../check/finding";
import { marksFromFindings } from "../check/marks";
import type { DocumentAdapter, DocumentSnapshot, TrackingChoice } from "../document/adapter";
import type { MarksOutcome } from "../document/marks";
import type { DocModel } from "../document/model";
import { SilkformError } from "../errors";
import { extractFormData, type ExtractNote } from "../extract";
import type { FillOptions, FillReport } from "../fill/fill";
import type { FormData } from "../form/schema";
import { formDataFromXml, formDataToXml } from "../form/storage";
import { documentLimits, locateForm } from "../locate";
import { assertThisForm } from "../locate/formCheck";
import type { LocateResult } from "../locate/location";

export interface ControllerOptions {
  /** The official blank form (新建空白申报书); hosts without one refuse that action. */
  blankForm?: () => Promise<Uint8Array>;
}

export interface ReadResult {
  data: FormData;
  notes: ExtractNote[];
  located: LocateResult;
}

export interface CheckRequest {
  /** The final check before submission: missing signatures, seals, dates and review opinions become errors. */
  final?: boolean;
  /** Mark the findings in the document (the task pane's 检查; default). false only reports them (the CLI). */
  mark?: boolean;
}

export interface FillRequest extends FillOptions {
  /**
   * A fill from the task pane (default): the document is snapshotted first so
   * undoFill() can put it back, and the data is saved into the document. The
   * CLI fills a copy it writes elsewhere and asks for neither.
   */
  keep?: boolean;
  /**
   * When Word records changes as revisions (Track Changes): fill as revisions,
   * or pause recording for the fill and turn it back on after. Without a
   * choice such a fill is refused (trackChangesOn) before anything is written,
   * so the pane can ask.
   */
  tracking?: TrackingChoice;
}

export type Controller = ReturnType<typeof createController>;

/** Paragraph texts and table shapes: equal when nobody has typed in the document since. */
function fingerprint(model: DocModel): string {
  return JSON.stringify([model.paragraphs.map((p) => p.text), model.tables.map((t) => t.rows.map((r) => r.cells.length))]);
}

const hasText = (model: DocModel) => model.paragraphs.some((p) => p.text.trim() !== "");

/**
 * The one controller every host drives: the Word task pane, the playground,
 * the CLI and the tests. It owns the read → locate → "is this the form?"
 * prologue and the state of a session (the undo point, whether marks were
 * made since), and states two rules once for every host:
 *
 * - Undo (撤销上次填写) puts the document back exactly as it was before the
 *   last fill, if nobody has changed its text since; otherwise it refuses
 *   (and says so) rather than lose what was typed in between. One level.
 * - Form data is saved inside the document on every fill from the pane, and
 *   by the pane's autosave after edits (saveData); undo leaves the saved data
 *   alone, since it mirrors the pane's form, which undo does not change.
 */
export function createController(doc: DocumentAdapter, options: ControllerOptions = {}) {
  let undo: { snapshot: DocumentSnapshot; after: string } | null = null;
  let lastMarks: MarksOutcome | null = null;

  /** Read, locate, and refuse a document that is not this form. */
  async function open(): Promise<{ model: DocModel; located: LocateResult }> {
    const model = await doc.read();
    const located = locateForm(model);
    assertThisForm(located);
    return { model, located };
  }

  async function check(req: CheckRequest = {}): Promise<Finding[]> {
    const { model, located } = await open();
    // The rules and the GB/T 13745 table they read are fetched by the task pane at its first check, not with the pane.
    const { checkForm } = await import(/* webpackChunkName: "check" */ "../check");
    const findings = checkForm(model, located, { final: req.final ?? false });
    if (req.mark ?? true) lastMarks = await doc.applyMarks(marksFromFindings(findings));
    return findings;
  }

  /**
   * A fill Word stopped: if anything was written, the error says what (by
   * field label) and undo is offered from the snapshot taken before the
   * fill; if nothing was, Word's own error stands as it is.
   */
  async function afterFailedFill(e: unknown, start: { model: DocModel; located: LocateResult }, data: FormData, snapshot: DocumentSnapshot): Promise<unknown> {
    let now: DocModel;
    try {
      now = await doc.read();
    } catch {
      return e;
    }
    if (fingerprint(now) === fingerprint(start.model)) return e;
    undo = { snapshot, after: fingerprint(now) };
    const { comparePartialFill, partialFillError } = await import(/* webpackChunkName: "fill" */ "./partialFill");
    return partialFillError(comparePartialFill(start, now, data), e);
  }

  async function saveData(data: FormData): Promise<void> {
    await doc.saveFormDataXml(formDataToXml(data));
  }

  return {
    /** The document's model and the located form, once the document is known to be this form (the roster reads both). */
    readForm: open,

    /** The located form (the CLI's locate). */
    async locate(): Promise<LocateResult> {
      return (await open()).located;
    },

    /** The answers in the document, with notes on what could not be read cleanly. */
    async extract(): Promise<ReadResult> {
      const { model, located } = await open();
      return { ...extractFormData(model, located), located };
    },

    /** 从文档读取, as the pane shows it: notes as sentences. */
    async readDocument(): Promise<{ data: FormData; notes: string[] }> {
      const { model, located } = await open();
      const { data, notes } = extractFormData(model, located);
      return { data, notes: notes.map((n) => `${n.field}：${n.message}`) };
    },

    /** 填入文档. Conflicts (cells holding other text) are left alone unless `overwrite` names them. */
    async fill(data: FormData, req: FillRequest = {}): Promise<FillReport> {
      // The fill plan (and what explains a fill Word stopped) is fetched by the task pane at its first
      // fill, before anything is written: a failed fetch changes nothing.
      const [{ fillForm }] = await Promise.all([import(/* webpackChunkName: "fill" */ "../fill/fill"), import(/* webpackChunkName: "fill" */ "./partialFill")]);
      const keep = req.keep ?? true;
      const snapshot = keep ? await doc.snapshot() : null;
      const form = await open();
      const tracking = doc.revisions?.().tracking ?? false;
      if (tracking && !req.tracking) {
        throw new SilkformError(
          "trackChangesOn",
          "文档开启了“修订”（Track Changes）。请选择：把填写的内容记为修订（可在“审阅”中逐条接受或拒绝），或填写时暂时关闭修订、填写后自动重新开启。",
        );
      }
      const resume = tracking && req.tracking === "pause" && doc.pauseTracking ? await doc.pauseTracking() : null;
      let report: FillReport;
      try {
        report = await fillForm(doc, form, data, { overwrite: req.overwrite, replaceIfUnchanged: req.replaceIfUnchanged, only: req.only });
      } catch (e) {
        throw snapshot ? await afterFailedFill(e, form, data, snapshot) : e;
      } finally {
        // Back on even when the fill failed: the user's setting never stays changed.
        await resume?.();
      }
      if (keep) {
        if (report.changed.length > 0 || report.rowsAdded > 0) undo = { snapshot: snapshot!, after: fingerprint(await doc.read()) };
        await saveData(data);
      }
      return report;
    },

    /** 撤销上次填写: false when there is nothing to undo. */
    async undoFill(): Promise<boolean> {
      if (!undo) return false;
      if (fingerprint(await doc.read()) !== undo.after) {
        undo = null;
        throw new SilkformError(
          "undoUnavailable",
          "上次填写之后文档已被修改，无法撤销（以免丢失修改的内容）。如需撤销，请使用 Word 自身的“撤销”（Ctrl+Z）。",
        );
      }
      // Marks made since the fill are cleared with it; the snapshot has none of them. The saved
      // data mirrors the pane's form, which undo does not change: it is put back if the restore took it.
      const saved = await doc.loadFormDataXml();
      await doc.clearMarks();
      await doc.restore(undo.snapshot);
      undo = null;
      if (saved !== null && (await doc.loadFormDataXml()) !== saved) await doc.saveFormDataXml(saved);
      return true;
    },

    /** 检查: findings in the form's order, marked in place unless `mark: false`. */
    check,

    /** Mark findings (already checked) in place; earlier marks are replaced. */
    async mark(findings: Finding[]): Promise<MarksOutcome> {
      return (lastMarks = await doc.applyMarks(marksFromFindings(findings)));
    },

    /** What the last marking could do (comments refused by Word: highlights only), null before any. */
    marksOutcome: (): MarksOutcome | null => lastMarks,

    /** 清除标记. */
    clearMarks: () => doc.clearMarks(),

    /** Select a finding's place in the document. */
    async jumpTo(finding: Finding): Promise<void> {
      if (finding.location) await doc.select(finding.location);
    },

    /** 新建空白申报书: only into a document without text unless the user confirmed. */
    async newBlankForm(opts: { confirmReplace: boolean }): Promise<void> {
      if (!options.blankForm) throw new SilkformError("blankFormUnavailable", "此处无法新建空白申报书。");
      if (!opts.confirmReplace && hasText(await doc.read())) {
        throw new SilkformError(
          "documentNotEmpty",
          "当前文档已有内容，确认后才会替换为空白申报书（会替换全部正文）。也可以新建一个空白 Word 文档再试。",
        );
      }
      await doc.replaceWithDocx(await options.blankForm());
      undo = null;
    },

    /** 字 limits stated by this copy's own instructions, by field id (the pane's counters use them). */
    async documentLimits(): Promise<Record<string, number>> {
      return documentLimits(locateForm(await doc.read()));
    },

    /** Form data saved inside the document (null when there is none or it is unreadable). */
    async loadSaved(): Promise<FormData | null> {
      const xml = await doc.loadFormDataXml();
      return xml === null ? null : formDataFromXml(xml);
    },

    saveData,
  };
}
