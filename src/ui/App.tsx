/**
 * The task pane: a structured sidebar that fills and checks the open form.
 * Everything host-specific comes in through `actions` (PaneActions), so the
 * same pane runs in Word, in the playground and in tests.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Finding } from "../check/finding";
import { errorId } from "../errors";
import type { Conflict } from "../fill/ops";
import type { SectionId } from "../form/fields";
import { getPath } from "../form/paths";
import { parseFormData, type FormData } from "../form/schema";
import type { FillResult, PaneActions } from "./actions";
import { ActionBar, type ActionId } from "./components/ActionBar";
import { ConflictDialog } from "./components/ConflictDialog";
import { ExportTextDialog } from "./components/ExportTextDialog";
import { FindingsPanel } from "./components/FindingsPanel";
import { FormSections, type SectionCounts } from "./components/FormSections";
import { PaneContext, type PaneContextValue } from "./components/PaneContext";
import { useVisuallyHidden } from "./components/styles";
import { errorText } from "./state/errorText";
import { PANE_SECTIONS, allItems, describeField, isFilled, sectionOf } from "./state/paneModel";
import { ignoreEntry, useFindingsList, withoutIgnored, type IgnoredFinding } from "./state/findingsList";
import { usePaneForm } from "./state/usePaneForm";
import { S } from "./strings";

export interface AppProps {
  actions: PaneActions;
  /** 字 limits read from the document's own instructions, by field id; FIELDS' defaults otherwise. */
  limits?: Readonly<Record<string, number>>;
  /** Sections open at start (default: 封面). */
  initialOpen?: SectionId[];
  /** The pane can download files (false in Word for Mac: 导出 JSON then shows the text to copy). */
  canDownload?: boolean;
}

export function App(props: AppProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <Pane {...props} />
    </FluentProvider>
  );
}

const useStyles = makeStyles({
  root: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "760px",
    minWidth: 0,
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  header: { marginBottom: tokens.spacingVerticalM },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0, lineHeight: tokens.lineHeightBase500 },
  subtitle: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  notice: { marginBottom: tokens.spacingVerticalM },
  noticeBody: { whiteSpace: "normal", wordBreak: "break-word" },
  noticeList: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: "1.2em" },
  // Empty most of the time: takes no room until there is something to say.
  save: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginBottom: tokens.spacingVerticalXS },
  loading: { margin: `${tokens.spacingVerticalL} 0` },
  hiddenInput: { display: "none" },
});

type Intent = "success" | "info" | "warning" | "error";

interface Notice {
  intent: Intent;
  text: string;
  items?: string[];
  /** The form before a replace (读取, 导入), offered back with one click. */
  restore?: FormData;
  /** One button that takes back what was just done (忽略 → 撤销). */
  undo?: { label: string; run: () => void };
}

const EMPTY_LIMITS: Readonly<Record<string, number>> = {};

const countFilled = (data: FormData) => PANE_SECTIONS.flatMap(allItems).filter((i) => isFilled(getPath(data, i.path))).length;

/** What one fill (or a fill and its follow-up) did, in a sentence and a list. */
function fillNotice(results: FillResult[], kept: number): Notice {
  const changed = new Set(results.flatMap((r) => r.changed));
  const rows = results.reduce((n, r) => n + r.rowsAdded, 0);
  const unfillable = new Map(results.flatMap((r) => r.unfillable).map((u) => [u.field, u]));
  const parts = [changed.size > 0 || kept > 0 ? S.fillDone(changed.size) : S.fillNothing];
  if (rows > 0) parts.push(S.fillRowsAdded(rows));
  if (kept > 0) parts.push(S.fillKept(kept));
  const items = [...unfillable.values()].map((u) => `${describeField(u.field)}：${u.value !== undefined ? `“${u.value}”——` : ""}${u.reason}`);
  if (items.length > 0) parts.push(S.fillUnfillable);
  return { intent: items.length > 0 ? "warning" : "success", text: parts.join(""), items: items.length ? items : undefined };
}

function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsText(file, "utf-8");
  });
}

const jsonText = (data: FormData) => `${JSON.stringify(data, null, 2)}\n`;

