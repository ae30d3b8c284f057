import { BREAKS, PAGE_BREAK, xmlSafe } from "../../text/controlChars";
import { readParagraph, ParagraphXml, Segment } from "./reader";
import { W14_NS, W_NS, XElement, createW, elementChildren, wAttr, wChild, wName } from "./xml";

/**
 * Low-level WordprocessingML edits. They change only the runs they must, so
 * formatting, bookmarks, content controls and pictures around them survive.
 */

const XML_NS = "http://www.w3.org/XML/1998/namespace";

/**
 * Set a w:t's text. Tabs, manual line breaks (U+000B) and page breaks (U+000C)
 * become w:tab / w:br / w:br type="page" beside it in the same run, as Word
 * writes them; nothing XML cannot hold ever reaches the part.
 */
function setT(t: XElement, text: string): void {
  const [first, ...rest] = text.split(BREAKS);
  writeT(t, first);
  let after: XElement = t;
  for (let i = 0; i < rest.length; i += 2) {
    const mark = createW(t.ownerDocument, rest[i] === "\t" ? "tab" : "br");
    if (rest[i] === PAGE_BREAK) mark.setAttributeNS(W_NS, "w:type", "page");
    const next = createW(t.ownerDocument, "t");
    writeT(next, rest[i + 1]);
    t.parentNode!.insertBefore(mark, after.nextSibling);
    t.parentNode!.insertBefore(next, mark.nextSibling);
    after = next;
  }
}

function writeT(t: XElement, text: string): void {
  while (t.firstChild) t.removeChild(t.firstChild);
  const safe = xmlSafe(text);
  if (safe) t.appendChild(t.ownerDocument.createTextNode(safe));
  t.setAttributeNS(XML_NS, "xml:space", "preserve");
}

/** Run properties of the paragraph mark, usable as a new run's properties. */
export function markRunProps(p: XElement): XElement | null {
  const pPr = wChild(p, "pPr");
  const rPr = pPr ? wChild(pPr, "rPr") : null;
  if (!rPr) return null;
  const copy = rPr.cloneNode(true) as XElement;
  for (const c of elementChildren(copy)) {
    if (["ins", "del", "moveFrom", "moveTo", "rPrChange"].includes(wName(c))) copy.removeChild(c);
  }
  return copy;
}

export function firstRunProps(p: XElement): XElement | null {
  const runs = p.getElementsByTagNameNS(W_NS, "r");
  for (let i = 0; i < runs.length; i++) {
    const rPr = wChild(runs[i] as XElement, "rPr");
    if (rPr) return rPr.cloneNode(true) as XElement;
  }
  return null;
}

function newRun(p: XElement, text: string, rPr: XElement | null): XElement {
  const doc = p.ownerDocument;
  const r = createW(doc, "r");
  if (rPr) r.appendChild(rPr.cloneNode(true));
  const t = createW(doc, "t");
  r.appendChild(t);
  setT(t, text);
  return r;
}

/**
 * Replace the visible text between two offsets. The new text goes into the
 * run where the span starts (or the run just before it), so it takes that
 * run's formatting; with no run to join, a new run takes `fallback`.
 */
export function replaceSpan(p: ParagraphXml, start: number, end: number, text: string, fallback: XElement | null = null): void {
  const textual = (s: Segment) => s.kind === "text";
  let host = p.segments.find((s) => textual(s) && s.start <= start && start < s.end);
  let append = false;
  if (!host) {
    const before = p.segments.filter((s) => textual(s) && s.end === start);
    host = before[before.length - 1];
    append = host !== undefined;
  }
  for (const s of p.segments) {
    const overlaps = s.start < end && s.end > start;
    if (!overlaps || s === host) continue;
    if (s.kind === "text" || s.kind === "checkbox") {
      const old = s.node.textContent ?? "";
      setT(s.node, old.slice(0, Math.max(0, start - s.start)) + old.slice(Math.min(old.length, end - s.start)));
    } else if (s.node.parentNode) s.node.parentNode.removeChild(s.node);
  }
  if (host) {
    const old = host.node.textContent ?? "";
    if (append) setT(host.node, old + text);
    else setT(host.node, old.slice(0, start - host.start) + text + old.slice(Math.min(old.length, Math.max(0, end - host.start))));
    return;
  }
  if (text === "") return;
  const prev = [...p.segments].reverse().find((s) => s.end <= start);
  // The first piece that still stands at or after the span's start: the new text goes before it.
  const next = p.segments.find((s) => s.end > start && s.node.parentNode);
  const rPr = (prev ? wChild(prev.run, "rPr") : null) ?? fallback ?? markRunProps(p.el) ?? (next ? wChild(next.run, "rPr") : null);
  const r = newRun(p.el, text, rPr ? (rPr.cloneNode(true) as XElement) : null);
  if (prev) prev.run.parentNode!.insertBefore(r, prev.run.nextSibling);
  else if (next) next.run.parentNode!.insertBefore(r, next.run);
  else p.el.appendChild(r);
}

export function paragraphXml(el: XElement): ParagraphXml {
  return { el, segments: readParagraph(el).segments };
}

/** Markers whose ids must stay unique in a document: a copy goes without them. */
const ID_MARKERS = new Set(["bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd"]);

