/** Runs: split at an offset, find by offsets, highlight and un-highlight, merge back a split. */
import { XDocument, XElement, elementChildren, serializeXml, wAttr, wChild, wName } from "../xml";
import { OUR_HIGHLIGHTS } from "./palette";
import { XML_NS, nextElement, segmentsOf, setText } from "./wordml";

/** Move `node` and the children after it into a new run right after `run`, with the same properties. */
export function splitRunBefore(run: XElement, node: XElement): XElement {
  const copy = run.cloneNode(false) as XElement;
  const rPr = wChild(run, "rPr");
  if (rPr) copy.appendChild(rPr.cloneNode(true));
  for (let n: Node | null = node; n; ) {
    const next: Node | null = n.nextSibling;
    copy.appendChild(n);
    n = next;
  }
  run.parentNode!.insertBefore(copy, run.nextSibling);
  return copy;
}

/** Make a run boundary at `offset` of the paragraph's text. Returns whether a run had to be split. */
export function splitAt(p: XElement, offset: number, onSplit: (run: XElement, copy: XElement) => void = () => {}): boolean {
  const { segments } = segmentsOf(p);
  const inside = segments.find((s) => s.start < offset && offset < s.end);
  if (inside) {
    // A checkbox's content must stay one piece of its content control.
    if (inside.kind !== "text") return false;
    const t = inside.node;
    const text = t.textContent ?? "";
    const k = offset - inside.start;
    const preserve = t.getAttributeNS(XML_NS, "space") === "preserve";
    const rest = t.cloneNode(false) as XElement;
    setText(t, text.slice(0, k), preserve);
    setText(rest, text.slice(k), preserve);
    t.parentNode!.insertBefore(rest, t.nextSibling);
    onSplit(inside.run, splitRunBefore(inside.run, rest));
    return true;
  }
  const after = segments.find((s) => s.start === offset);
  const before = [...segments].reverse().find((s) => s.end === offset);
  if (after && before && after.run === before.run) {
    onSplit(after.run, splitRunBefore(after.run, after.node));
    return true;
  }
  return false;
}

/** Runs holding text in [start, end) of the paragraph, in order. */
export function runsIn(p: XElement, start: number, end: number): XElement[] {
  const out: XElement[] = [];
  for (const s of segmentsOf(p).segments) {
    if (s.start < end && s.end > start && !out.includes(s.run)) out.push(s.run);
  }
  return out;
}

/** Offsets of a run's text in its paragraph. */
export function runSpan(p: XElement, run: XElement): [number, number] | null {
  const segs = segmentsOf(p).segments.filter((s) => s.run === run);
  return segs.length ? [segs[0].start, segs[segs.length - 1].end] : null;
}

export function highlightOf(run: XElement): XElement | null {
  const rPr = wChild(run, "rPr");
  return rPr ? wChild(rPr, "highlight") : null;
}

export function removeHighlight(run: XElement, colour: string | null): boolean {
  const h = highlightOf(run);
  if (!h) return false;
  const val = wAttr(h, "val") ?? "";
  if (colour !== null ? val !== colour : !OUR_HIGHLIGHTS.has(val)) return false;
  const rPr = h.parentNode as XElement;
  rPr.removeChild(h);
  if (elementChildren(rPr).length === 0) run.removeChild(rPr);
  return true;
}

export function sameRun(a: XElement, b: XElement): boolean {
  const attrs = (e: XElement) => {
    const out: string[] = [];
    for (let i = 0; i < e.attributes.length; i++) out.push(`${e.attributes[i].name}=${e.attributes[i].value}`);
    return out.sort().join(" ");
  };
  const props = (e: XElement) => {
    const rPr = wChild(e, "rPr");
    return rPr && elementChildren(rPr).length ? serializeXml(rPr as unknown as XDocument) : "";
  };
  return attrs(a) === attrs(b) && props(a) === props(b);
}

/** Undo a split at `offset` when the two runs are still neighbours and look alike. */
export function mergeAt(p: XElement, offset: number): void {
  const { segments } = segmentsOf(p);
  const left = [...segments].reverse().find((s) => s.end === offset);
  const right = segments.find((s) => s.start === offset);
  if (!left || !right || left.run === right.run) return;
  if (nextElement(left.run) !== right.run || !sameRun(left.run, right.run)) return;
  const moved = elementChildren(right.run).filter((c) => wName(c) !== "rPr");
  const last = elementChildren(left.run).pop();
  const first = moved[0];
  if (last && first && wName(last) === "t" && wName(first) === "t") {
    const preserve = last.getAttributeNS(XML_NS, "space") === "preserve" || first.getAttributeNS(XML_NS, "space") === "preserve";
    setText(last, (last.textContent ?? "") + (first.textContent ?? ""), preserve);
    moved.shift();
  }
  for (const c of moved) left.run.appendChild(c);
  right.run.parentNode!.removeChild(right.run);
}
