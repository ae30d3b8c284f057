import { WordAdapter } from "../../adapters/word/wordAdapter";
import { createController } from "../../controller";
import type { PaneActions } from "../actions";
import { fetchBlankForm } from "./blankForm";

/** The task pane's actions in Word: the one controller over the Office.js adapter. */
export async function createWordActions(): Promise<PaneActions> {
  return createController(new WordAdapter(), { blankForm: fetchBlankForm });
}
