import { COMMENT_PREFIX, MARK_AUTHOR, Mark, Severity } from "../../document/marks";
import { wAttr, wChild, wName, XElement } from "../ooxml/xml";
import type { Action } from "./batch";
import { OOXML_HIGHLIGHT_HEX } from "./highlightColors";
import type { WComment, WRequestContext } from "./host";
import type { MarkRecord } from "./markRecord";
import { firstParagraphOfCell, targetParagraphs, targetRange, wordEnd, wordStart } from "./places";
import type { WordState } from "./wordState";
import { textHash } from "./wordText";

/**
 * Colours by severity, the same as the .docx marks (src/adapters/ooxml/marks.ts):
 * Word's yellow and bright green highlights (default palette colours, kept
 * after reload on the web, unlike Pink/Turquoise: officejs-facts §3, ISSUE
 * #3950), given as RGB so no colour-name spelling is involved, and the pale
 * fills of the same hues for cells.
 */
const COLOURS: Record<Severity, { highlight: string; fill: string }> = {
  error: { highlight: "#FFFF00", fill: "#FFF2CC" },
  warning: { highlight: "#00FF00", fill: "#E2EFDA" },
};
const OUR_HIGHLIGHTS = new Set(Object.values(COLOURS).map((c) => c.highlight));
const OUR_FILLS = new Set(Object.values(COLOURS).map((c) => c.fill));
/** What an unshaded cell is given back (Word has no documented "no shading" value for TableCell.shadingColor). */
const NO_SHADING = "#FFFFFF";

/** Ours: written by this add-in (prefix), or by the CLI into the .docx (author MARK_AUTHOR). */
export const isOurComment = (c: WComment) => c.content.startsWith(COMMENT_PREFIX) || c.authorName === MARK_AUTHOR;

export async function loadOurComments(ctx: WRequestContext): Promise<WComment[]> {
  const all = ctx.document.body.getComments().load("items/id,items/content,items/authorName");
  await ctx.sync();
  return all.items.filter(isOurComment);
}

function runHighlight(run: XElement): string | null {
  const rPr = wChild(run, "rPr");
  const h = rPr ? wChild(rPr, "highlight") : null;
  const v = h ? wAttr(h, "val") : null;
  return v && v !== "none" ? (OOXML_HIGHLIGHT_HEX[v] ?? v) : null;
}

/** The user's own highlight of every character (Word offsets), read from the document XML, with our earlier marks taken out. */
export class UserColours {
  private readonly cache = new Map<number, (string | null)[]>();
  private readonly overrides: [number, number, number, string | null][] = [];
  /** Cells whose shading is ours, with the user's shading under it. */
  readonly cells = new Map<XElement, string | null>();

  constructor(private readonly st: WordState) {}

  override(i: number, a: number, b: number, colour: string | null): void {
    this.overrides.push([i, a, b, colour]);
    this.cache.delete(i);
  }

  of(i: number): (string | null)[] {
    const hit = this.cache.get(i);
    if (hit) return hit;
    const out: (string | null)[] = new Array(this.st.words[i].length).fill(null);
    const map = this.st.maps[i];
    for (const s of this.st.index.paragraphs[i].segments) {
      const colour = runHighlight(s.run);
      for (let k = s.start; k < s.end; k++) out[map[k]] = colour;
    }
    for (const [j, a, b, colour] of this.overrides) if (j === i) for (let k = a; k < b && k < out.length; k++) out[k] = colour;
    this.cache.set(i, out);
    return out;
  }

  /** Stretches of [a, b) with one colour each. */
  pieces(i: number, a: number, b: number): [number, number, string | null][] {
    const colours = this.of(i);
    const out: [number, number, string | null][] = [];
    for (let k = a; k < b; ) {
      let e = k + 1;
      while (e < b && colours[e] === colours[k]) e++;
      out.push([k, e, colours[k] ?? null]);
      k = e;
    }
    return out;
  }
}

const paragraphSignature = (st: WordState, i: number): [number, string, string] => [i, textHash(st.words[i - 1] ?? ""), textHash(st.words[i])];

/** Where a recorded paragraph is now, and whether its text is unchanged (so recorded offsets still hold). */
function relocate(st: WordState, rec: [number, string, string], hashes: { before: string[]; own: string[] }): { j: number; same: boolean } | null {
  const [i, before, own] = rec;
  const n = st.words.length;
  if (i < n && hashes.before[i] === before) return { j: i, same: hashes.own[i] === own };
  const both: number[] = [];
  const prev: number[] = [];
  for (let j = 0; j < n; j++) {
    if (hashes.before[j] !== before) continue;
    prev.push(j);
    if (hashes.own[j] === own) both.push(j);
  }
  if (both.length === 1) return { j: both[0], same: true };
  if (i < n && hashes.own[i] === own) return { j: i, same: true };
  if (prev.length === 1) return { j: prev[0], same: false };
  return null;
}

function cellOf(st: WordState, i: number): XElement | null {
  for (let n = st.index.paragraphs[i].el.parentNode as XElement | null; n && n.nodeType === 1; n = n.parentNode as XElement | null) {
    if (wName(n) === "tc") return n;
  }
  return null;
}

function cellShading(tc: XElement): string | null {
  const tcPr = wChild(tc, "tcPr");
  const shd = tcPr ? wChild(tcPr, "shd") : null;
  const fill = shd ? wAttr(shd, "fill") : null;
  return fill && fill !== "auto" ? `#${fill.toUpperCase()}` : null;
}

