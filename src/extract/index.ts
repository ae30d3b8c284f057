import type { DocumentAdapter } from "../document/adapter";
import { locateForm } from "../locate";
import { assertThisForm } from "../locate/formCheck";
import { extractFormData } from "./extract";

export { extractFormData, isPlaceholder } from "./extract";

export async function extractDocument(doc: DocumentAdapter) {
  const model = await doc.read();
  const located = locateForm(model);
  assertThisForm(located);
  return { ...extractFormData(model, located), located };
}
