import { CellRef, cellAtCol, cellParagraphs, DocCell, DocModel } from "../document/model";
import { COVER_LINES } from "../form/layout";
import { foldText, foldedPrefixEnd } from "../text/normalize";
import type { LocatedField } from "./location";
import { answerText, cellAnswer } from "./text";

/**
 * Cover lines "label：value": the answer is the rest of the label's
 * paragraph. Only paragraphs before 一、基本信息 are the cover, so
 * "中方依托单位" in the tables never matches; the label must open its line,
 * so 填表说明 never does.
 */
export function locateCover(model: DocModel, basicHeading: number | null): LocatedField[] {
  // The cover ends at "一、基本信息"; without that heading, at the first table.
  const firstTable = model.blocks.findIndex((b) => b.kind === "table");
  const end = basicHeading ?? (firstTable < 0 ? model.blocks.length : firstTable);
  const last = end < model.blocks.length ? firstParagraphIndex(model, end) : model.paragraphs.length;
  const cover = model.paragraphs.slice(0, last);
  return COVER_LINES.map(({ field, label }) => {
    for (const b of cover) {
      const folded = foldText(b.text);
      for (const l of label) {
        const fl = foldText(l);
        if (!folded.startsWith(fl)) continue;
        const rest = folded.slice(fl.length);
        if (rest !== "" && !rest.startsWith(":")) continue;
        const labelEnd = foldedPrefixEnd(b.text, rest.startsWith(":") ? `${fl}:` : fl);
        if (labelEnd === null) continue;
        const answerCell = b.cell && answerText(b.text.slice(labelEnd)) === "" ? cellRightOf(model, b.cell) : undefined;
        if (answerCell) {
          // A cover laid out as a table: the answer is the cell right of the label.
          return {
            id: field,
            found: true,
            text: cellAnswer(answerCell),
            location: { kind: "cell", cell: answerCell.ref, paragraphs: cellParagraphs(answerCell).map((p) => p.index), labelCell: b.cell },
          };
        }
        const span = { paragraph: b.index, start: labelEnd, end: b.text.length };
        return { id: field, found: true, text: answerText(b.text.slice(labelEnd)), location: { kind: "inline", span } };
      }
    }
    return { id: field, found: false, text: "", reason: `封面中找不到“${label[0]}：”这一行` };
  });
}

function cellRightOf(model: DocModel, ref: CellRef): DocCell | undefined {
  const row = model.tables[ref.table]?.rows[ref.row];
  const here = row?.cells.find((c) => c.ref.col === ref.col);
  return here && row ? cellAtCol(row, ref.col + here.gridSpan) : undefined;
}

function firstParagraphIndex(model: DocModel, block: number): number {
  const b = model.blocks[block];
  return b.kind === "paragraph" ? b.index : b.paragraphRange[0];
}
