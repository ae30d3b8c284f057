import { SilkformError, SilkformErrorId } from "../../errors";

/** Errors of the Word host: SilkformErrors, so the task pane shows their Chinese message as it is. */
export type WordErrorId = Extract<
  SilkformErrorId,
  /** Word's paragraphs and the document XML it returned do not line up. */
  | "wordMismatch"
  /** The document changed between reading it and writing to it. */
  | "wordChanged"
  /** The form data is too large to keep inside the document. */
  | "formDataTooLarge"
  /** 新建空白申报书 into a document that already has content, without confirmation. */
  | "documentNotEmpty"
  /** Word rejected a batch with an Office.js error code (officeErrors.ts tells it in Chinese). */
  | "officeError"
>;

export class WordAdapterError extends SilkformError {
  constructor(
    readonly wordId: WordErrorId,
    message: string,
    details: string[] = [],
  ) {
    super(wordId, message, details);
    this.name = "WordAdapterError";
  }
}
