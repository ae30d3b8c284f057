import { createRoot } from "react-dom/client";
import { fetchBlankForm } from "../ui/host/blankForm";
import { PlaygroundDocument } from "./document";
import { localEngine, type EngineFactory } from "./engine/engine";
import { remoteEngine, type Port } from "./engine/remote";
import { browserStore, type DocumentStore } from "./localStore";
import { Shell, type Restored } from "./Shell";

const BLANK_NAME = "申报书.docx";

/**
 * The document is worked on in a Web Worker (document-worker.js, next to this page), so a
 * large form is parsed, checked and saved without freezing the page; in this thread where
 * the browser will not start one.
 */
const engine: EngineFactory = (bytes, events, blankForm) => {
  let worker: Worker;
  try {
    worker = new Worker("document-worker.js");
  } catch {
    return localEngine(bytes, events, blankForm);
  }
  return new Promise((resolve, reject) => {
    // A worker that cannot load (blocked, missing) says so once, before it answers anything.
    worker.onerror = () => {
      worker.terminate();
      resolve(localEngine(bytes, events, blankForm));
    };
    remoteEngine(worker as unknown as Port)(bytes, events, blankForm).then((remote) => {
      worker.onerror = null;
      resolve(remote);
    }, reject);
  });
};

/**
 * The document the page starts with: the one kept in this browser from last
 * time (a reload or a closed tab loses nothing), else the blank form.
 */
async function startingDocument(store: DocumentStore | null): Promise<{ doc: PlaygroundDocument; restored: Restored }> {
  let stored = null;
  try {
    stored = store ? await store.load() : null;
  } catch {
    // Storage refused (private window, quota): the page still works, in memory only.
    store = null;
  }
  if (stored) {
    try {
      const doc = await PlaygroundDocument.open(stored.bytes, stored.fileName, fetchBlankForm, store, stored.undownloaded, engine);
      return { doc, restored: { savedAt: stored.savedAt, undownloaded: stored.undownloaded } };
    } catch {
      // What was kept cannot be read any more: start from the blank form, and say so.
      const doc = await PlaygroundDocument.open(await fetchBlankForm(), BLANK_NAME, fetchBlankForm, store, false, engine);
      return { doc, restored: { unreadable: stored.fileName } };
    }
  }
  return { doc: await PlaygroundDocument.open(await fetchBlankForm(), BLANK_NAME, fetchBlankForm, store, false, engine), restored: null };
}

export async function startPlayground(container: HTMLElement): Promise<void> {
  let store: DocumentStore | null = null;
  try {
    store = typeof indexedDB === "undefined" ? null : browserStore();
  } catch {
    store = null;
  }
  const { doc, restored } = await startingDocument(store);
  createRoot(container).render(<Shell doc={doc} restored={restored} />);
}
