/**
 * The task pane: a structured sidebar that fills and checks the open form.
 * Everything host-specific comes in through `actions` (PaneActions), so the
 * same pane runs in Word, in the playground and in tests. State and actions
 * live in usePaneController; this file and the components only render them.
 */
import { useEffect, useMemo, useRef, type KeyboardEvent } from "react";
import { FluentProvider, Spinner, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { SectionId } from "../form/fields";
import type { PaneActions } from "./actions";
import { ActionBar, type ActionId } from "./components/ActionBar";
import { BusyBar } from "./components/BusyBar";
import { useFocusField } from "./components/focusField";
import { FormSections } from "./components/FormSections";
import { preloadPaneParts } from "./components/lazyPart";
import { NoticeBar, WarningBar } from "./components/NoticeBar";
import { PaneContext, type PaneContextValue } from "./components/PaneContext";
import { BlankConfirmDialog, ConflictDialog, ExportTextDialog, FindingsPanel, TrackChangesDialog } from "./components/paneParts";
import { useVisuallyHidden } from "./components/styles";
import { errorText } from "./state/errorText";
import { usePaneController, type Announcement } from "./state/usePaneController";
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
  // Empty most of the time: takes no room until there is something to say.
  save: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginBottom: tokens.spacingVerticalXS },
  loading: { margin: `${tokens.spacingVerticalL} 0` },
  hiddenInput: { display: "none" },
});

/** True from the first time `on` is: a dialog's part is loaded and mounted when first opened, and then kept (it animates closed). */
function useEver(on: boolean): boolean {
  const ever = useRef(false);
  ever.current ||= on;
  return ever.current;
}

const EMPTY_LIMITS: Readonly<Record<string, number>> = {};

/** What the last action did, for screen readers. */
function Announcer({ announcement }: { announcement: Announcement }) {
  const vh = useVisuallyHidden();
  return (
    // Wrapping inside its 1 px box: a long sentence on one line would reach past a 320 px pane.
    <div className={vh.hidden} style={{ whiteSpace: "normal" }} role="status" aria-live="polite" data-testid="announcer">
      {announcement.text && <span key={announcement.n}>{announcement.text}</span>}
    </div>
  );
}

function Pane({ actions, limits = EMPTY_LIMITS, initialOpen = ["cover"], canDownload = true }: AppProps) {
  const s = useStyles();
  const pane = usePaneController(actions, { initialOpen, canDownload });
  const { form, list } = pane;
  const findings = list.findings;
  const findingsHeading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    if (pane.focusFindings > 0) findingsHeading.current?.focus();
  }, [pane.focusFindings]);
  useFocusField(root, pane.focusTarget);
  // Painted: now the parts that are not shown yet (findings, dialogs, pickers).
  useEffect(() => void preloadPaneParts(), []);
  const blankAsked = useEver(pane.blankConfirm !== null);
  const trackingAsked = useEver(pane.trackingAsk);

  // The file picker opens only from within the click itself.
  const onAction = (id: ActionId) => (id === "importJson" ? fileInput.current?.click() : pane.onAction(id));

  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || !findings?.length) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      pane.step(e.key === "ArrowDown" ? 1 : -1);
    }
  };

  const context = useMemo<PaneContextValue>(
    () => ({ dispatch: form.dispatch, findingsByField: pane.findingsByField, limits }),
    [form.dispatch, pane.findingsByField, limits],
  );

  return (
    <PaneContext.Provider value={context}>
      <main className={s.root} ref={root} aria-label={S.appTitle} onKeyDown={onKeyDown}>
        <header className={s.header}>
          <h1 className={s.title}>{S.appTitle}</h1>
          <Text className={s.subtitle}>{S.appSubtitle}</Text>
        </header>

        <ActionBar busy={pane.busy} final={pane.final} onFinalChange={pane.setFinal} onAction={onAction} />
        <BusyBar label={pane.busyLabel} />
        <input
          ref={fileInput}
          className={s.hiddenInput}
          type="file"
          accept=".json,application/json"
          aria-label={S.importJsonInput}
          tabIndex={-1}
          onChange={(e) => {
            pane.importFile(e.target.files?.[0]);
            // The same file can be chosen again after fixing it.
            e.target.value = "";
          }}
        />

        <Text className={s.save} role="status">
          {form.save.state === "saving" ? S.saving : form.save.state === "saved" ? S.saved : ""}
        </Text>

        {form.save.state === "failed" && <WarningBar id="sf-autosave-failed" text={S.autosaveFailed + errorText(form.save.error, S.autosave)} />}

        {pane.notice && <NoticeBar notice={pane.notice} onDismiss={pane.dismissNotice} onRestore={pane.restore} />}

        <Announcer announcement={pane.announcement} />

        {findings && (
          <FindingsPanel
            findings={findings}
            current={list.current}
            stale={list.stale}
            edited={list.edited}
            onSelect={pane.selectFinding}
            onStep={pane.step}
            onRecheck={() => pane.onAction("check")}
            onIgnore={pane.ignore}
            ignoredCount={list.ignoredCount}
            onUnignoreAll={pane.unignoreAll}
            onFix={pane.applyFix}
            fixed={pane.fixed}
            busy={pane.busy !== null}
            headingRef={findingsHeading}
          />
        )}

        {form.initial.state === "loading" ? (
          <Spinner className={s.loading} size="small" label={S.loading} />
        ) : (
          <FormSections data={form.data} openItems={pane.openItems} onToggle={pane.setOpenItems} counts={pane.counts} />
        )}

        {pane.conflicts && <ConflictDialog conflicts={pane.conflicts} onResolve={pane.resolveConflicts} />}

        {pane.exportText && <ExportTextDialog fileName={pane.exportText.fileName} json={pane.exportText.json} onClose={pane.closeExportText} />}

        {blankAsked && <BlankConfirmDialog reason={pane.blankConfirm} onConfirm={pane.confirmBlank} onCancel={pane.cancelBlank} />}
        {trackingAsked && <TrackChangesDialog open={pane.trackingAsk} onChoose={pane.chooseTracking} />}
      </main>
    </PaneContext.Provider>
  );
}
