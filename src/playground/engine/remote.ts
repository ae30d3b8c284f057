/**
 * The document engine across a message port: `serveEngine` runs it (in the Web Worker),
 * `remoteEngine` is the page's side, with the same DocumentEngine shape as the local one.
 * Everything that crosses is plain data (form data, findings, reports, bytes); errors keep
 * their SilkformError id so the pane explains them as it would in the same thread.
 */
import type { MarksOutcome } from "../../document/marks";
import { SilkformError, type SilkformErrorId } from "../../errors";
import type { PaneActions } from "../../ui/actions";
import type { DocumentEngine, EngineEvents, EngineFactory } from "./engine";

/** The part of MessagePort / Worker / a worker's global scope both sides use. */
export interface Port {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

const ENGINE_METHODS = ["save", "saveWithoutMarks", "previewBytes", "replaceWithDocx"] as const;
type EngineMethod = (typeof ENGINE_METHODS)[number];
type ActionMethod = Exclude<keyof PaneActions, "marksOutcome">;
const ACTION_METHODS: readonly ActionMethod[] = [
  "readDocument",
  "fill",
  "undoFill",
  "check",
  "mark",
  "clearMarks",
  "jumpTo",
  "newBlankForm",
  "documentLimits",
  "loadSaved",
  "saveData",
];

type Request = { id: number; method: "open" | EngineMethod | ActionMethod; args: unknown[] };
type WireError = { id?: SilkformErrorId; message: string; details?: string[] };
type Reply =
  | { id: number; ok: true; value: unknown; marks: MarksOutcome | null }
  | { id: number; ok: false; error: WireError; marks: MarksOutcome | null }
  | { event: "change" }
  | { event: "select"; target: Parameters<EngineEvents["selected"]>[0] };

const toWire = (error: unknown): WireError =>
  error instanceof SilkformError
    ? { id: error.id, message: error.message, details: error.details }
    : { message: error instanceof Error ? error.message : String(error) };

const fromWire = (e: WireError): Error => (e.id ? new SilkformError(e.id, e.message, e.details) : new Error(e.message));

/** Answer requests on `port` with an engine made by `open` from the first request's bytes. */
export function serveEngine(port: Port, open: EngineFactory, blankForm: () => Promise<Uint8Array>): void {
  let engine: DocumentEngine | null = null;
  const events: EngineEvents = {
    changed: () => port.postMessage({ event: "change" } satisfies Reply),
    selected: (target) => port.postMessage({ event: "select", target } satisfies Reply),
  };
  // One request at a time, in order: the pane never runs two actions at once, and the page's
  // saves must see the document as the action before them left it.
  let queue: Promise<void> = Promise.resolve();
  port.onmessage = (event: MessageEvent) => {
    const req = event.data as Request;
    queue = queue.then(async () => {
      let reply: Reply;
      try {
        let value: unknown;
        if (req.method === "open") engine = await open(req.args[0] as Uint8Array, events, blankForm);
        else if (!engine) throw new Error("document not open");
        else if ((ENGINE_METHODS as readonly string[]).includes(req.method)) value = await (engine[req.method as EngineMethod] as (...a: unknown[]) => Promise<unknown>)(...req.args);
        else value = await (engine.actions[req.method as ActionMethod] as (...a: unknown[]) => Promise<unknown>)(...req.args);
        reply = { id: req.id, ok: true, value, marks: engine?.actions.marksOutcome() ?? null };
      } catch (error) {
        reply = { id: req.id, ok: false, error: toWire(error), marks: engine?.actions.marksOutcome() ?? null };
      }
      // Bytes are handed over, not copied: a 50× form is megabytes.
      port.postMessage(reply, reply.ok && reply.value instanceof Uint8Array ? [reply.value.buffer as ArrayBuffer] : []);
    });
  };
}

/** The page's side: a DocumentEngine whose work is done wherever `port` leads. */
export function remoteEngine(port: Port): EngineFactory {
  return async (bytes, events) => {
    let next = 0;
    let marks: MarksOutcome | null = null;
    const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
    port.onmessage = (event: MessageEvent) => {
      const msg = event.data as Reply;
      if ("event" in msg) {
        if (msg.event === "change") events.changed();
        else events.selected(msg.target);
        return;
      }
      const waiting = pending.get(msg.id);
      if (!waiting) return;
      pending.delete(msg.id);
      marks = msg.marks;
      if (msg.ok) waiting.resolve(msg.value);
      else waiting.reject(fromWire(msg.error));
    };
    const call = <T>(method: Request["method"], args: unknown[]): Promise<T> =>
      new Promise<T>((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        port.postMessage({ id, method, args } satisfies Request);
      });

    await call("open", [bytes]);
    const actions = Object.fromEntries(ACTION_METHODS.map((m) => [m, (...args: unknown[]) => call(m, args)])) as unknown as PaneActions;
    actions.marksOutcome = () => marks;
    return {
      actions,
      save: () => call<Uint8Array>("save", []),
      saveWithoutMarks: () => call<Uint8Array>("saveWithoutMarks", []),
      previewBytes: () => call<Uint8Array>("previewBytes", []),
      replaceWithDocx: (docx) => call<void>("replaceWithDocx", [docx]),
    };
  };
}
