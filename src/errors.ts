/**
 * Typed errors with stable ids (the docxtemplater way): the CLI maps them to
 * exit code 2, the task pane shows `message` as it is. Messages are Chinese
 * sentences a research-office user can act on.
 */
export type SilkformErrorId =
  | "fileUnreadable"
  | "notZip"
  | "notDocx"
  | "usage"
  | "corruptPackage"
  | "tooLarge"
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

  /** The file the error is about, when there is one (scripts read it from `--json` output). */
  file?: string;

  /** The same error, saying which file it is about. */
  about(file: string): this {
    this.file ??= file;
    return this;
  }
}

export function isSilkformError(e: unknown): e is SilkformError {
  return e instanceof SilkformError;
}
