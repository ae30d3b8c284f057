import { SilkformError } from "../../errors";

/** The official blank form, shipped next to the task pane and the playground (copied there by webpack): the only fetch either makes. */
export async function fetchBlankForm(): Promise<Uint8Array> {
  const r = await fetch("blank-form.docx");
  if (!r.ok) throw new SilkformError("blankFormUnavailable", `无法载入空白申报书（HTTP ${r.status}）。请检查加载项的安装后再试。`);
  return new Uint8Array(await r.arrayBuffer());
}
