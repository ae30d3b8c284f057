/** Clearing marks: the original bytes back when nothing changed since, otherwise our marks taken out one by one. */
import { COMMENT_PREFIX, MARK_AUTHOR } from "../../../document/marks";
import type { DocxPackage } from "../docx";
import { readParagraph } from "../reader";
import { XElement, elementChildren, wAttr, wChild, wName } from "../xml";
import { W14_PARA_NS, rangeOf, removeCommentExtras, runsBetween } from "./comments";
import { OUR_FILLS } from "./palette";
import { Packaging, REL_COMMENTS } from "./packaging";
import { mergeAt, removeHighlight, runSpan, runsIn } from "./runs";
import { locateShading, restoreShading } from "./shading";
import { MarkEntry, RecordLocation, UndoRecord, findRecord, removeRecordParts, restoreOriginals } from "./undoRecord";
import { descendants, enclosing, hash } from "./wordml";

export type ClearOutcome =
  /** Nothing of ours was in the package. */
  | "none"
  /** The parts were unchanged since marking; their original bytes are back. */
  | "restored"
  /** The document changed since marking; our marks were taken out one by one. */
  | "structural";

export async function clearMarksFromPackage(pkg: DocxPackage): Promise<ClearOutcome> {
  const packaging = await Packaging.open(pkg);
  const found = await findRecord(pkg, packaging);
  const outcome = found && (await restoreOriginals(pkg, found.record, found.loc)) ? "restored" : await structuralClear(pkg, packaging, found);
  if (outcome !== "none") pkg.reindex();
  return outcome;
}

interface OurComment {
  id: string;
  el: XElement;
  textHash: string;
}

