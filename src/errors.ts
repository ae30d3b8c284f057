/**
 * Typed errors with stable ids (the docxtemplater way): the CLI maps them to
 * exit code 2, the task pane shows `message` as it is. Messages are Chinese
 * sentences a research-office user can act on.
 */
export type SilkformErrorId =
  | "fileUnreadable"
  | "notZip"
  | "notDocx"
  | "corruptXml"
  | "notThisForm"
  | "invalidJson"
  | "invalidData"
  | "outputIsInput"
  | "wordMismatch"
  | "wordChanged"
  | "formDataTooLarge"
  | "formDataUnsaved"
  | "documentNotEmpty"
  | "undoUnavailable"
  | "blankFormUnavailable";

export class SilkformError extends Error {
  constructor(
    public readonly id: SilkformErrorId,
    message: string,
    public readonly details: string[] = [],
  ) {
    super(message);
    this.name = "SilkformError";
  }
}

export function isSilkformError(e: unknown): e is SilkformError {
  return e instanceof SilkformError;
}
