import { createRoot } from "react-dom/client";
import { fetchBlankForm } from "../ui/host/blankForm";
import { PlaygroundDocument } from "./document";
import { Shell } from "./Shell";


export async function startPlayground(container: HTMLElement): Promise<void> {
  const doc = await PlaygroundDocument.open(await fetchBlankForm(), "申报书.docx", fetchBlankForm);
  createRoot(container).render(<Shell doc={doc} />);
}
