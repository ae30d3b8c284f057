/**
 * The part of the Word JavaScript API (Office.js) the Word adapter uses,
 * as plain interfaces. The adapter is written against these rather than
 * the `Word.*` classes so the in-memory fake host (test/word/fake/fakeWord.ts) can
 * stand in for Word in jest and in the sync benchmark; the real
 * `Word.RequestContext` is cast to `WRequestContext` once, in `defaultRun`.
 * Requirement sets are noted where they are above WordApi 1.3.
 */

export type InsertLocation = "Replace" | "Start" | "End" | "Before" | "After";
export type RangeLocation = "Whole" | "Start" | "End" | "After" | "Content";

export interface WClientResult<T> {
  readonly value: T;
}

export interface WSearchOptions {
  matchCase?: boolean;
  matchWildcards?: boolean;
}

export interface WRequestContext {
  readonly document: WDocument;
  sync(): Promise<void>;
}

/** Word.ChangeTrackingMode (WordApi 1.4). */
export type TrackingMode = "Off" | "TrackAll" | "TrackMineOnly";

export interface WDocument {
  readonly body: WBody;
  /** WordApi 1.4: whether Word records edits as revisions (Track Changes); readable after load, settable. */
  changeTrackingMode: TrackingMode;
  load(properties: string): WDocument;
  /** WordApi 1.4. */
  readonly settings: WSettingCollection;
  /** WordApi 1.4. */
  readonly customXmlParts: WCustomXmlPartCollection;
}

export interface WBody {
  readonly paragraphs: WParagraphCollection;
  readonly text: string;
  getOoxml(): WClientResult<string>;
  getRange(location?: "Whole" | "Start" | "End" | "After" | "Content"): WRange;
  insertParagraph(text: string, location: "Start" | "End"): WParagraph;
  insertFileFromBase64(base64File: string, location: "Replace" | "Start" | "End"): WRange;
  insertOoxml(ooxml: string, location: "Replace" | "Start" | "End"): WRange;
  /** WordApi 1.4. */
  getComments(): WCommentCollection;
  load(properties: string): WBody;
}

export interface WParagraphCollection {
  readonly items: WParagraph[];
  getFirst(): WParagraph;
  load(properties: string): WParagraphCollection;
}

export interface WParagraph {
  readonly text: string;
  readonly tableNestingLevel: number;
  readonly parentTableCell: WTableCell;
  readonly parentTable: WTable;
  getNext(): WParagraph;
  getRange(location?: RangeLocation): WRange;
  search(text: string, options?: WSearchOptions): WRangeCollection;
  insertText(text: string, location: "Replace" | "Start" | "End"): WRange;
  insertParagraph(text: string, location: "Before" | "After"): WParagraph;
  delete(): void;
  clear(): void;
  load(properties: string): WParagraph;
  /** WordApi 1.7: underlines over Word offsets of this paragraph; the ids of the annotations made. */
  insertAnnotations(annotations: { critiques: WCritique[] }): WClientResult<string[]>;
  /** WordApi 1.7. */
  getAnnotations(): WAnnotationCollection;
}

/** Word.Critique (WordApi 1.7): an underline over `length` characters from `start` of a paragraph's text. */
export interface WCritique {
  colorScheme: "Red" | "Green" | "Blue" | "Lavender" | "Berry";
  start: number;
  length: number;
}

export interface WAnnotation {
  readonly id: string;
  delete(): void;
}

export interface WAnnotationCollection {
  readonly items: WAnnotation[];
  load(properties: string): WAnnotationCollection;
}

export interface WRange {
  readonly text: string;
  readonly font: WFont;
  /** The tables in the range (WordApi 1.3). */
  readonly tables: WTableCollection;
  getRange(location?: RangeLocation): WRange;
  expandTo(range: WRange): WRange;
  search(text: string, options?: WSearchOptions): WRangeCollection;
  insertText(text: string, location: InsertLocation): WRange;
  insertOoxml(ooxml: string, location: InsertLocation): WRange;
  /** WordApi 1.4. */
  insertComment(text: string): WComment;
  delete(): void;
  select(selectionMode?: "Select" | "Start" | "End"): void;
  load(properties: string): WRange;
}

export interface WRangeCollection {
  readonly items: WRange[];
  getFirst(): WRange;
  load(properties: string): WRangeCollection;
}

export interface WFont {
  /** Null removes the highlight (officejs-facts §3). */
  highlightColor: string | null;
}

export interface WTableCell {
  readonly body: WBody;
  readonly parentRow: WTableRow;
  shadingColor: string;
  /** The row's index in its table, and the cell's in its row (readable after load). */
  readonly rowIndex: number;
  readonly cellIndex: number;
  load(properties: string): WTableCell;
}

export interface WTableRow {
  insertRows(location: "Before" | "After", rowCount: number, values?: string[][]): unknown;
}

export interface WTableCollection {
  getFirst(): WTable;
}

export interface WTable {
  /** The cell by row index and "the index of the cell in its row" (REF word.table). */
  getCell(rowIndex: number, cellIndex: number): WTableCell;
  /** WordApi 1.4. */
  mergeCells(topRow: number, firstCell: number, bottomRow: number, lastCell: number): WTableCell;
  getRange(location?: "Whole" | "Start" | "End" | "After"): WRange;
  insertParagraph(text: string, location: "Before" | "After"): WParagraph;
  /** Readable after load. */
  readonly rowCount: number;
  load(properties: string): WTable;
}

export interface WComment {
  readonly id: string;
  readonly content: string;
  readonly authorName: string;
  delete(): void;
}

export interface WCommentCollection {
  readonly items: WComment[];
  load(properties: string): WCommentCollection;
}

export interface WSettingCollection {
  add(key: string, value: unknown): WSetting;
  getItemOrNullObject(key: string): WSetting;
}

export interface WSetting {
  readonly value: unknown;
  readonly isNullObject: boolean;
  delete(): void;
  load(properties: string): WSetting;
}

export interface WCustomXmlPartCollection {
  add(xml: string): WCustomXmlPart;
  getByNamespace(namespaceUri: string): WCustomXmlPartScopedCollection;
}

export interface WCustomXmlPartScopedCollection {
  readonly items: WCustomXmlPart[];
  load(properties: string): WCustomXmlPartScopedCollection;
}

export interface WCustomXmlPart {
  readonly id: string;
  getXml(): WClientResult<string>;
  setXml(xml: string): void;
  delete(): void;
}

/** Runs a batch in a fresh request context, like `Word.run`. */
export type RunFn = <T>(batch: (context: WRequestContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements.isSetSupported`. */
export type IsSetSupported = (name: string, version: string) => boolean;

/** The Common API property bag `Office.context.document.settings` (requirement set Settings). */
export interface OfficeSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

/** The host services the Word code needs; every field defaults to the Office.js globals. */
export interface WordHost {
  run: RunFn;
  isSetSupported: IsSetSupported;
  /** Null when the Common API settings are unavailable too. */
  officeSettings: () => OfficeSettingsLike | null;
}

/** An Office.js error code (`OfficeExtension.Error.code`), or null for other errors. */
export function officeErrorCode(e: unknown): string | null {
  if (e !== null && typeof e === "object" && typeof (e as { code?: unknown }).code === "string") return (e as { code: string }).code;
  return null;
}
