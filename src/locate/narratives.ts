import { lastLevel } from "../form/labels";
import { CellRef, DocModel, DocParagraph, DocTable } from "../document/model";
import { fieldDef } from "../form/paths";
import { LIMIT_PATTERN, NARRATIVES, NarrativeSpec } from "../form/layout";
import { foldText, labelKey } from "../text/normalize";
import { findNarrativeHeading, HeadingMark } from "./headings";
import type { LocatedField } from "./location";
import { joinLines } from "./text";

const opens = (p: DocParagraph, openings: readonly string[]) => {
  const t = foldText(p.text);
  return t.length > 0 && openings.some((o) => t.startsWith(foldText(o)));
};

const isCaption = (p: DocParagraph, spec: NarrativeSpec) =>
  spec.captions !== undefined && spec.captions.some((c) => labelKey(c) === labelKey(p.text));

/** A piece of a section as read: a paragraph (in a box or in the body) or a data table. */
type Item = { kind: "p"; p: DocParagraph; box: string | null } | { kind: "t"; table: DocTable };

const isBox = (t: DocTable) => t.rows.length > 0 && t.rows.every((r) => r.cells.length === 1);
const cellKey = (c: CellRef) => `${c.table}:${c.row}:${c.col}`;

/**
 * Everything between a heading and the next one, in reading order, with the
 * one-cell boxes opened up: the instruction, answer space, captions and data
 * tables of a section, whether the copy nests its tables inside the box, puts
 * them between boxes, or has no box at all.
 */
function sectionItems(model: DocModel, marks: HeadingMark[], heading: HeadingMark): Item[] {
  const next = marks.find((m) => m.block > heading.block);
  const end = next ? next.block : model.blocks.length;
  const items: Item[] = [];
  for (const b of model.blocks.slice(heading.block + 1, end)) {
    if (b.kind === "paragraph") items.push({ kind: "p", p: b, box: null });
    else if (!isBox(b)) items.push({ kind: "t", table: b });
    else {
      for (const row of b.rows) {
        for (const cell of row.cells) {
          for (const x of cell.blocks) items.push(x.kind === "paragraph" ? { kind: "p", p: x, box: cellKey(cell.ref) } : { kind: "t", table: x });
        }
      }
    }
  }
  return items;
}

/**
 * The answer of a narrative: the paragraphs after its instruction (or after
 * its data table), in the same box, up to the next table or sub-heading.
 * When the instruction was deleted the answer is the first box's space —
 * except where two answers share a box and only their instructions tell
 * them apart, which is reported rather than guessed.
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
  const items = sectionItems(model, marks, heading);
  if (!items.some((x) => x.kind === "p" && x.box !== null) && !items.some((x) => x.kind === "p" && opens(x.p, spec.startAfter))) {
    return { id, found: false, text: "", reason: `标题“${heading.paragraph.text.trim()}”下方没有填写框` };
  }

  let scanStart = 0;
  let afterTable: number | null = null;
  if (spec.afterTable) {
    const t = tableIndexOf(spec.afterTable);
    const at = t === undefined ? -1 : items.findIndex((x) => x.kind === "t" && x.table.index === t);
    if (at < 0) return { id, found: false, text: "", reason: `“${spec.heading[0]}”下找不到它前面的表格` };
    scanStart = at + 1;
    afterTable = t ?? null;
  }

  // The anchor: the last paragraph of the instruction run that opens with one of the spec's openings.
  let anchor = -1;
  for (let i = scanStart; i < items.length; i++) {
    const x = items[i];
    if (x.kind !== "p") continue;
    if (anchor < 0 && opens(x.p, spec.stopAt)) break;
    if (anchor < 0 && opens(x.p, spec.startAfter)) anchor = i;
    else if (anchor >= 0) {
      const next = items[anchor + 1];
      const continues = x === next && (opens(x.p, spec.startAfter) || (LIMIT_PATTERN.test(x.p.text) && !opens(x.p, spec.stopAt)));
      if (continues) anchor = i;
      else break;
    }
  }
  if (anchor < 0 && spec.needsAnchor) {
    return { id, found: false, text: "", reason: `“${spec.heading[0]}”框内的说明文字已删除，无法分辨“${def ? lastLevel(def.label) : ""}”的填写位置` };
  }

  // Where the answer starts: after the instruction; without one, at the first box's space
  // (a note inserted above the box is not part of the answer).
  let start = anchor >= 0 ? anchor + 1 : scanStart;
  if (anchor < 0 && afterTable === null) {
    const firstBox = items.findIndex((x, i) => i >= scanStart && x.kind === "p" && x.box !== null);
    if (firstBox >= 0) start = firstBox;
  }
  const anchorItem = anchor >= 0 ? (items[anchor] as Extract<Item, { kind: "p" }>) : null;
  const first = items[start];
  // The answer stays in one box: the instruction's own box, or the next box when the
  // instruction box ends there; the body after a box is never taken for its answer space.
  let container: string | null | undefined;
  if (first?.kind === "p") {
    if (!anchorItem || first.box === anchorItem.box || first.box !== null) container = first.box;
  }
  const paragraphs: DocParagraph[] = [];
  if (container !== undefined) {
    for (let i = start; i < items.length; i++) {
      const x = items[i];
      if (x.kind !== "p" || x.box !== container || opens(x.p, spec.stopAt) || isCaption(x.p, spec)) break;
      paragraphs.push(x.p);
    }
  }

  // The limit is read from this copy's own instruction; the form's number is the fallback.
  let limit = def?.limit ?? 1000;
  let limitFromDocument = false;
  for (let i = anchor; i >= scanStart && i >= 0; i--) {
    const x = items[i];
    if (x.kind !== "p") break;
    const m = LIMIT_PATTERN.exec(x.p.text);
    if (m) {
      limit = Number(m[1]);
      limitFromDocument = true;
      break;
    }
    if (i < anchor && !opens(x.p, spec.startAfter)) break;
  }

  const before = start > 0 ? items[start - 1] : null;
  const insertAfter = anchorItem ? anchorItem.p.index : before?.kind === "p" ? before.p.index : null;
  const cell = paragraphs[0]?.cell ?? anchorItem?.p.cell ?? (first?.kind === "p" ? first.p.cell : null);
  if (!cell && insertAfter === null && afterTable === null) {
    return { id, found: false, text: "", reason: `“${spec.heading[0]}”下找不到填写位置` };
  }
  return {
    id,
    found: true,
    text: joinLines(paragraphs.map((p) => p.text)),
    location: {
      kind: "region",
      cell,
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
