import type { CellRef } from "../document/model";
import type { FieldPathText } from "../form/paths";

import type { TextSpan } from "../document/ops";

export type { TextSpan };

export interface ChoiceOption {
  option: string;
  /** Where the option's box character is, or null when the copy lost it. */
  box: TextSpan | null;
  ticked: boolean;
}

/** Where a field's answer is. Enough for fill to write, check to mark and the UI to jump. */
export type Location =
  /** Text after a label on the same line (cover). */
  | { kind: "inline"; span: TextSpan }
  /** A whole table cell. */
  | { kind: "cell"; cell: CellRef; paragraphs: number[]; labelCell: CellRef | null }
  /** Boxes ticked in a cell. */
  | { kind: "choice"; cell: CellRef; paragraphs: number[]; options: ChoiceOption[] }
  /** Paragraphs inside a box after its instruction. */
  | {
      kind: "region";
      /** The box holding the answer; null when the copy has no box and the answer is in the body. */
      cell: CellRef | null;
      paragraphs: number[];
      /** Paragraph after which new answer paragraphs go when the region is empty; null: at the top of the cell. */
      insertAfter: number | null;
      /** Table index after which the region starts, when it follows a data table. */
      afterTable: number | null;
      limit: number;
      limitFromDocument: boolean;
    }
  /** A data table: header row, column keys by grid column, data rows. */
  | { kind: "table"; table: number; headerRow: number; columns: Record<string, number>; rows: number[] }
  /** A signature, seal or date spot in a signature block. */
  | { kind: "mark"; cell: CellRef; span: TextSpan; present: boolean };

export interface LocatedField {
  /** Concrete field path: `staff[1].phone`, `tables.layout`. */
  id: FieldPathText;
  found: boolean;
  text: string;
  location?: Location;
  /** Why it was not found. */
  reason?: string;
}

export interface LocateResult {
  fields: LocatedField[];
  /** Table indices the locator recognised, for diagnostics. */
  tables: { basic: number | null };
}
