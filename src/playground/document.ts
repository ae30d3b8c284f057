import { OoxmlAdapter } from "../adapters/ooxml/adapter";
import type { DocxPackage } from "../adapters/ooxml/docx";
import { createController, type Controller } from "../controller";
import type { MarkTarget } from "../document/marks";

/**
 * A .docx held in the browser, edited through the same OOXML adapter the
 * command line uses and driven by the same controller as the Word task pane
 * (`actions`). What the page adds: the file's name, its bytes for the
 * preview and the download, change notifications, and opening another file.
 */
export class PlaygroundDocument {
  /** The pane's actions on this document; a new controller (no undo history) for each opened file. */
  actions: Controller;
  private listeners = new Set<() => void>();
  /** Where the preview should scroll when the user picks a finding. */
  onJump: (paragraph: number) => void = () => {};

  private constructor(
    private readonly adapter: OoxmlAdapter,
    public fileName: string,
    private readonly blankForm: () => Promise<Uint8Array>,
  ) {
    this.actions = createController(adapter, { blankForm });
  }

  static async open(bytes: Uint8Array, fileName: string, blankForm: () => Promise<Uint8Array>): Promise<PlaygroundDocument> {
    let doc: PlaygroundDocument | null = null;
    const adapter = await OoxmlAdapter.open(bytes, {
      onChange: () => doc?.changed(),
      onSelect: (target) => doc?.jumpTo(target),
    });
    doc = new PlaygroundDocument(adapter, fileName, blankForm);
    return doc;
  }

  get pkg(): DocxPackage {
    return this.adapter.pkg;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  private jumpTo(t: MarkTarget): void {
    const paragraph = t.kind === "range" ? t.start.paragraph : t.paragraphs[0];
    if (paragraph !== undefined) this.onJump(paragraph);
  }

  /** Replace the document with a file the user dropped in; a bad file leaves the current one as it was. */
  async replaceWith(bytes: Uint8Array, fileName: string): Promise<void> {
    await this.adapter.replaceWithDocx(bytes);
    this.fileName = fileName;
    this.actions = createController(this.adapter, { blankForm: this.blankForm });
  }

  async bytes(): Promise<Uint8Array> {
    return this.adapter.save();
  }
}
