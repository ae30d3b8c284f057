import type { MarkTarget } from "../document/marks";
import type { PaneActions } from "../ui/actions";
import { localEngine, type DocumentEngine, type EngineFactory } from "./engine/engine";
import type { DocumentStore } from "./localStore";

/** Where the working document stands, as the page tells the user. */
export type LocalSave =
  | { state: "none" }
  | { state: "saving" }
  | { state: "saved"; at: number }
  | { state: "failed"; error: unknown };

/**
 * A .docx held in the browser, edited through the same OOXML adapter the
 * command line uses and driven by the same controller as the Word task pane
 * (`actions`), both in a DocumentEngine (in a Web Worker in the playground).
 * What the page adds: the file's name, its bytes for the preview and the
 * download, change notifications, and opening another file.
 */
export class PlaygroundDocument {
  /** The pane's actions on this document; a new controller (no undo history) for each opened file. */
  actions: PaneActions;
  private listeners = new Set<() => void>();
  private saveListeners = new Set<() => void>();
  /** Where the preview should scroll when the user picks a finding. */
  onJump: (paragraph: number) => void = () => {};
  /** Changes since the file was opened or last downloaded: closing the page would lose them. */
  undownloaded = false;
  localSave: LocalSave = { state: "none" };
  /** Writes to the browser's storage, one after another, so the newest bytes are the ones kept. */
  private persisting: Promise<void> = Promise.resolve();

  private constructor(
    private readonly engine: DocumentEngine,
    public fileName: string,
    private readonly store: DocumentStore | null,
  ) {
    this.actions = this.controller();
  }

  /**
   * `store` keeps the working document in the browser across reloads; without
   * one (tests in Node) the document lives in memory only. `engine` is where the
   * document is worked on: this thread unless told otherwise.
   */
  static async open(
    bytes: Uint8Array,
    fileName: string,
    blankForm: () => Promise<Uint8Array>,
    store: DocumentStore | null = null,
    undownloaded = false,
    engine: EngineFactory = localEngine,
  ): Promise<PlaygroundDocument> {
    let doc: PlaygroundDocument | null = null;
    const opened = await engine(bytes, { changed: () => doc?.changed(), selected: (target) => doc?.jumpTo(target) }, blankForm);
    doc = new PlaygroundDocument(opened, fileName, store);
    doc.undownloaded = undownloaded;
    return doc;
  }

  /**
   * The pane's actions. Saving the form data and filling report success only
   * once the document is in the browser's storage too, so the pane's
   * “已自动保存” is true of a reload as well.
   */
  private controller(): PaneActions {
    const c = this.engine.actions;
    return {
      ...c,
      saveData: async (data) => {
        await c.saveData(data);
        // Saved data changes no text, so the adapter reports no change: the page keeps it all the same.
        this.unsaved();
        await this.persisted();
      },
      fill: async (data, req) => {
        const report = await c.fill(data, req);
        await this.persisted();
        return report;
      },
    };
  }

  /** Resolves when every change so far is in the browser's storage; rejects if the last write failed. */
  async persisted(): Promise<void> {
    await this.persisting;
    if (this.localSave.state === "failed") throw this.localSave.error;
  }

  private persist(): void {
    const store = this.store;
    if (!store) return;
    this.setLocalSave({ state: "saving" });
    this.persisting = this.persisting.then(async () => {
      try {
        await store.save({ bytes: await this.engine.save(), fileName: this.fileName, undownloaded: this.undownloaded, savedAt: Date.now() });
        this.setLocalSave({ state: "saved", at: Date.now() });
      } catch (error) {
        this.setLocalSave({ state: "failed", error });
      }
    });
  }

  private setLocalSave(s: LocalSave): void {
    this.localSave = s;
    for (const l of this.saveListeners) l();
  }

  /** Told when the browser-storage state changes (not a document change: the preview stays). */
  subscribeLocalSave(listener: () => void): () => void {
    this.saveListeners.add(listener);
    return () => this.saveListeners.delete(listener);
  }

  /** The user downloaded the document: nothing is lost by closing the page now. */
  downloaded(): void {
    this.undownloaded = false;
    this.persist();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.unsaved();
    for (const l of this.listeners) l();
  }

  private unsaved(): void {
    this.undownloaded = true;
    this.persist();
  }

  private jumpTo(t: MarkTarget): void {
    const paragraph = t.kind === "range" ? t.start.paragraph : t.paragraphs[0];
    if (paragraph !== undefined) this.onJump(paragraph);
  }

  /** Replace the document with a file the user dropped in; a bad file leaves the current one as it was. */
  async replaceWith(bytes: Uint8Array, fileName: string): Promise<void> {
    await this.engine.replaceWithDocx(bytes);
    this.fileName = fileName;
    this.actions = this.controller();
    // The file the user opened is on their disk: nothing to lose until it is changed here.
    this.undownloaded = false;
    this.persist();
  }

  async bytes(): Promise<Uint8Array> {
    return this.engine.save();
  }

  /** The copy the preview renders: every paragraph anchored so a finding can be scrolled to. */
  async previewBytes(): Promise<Uint8Array> {
    return this.engine.previewBytes();
  }

  /** The document with the check's marks cleared from the copy (下载（清除标记后）); the page's document keeps them. */
  async bytesWithoutMarks(): Promise<Uint8Array> {
    return this.engine.saveWithoutMarks();
  }
}
