/**
 * Errors as data: every failure a user is told about is a SilkformError with
 * a stable id (the docxtemplater way). The CLI takes its exit code from the
 * id (EXIT_CODES), the task pane decides what to do by the id; `message` is
 * a Chinese sentence a research-office user can act on, shown as it is.
 * Anything else that is thrown is an internal error.
 */
export const SILKFORM_ERROR_IDS = [
  /** The command line was used wrongly (missing file, unknown option, missing value). */
  "usage",
  "fileUnreadable",
  "notZip",
  "notDocx",
  /** The zip is damaged inside (a part cannot be unpacked). */
  "corruptPackage",
  /** The file or one of its parts is too large to open safely (a zip bomb). */
  "tooLarge",
  "corruptXml",
  "notThisForm",
  "invalidJson",
  "invalidData",
  /** A field path names no field of the form (FORM.md §2). */
  "badFieldPath",
  "outputIsInput",
  /** Word's paragraphs and the document XML it returned do not line up. */
  "wordMismatch",
  /** The document changed between reading it and writing to it. */
  "wordChanged",
  /** The form data is too large to keep inside the document. */
  "formDataTooLarge",
  /** This Word can keep no data inside the document. */
  "formDataUnsaved",
  /** 新建空白申报书 into a document that already has content, without confirmation. */
  "documentNotEmpty",
  /** Word refused a step of a fill after earlier answers were written (the message lists them; undo is offered). */
  "fillIncomplete",
  /** 撤销上次填写 after the document was changed since the fill. */
  "undoUnavailable",
  /** The official blank form could not be loaded. */
  "blankFormUnavailable",
  /** 填入文档 while Word records changes as revisions (Track Changes), before the user chose how to fill. */
  "trackChangesOn",
  /** Word refused a batch with an Office.js error code (src/adapters/word/officeErrors.ts tells it in Chinese). */
  "officeError",
] as const;
export type SilkformErrorId = (typeof SILKFORM_ERROR_IDS)[number];

/** 0 all well, 1 the document has problems (missing fields, errors found, answers not placed), 2 the run failed. */
export type ExitCode = 0 | 1 | 2;

/** The CLI's exit code for each failure: every one of them means the run could not do its work. */
export const EXIT_CODES: Readonly<Record<SilkformErrorId, ExitCode>> = {
  usage: 2,
  fileUnreadable: 2,
  notZip: 2,
  notDocx: 2,
  corruptPackage: 2,
  tooLarge: 2,
  corruptXml: 2,
  notThisForm: 2,
  invalidJson: 2,
  invalidData: 2,
  badFieldPath: 2,
  outputIsInput: 2,
  wordMismatch: 2,
  wordChanged: 2,
  formDataTooLarge: 2,
  formDataUnsaved: 2,
  documentNotEmpty: 2,
  fillIncomplete: 2,
  undoUnavailable: 2,
  blankFormUnavailable: 2,
  trackChangesOn: 2,
  officeError: 2,
};

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

const IDS: ReadonlySet<string> = new Set(SILKFORM_ERROR_IDS);

/**
 * The id of a failure, or null for an internal error. Checked by shape, not
 * class: an error that crossed a boundary (a worker, a structured clone, a
 * test double) keeps its id and message but not its prototype.
 */
export function errorId(e: unknown): SilkformErrorId | null {
  if (e === null || typeof e !== "object") return null;
  const { id, message } = e as { id?: unknown; message?: unknown };
  return typeof id === "string" && IDS.has(id) && typeof message === "string" ? (id as SilkformErrorId) : null;
}
