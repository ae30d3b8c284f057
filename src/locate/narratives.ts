import { DocBlock, DocModel, DocParagraph, DocTable } from "../document/model";
import { fieldDef } from "../form/fields";
import { LIMIT_PATTERN, NARRATIVES, NarrativeSpec } from "../form/layout";
import { foldText, labelKey } from "../text/normalize";
import { boxAfter, findNarrativeHeading, HeadingMark } from "./headings";
import type { LocatedField } from "./location";
import { joinLines } from "./text";

const opens = (p: DocParagraph, openings: readonly string[]) => {
  const t = foldText(p.text);
  return t.length > 0 && openings.some((o) => t.startsWith(foldText(o)));
};

const isCaption = (p: DocParagraph, spec: NarrativeSpec) =>
  spec.captions !== undefined && spec.captions.some((c) => labelKey(c) === labelKey(p.text));

/** Blocks of a box in reading order: every cell of every row (a box is usually one cell). */
function boxBlocks(box: DocTable): DocBlock[] {
  return box.rows.flatMap((r) => r.cells.flatMap((c) => c.blocks));
}

/**
 * The answer of a narrative: the paragraphs after its instruction (or after
 * its data table), up to the next table or sub-heading. When the instruction
 * was deleted the answer starts at the top of the box — except where two
 * answers share a box and only their instructions tell them apart.
 */
export function locateNarrative(
  model: DocModel,
  marks: HeadingMark[],
  spec: NarrativeSpec,
  tableIndexOf: (field: string) => number | undefined,
): LocatedField {
  const id = spec.field;
  const def = fieldDef(id);
  const heading = findNarrativeHeading(marks, spec.section, spec.heading);
  if (!heading) return { id, found: false, text: "", reason: `找不到标题“${spec.heading[0]}”` };
  const box = boxAfter(model, marks, heading);
  if (!box) return { id, found: false, text: "", reason: `标题“${heading.paragraph.text.trim()}”下方没有填写框` };
  const blocks = boxBlocks(box);

  let scanStart = 0;
  let afterTable: number | null = null;
  if (spec.afterTable) {
    const t = tableIndexOf(spec.afterTable);
    const at = t === undefined ? -1 : blocks.findIndex((b) => b.kind === "table" && b.index === t);
    if (at < 0) return { id, found: false, text: "", reason: `“${spec.heading[0]}”框内找不到它前面的表格` };
    scanStart = at + 1;
    afterTable = t ?? null;
  }

  // The anchor: the last paragraph of the instruction run that opens with one of the spec's openings.
  let anchor = -1;
  for (let i = scanStart; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== "paragraph") continue;
    if (anchor < 0 && opens(b, spec.stopAt)) break;
    if (anchor < 0 && opens(b, spec.startAfter)) anchor = i;
    else if (anchor >= 0) {
      if (opens(b, spec.startAfter) || (LIMIT_PATTERN.test(b.text) && !opens(b, spec.stopAt) && b.text.length > 0 && i === anchor + 1)) anchor = i;
      else break;
    }
  }
  if (anchor < 0 && spec.needsAnchor) {
    return { id, found: false, text: "", reason: `“${spec.heading[0]}”框内的说明文字已删除，无法分辨“${def?.label.split("/").pop()}”的填写位置` };
  }
  const start = anchor >= 0 ? anchor + 1 : scanStart;
  const paragraphs: DocParagraph[] = [];
  for (let i = start; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === "table" || opens(b, spec.stopAt) || isCaption(b, spec)) break;
    paragraphs.push(b);
  }

  // The limit is read from this copy's own instruction; the form's number is the fallback.
  let limit = def?.limit ?? 1000;
  let limitFromDocument = false;
  if (anchor >= 0) {
    for (let i = anchor; i >= scanStart; i--) {
      const b = blocks[i];
      if (b.kind !== "paragraph") break;
      const m = LIMIT_PATTERN.exec(b.text);
      if (m) {
        limit = Number(m[1]);
        limitFromDocument = true;
        break;
      }
      if (i < anchor && !opens(b, spec.startAfter)) break;
    }
  }
  const anchorBlock = anchor >= 0 ? blocks[anchor] : null;
  const before = start > 0 ? blocks[start - 1] : null;
  const insertAfter =
    anchorBlock?.kind === "paragraph" ? anchorBlock.index : before?.kind === "paragraph" ? before.index : null;
  const cell = box.rows[0].cells[0].ref;
  const regionCell = paragraphs[0]?.cell ?? (anchorBlock?.kind === "paragraph" ? anchorBlock.cell : null) ?? cell;
  return {
    id,
    found: true,
    text: joinLines(paragraphs.map((p) => p.text)),
    location: {
      kind: "region",
      cell: regionCell,
      paragraphs: paragraphs.map((p) => p.index),
      insertAfter,
      afterTable: anchor >= 0 ? null : afterTable,
      limit,
      limitFromDocument,
    },
  };
}

export function locateNarratives(model: DocModel, marks: HeadingMark[], tableIndexOf: (field: string) => number | undefined): LocatedField[] {
  return NARRATIVES.map((spec) => locateNarrative(model, marks, spec, tableIndexOf));
}