function downloadJson(data: FormData, fileName: string) {
  const blob = new Blob([jsonText(data)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked on the next tick: some browsers start the download only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const exportName = (data: FormData) => {
  const base = (data.basic?.labName || data.cover?.labName || S.exportDefaultName).replace(/[\\/:*?"<>|\r\n]+/g, "").trim();
  return `${base.slice(0, 60) || S.exportDefaultName}.json`;
};

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
};

/** The focusable element for a path: the input itself, else the first input of a list, else a parent's. */
function findTarget(root: HTMLElement, path: string): HTMLElement | null {
  const all = Array.from(root.querySelectorAll<HTMLElement>("[data-field]"));
  const byPath = (p: string) => all.find((el) => el.dataset.field === p);
  const exact = byPath(path);
  if (exact) return exact;
  const child = all.find((el) => el.dataset.field!.startsWith(`${path}.`) || el.dataset.field!.startsWith(`${path}[`));
  if (child) return child;
  for (let p = path; ;) {
    const shorter = p.replace(/(\.\w+|\[\d+\])$/, "");
    if (shorter === p) return null;
    p = shorter;
    const el = byPath(p);
    if (el) return el;
  }
}

function focusInside(el: HTMLElement) {
  const focusable = el.matches("input, textarea, button, select, [tabindex]")
    ? el
    : el.querySelector<HTMLElement>("input:checked, input:not([disabled]), textarea, button:not([disabled])");
  (focusable ?? el).focus({ preventScroll: true });
  el.scrollIntoView?.({ block: "center" });
  // Once the section has finished expanding the input may have moved: scroll again.
  setTimeout(() => el.isConnected && el.scrollIntoView?.({ block: "center" }), 350);
}

function Pane({ actions, limits = EMPTY_LIMITS, initialOpen = ["cover"], canDownload = true }: AppProps) {
  const s = useStyles();
  const form = usePaneForm(actions);
  const [busy, setBusy] = useState<ActionId | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const list = useFindingsList(form.data);
  const findings = list.findings;
  const vh = useVisuallyHidden();
  // What the last action did, for screen readers: a fresh node each time, so the same text is read again.
  const [announcement, setAnnouncement] = useState<{ text: string; n: number }>({ text: "", n: 0 });
  const announce = useCallback((text: string) => setAnnouncement((a) => ({ text, n: a.n + 1 })), []);
  const findingsHeading = useRef<HTMLHeadingElement>(null);
  const [focusFindings, setFocusFindings] = useState(0);
  const [final, setFinal] = useState(false);
  const [openItems, setOpenItems] = useState<SectionId[]>(initialOpen);
  const [conflicts, setConflicts] = useState<Conflict[] | null>(null);
  const [blankConfirm, setBlankConfirm] = useState<string | null>(null);
  const [exportText, setExportText] = useState<{ fileName: string; json: string } | null>(null);
  const [focusTarget, setFocusTarget] = useState<{ path: string; n: number } | null>(null);
  const firstFill = useRef<FillResult | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLElement>(null);
  // Actions read the latest form without being re-created on every keystroke.
  const dataRef = useRef(form.data);
  dataRef.current = form.data;

  const run = useCallback(async (id: ActionId, work: () => Promise<Notice | null>) => {
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
  }, [announce]);

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
        return run(id, async () => {
          const result = await actions.fill(dataRef.current, { overwrite: false });
          if (result.changed.length > 0 || result.rowsAdded > 0) list.markStale("documentChanged");
          if (result.conflicts.length > 0) {
            firstFill.current = result;
            setConflicts(result.conflicts);
            return null;
          }
          return fillNotice([result], 0);
        });
      case "check":
        return run(id, async () => {
          // Marked separately so that warnings the user ignored get no mark in the document.
          const all = await actions.check({ final, mark: false });
          const shown = withoutIgnored(all, dataRef.current.ignoredFindings);
          await actions.mark(shown);
          list.checked(all, dataRef.current);
          setFocusFindings((n) => n + 1);
          const errors = shown.filter((f) => f.severity === "error").length;
          const ignored = all.length - shown.length;
          const done = S.checkDone(errors, shown.length - errors) + (ignored > 0 ? `（另有${S.ignoredCount(ignored)}）` : "");
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
        fileInput.current?.click();
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

  const onImportFile = (file: File | undefined) => {
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

  const onConflictsResolved = (overwrite: string[] | null) => {
    const first = firstFill.current!;
    const count = conflicts?.length ?? 0;
    setConflicts(null);
    firstFill.current = null;
    if (!overwrite || overwrite.length === 0) {
      setNotice(fillNotice([first], count));
      return;
    }
    void run("fill", async () => {
      const second = await actions.fill(dataRef.current, { overwrite });
      if (second.changed.length > 0) list.markStale("documentChanged");
      return fillNotice([first, second], second.conflicts.length);
    });
  };

  const onBlankConfirmed = () => {
    setBlankConfirm(null);
    void run("newBlank", async () => {
      await actions.newBlankForm({ confirmReplace: true });
      list.markStale("documentChanged");
      return { intent: "success", text: S.newBlankDone };
    });
  };

  /** Set the ignored warnings (kept in the form data, so autosave puts them in the document) and re-mark to match. */
  const setIgnored = (next: IgnoredFinding[], notice: Notice) => {
    form.dispatch({ type: "set", path: "ignoredFindings", value: next });
    const all = list.all;
    if (!all || list.stale) {
      setNotice(notice);
      announce(notice.text);
      return;
    }
    void run("ignore", async () => {
      await actions.mark(withoutIgnored(all, next));
      return notice;
    });
  };

  const onIgnore = (finding: Finding) => {
    const before = dataRef.current.ignoredFindings ?? [];
    setIgnored([...before, ignoreEntry(finding)], {
      intent: "info",
      text: S.ignoredOne,
      undo: { label: S.undo, run: () => setIgnored(before, { intent: "info", text: S.unignored }) },
    });
  };

  const onUnignoreAll = () => setIgnored([], { intent: "info", text: S.unignored });

  const jump = (finding: Finding) => actions.jumpTo(finding).catch((error: unknown) => setNotice({ intent: "error", text: errorText(error, S.check) }));

  const onSelectFinding = (index: number) => {
    const finding = findings![index];
    list.select(index);
    const section = sectionOf(finding.field);
    if (section) setOpenItems((open) => (open.includes(section) ? open : [...open, section]));
    setFocusTarget((prev) => ({ path: finding.field, n: (prev?.n ?? 0) + 1 }));
    void jump(finding);
  };

  // 上一个/下一个 move through the document like Word's Editor: focus stays where the user is.
  const onStep = (delta: 1 | -1) => {
    const finding = list.step(delta);
    if (!finding || !findings) return;
    const index = findings.indexOf(finding);
    announce(S.findingAnnounce(index + 1, findings.length, finding.message));
    void jump(finding);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || !findings?.length) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      onStep(e.key === "ArrowDown" ? 1 : -1);
    }
  };

  useEffect(() => {
    if (focusFindings > 0) findingsHeading.current?.focus();
  }, [focusFindings]);

  // The opened section mounts its inputs a few frames later (the panel's expand motion), so look until they are there.
  useEffect(() => {
    if (!focusTarget) return;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = () => {
      const el = root.current && findTarget(root.current, focusTarget.path);
      if (el) focusInside(el);
      else if (++tries < 40) timer = setTimeout(attempt, 25);
      else {
        // No input of its own (a signature, a seal): show its section at least.
        const section = sectionOf(focusTarget.path);
        root.current?.querySelector<HTMLElement>(`[data-section="${section}"] button`)?.focus();
      }
    };
    attempt();
    return () => clearTimeout(timer);
  }, [focusTarget]);

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
      const section = sectionOf(f.field) ?? "basic";
      const c = map.get(section) ?? { errors: 0, warnings: 0 };
      if (f.severity === "error") c.errors++;
      else c.warnings++;
      map.set(section, c);
    }
    return map;
  }, [findings]);

  const context = useMemo<PaneContextValue>(() => ({ dispatch: form.dispatch, findingsByField, limits }), [form.dispatch, findingsByField, limits]);

  return (
    <PaneContext.Provider value={context}>
      <main className={s.root} ref={root} aria-label={S.appTitle} onKeyDown={onKeyDown}>
        <header className={s.header}>
          <h1 className={s.title}>{S.appTitle}</h1>
          <Text className={s.subtitle}>{S.appSubtitle}</Text>
        </header>

        <ActionBar busy={busy} final={final} onFinalChange={setFinal} onAction={onAction} />
        <input
          ref={fileInput}
          className={s.hiddenInput}
          type="file"
          accept=".json,application/json"
          aria-label={S.importJsonInput}
          tabIndex={-1}
          onChange={(e) => {
            onImportFile(e.target.files?.[0]);
            // The same file can be chosen again after fixing it.
            e.target.value = "";
          }}
        />

        <Text className={s.save} role="status">
          {form.save.state === "saving" ? S.saving : form.save.state === "saved" ? S.saved : ""}
        </Text>

        {form.save.state === "failed" && (
          <MessageBar intent="warning" className={s.notice} aria-labelledby="sf-autosave-failed">
            <MessageBarBody className={s.noticeBody} id="sf-autosave-failed">{S.autosaveFailed + errorText(form.save.error, S.autosave)}</MessageBarBody>
          </MessageBar>
        )}

        {notice && (
          // Named by its own text: without a MessageBarTitle, Fluent points aria-labelledby at nothing.
          <MessageBar intent={notice.intent} className={s.notice} layout="multiline" data-testid="notice" aria-labelledby="sf-notice">
            <MessageBarBody className={s.noticeBody} id="sf-notice">
              {notice.text}
              {notice.items && (
                <ul className={s.noticeList}>
                  {notice.items.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" size="small" aria-label={S.dismiss} onClick={() => setNotice(null)}>
                  ×
                </Button>
              }
            >
              {notice.undo && (
                <Button size="small" onClick={notice.undo.run} data-testid="notice-undo">
                  {notice.undo.label}
                </Button>
              )}
              {notice.restore && (
                <Button
                  size="small"
                  onClick={() => {
                    form.replace(notice.restore!);
                    setNotice({ intent: "info", text: S.restored });
                  }}
                >
                  {S.restoreBefore}
                </Button>
              )}
            </MessageBarActions>
          </MessageBar>
        )}

        {/* Wrapping inside its 1 px box: a long sentence on one line would reach past a 320 px pane. */}
        <div className={vh.hidden} style={{ whiteSpace: "normal" }} role="status" aria-live="polite" data-testid="announcer">
          {announcement.text && <span key={announcement.n}>{announcement.text}</span>}
        </div>

        {findings && (
          <FindingsPanel
            findings={findings}
            current={list.current}
            stale={list.stale}
            edited={list.edited}
            onSelect={onSelectFinding}
            onStep={onStep}
            onRecheck={() => onAction("check")}
            onIgnore={onIgnore}
            ignoredCount={list.ignoredCount}
            onUnignoreAll={onUnignoreAll}
            busy={busy !== null}
            headingRef={findingsHeading}
          />
        )}

        {initial.state === "loading" ? (
          <Spinner className={s.loading} size="small" label={S.loading} />
        ) : (
          <FormSections data={form.data} openItems={openItems} onToggle={setOpenItems} counts={counts} />
        )}

        {conflicts && <ConflictDialog conflicts={conflicts} onResolve={onConflictsResolved} />}

        {exportText && <ExportTextDialog fileName={exportText.fileName} json={exportText.json} onClose={() => setExportText(null)} />}

        <Dialog open={blankConfirm !== null} modalType="alert" onOpenChange={(_, d) => !d.open && setBlankConfirm(null)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{S.newBlankConfirmTitle}</DialogTitle>
              <DialogContent>
                <p>{blankConfirm}</p>
                <p>{S.newBlankConfirmBody}</p>
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={onBlankConfirmed}>
                  {S.newBlankConfirm}
                </Button>
                <Button onClick={() => setBlankConfirm(null)}>{S.cancel}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      </main>
    </PaneContext.Provider>
  );
}