/** Undo a record: recorded highlights back to the user's colours, our shading off. Stretches of edited paragraphs lose our colour. */
export function planRestore(st: WordState, record: MarkRecord | null, colours: UserColours): { actions: Action[]; touched: number[] } {
  const actions: Action[] = [];
  const touched: number[] = [];
  if (!record) return { actions, touched };
  const hashes = {
    before: st.words.map((_, j) => textHash(st.words[j - 1] ?? "")),
    own: st.words.map((w) => textHash(w)),
  };
  const where = new Map<number, { j: number; same: boolean } | null>();
  for (const rec of record.paras) where.set(rec[0], relocate(st, rec, hashes));
  const set = (j: number, a: number, b: number, colour: string | null) => {
    touched.push(j);
    colours.override(j, a, b, colour);
    actions.push({ at: j, sub: a, touched: [j], emit: (bt) => void (bt.range(j, a, b).font.highlightColor = colour) });
  };
  const byParagraph = new Map<number, MarkRecord["hl"]>();
  for (const h of record.hl) byParagraph.set(h[0], [...(byParagraph.get(h[0]) ?? []), h]);
  for (const [i, pieces] of byParagraph) {
    const at = where.get(i);
    if (!at) continue;
    const len = st.words[at.j].length;
    if (at.same) {
      for (const [, a, b, prev] of pieces) if (a < b && b <= len) set(at.j, a, b, prev);
      continue;
    }
    // The user edited the paragraph since: take the colours we gave it off wherever they still are,
    // unless the user had that colour there too (then it is theirs as much as ours).
    const prevs = new Set(pieces.map((p) => p[3]));
    const back = prevs.size === 1 ? [...prevs][0] : null;
    const ours = new Set(pieces.map((p) => p[4] ?? "").filter((c) => OUR_HIGHLIGHTS.has(c) && !prevs.has(c)));
    const current = colours.of(at.j);
    for (let k = 0; k < len; ) {
      if (!ours.has(current[k] ?? "")) {
        k++;
        continue;
      }
      let e = k + 1;
      while (e < len && current[e] === current[k]) e++;
      set(at.j, k, e, back);
      k = e;
    }
  }
  for (const [i, prev] of record.cells) {
    const at = where.get(i);
    if (!at) continue;
    const tc = cellOf(st, at.j);
    if (!tc || !OUR_FILLS.has(cellShading(tc) ?? "")) continue;
    colours.cells.set(tc, prev);
    touched.push(at.j);
    actions.push({ at: at.j, sub: 0, touched: [at.j], emit: (bt) => void (bt.para(at.j).parentTableCell.shadingColor = prev ?? NO_SHADING) });
  }
  return { actions, touched };
}

export function planMarks(st: WordState, marks: Mark[], colours: UserColours, withComments: boolean): { actions: Action[]; touched: number[]; record: MarkRecord } {
  const actions: Action[] = [];
  const touched = new Set<number>();
  const record: MarkRecord = { v: 1, paras: [], hl: [], cells: [], comments: 0 };
  const shaded = new Set<number>();
  let colour = COLOURS.error;
  const highlight = (i: number, a: number, b: number) => {
    if (a >= b) return;
    touched.add(i);
    const { highlight: hl } = colour;
    for (const [x, y, prev] of colours.pieces(i, a, b)) record.hl.push([i, x, y, prev, hl]);
    actions.push({ at: i, sub: a, touched: [i], emit: (bt) => void (bt.range(i, a, b).font.highlightColor = hl) });
  };
  const shade = (k: number) => {
    touched.add(k);
    const { fill } = colour;
    if (!shaded.has(k)) {
      shaded.add(k);
      const tc = cellOf(st, k);
      record.cells.push([k, tc ? (colours.cells.has(tc) ? colours.cells.get(tc)! : cellShading(tc)) : null]);
    }
    actions.push({ at: k, sub: 0, touched: [k], emit: (bt) => void (bt.para(k).parentTableCell.shadingColor = fill) });
  };

  // Warnings first, so an error marking the same place is the colour that stays.
  const ordered = [...marks].sort((x, y) => (x.severity === "warning" ? 0 : 1) - (y.severity === "warning" ? 0 : 1));
  for (const mark of ordered) {
    const t = mark.target;
    colour = COLOURS[mark.severity];
    if (t.kind === "range") {
      for (let i = t.start.paragraph; i <= t.end.paragraph; i++) {
        const a = i === t.start.paragraph ? wordStart(st, i, t.start.offset) : 0;
        const b = i === t.end.paragraph ? wordEnd(st, i, t.end.offset) : st.words[i].length;
        highlight(i, a, b);
      }
    } else if (t.kind === "cell") {
      shade(firstParagraphOfCell(st, t.cell));
    } else {
      const withText = t.paragraphs.filter((i) => st.words[i] !== "");
      if (withText.length > 0) for (const i of withText) highlight(i, 0, st.words[i].length);
      else {
        // Empty paragraphs show no highlight: shade the box they are in instead.
        const cells = new Set(t.paragraphs.map((i) => st.model.paragraphs[i].cell).filter((c) => c !== null).map((c) => `${c!.table}:${c!.row}:${c!.col}`));
        const ref = st.model.paragraphs[t.paragraphs[0]]?.cell;
        if (cells.size === 1 && ref) shade(firstParagraphOfCell(st, ref));
      }
    }
    if (withComments && mark.comment) {
      const paras = targetParagraphs(st, t);
      if (paras.length === 0) continue;
      for (const i of paras) touched.add(i);
      record.comments++;
      const text = COMMENT_PREFIX + mark.comment;
      actions.push({ at: paras[0], sub: -1, touched: [], emit: (bt) => void targetRange(bt, st, t).insertComment(text) });
    }
  }
  for (const i of touched) record.paras.push(paragraphSignature(st, i));
  return { actions, touched: [...touched], record };
}
