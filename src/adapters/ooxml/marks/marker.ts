/** Marking one finding: highlight or shade its target and anchor its comment there, noting in the record what changed. */
import type { Mark, MarkTarget } from "../../../document/marks";
import type { DocxPackage } from "../docx";
import { cellKey, readParagraph } from "../reader";
import { W_NS, XDocument, XElement, wChild, wName } from "../xml";
import { COLOURS } from "./palette";
import { highlightOf, runSpan, runsIn, splitAt } from "./runs";
import { shade } from "./shading";
import type { MarkEntry } from "./undoRecord";
import { PPR_ORDER, RPR_ORDER, TCPR_ORDER, descendants, enclosing, ensureFirstChild, hash, insertInOrder, segmentsOf, topLevel, wEl } from "./wordml";

interface Anchor {
  /** Paragraph and the top-level node the start marker goes before (null: at the end). */
  startP: XElement;
  startBefore: Node | null;
  endP: XElement;
  /** The top-level node the end marker goes after (null: right after pPr, i.e. the start of an empty paragraph). */
  endAfter: Node | null;
}

function contentStart(p: XElement): Node | null {
  const pPr = wChild(p, "pPr");
  return pPr ? pPr.nextSibling : p.firstChild;
}

function wholeParagraph(p: XElement): Anchor {
  let last: Node | null = p.lastChild;
  while (last && last.nodeType !== 1) last = last.previousSibling;
  if (last && wName(last) === "pPr") last = null;
  return { startP: p, startBefore: contentStart(p), endP: p, endAfter: last };
}

export class Marker {
  readonly doc: XDocument;
  readonly entries: MarkEntry[] = [];
  /** Runs this pass highlighted: a highlight there is ours, not the user's. */
  private readonly ours = new Set<XElement>();
  readonly comments: { id: string; text: string }[] = [];
  private nextId: number;

  constructor(
    readonly pkg: DocxPackage,
    usedIds: Set<number>,
  ) {
    this.doc = pkg.document;
    this.nextId = usedIds.size ? Math.max(...usedIds) + 1 : 0;
  }

  private para(i: number): XElement | null {
    return this.pkg.index.paragraphs[i]?.el ?? null;
  }

  private textHash(p: XElement): string {
    return hash(readParagraph(p).text);
  }

  apply(mark: Mark): void {
    const colours = COLOURS[mark.severity];
    const entry: MarkEntry = { id: mark.id, commentId: "", commentHash: hash(mark.comment), highlights: [], splits: [], shading: [] };
    const anchor = this.mark(mark.target, colours, entry);
    if (!anchor) return;
    const id = String(this.nextId++);
    entry.commentId = id;
    this.anchorComment(anchor, id);
    this.comments.push({ id, text: mark.comment });
    this.entries.push(entry);
  }

  private mark(target: MarkTarget, colours: { highlight: string; fill: string }, entry: MarkEntry): Anchor | null {
    switch (target.kind) {
      case "range":
        return this.markRange(target, colours.highlight, entry);
      case "cell": {
        const tc = this.pkg.index.cells.get(cellKey(target.cell));
        if (!tc) return null;
        const first = target.paragraphs.map((i) => this.para(i)).find((p): p is XElement => p !== null && enclosing(p, "tc") === tc) ?? descendants(tc, "p")[0];
        if (!first) return null;
        const index = this.pkg.index.paragraphs.findIndex((x) => x.el === first);
        const tcPr = ensureFirstChild(tc, "tcPr");
        entry.shading.push({ kind: "cell", paragraph: index, textHash: this.textHash(first), cell: { ...target.cell }, fill: colours.fill, previous: shade(this.doc, tcPr, TCPR_ORDER, colours.fill) });
        return wholeParagraph(first);
      }
      case "paragraphs": {
        const paras = target.paragraphs.map((i) => ({ i, p: this.para(i) })).filter((x): x is { i: number; p: XElement } => x.p !== null);
        if (paras.length === 0) return null;
        for (const { i, p } of paras) {
          const pPr = ensureFirstChild(p, "pPr");
          entry.shading.push({ kind: "paragraph", paragraph: i, textHash: this.textHash(p), fill: colours.fill, previous: shade(this.doc, pPr, PPR_ORDER, colours.fill) });
        }
        return wholeParagraph(paras[0].p);
      }
    }
  }

