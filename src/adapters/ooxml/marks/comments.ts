/** Word comments: our comments part, the ids in use, a comment's range, and Word 2013+'s side parts. */
import { MARK_AUTHOR } from "../../../document/marks";
import type { DocxPackage } from "../docx";
import { resolveTarget } from "../partNames";
import { W_NS, XDocument, XElement, elementChildren, parseXml, wAttr, wName } from "../xml";
import { Packaging, PROLOG } from "./packaging";
import { descendants, setText, wEl } from "./wordml";

export const W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml";
export const W14_PARA_NS = "http://schemas.microsoft.com/office/word/2010/wordml";

export function commentsXml(existing: XDocument | null, items: { id: string; text: string }[], date: string): XDocument {
  const doc = existing ?? parseXml(`${PROLOG}<w:comments xmlns:w="${W_NS}"/>`, "comments");
  const root = doc.documentElement!;
  for (const { id, text } of items) {
    const c = wEl(doc, "comment", { id, author: MARK_AUTHOR, date, initials: "丝路" });
    text.split("\n").forEach((line, i) => {
      const p = wEl(doc, "p");
      if (i === 0) {
        const ref = wEl(doc, "r");
        ref.appendChild(wEl(doc, "annotationRef"));
        p.appendChild(ref);
      }
      const r = wEl(doc, "r");
      const t = wEl(doc, "t");
      setText(t, line, true);
      r.appendChild(t);
      p.appendChild(r);
      c.appendChild(p);
    });
    root.appendChild(c);
  }
  return doc;
}

export function commentIdsIn(el: XElement | null, names: string[]): Set<number> {
  const out = new Set<number>();
  if (!el) return out;
  for (const name of names) {
    for (const e of descendants(el, name)) {
      const n = parseInt(wAttr(e, "id") ?? "", 10);
      if (Number.isFinite(n)) out.add(n);
    }
  }
  return out;
}


/** Comment range markers of one id, in the body. */
export function rangeOf(body: XElement, id: string): { start: XElement | null; end: XElement | null } {
  const find = (name: string) => descendants(body, name).find((e) => wAttr(e, "id") === id) ?? null;
  return { start: find("commentRangeStart"), end: find("commentRangeEnd") };
}


/** Runs between two markers in document order. */
export function runsBetween(body: XElement, start: XElement, end: XElement): XElement[] {
  const out: XElement[] = [];
  let inside = false;
  const walk = (el: XElement): boolean => {
    for (const c of elementChildren(el)) {
      if (c === start) inside = true;
      else if (c === end) return true;
      else if (inside && wName(c) === "r") out.push(c);
      else if (walk(c)) return true;
    }
    return false;
  };
  walk(body);
  return out;
}

/**
 * Word 2013+ keeps comment state in side parts keyed by the comment
 * paragraphs' w14:paraId (commentsExtended, commentsIds) and by durable id
 * (commentsExtensible); drop the entries of our comments there too.
 */
export async function removeCommentExtras(pkg: DocxPackage, packaging: Packaging, paraIds: Set<string>): Promise<void> {
  if (paraIds.size === 0) return;
  const durable = new Set<string>();
  const byType = (suffix: string) => packaging.relationships().filter((r) => (r.getAttribute("Type") ?? "").endsWith(suffix)).map((r) => resolveTarget(pkg.mainPart, r.getAttribute("Target") ?? ""));
  const sweep = async (parts: string[], match: (el: XElement) => boolean) => {
    for (const part of parts) {
      const dom = await pkg.partDom(part);
      if (!dom?.documentElement) continue;
      let changed = false;
      for (const el of elementChildren(dom.documentElement)) {
        if (match(el)) {
          dom.documentElement.removeChild(el);
          changed = true;
        }
      }
      if (changed) pkg.setPartDom(part, dom);
    }
  };
  const attrLocal = (el: XElement, local: string) => {
    for (let i = 0; i < el.attributes.length; i++) if (el.attributes[i].localName === local) return el.attributes[i].value;
    return null;
  };
  await sweep(byType("/commentsExtended"), (el) => el.namespaceURI === W15_NS && paraIds.has(attrLocal(el, "paraId") ?? ""));
  await sweep(byType("/commentsIds"), (el) => {
    const hit = paraIds.has(attrLocal(el, "paraId") ?? "");
    if (hit) durable.add(attrLocal(el, "durableId") ?? "");
    return hit;
  });
  await sweep(byType("/commentsExtensible"), (el) => durable.has(attrLocal(el, "durableId") ?? ""));
}
