import { WordAdapter } from "../../adapters/word/wordAdapter";
import { createController } from "../../controller";
import { SilkformError } from "../../errors";
import type { PaneActions } from "../actions";

/** The official blank form ships next to the task pane (copied there by webpack). */
async function blankForm(): Promise<Uint8Array> {
  const r = await fetch("blank-form.docx");
  if (!r.ok) throw new SilkformError("blankFormUnavailable", `无法载入空白申报书（HTTP ${r.status}）。请检查加载项的安装后再试。`);
  return new Uint8Array(await r.arrayBuffer());
}

/** The task pane's actions in Word: the one controller over the Office.js adapter. */
export async function createWordActions(): Promise<PaneActions> {
  return createController(new WordAdapter(), { blankForm });
}
