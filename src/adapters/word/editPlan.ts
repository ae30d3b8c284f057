import type { EditOp } from "../../document/ops";
import { cellParagraphs, findCell } from "../../document/model";
import { elementChildren, W14_NS, wChild } from "../ooxml/xml";
import type { Action, Batch } from "./batch";
import type { WParagraph } from "./host";
import { firstParagraphOfCell, wordOnlyIn, wordSpan } from "./places";
import type { WordState } from "./wordState";

/** How each fill edit becomes Word commands. */

export function planEdit(st: WordState, op: EditOp): Action {
  switch (op.op) {
    case "setSpan": {
      const i = op.span.paragraph;
      const [a, b] = wordSpan(st, i, op.span.start, op.span.end);
      // A paragraph break would renumber every later paragraph; a line break is what "\n" means inside a line.
      const text = op.text.replace(/\r\n|\r|\n/g, "\v");
      return {
        at: i,
        sub: a,
        touched: [i],
        emit: (bt) => replaceKeeping(bt, st, i, a, b, text),
      };
    }
    case "setBox": {
      const i = op.span.paragraph;
      const [a, b] = wordSpan(st, i, op.span.start, op.span.end);
      const char = boxChar(st, i, op.span.start, op.ticked);
      return { at: i, sub: a, touched: [i], emit: (bt) => void bt.range(i, a, Math.max(b, a + 1)).insertText(char, "Replace") };
    }
    case "setCell": {
      const cell = findCell(st.model, op.cell);
      if (!cell) throw new Error(`cell ${op.cell.table}:${op.cell.row}:${op.cell.col} not in the document`);
      return writeParagraphs(st, cellParagraphs(cell).map((p) => p.index), op.lines);
    }
    case "setRegion": {
      if (op.paragraphs.length > 0) return writeParagraphs(st, op.paragraphs, op.lines);
      return insertRegion(st, op);
    }
  }
}

/**
 * Replace Word's text [a, b) of paragraph i, keeping what the model does not
 * see (a footnote mark, an inline picture) after the new text, as the OOXML
 * path's replaceSpan does: the stretches between them are deleted one by
 * one, last first, and the first stretch takes the new text.
 */
function replaceKeeping(b: Batch, st: WordState, i: number, a: number, z: number, text: string): void {
  const kept = wordOnlyIn(st, i, a, z);
  const bounds = [a, ...kept.flatMap((k) => [k, k + 1]), z];
  for (let k = bounds.length - 2; k >= 2; k -= 2) if (bounds[k] < bounds[k + 1]) b.range(i, bounds[k], bounds[k + 1]).delete();
  const [x, y] = [bounds[0], bounds[1]];
  if (x < y) {
    if (text === "") b.range(i, x, y).delete();
    else b.range(i, x, y).insertText(text, "Replace");
  } else if (text !== "") b.point(i, x).insertText(text, "End");
}

/** The character a box becomes: a checkbox content control's own glyphs, else ☑ / □ (what the OOXML path writes). */
function boxChar(st: WordState, i: number, modelOffset: number, ticked: boolean): string {
  const seg = st.index.paragraphs[i].segments.find((s) => s.start <= modelOffset && modelOffset < s.end);
  if (seg?.kind === "checkbox" && seg.sdt) {
    const pr = wChild(seg.sdt, "sdtPr");
    const box = pr ? elementChildren(pr).find((c) => c.namespaceURI === W14_NS && c.localName === "checkbox") : undefined;
    const state = box ? elementChildren(box).find((c) => c.localName === (ticked ? "checkedState" : "uncheckedState")) : undefined;
    const code = state ? parseInt(state.getAttributeNS(W14_NS, "val") || "", 16) : NaN;
    if (code) return String.fromCharCode(code);
  }
  return ticked ? "☑" : "□";
}

/** Make paragraphs P hold exactly `lines`: rewrite, add after the last, or delete the extra ones (never the first). */
function writeParagraphs(st: WordState, P: number[], lines: string[]): Action {
  const n = P.length;
  const m = lines.length;
  return {
    at: P[0],
    sub: 0,
    touched: P,
    emit: (b) => {
      // Texts first: joining paragraphs below leaves Word's paragraph objects for the joined ones undefined.
      for (let k = Math.min(n, m) - 1; k >= 0; k--) {
        const i = P[k];
        if (st.model.paragraphs[i].text === lines[k]) continue;
        if (wordOnlyIn(st, i, 0, st.words[i].length).length > 0) replaceKeeping(b, st, i, 0, st.words[i].length, lines[k]);
        else if (lines[k] === "") b.range(i, 0, st.words[i].length).delete();
        else b.para(i).insertText(lines[k], "Replace");
      }
      if (m > n) {
        let prev = b.para(P[n - 1]);
        for (let k = n; k < m; k++) prev = prev.insertParagraph(lines[k], "After");
      }
      const keep = Math.max(m, 1);
      if (n > keep) {
        const consecutive = P.slice(keep - 1).every((x, k, a) => k === 0 || x === a[k - 1] + 1);
        // From the end of the last kept paragraph to the end of the last one: Word joins them and keeps the
        // last mark, which may be a cell's end mark that Paragraph.delete() could not remove.
        if (consecutive) b.para(P[keep - 1]).getRange("End").expandTo(b.para(P[n - 1]).getRange("End")).delete();
        else for (let k = n - 1; k >= keep; k--) b.para(P[k]).delete();
      }
    },
  };
}

function insertRegion(st: WordState, op: Extract<EditOp, { op: "setRegion" }>): Action {
  const { lines } = op;
  const chainRest = (first: WParagraph) => {
    let prev = first;
    for (const line of lines.slice(1)) prev = prev.insertParagraph(line, "After");
  };
  if (op.afterTable !== null) {
    const t = st.model.tables[op.afterTable];
    const k = st.model.paragraphs.slice(t.paragraphRange[0], t.paragraphRange[1]).find((p) => p.cell?.table === t.index)!.index;
    return {
      at: t.paragraphRange[1] - 1,
      sub: Number.MAX_SAFE_INTEGER,
      touched: [k],
      emit: (b) => chainRest(b.para(k).parentTable.insertParagraph(lines[0], "After")),
    };
  }
  if (op.insertAfter !== null) {
    const k = op.insertAfter;
    return { at: k, sub: Number.MAX_SAFE_INTEGER, touched: [k], emit: (b) => chainRest(b.para(k).insertParagraph(lines[0], "After")) };
  }
  // The locator gives a body region (no box) a paragraph or table to follow, so only a box's top is left here.
  if (!op.cell) throw new Error("setRegion: a region without a box needs insertAfter or afterTable");
  const k = firstParagraphOfCell(st, op.cell);
  return { at: k, sub: -1, touched: [k], emit: (b) => chainRest(b.para(k).parentTableCell.body.insertParagraph(lines[0], "Start")) };
}
