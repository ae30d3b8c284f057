import type { Finding } from "../check/finding";
import type { TrackingChoice } from "../document/adapter";
import type { MarksOutcome } from "../document/marks";
import type { Conflict, Unfillable } from "../fill/ops";
import type { FormData } from "../form/schema";

/**
 * What the task pane asks of its host, whichever it is: Word through
 * Office.js, or the playground's in-browser .docx. Both hosts hand the pane
 * the one controller (src/controller), which has this shape; tests hand it
 * mocks. Components never touch a host API themselves.
 */
export interface PaneActions {
  /** 从文档读取: the answers already in the document. */
  readDocument(): Promise<{ data: FormData; notes: string[] }>;
  /**
   * 填入文档: write the data; conflicts are cells holding different text, left alone unless
   * `overwrite` lists them, or (a one-click fix) `replaceIfUnchanged` names the text they still hold;
   * `only` limits the fill to those fields (a fix writes its own answer, nothing else).
   */
  fill(
    data: FormData,
    opts: { overwrite: boolean | string[]; tracking?: TrackingChoice; replaceIfUnchanged?: Record<string, string>; only?: string[] },
  ): Promise<FillResult>;
  /** Undo the last fill: restore what the cells held before it. */
  undoFill(): Promise<boolean>;
  /** 检查: check the document, and mark the findings in place unless `mark` is false. */
  check(opts: { final: boolean; mark?: boolean }): Promise<Finding[]>;
  /** Mark these findings in place (the pane leaves ignored warnings out); earlier marks are replaced. */
  mark(findings: Finding[]): Promise<unknown>;
  /** What the last 检查 could mark: Word may refuse comments (office-js #6746), then findings are highlighted only. */
  marksOutcome(): MarksOutcome | null;
  /** 清除标记. */
  clearMarks(): Promise<void>;
  /** Select a finding's place in the document. */
  jumpTo(finding: Finding): Promise<void>;
  /** 新建空白申报书: insert the official blank form (only into an empty document unless confirmed). */
  newBlankForm(opts: { confirmReplace: boolean }): Promise<void>;
  /** 字 limits stated by this copy's own instructions, by field id (the pane's counters use them). */
  documentLimits(): Promise<Record<string, number>>;
  /** Form data saved inside the document (null when there is none). */
  loadSaved(): Promise<FormData | null>;
  saveData(data: FormData): Promise<void>;
}

export interface FillResult {
  changed: string[];
  conflicts: Conflict[];
  unfillable: Unfillable[];
  rowsAdded: number;
}
