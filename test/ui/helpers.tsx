/**
 * Shared by the UI tests (each test file also starts with the jsdom docblock):
 * jest-dom matchers, a fake PaneActions whose methods are jest.fn()s
 * returning promises, and the sample form data.
 */
import "@testing-library/jest-dom";
import { act, render, screen, waitFor } from "@testing-library/react";
import { RendererProvider, createDOMRenderer } from "@fluentui/react-components";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Finding } from "../../src/check/finding";
import type { MarksOutcome } from "../../src/document/marks";
import { parseFormData, type FormData } from "../../src/form/schema";
import type { FillResult, PaneActions } from "../../src/ui/actions";
import { App, type AppProps } from "../../src/ui/App";
import { preloadPaneParts } from "../../src/ui/components/lazyPart";

export function sampleData(): FormData {
  const raw = JSON.parse(readFileSync(join(__dirname, "../fixtures/data/sample.json"), "utf8"));
  const parsed = parseFormData(raw);
  if (!parsed.data) throw new Error("sample.json does not parse");
  return parsed.data;
}

export const emptyFill = (over: Partial<FillResult> = {}): FillResult => ({ changed: [], conflicts: [], unfillable: [], rowsAdded: 0, ...over });

export type FakeActions = { [K in keyof PaneActions]: jest.Mock<ReturnType<PaneActions[K]>, Parameters<PaneActions[K]>> };

export function fakeActions(opts: { saved?: FormData | null; document?: FormData; findings?: Finding[] } = {}): FakeActions {
  return {
    readDocument: jest.fn(async () => ({ data: opts.document ?? {}, notes: [] as string[] })),
    fill: jest.fn(async (_data: FormData, _opts: { overwrite: boolean | string[] }) => emptyFill()),
    undoFill: jest.fn(async () => true),
    check: jest.fn(async (_opts: { final: boolean; mark?: boolean }) => opts.findings ?? []),
    mark: jest.fn(async (_findings: Finding[]) => undefined),
    marksOutcome: jest.fn((): MarksOutcome | null => null),
    clearMarks: jest.fn(async () => undefined),
    jumpTo: jest.fn(async (_f: Finding) => undefined),
    newBlankForm: jest.fn(async (_opts: { confirmReplace: boolean }) => undefined),
    documentLimits: jest.fn(async () => ({}) as Record<string, number>),
    loadSaved: jest.fn(async () => (opts.saved === undefined ? null : opts.saved)),
    saveData: jest.fn(async (_data: FormData) => undefined),
  };
}

/**
 * Fluent's CSS goes into a detached document: jsdom's getComputedStyle walks
 * every rule in the page, and with the thousands of atomic rules Fluent
 * inserts, each click took seconds. Behaviour does not depend on the CSS.
 */
const styleSink = createDOMRenderer(document.implementation.createHTMLDocument("styles"));

export function Wrapper({ children }: { children: React.ReactNode }) {
  return <RendererProvider renderer={styleSink}>{children}</RendererProvider>;
}

/**
 * Renders the pane and waits until the initial load is over and its lazy parts (pickers, dialogs,
 * findings list: src/ui/components/paneParts.ts) have arrived, as they have in Word by the time
 * anyone clicks. test/ui/lazyParts.test.tsx covers the time before.
 */
export async function renderApp(actions: FakeActions, props: Partial<AppProps> = {}) {
  const result = render(<App actions={actions} {...props} />, { wrapper: Wrapper });
  await act(() => preloadPaneParts());
  await waitFor(() => expect(screen.queryByText("正在读取文档中的申报内容…")).not.toBeInTheDocument());
  return result;
}

export const finding = (field: string, rule: Finding["rule"], severity: Finding["severity"], message: string): Finding => ({
  field,
  rule,
  severity,
  message,
  location: null,
});

/** The data the pane holds now, as the next 填入文档 sends it. */
export async function currentData(actions: FakeActions, user: { click: (el: Element) => Promise<void> }): Promise<FormData> {
  const before = actions.fill.mock.calls.length;
  await user.click(screen.getByRole("button", { name: "填入文档" }));
  await waitFor(() => expect(actions.fill.mock.calls.length).toBe(before + 1));
  return actions.fill.mock.calls[before][0];
}

/**
 * A button by its aria-label. getByLabelText would find it too, but walks every
 * label of this long form for each call; the list tests make dozens of calls.
 */
export function labelled(name: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[aria-label="${name}"]`);
  if (!el) throw new Error(`no element labelled ${name}`);
  return el;
}

/** The input of a field path (every input carries data-field). */
export function fieldInput<T extends HTMLElement = HTMLInputElement>(path: string): T {
  const el = document.querySelector<T>(`[data-field="${path}"]`);
  if (!el) throw new Error(`no input for ${path}`);
  return el;
}