  private markRange(target: Extract<MarkTarget, { kind: "range" }>, colour: string, entry: MarkEntry): Anchor | null {
    let { start, end } = target;
    if (end.paragraph < start.paragraph || (end.paragraph === start.paragraph && end.offset < start.offset)) [start, end] = [end, start];
    const pieces: { i: number; p: XElement; s: number; e: number }[] = [];
    for (let i = start.paragraph; i <= end.paragraph; i++) {
      const p = this.para(i);
      if (!p) continue;
      const len = readParagraph(p).text.length;
      const s = i === start.paragraph ? Math.max(0, Math.min(start.offset, len)) : 0;
      const e = i === end.paragraph ? Math.max(0, Math.min(end.offset, len)) : len;
      pieces.push({ i, p, s, e: Math.max(s, e) });
    }
    if (pieces.length === 0) return null;
    let firstRun: { p: XElement; run: XElement } | null = null;
    let lastRun: { p: XElement; run: XElement } | null = null;
    for (const piece of pieces) {
      const textHash = this.textHash(piece.p);
      for (const off of new Set([piece.s, piece.e])) {
        const keepOurs = (run: XElement, copy: XElement) => {
          if (this.ours.has(run)) this.ours.add(copy);
        };
        if (splitAt(piece.p, off, keepOurs)) entry.splits.push({ paragraph: piece.i, textHash, offset: off });
      }
      if (piece.e === piece.s) continue;
      for (const run of runsIn(piece.p, piece.s, piece.e)) {
        firstRun ??= { p: piece.p, run };
        lastRun = { p: piece.p, run };
        const existing = highlightOf(run);
        // The user's own highlight stays as it is; our comment range still shows the finding.
        if (existing && !this.ours.has(run)) continue;
        if (existing) {
          // Two of our marks overlap: an error outranks a warning.
          if (colour === COLOURS.error.highlight) existing.setAttributeNS(W_NS, "w:val", colour);
        } else {
          insertInOrder(ensureFirstChild(run, "rPr"), wEl(this.doc, "highlight", { val: colour }), RPR_ORDER);
          this.ours.add(run);
        }
        const span = runSpan(piece.p, run);
        if (span) entry.highlights.push({ paragraph: piece.i, textHash, start: span[0], end: span[1], colour });
      }
    }
    // Splitting later pieces of this same pass may split runs recorded here; the spans stay right
    // because highlights are found again by offsets, never by run.
    if (firstRun && lastRun) {
      return {
        startP: firstRun.p,
        startBefore: topLevel(firstRun.run, firstRun.p),
        endP: lastRun.p,
        endAfter: topLevel(lastRun.run, lastRun.p),
      };
    }
    // An empty range: a point comment where it starts.
    const { p, s } = pieces[0];
    const at = segmentsOf(p).segments.find((x) => x.start >= s);
    const before = at ? topLevel(at.run, p) : null;
    const prev = before ? before.previousSibling : p.lastChild;
    const endAfter = prev && !(prev.nodeType === 1 && wName(prev) === "pPr") ? prev : null;
    return { startP: p, startBefore: before, endP: p, endAfter };
  }

  private anchorComment(a: Anchor, id: string): void {
    const rangeStart = wEl(this.doc, "commentRangeStart", { id });
    const rangeEnd = wEl(this.doc, "commentRangeEnd", { id });
    const refRun = wEl(this.doc, "r");
    refRun.appendChild(wEl(this.doc, "commentReference", { id }));
    // End first: with an empty paragraph both markers sit at the start and must stay in order.
    const endRef = a.endAfter ? a.endAfter.nextSibling : contentStart(a.endP);
    a.endP.insertBefore(rangeEnd, endRef);
    a.endP.insertBefore(refRun, rangeEnd.nextSibling);
    const startRef = a.startBefore && a.startBefore.parentNode === a.startP ? a.startBefore : a.startP === a.endP ? rangeEnd : null;
    a.startP.insertBefore(rangeStart, startRef);
  }
}