async function structuralClear(pkg: DocxPackage, packaging: Packaging, found: { loc: RecordLocation; record: UndoRecord } | null): Promise<ClearOutcome> {
  const body = pkg.body;
  const commentsRel = packaging.targets(REL_COMMENTS)[0];
  const commentsDom = commentsRel ? await pkg.partDom(commentsRel.part) : null;
  const ours: OurComment[] = [];
  if (commentsDom) {
    for (const c of descendants(commentsDom.documentElement!, "comment")) {
      const text = descendants(c, "p")
        .map((p) => descendants(p, "t").map((t) => t.textContent ?? "").join(""))
        .join("\n");
      // Ours: written by this tool, or by the Word add-in (which cannot set the author, so it marks the text).
      if (wAttr(c, "author") !== MARK_AUTHOR && !text.startsWith(COMMENT_PREFIX)) continue;
      ours.push({ id: wAttr(c, "id") ?? "", el: c, textHash: hash(text) });
    }
  }
  if (!found && ours.length === 0) return "none";

  const paragraphs = pkg.index.paragraphs.map((x) => x.el);
  const textHashes = new Map<XElement, string>();
  const textHashOf = (p: XElement) => {
    let h = textHashes.get(p);
    if (h === undefined) textHashes.set(p, (h = hash(readParagraph(p).text)));
    return h;
  };
  /** The paragraph a record entry was made in: at its index if the text is the same, else the nearest with that text. */
  const locate = (index: number, textHash: string): XElement | null => {
    if (paragraphs[index] && textHashOf(paragraphs[index]) === textHash) return paragraphs[index];
    let best: XElement | null = null;
    let bestDistance = Infinity;
    paragraphs.forEach((p, i) => {
      if (Math.abs(i - index) < bestDistance && textHashOf(p) === textHash) {
        best = p;
        bestDistance = Math.abs(i - index);
      }
    });
    return best;
  };

  // Which of our comments belongs to which record entry: by text (Word renumbers comment ids on save).
  const claimed = new Set<OurComment>();
  const commentFor = (m: MarkEntry): OurComment | null => {
    const c = ours.find((o) => !claimed.has(o) && o.id === m.commentId && o.textHash === m.commentHash) ?? ours.find((o) => !claimed.has(o) && o.textHash === m.commentHash) ?? null;
    if (c) claimed.add(c);
    return c;
  };

  // Work out every target before changing anything: comment markers move offsets of nothing, but runs are merged.
  const actions: (() => void)[] = [];
  const merges: (() => void)[] = [];
  for (const m of found?.record.marks ?? []) {
    const comment = commentFor(m);
    const range = comment ? rangeOf(body, comment.id) : { start: null, end: null };
    const anchorRuns = range.start && range.end ? runsBetween(body, range.start, range.end) : [];
    for (const h of m.highlights) {
      const p = locate(h.paragraph, h.textHash);
      if (p) {
        const runs = runsIn(p, h.start, h.end).filter((r) => {
          const span = runSpan(p, r);
          return span !== null && span[0] >= h.start && span[1] <= h.end;
        });
        actions.push(() => runs.forEach((r) => removeHighlight(r, h.colour)));
      } else {
        // The paragraph was edited: our highlight is whatever still carries our colour inside our comment's range.
        actions.push(() => anchorRuns.forEach((r) => removeHighlight(r, h.colour)));
      }
    }
    for (const s of m.splits) {
      const p = locate(s.paragraph, s.textHash);
      if (p) merges.push(() => mergeAt(p, s.offset));
    }
    for (const s of m.shading) {
      const target = locateShading(pkg, s, locate, range.start);
      if (target) actions.push(() => restoreShading(target, s));
    }
  }
  if (!found) {
    for (const c of ours) {
      const { start, end } = rangeOf(body, c.id);
      if (!start || !end) continue;
      const runs = runsBetween(body, start, end);
      actions.push(() => runs.forEach((r) => removeHighlight(r, null)));
      const tc = enclosing(start, "tc");
      const tcShd = tc ? wChild(wChild(tc, "tcPr") ?? tc, "shd") : null;
      const p = enclosing(start, "p");
      const pShd = p ? wChild(wChild(p, "pPr") ?? p, "shd") : null;
      for (const shd of [tcShd, pShd]) {
        if (shd && OUR_FILLS.has((wAttr(shd, "fill") ?? "").toUpperCase())) actions.push(() => shd.parentNode?.removeChild(shd));
      }
    }
  }

  // LibreOffice leaves an empty run carrying our highlight just before our range's end: it holds
  // no text, only our colour, so it goes with the comment.
  for (const c of ours) {
    const { end } = rangeOf(body, c.id);
    for (let prev = end?.previousSibling ?? null; prev && wName(prev) === "r"; prev = prev.previousSibling) {
      const r = prev as XElement;
      const rPr = wChild(r, "rPr");
      if (elementChildren(r).length !== 1 || !rPr || !wChild(rPr, "highlight")) break;
      actions.push(() => r.parentNode?.removeChild(r));
    }
  }

  // Comments: ours go from every part that refers to them.
  const ids = new Set(ours.map((c) => c.id));
  for (const name of ["commentRangeStart", "commentRangeEnd", "commentReference"]) {
    for (const e of descendants(body, name)) {
      if (!ids.has(wAttr(e, "id") ?? "")) continue;
      const run = e.parentNode as XElement;
      actions.push(() => {
        run.removeChild(e);
        if (name === "commentReference" && wName(run) === "r" && elementChildren(run).every((c) => wName(c) === "rPr")) run.parentNode?.removeChild(run);
      });
    }
  }
  for (const a of actions) a();
  for (const m of merges) m();
  pkg.markDirty();

  if (commentsDom && commentsRel) {
    const paraIds = new Set<string>();
    for (const c of ours) {
      for (const p of descendants(c.el, "p")) {
        const pid = p.getAttributeNS(W14_PARA_NS, "paraId");
        if (pid) paraIds.add(pid);
      }
      c.el.parentNode?.removeChild(c.el);
    }
    const createdByUs = found?.record.parts.some((p) => p.name === commentsRel.part && !p.existed) ?? false;
    if (createdByUs && descendants(commentsDom.documentElement!, "comment").length === 0) {
      pkg.removePart(commentsRel.part);
      packaging.removeRelationship(commentsRel.rel);
      packaging.undeclare(commentsRel.part);
    } else if (ours.length) {
      pkg.setPartDom(commentsRel.part, commentsDom);
    }
    await removeCommentExtras(pkg, packaging, paraIds);
  }
  if (found) removeRecordParts(pkg, packaging, found.loc);
  packaging.flush();
  return "structural";
}
