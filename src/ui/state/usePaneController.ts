/**
 * The pane's controller: every piece of state the pane keeps and every action
 * a user can take, driving the one controller (src/controller) through the
 * host's PaneActions. The view (App and its components) only renders this and
 * hands its callbacks down as props.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { findingId, type Finding } from "../../check/finding";
import type { TrackingChoice } from "../../document/adapter";
import { errorId } from "../../errors";
import type { Conflict } from "../../fill/ops";
import { splitCountryList } from "../../data/countries";
import type { SectionId } from "../../form/fields";
import { fieldDef, getPath, pathSection } from "../../form/paths";
import { parseFormData, type FormData } from "../../form/schema";
import type { FillResult, PaneActions } from "../actions";
import type { ActionId } from "../components/ActionBar";
import type { SectionCounts } from "../components/FormSections";
import { S } from "../strings";
import { errorText } from "./errorText";
import { formReducer } from "./formStore";
import { answerAt, ignoreEntry, useFindingsList, withoutIgnored, type IgnoredFinding } from "./findingsList";
import { downloadJson, exportName, jsonText, readFileText } from "./jsonFile";
import { fillNotice, type Notice } from "./notice";
import { PANE_SECTIONS, allItems, isFilled } from "./paneModel";
import { usePaneForm } from "./usePaneForm";
import { pathLabel } from "../../form/labels";

export interface PaneControllerOptions {
  initialOpen: SectionId[];
  /** The pane can download files (false in Word for Mac: 导出 JSON then shows the text to copy). */
  canDownload: boolean;
}

/** What the last action said, for screen readers: `n` makes a fresh node each time, so the same text is read again. */
export interface Announcement {
  text: string;
  n: number;
}

const countFilled = (data: FormData) => PANE_SECTIONS.flatMap(allItems).filter((i) => isFilled(getPath(data, i.path))).length;

const ACTION_NAMES: Record<ActionId, string> = {
  read: S.readDocument,
  fill: S.fill,
  check: S.check,
  clearMarks: S.clearMarks,
  exportJson: S.exportJson,
  importJson: S.importJson,
  newBlank: S.newBlankForm,
  undo: S.undoFill,
  ignore: S.ignore,
  fix: S.fixReplace,
};