/** A deep copy without the copied ids (Word assigns new ones), made in one pass. */
function cleanClone(el: XElement): XElement {
  const copy = el.cloneNode(false) as XElement;
  copy.removeAttributeNS(W14_NS, "paraId");
  copy.removeAttributeNS(W14_NS, "textId");
  const sdtPr = wName(el) === "sdtPr";
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== 1) {
      copy.appendChild(c.cloneNode(true));
      continue;
    }
    const n = wName(c);
    if (ID_MARKERS.has(n) || (n === "id" && sdtPr)) continue;
    copy.appendChild(cleanClone(c as XElement));
  }
  return copy;
}

export interface LinesTarget {
  /** The answer's paragraphs now (may be empty). */
  paragraphs: XElement[];
  /** Where a first paragraph goes when there is none. */
  insertAfter: XElement | null;
  container: XElement;
  /** Paragraph whose look new paragraphs copy when there is none to copy. */
  template: XElement | null;
  /** Run properties for text when the paragraphs carry none (the label's). */
  fallback: XElement | null;
}

/** Make the paragraphs hold exactly these lines: reuse, add (copying the first) or remove. */
export function writeLines(target: LinesTarget, lines: string[]): void {
  let paras = target.paragraphs;
  if (paras.length === 0) {
    const tpl = target.template;
    const doc = target.container.ownerDocument;
    const p = createW(doc, "p");
    const pPr = tpl ? wChild(tpl, "pPr") : null;
    if (pPr) p.appendChild(cleanClone(pPr));
    const rPr = (tpl ? firstRunProps(tpl) ?? markRunProps(tpl) : null) ?? target.fallback;
    if (rPr) {
      // The paragraph mark carries the same look, so an empty answer still prints in the form's font.
      let ppr = wChild(p, "pPr");
      if (!ppr) p.insertBefore((ppr = createW(doc, "pPr")), p.firstChild);
      const old = wChild(ppr, "rPr");
      if (old) ppr.removeChild(old);
      ppr.appendChild(rPr.cloneNode(true));
    }
    if (target.insertAfter) target.insertAfter.parentNode!.insertBefore(p, target.insertAfter.nextSibling);
    else {
      const tcPr = wChild(target.container, "tcPr");
      target.container.insertBefore(p, tcPr ? tcPr.nextSibling : target.container.firstChild);
    }
    paras = [p];
  }
  const first = paras[0];
  const fallback = firstRunProps(first) ?? markRunProps(first) ?? target.fallback;
  let last = first;
  lines.forEach((line, i) => {
    let el = paras[i];
    if (!el) {
      el = cleanClone(first);
      last.parentNode!.insertBefore(el, last.nextSibling);
    }
    const px = paragraphXml(el);
    replaceSpan(px, 0, px.segments.length ? px.segments[px.segments.length - 1].end : 0, line, fallback);
    last = el;
  });
  for (const extra of paras.slice(Math.max(lines.length, 1))) extra.parentNode?.removeChild(extra);
}

const SYMBOL_TICKS: Record<string, [string, string]> = {
  "wingdings 2": ["F052", "F0A3"],
  wingdings: ["F0FE", "F06F"],
};

/** Tick or untick the box character at an offset, whatever kind of box it is. */
export function setBox(p: ParagraphXml, offset: number, ticked: boolean): void {
  const s = p.segments.find((x) => x.start <= offset && offset < x.end);
  if (!s) return;
  if (s.kind === "symbol" && wName(s.node) === "sym") {
    const font = (wAttr(s.node, "font") ?? "Wingdings 2").toLowerCase();
    const [on, off] = SYMBOL_TICKS[font] ?? SYMBOL_TICKS["wingdings 2"];
    if (!SYMBOL_TICKS[font]) s.node.setAttributeNS(W_NS, "w:font", "Wingdings 2");
    s.node.setAttributeNS(W_NS, "w:char", ticked ? on : off);
    return;
  }
  let char = ticked ? "☑" : "□";
  if (s.kind === "checkbox" && s.sdt) {
    const pr = wChild(s.sdt, "sdtPr");
    const box = pr ? elementChildren(pr).find((c) => c.namespaceURI === W14_NS && c.localName === "checkbox") : undefined;
    if (box) {
      for (const c of elementChildren(box)) {
        if (c.localName === "checked") c.setAttributeNS(W14_NS, "w14:val", ticked ? "1" : "0");
        if (c.localName === (ticked ? "checkedState" : "uncheckedState")) {
          const code = parseInt(c.getAttributeNS(W14_NS, "val") || "", 16);
          if (code) char = String.fromCharCode(code);
        }
      }
    }
  }
  const old = s.node.textContent ?? "";
  const i = offset - s.start;
  setT(s.node, old.slice(0, i) + char + old.slice(i + 1));
}

/** Insert `times` copies of consecutive rows right after the last of them. */
export function cloneRows(rows: XElement[], times: number): void {
  const last = rows[rows.length - 1];
  let after = last;
  for (let n = 0; n < times; n++) {
    for (const r of rows) {
      const copy = cleanClone(r);
      after.parentNode!.insertBefore(copy, after.nextSibling);
      after = copy;
    }
  }
}
