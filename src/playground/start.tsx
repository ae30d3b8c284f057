import { createRoot } from "react-dom/client";
import { PlaygroundDocument } from "./document";
import { Shell } from "./Shell";

/** The bundled blank form, served by the playground's own origin (the only place it fetches from). */
async function blankForm(): Promise<Uint8Array> {
  const r = await fetch("blank-form.docx");
  if (!r.ok) throw new Error(`无法载入空白申报书（HTTP ${r.status}）`);
  return new Uint8Array(await r.arrayBuffer());
}

export async function startPlayground(container: HTMLElement): Promise<void> {
  const doc = await PlaygroundDocument.open(await blankForm(), "申报书.docx", blankForm);
  createRoot(container).render(<Shell doc={doc} />);
}
