import { useCallback, useEffect, useRef, useState, type DragEvent } from "react";
import { Button, FluentProvider, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { MARK_AUTHOR } from "../check/finding";
import { App } from "../ui/App";
import { useShownAfter } from "../ui/components/BusyBar";
import { errorText } from "../ui/state/errorText";
import type { LocalSave, PlaygroundDocument } from "./document";
import { renderPreview, scrollToParagraph } from "./preview";

const useStyles = makeStyles({
  // Clipped, not scrollable: scrolling the pane's input into view must never scroll the page itself.
  page: { display: "flex", flexDirection: "column", height: "100vh", overflow: "clip", position: "relative", backgroundColor: tokens.colorNeutralBackground3 },
  bar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  file: { color: tokens.colorNeutralForeground3, flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  saved: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  preview: {
    flexGrow: 1,
    overflow: "auto",
    minWidth: 0,
    position: "relative",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  pane: {
    width: "440px",
    flexShrink: 0,
    overflowY: "auto",
    // Visually hidden text (position: absolute) stays inside the pane's scroll area.
    position: "relative",
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Over the top of the preview while a new one is made, taking no room: the old one stays in place below it.
  updatingRow: { position: "sticky", top: tokens.spacingVerticalS, height: 0, zIndex: 5, display: "flex", justifyContent: "center", overflow: "visible" },
  updating: {
    height: "fit-content",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow8,
  },
  drop: {
    position: "absolute",
    inset: 0,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    fontSize: tokens.fontSizeBase500,
    backgroundColor: "rgba(255,255,255,0.85)",
    border: `3px dashed ${tokens.colorBrandStroke1}`,
    zIndex: 10,
  },
});

/** What the page found in the browser's storage at start (null: nothing kept, the blank form). */
export type Restored = { savedAt: number; undownloaded: boolean } | { unreadable: string } | null;

const time = (ms: number) => new Date(ms).toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit" });

/** The top bar's word on where the work is kept: true of the browser's storage, never more. */
function localSaveText(save: LocalSave, undownloaded: boolean): string {
  switch (save.state) {
    case "none":
      return "";
    case "saving":
      return "正在保存到本机浏览器…";
    case "failed":
      return `未能保存到本机浏览器（${errorText(save.error, "保存")}），关闭或刷新页面前请先下载 .docx`;
    case "saved":
      return undownloaded ? `已保存在本机浏览器中（${time(save.at)}），尚未下载` : `已保存在本机浏览器中（${time(save.at)}）`;
  }
}

/**
 * The playground page: the document as it prints on the left, the very same
 * task pane on the right, and what a browser adds — opening a file (button
 * or drop) and downloading the result. Nothing leaves the browser.
 */
export function Shell({ doc, restored = null }: { doc: PlaygroundDocument; restored?: Restored }) {
  const s = useStyles();
  const previewRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [version, setVersion] = useState(0);
  const [fileName, setFileName] = useState(doc.fileName);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [paneKey, setPaneKey] = useState(0);
  const [limits, setLimits] = useState<Record<string, number>>({});
  // Whether the document carries the check's marks, as the preview shows them (comments by MARK_AUTHOR).
  const [marked, setMarked] = useState(false);

  useEffect(() => {
    void doc.actions.documentLimits().then(setLimits, () => setLimits({}));
  }, [doc, paneKey]);

  // Renders run one after another and only for the newest version, and a jump waits for the
  // render in flight: otherwise a finding clicked right after 检查 would scroll a preview that
  // is about to be replaced.
  const rendering = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef(0);
  // Renders queued or running: the preview says it is being updated once that takes a while.
  const [pendingRenders, setPendingRenders] = useState(0);
  const updating = useShownAfter(pendingRenders > 0);

  useEffect(() => doc.subscribe(() => setVersion((v) => v + 1)), [doc]);
  const [, setSaveShown] = useState(0);
  useEffect(() => doc.subscribeLocalSave(() => setSaveShown((n) => n + 1)), [doc]);
  // Changes not yet downloaded would be lost with the page if the browser's storage failed or is
  // cleared: the browser asks before closing or reloading, as a desktop editor would.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!doc.undownloaded) return;
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [doc]);
  useEffect(() => {
    doc.onJump = (p) => {
      void rendering.current.then(() => {
        if (previewRef.current) scrollToParagraph(previewRef.current, p);
      });
    };
  }, [doc]);
  useEffect(() => {
    latest.current = version;
    setPendingRenders((n) => n + 1);
    rendering.current = rendering.current
      .then(async () => {
        if (version !== latest.current || !previewRef.current) return;
        await renderPreview(await doc.previewBytes(), previewRef.current);
        previewRef.current.dataset.version = String(version);
        setMarked([...previewRef.current.querySelectorAll(".docx-comment-author")].some((a) => a.textContent === MARK_AUTHOR));
      })
      .catch((e: unknown) => setError(errorText(e, "显示预览")))
      .finally(() => setPendingRenders((n) => n - 1));
  }, [doc, version]);

  const open = useCallback(
    async (file: File) => {
      setError(null);
      if (!/\.docx$/i.test(file.name)) {
        setError(`“${file.name}”不是 .docx 文件。请在 Word 或 WPS 中另存为 .docx 后再打开。`);
        return;
      }
      try {
        await doc.replaceWith(new Uint8Array(await file.arrayBuffer()), file.name);
        setFileName(file.name);
        setPaneKey((k) => k + 1);
      } catch (e) {
        setError(`${errorText(e, "打开文件")}（当前文档未受影响）`);
      }
    },
    [doc],
  );

  const download = useCallback(async (withoutMarks: boolean) => {
    // Without marks, a copy is cleared: the marks stay in the page's document for the user to keep working with.
    const bytes = withoutMarks ? await doc.bytesWithoutMarks() : await doc.bytes();
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = fileName.replace(/(\.docx)?$/i, ".docx");
    document.body.appendChild(a);
    a.click();
    a.remove();
    doc.downloaded();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }, [doc, fileName]);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void open(file);
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={s.page} onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
        <header className={s.bar}>
          <Text className={s.title}>丝路申报助手 · 本地试用</Text>
          <Text className={s.file} data-testid="file-name">{fileName}</Text>
          <Text className={s.saved} data-testid="local-save" aria-live="polite">{localSaveText(doc.localSave, doc.undownloaded)}</Text>
          <Button onClick={() => inputRef.current?.click()}>打开 .docx…</Button>
          <Button appearance={marked ? "secondary" : "primary"} onClick={() => void download(false)} data-testid="download">
            {marked ? "下载（含检查标记）" : "下载 .docx"}
          </Button>
          {marked && (
            <Button appearance="primary" onClick={() => void download(true)} data-testid="download-clean">
              下载（清除标记后）
            </Button>
          )}
          <input
            ref={inputRef}
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-label="打开 .docx 文件"
            style={{ display: "none" }}
            data-testid="file-input"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void open(f);
              e.target.value = "";
            }}
          />
        </header>
        {restored && (
          <MessageBar intent={"unreadable" in restored ? "warning" : "info"} data-testid="restored">
            <MessageBarBody>
              {"unreadable" in restored
                ? `上次保存在本机浏览器中的“${restored.unreadable}”已无法读取，现在打开的是空白申报书。`
                : `已恢复上次的工作（${time(restored.savedAt)} 保存在本机浏览器中）${restored.undownloaded ? "，其中的修改尚未下载" : ""}。`}
            </MessageBarBody>
          </MessageBar>
        )}
        {error && (
          <MessageBar intent="error" role="alert" aria-labelledby="sf-open-error">
            <MessageBarBody id="sf-open-error">{error}</MessageBarBody>
          </MessageBar>
        )}
        <div className={s.main}>
          {/* Focusable so a keyboard user can scroll the document; a region so it is found by name. */}
          <div className={s.preview} role="region" aria-label="文档预览" tabIndex={0} data-testid="preview-scroller">
            {dragging && <div className={s.drop}>松开鼠标以打开这个 .docx 文件</div>}
            <div className={s.updatingRow} role="status" aria-live="polite" data-testid="preview-busy">
              {updating && <Spinner className={s.updating} size="tiny" label="正在更新预览…" />}
            </div>
            <div ref={previewRef} data-testid="preview" />
          </div>
          {/* Not a landmark of its own: the pane's <main> is the page's main content. */}
          <div className={s.pane} data-testid="pane">
            <App key={paneKey} actions={doc.actions} limits={limits} />
          </div>
        </div>
      </div>
    </FluentProvider>
  );
}
