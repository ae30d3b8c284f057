import { OoxmlAdapter } from "../../adapters/ooxml/adapter";
import { createController } from "../../controller";
import type { MarkTarget } from "../../document/marks";
import type { PaneActions } from "../../ui/actions";
import { withParagraphAnchors } from "./previewBytes";

/** What the document tells the page while an action runs. */
export interface EngineEvents {
  /** The document's text or marks changed: the preview is out of date. */
  changed: () => void;
  /** A finding's place was selected (jumpTo): the preview scrolls there. */
  selected: (target: MarkTarget) => void;
}

/**
 * The playground's .docx and the one controller over it, wherever they run: in the page's
 * thread (Node tests, or a browser without workers) or in a Web Worker (the playground), so
 * that parsing, checking and writing a large form never hold up the page.
 */
export interface DocumentEngine {
  readonly actions: PaneActions;
  save(): Promise<Uint8Array>;
  /** The document as saved, with the check's marks cleared from the copy only. */
  saveWithoutMarks(): Promise<Uint8Array>;
  /** The copy the preview renders (withParagraphAnchors). */
  previewBytes(): Promise<Uint8Array>;
  replaceWithDocx(bytes: Uint8Array): Promise<void>;
}

export type EngineFactory = (bytes: Uint8Array, events: EngineEvents, blankForm: () => Promise<Uint8Array>) => Promise<DocumentEngine>;

/** The engine in this thread. */
export const localEngine: EngineFactory = async (bytes, events, blankForm) => {
  const adapter = await OoxmlAdapter.open(bytes, { onChange: events.changed, onSelect: events.selected });
  // A new controller (no undo history) for each file opened.
  let controller = createController(adapter, { blankForm });
  return {
    get actions() {
      return controller;
    },
    save: () => adapter.save(),
    async saveWithoutMarks() {
      const copy = await OoxmlAdapter.open(await adapter.save());
      await copy.clearMarks();
      return copy.save();
    },
    previewBytes: async () => withParagraphAnchors(await adapter.save()),
    async replaceWithDocx(docx) {
      await adapter.replaceWithDocx(docx);
      controller = createController(adapter, { blankForm });
    },
  };
};