export function usePaneController(actions: PaneActions, { initialOpen, canDownload }: PaneControllerOptions) {
  const form = usePaneForm(actions);
  const [busy, setBusy] = useState<ActionId | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const list = useFindingsList(form.data);
  const findings = list.findings;
  const [announcement, setAnnouncement] = useState<Announcement>({ text: "", n: 0 });
  const announce = useCallback((text: string) => setAnnouncement((a) => ({ text, n: a.n + 1 })), []);
  /** Bumped after each check: the view moves focus to the findings heading. */
  const [focusFindings, setFocusFindings] = useState(0);
  const [final, setFinal] = useState(false);
  const [openItems, setOpenItems] = useState<SectionId[]>(initialOpen);
  const [conflicts, setConflicts] = useState<Conflict[] | null>(null);
  const [blankConfirm, setBlankConfirm] = useState<string | null>(null);
  /** Word records changes as revisions: the fill waits for the user's choice (fill as revisions, or pause tracking). */
  const [trackingAsk, setTrackingAsk] = useState(false);
  /** The choice, for the rest of this fill (its second round after conflicts too). */
  const tracking = useRef<TrackingChoice | undefined>(undefined);
  const [exportText, setExportText] = useState<{ fileName: string; json: string } | null>(null);
  /** The input a selected finding is about: the view focuses it once its section has opened. */
  const [focusTarget, setFocusTarget] = useState<{ path: string; n: number } | null>(null);
  /** Findings (findingId) a one-click fix has put right since the last check. */
  const [fixed, setFixed] = useState<ReadonlySet<string>>(new Set());
  const firstFill = useRef<FillResult | null>(null);
  // Actions read the latest form without being re-created on every keystroke.
  const dataRef = useRef(form.data);
  dataRef.current = form.data;

  const run = useCallback(
    async (id: ActionId, work: () => Promise<Notice | null>) => {
      setBusy(id);
      try {
        const result = await work();
        if (result) {
          setNotice(result);
          announce(result.text + (result.items ? result.items.join("；") : ""));
        }
      } catch (error) {
        const text = errorText(error, ACTION_NAMES[id]);
        setNotice({ intent: "error", text });
        announce(text);
      } finally {
        setBusy(null);
      }
    },
    [announce],
  );

  const fill = () =>
    run("fill", async () => {
      let result: FillResult;
      try {
        result = await actions.fill(dataRef.current, { overwrite: false, tracking: tracking.current });
      } catch (error) {
        if (errorId(error) !== "trackChangesOn") throw error;
        setTrackingAsk(true);
        return null;
      }
      if (result.changed.length > 0 || result.rowsAdded > 0) list.markStale("documentChanged");
      if (result.conflicts.length > 0) {
        firstFill.current = result;
        setConflicts(result.conflicts);
        return null;
      }
      return fillNotice([result], 0);
    });

  /** What waits for the answer to 文档开启了修订: 填入文档, or a one-click fix. */
  const afterTrackingChoice = useRef<() => void>(() => void fill());

  /** The answer to 文档开启了修订: fill with it, or (null) do not fill. */
  const chooseTracking = (choice: TrackingChoice | null) => {
    setTrackingAsk(false);
    if (!choice) return;
    tracking.current = choice;
    afterTrackingChoice.current();
  };

  const onAction = (id: ActionId) => {
    switch (id) {
      case "read":
        return run(id, async () => {
          const before = dataRef.current;
          const { data, notes } = await actions.readDocument();
          form.replace(data);
          return {
            intent: "success",
            text: S.readDone(countFilled(data)) + (notes.length ? S.readNotes : ""),
            items: notes.length ? notes : undefined,
            restore: before,
          };
        });
      case "fill":
        tracking.current = undefined;
        afterTrackingChoice.current = () => void fill();
        return fill();
      case "check":
        return run(id, async () => {
          // Marked separately so that warnings the user ignored get no mark in the document.
          const all = await actions.check({ final, mark: false });
          const shown = withoutIgnored(all, dataRef.current.ignoredFindings);
          await actions.mark(shown);
          list.checked(all, dataRef.current);
          setFixed(new Set());
          setFocusFindings((n) => n + 1);
          const errors = shown.filter((f) => f.severity === "error").length;
          const ignored = all.length - shown.length;
          const done = S.checkDone(errors, shown.length - errors) + (ignored > 0 ? `（另有${S.ignoredCount(ignored)}）` : "");
          if (shown.length > 0 && actions.marksOutcome()?.unmarked) return { intent: "warning", text: `${done}${S.findingsUnmarked}` };
          if (shown.length > 0 && actions.marksOutcome()?.commentsRefused) return { intent: "warning", text: `${done}${S.commentsRefused}` };
          return { intent: errors > 0 ? "warning" : shown.length > 0 ? "info" : "success", text: done };
        });
      case "clearMarks":
        return run(id, async () => {
          await actions.clearMarks();
          list.markStale("marksCleared");
          return { intent: "success", text: S.marksCleared };
        });
      case "undo":
        return run(id, async () => {
          if (!(await actions.undoFill())) return { intent: "info", text: S.undoNothing };
          list.markStale("documentChanged");
          return { intent: "success", text: S.undoDone };
        });
      case "exportJson":
        return run(id, async () => {
          const name = exportName(dataRef.current);
          if (!canDownload) {
            setExportText({ fileName: name, json: jsonText(dataRef.current) });
            return { intent: "info", text: S.exportTextShown(name) };
          }
          downloadJson(dataRef.current, name);
          return { intent: "success", text: S.exportDone(name) };
        });
      case "importJson":
        // The view opens the file picker (it must, within the click); importFile takes it from there.
        return;
      case "newBlank":
        return run(id, async () => {
          try {
            await actions.newBlankForm({ confirmReplace: false });
          } catch (error) {
            // The host refuses to overwrite a document with content: ask, with its own reason.
            if (errorId(error) !== "documentNotEmpty") throw error;
            setBlankConfirm(errorText(error, S.newBlankForm));
            return null;
          }
          list.markStale("documentChanged");
          return { intent: "success", text: S.newBlankDone };
        });
    }
  };

  const importFile = (file: File | undefined) => {
    if (!file) return;
    void run("importJson", async () => {
      let text: string;
      try {
        text = await readFileText(file);
      } catch {
        return { intent: "error", text: S.importUnreadable(file.name) };
      }
      let json: unknown;
      try {
        json = JSON.parse(text.replace(/^\uFEFF/, ""));
      } catch {
        return { intent: "error", text: S.importInvalidJson(file.name) };
      }
      const parsed = parseFormData(json);
      if (!parsed.data) {
        return { intent: "error", text: S.importProblems(file.name, parsed.problems.length), items: parsed.problems.map((p) => p.message) };
      }
      const before = dataRef.current;
      form.replace(parsed.data);
      return { intent: "success", text: S.importDone(file.name), restore: before };
    });
  };

  /**
   * A one-click fix: the answer set in the form and written through the same fill as
   * 填入文档 (undoable; over other text only while the document still holds what the check
   * read — else it is a conflict, asked about like any other). `choice` is the option picked.
   */
  const applyFix = (finding: Finding, choice?: string) => {
    tracking.current = undefined;
    writeFix(finding, choice, dataRef.current);
  };

  /** `before`: the form as it was when the user asked for the fix (撤销 puts its answer back). */
  const writeFix = (finding: Finding, choice: string | undefined, before: FormData) => {
    const fix = finding.fix;
    const to = fix?.kind === "replace" ? fix.to : choice;
    if (!fix || to === undefined) return;
    const field = finding.field;
    // A list answer is held as its items, as extract and the schema read the text.
    const value = fieldDef(field)?.type === "list" ? splitCountryList(to) : to;
    const data = formReducer(dataRef.current, { type: "set", path: field, value });
    form.dispatch({ type: "set", path: field, value });
    const id = findingId(finding);
    void run("fix", async () => {
      let result: FillResult;
      try {
        // Only this answer: other edits in the pane wait for 填入文档, as the user expects of a fix.
        result = await actions.fill(data, { overwrite: false, tracking: tracking.current, replaceIfUnchanged: { [field]: fix.from }, only: [field] });
      } catch (error) {
        if (errorId(error) !== "trackChangesOn") throw error;
        afterTrackingChoice.current = () => writeFix(finding, choice, before);
        setTrackingAsk(true);
        return null;
      }
      if (result.changed.length > 0 || result.rowsAdded > 0) list.markStale("documentChanged");
      const done = result.changed.includes(field);
      if (done) setFixed((prev) => new Set(prev).add(id));
      if (result.conflicts.length > 0) {
        firstFill.current = result;
        setConflicts(result.conflicts);
        return null;
      }
      const filled = fillNotice([result], 0);
      if (!done) return filled;
      return { ...filled, text: S.fixDone(pathLabel(field)) + (filled.items ? S.fillUnfillable : ""), undo: { label: S.undo, run: () => undoFix(id, field, before) } };
    });
  };

  /** 撤销 right after a fix: the document back as before the fill, and the form's answer too. */
  const undoFix = (id: string, field: string, before: FormData) => {
    void run("undo", async () => {
      if (!(await actions.undoFill())) return { intent: "info", text: S.undoNothing };
      form.dispatch({ type: "set", path: field, value: answerAt(before, field) });
      setFixed((prev) => {
        const next = new Set(prev);
        next.delete(id);
        return next;
      });
      list.markStale("documentChanged");
      return { intent: "success", text: S.undoDone };
    });
  };

  const resolveConflicts = (overwrite: string[] | null) => {
    const first = firstFill.current!;
    const count = conflicts?.length ?? 0;
    setConflicts(null);
    firstFill.current = null;
    if (!overwrite || overwrite.length === 0) {
      setNotice(fillNotice([first], count));
      return;
    }
    void run("fill", async () => {
      const second = await actions.fill(dataRef.current, { overwrite, tracking: tracking.current });
      if (second.changed.length > 0) list.markStale("documentChanged");
      return fillNotice([first, second], second.conflicts.length);
    });
  };

  const confirmBlank = () => {
    setBlankConfirm(null);
    void run("newBlank", async () => {
      await actions.newBlankForm({ confirmReplace: true });
      list.markStale("documentChanged");
      return { intent: "success", text: S.newBlankDone };
    });
  };

  /** Set the ignored warnings (kept in the form data, so autosave puts them in the document) and re-mark to match. */
  const setIgnored = (next: IgnoredFinding[], done: Notice) => {
    form.dispatch({ type: "set", path: "ignoredFindings", value: next });
    const all = list.all;
    if (!all || list.stale) {
      setNotice(done);
      announce(done.text);
      return;
    }
    void run("ignore", async () => {
      await actions.mark(withoutIgnored(all, next));
      return done;
    });
  };

  const ignore = (finding: Finding) => {
    const before = dataRef.current.ignoredFindings ?? [];
    setIgnored([...before, ignoreEntry(finding)], {
      intent: "info",
      text: S.ignoredOne,
      undo: { label: S.undo, run: () => setIgnored(before, { intent: "info", text: S.unignored }) },
    });
  };

  const unignoreAll = () => setIgnored([], { intent: "info", text: S.unignored });

  const jump = (finding: Finding) => actions.jumpTo(finding).catch((error: unknown) => setNotice({ intent: "error", text: errorText(error, S.check) }));

  const selectFinding = (index: number) => {
    const finding = findings![index];
    list.select(index);
    const section = pathSection(finding.field);
    if (section) setOpenItems((open) => (open.includes(section) ? open : [...open, section]));
    setFocusTarget((prev) => ({ path: finding.field, n: (prev?.n ?? 0) + 1 }));
    void jump(finding);
  };

  // 上一个/下一个 move through the document like Word's Editor: focus stays where the user is.
  const step = (delta: 1 | -1) => {
    const finding = list.step(delta);
    if (!finding || !findings) return;
    const index = findings.indexOf(finding);
    announce(S.findingAnnounce(index + 1, findings.length, finding.message));
    void jump(finding);
  };

  const restore = (data: FormData) => {
    form.replace(data);
    setNotice({ intent: "info", text: S.restored });
  };

  // What the initial load has to say goes into the same dismissable message as every action's result.
  const initial = form.initial;
  useEffect(() => {
    if (initial.state === "failed") setNotice({ intent: "error", text: S.loadFailed + errorText(initial.error, S.readDocument) });
    else if (initial.state === "done" && initial.notes.length > 0) setNotice({ intent: "info", text: S.readNotes, items: initial.notes });
  }, [initial]);

  const findingsByField = useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const f of findings ?? []) map.set(f.field, [...(map.get(f.field) ?? []), f]);
    return map;
  }, [findings]);

  const counts = useMemo(() => {
    if (!findings) return undefined;
    const map = new Map<SectionId, SectionCounts>();
    for (const f of findings) {
      const section = pathSection(f.field) ?? "basic";
      const c = map.get(section) ?? { errors: 0, warnings: 0 };
      if (f.severity === "error") c.errors++;
      else c.warnings++;
      map.set(section, c);
    }
    return map;
  }, [findings]);

  return {
    form,
    list,
    busy,
    /** What the running action is, in words (“正在检查，请稍候…”). */
    busyLabel: busy ? S.busyDoing(ACTION_NAMES[busy]) : null,
    notice,
    dismissNotice: () => setNotice(null),
    restore,
    announcement,
    focusFindings,
    focusTarget,
    final,
    setFinal,
    openItems,
    setOpenItems,
    conflicts,
    resolveConflicts,
    blankConfirm,
    confirmBlank,
    trackingAsk,
    chooseTracking,
    cancelBlank: () => setBlankConfirm(null),
    exportText,
    closeExportText: () => setExportText(null),
    onAction,
    importFile,
    ignore,
    unignoreAll,
    applyFix,
    fixed,
    selectFinding,
    step,
    findingsByField,
    counts,
  };
}

export type PaneController = ReturnType<typeof usePaneController>;
