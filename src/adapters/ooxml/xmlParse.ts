import { NsScope, XDoc, XElem, XML_NS, XMLNS_NS, XProcessingInstruction, XText, NAMED_ENTITIES, namespaceDeclarations } from "./xmlDom";

/**
 * A strict, single-pass XML 1.0 parser into xmlDom's nodes. Strict because a
 * damaged part must be refused, not half-read: mismatched or unclosed tags,
 * bad attribute syntax, duplicate attributes, unknown entities, unbound
 * namespace prefixes, characters XML forbids and text outside the root all
 * throw an XmlSyntaxError naming the line and column. Fast because it scans
 * with indexOf and sticky regular expressions and builds nothing it does not
 * keep (see docs/performance.md).
 *
 * Not supported, because no .docx part uses them: a DOCTYPE with an internal
 * subset (entity declarations), and entities other than the five predefined
 * ones and character references.
 */

export class XmlSyntaxError extends Error {}

const NAME = /[A-Za-z_\u00C0-\uFFFF][\w.\-:\u00B7\u00C0-\uFFFF]*/y;
const ENTITY = /&(?:#x([0-9a-fA-F]+);|#([0-9]+);|(lt|gt|amp|quot|apos);)?/g;
// Characters XML 1.0 does not allow anywhere (Word refuses such a part too).
// eslint-disable-next-line no-control-regex -- these are exactly the characters to refuse
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

type Scope = NsScope;
// Start and end offsets of the names of the attributes of the tag being read, for the duplicate check.
const MAX_TRACKED = 64;
const attrNames = new Int32Array(2 * MAX_TRACKED);
const ROOT_SCOPE: Scope = { xml: XML_NS, xmlns: XMLNS_NS };

/**
 * Elements a reader never looks at, to be checked but not built (see Pruned): "skip" leaves an element
 * and its content out, "hollow" keeps the element without its content. `how` is asked once per name
 * and namespace scope; an element left out that `note` names sets `noted`.
 */
export interface Prune {
  how(ns: string | null, localName: string): "keep" | "skip" | "hollow";
  note(ns: string | null, localName: string): boolean;
}

/** A document parsed with a Prune: checked as strictly as a whole one, but some subtrees are not there. */
export interface Pruned {
  doc: XDoc;
  /** Whether an element `note` names was inside a skipped subtree. */
  noted: boolean;
}

export function parseXmlDocument(xml: string): XDoc {
  return parse(xml, null).doc;
}

/** parseXmlDocument without the subtrees `prune` skips: the same checks, fewer objects (a reader's cheaper way). */
export function parsePrunedXml(xml: string, prune: Prune): Pruned {
  return parse(xml, prune);
}

function parse(xml: string, prune: Prune | null): Pruned {
  const forbidden = FORBIDDEN.exec(xml);
  if (forbidden) fail(xml, forbidden.index, `character U+${forbidden[0].charCodeAt(0).toString(16).padStart(4, "0")} is not allowed in XML`);
  const doc = new XDoc();
  const len = xml.length;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  let parent: XElem | null = null;
  let scope: Scope = ROOT_SCOPE;
  const scopes: Scope[] = [];
  let rootSeen = false;
  let prologEnd = -1;
  // Inside a skipped subtree: the tag names open there (for the end-tag check); nothing is built.
  const skipped: string[] = [];
  let noted = false;

  const decode = (raw: string, at: number): string =>
    raw.indexOf("&") < 0
      ? raw
      : raw.replace(ENTITY, (m: string, hex: string | undefined, dec: string | undefined, named: string | undefined, offset: number) => {
          if (named) return NAMED_ENTITIES[named];
          const code = hex !== undefined ? parseInt(hex, 16) : dec !== undefined ? parseInt(dec, 10) : -1;
          if (code < 0) fail(xml, at + offset, "“&” does not start an entity or character reference");
          if (code > 0x10ffff || (code < 0x20 && code !== 9 && code !== 10 && code !== 13)) fail(xml, at + offset, `character reference ${m} is not allowed`);
          return String.fromCodePoint(code);
        });

  const text = (start: number, end: number) => {
    if (skipped.length > 0) {
      const raw = xml.slice(start, end);
      if (raw.indexOf("]]>") >= 0) fail(xml, start + raw.indexOf("]]>"), "“]]>” in text");
      decode(raw, start);
      return;
    }
    if (parent) {
      const raw = xml.slice(start, end);
      if (raw.indexOf("]]>") >= 0) fail(xml, start + raw.indexOf("]]>"), "“]]>” in text");
      const t = parent.appendChild(new XText(doc, decode(raw, start)));
      if (t.data !== raw) {
        t.raw = raw;
        t.readAs = t.data;
      }
      return;
    }
    for (let k = start; k < end; k++) {
      const c = xml.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) fail(xml, k, rootSeen ? "text after the root element" : "text before the root element");
    }
  };

  const skipSpace = (k: number) => {
    for (let c = xml.charCodeAt(k); c === 32 || c === 9 || c === 10 || c === 13; c = xml.charCodeAt(++k));
    return k;
  };

  const name = (k: number): string => {
    NAME.lastIndex = k;
    if (!NAME.test(xml)) fail(xml, k, "a name was expected");
    return xml.slice(k, NAME.lastIndex);
  };
  // Namespaces of element names and the last prefix checked, valid while the scope stays the same.
  let cacheScope: Scope | null = null;
  const nsOfName = new Map<string, string | null>();
  const skipOfName = new Map<string, number>();
  let boundPrefix = "";

  const resolve = (prefix: string, at: number): string => {
    const ns = scope[prefix];
    if (ns === undefined) fail(xml, at, `namespace prefix “${prefix}” is not declared`);
    return ns;
  };

  while (i < len) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) {
      text(i, len);
      i = len;
      break;
    }
    if (lt > i) text(i, lt);
    const c = xml.charCodeAt(lt + 1);
    if (c === 47 /* / */) {
      const gt = xml.indexOf(">", lt);
      if (gt < 0) fail(xml, lt, "unclosed end tag");
      if (skipped.length > 0) {
        const open = skipped.pop()!;
        if (!xml.startsWith(open, lt + 2) || skipSpace(lt + 2 + open.length) !== gt) fail(xml, lt, `end tag ${xml.slice(lt, gt + 1)} does not match <${open}>`);
        scope = scopes.pop()!;
        i = gt + 1;
        continue;
      }
      if (!parent) fail(xml, lt, `end tag ${xml.slice(lt, gt + 1)} without a start tag`);
      const tagEnd = lt + 2 + parent.tagName.length;
      if (!xml.startsWith(parent.tagName, lt + 2) || skipSpace(tagEnd) !== gt) fail(xml, lt, `end tag ${xml.slice(lt, gt + 1)} does not match <${parent.tagName}>`);
      if (!parent.firstChild) parent.pairedWhenEmpty = true;
      parent = parent.parentNode instanceof XElem ? parent.parentNode : null;
      scope = scopes.pop()!;
      i = gt + 1;
      if (!parent) prologEnd = i;
    } else if (c === 63 /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) fail(xml, lt, "unclosed processing instruction");
      const target = name(lt + 2);
      if (target.toLowerCase() === "xml" && (lt !== (xml.charCodeAt(0) === 0xfeff ? 1 : 0) || parent)) fail(xml, lt, "XML declaration not at the start");
      if (parent && skipped.length === 0) parent.appendChild(new XProcessingInstruction(doc, target, xml.slice(lt + 2 + target.length, end).trim()));
      i = end + 2;
    } else if (c === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end < 0) fail(xml, lt, "unclosed comment");
        if (parent && skipped.length === 0) parent.appendChild(new XText(doc, xml.slice(lt + 4, end), 8));
        i = end + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        if (!parent) fail(xml, lt, "CDATA section outside the root element");
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0) fail(xml, lt, "unclosed CDATA section");
        if (skipped.length === 0) parent.appendChild(new XText(doc, xml.slice(lt + 9, end), 4));
        i = end + 3;
      } else if (xml.startsWith("<!DOCTYPE", lt) && !parent && !rootSeen) {
        const end = xml.indexOf(">", lt);
        if (end < 0 || xml.slice(lt, end).includes("[")) fail(xml, lt, "DOCTYPE declarations with an internal subset are not supported");
        i = end + 1;
      } else fail(xml, lt, "“<!” starts no comment, CDATA section or DOCTYPE here");
    } else {
      if (!parent && rootSeen) fail(xml, lt, "a second root element");
      const qname = name(lt + 1);
      const attrStart = lt + 1 + qname.length;
      let k = attrStart;
      let count = 0;
      let declares = false;
      for (;;) {
        const afterName = k;
        k = skipSpace(k);
        const ch = xml.charCodeAt(k);
        if (ch === 62 /* > */ || (ch === 47 && xml.charCodeAt(k + 1) === 62)) break;
        if (k === afterName) fail(xml, k, k >= len ? `unclosed start tag <${qname}>` : `white space expected in <${qname}>`);
        // Attributes are checked here without being built: the element reads them if and when asked.
        NAME.lastIndex = k;
        if (!NAME.test(xml)) fail(xml, k, "an attribute name was expected");
        const nameEnd = NAME.lastIndex;
        for (let a = 0; a < count && a < MAX_TRACKED; a++) {
          if (sameText(xml, attrNames[2 * a], attrNames[2 * a + 1], k, nameEnd)) fail(xml, k, `attribute ${xml.slice(k, nameEnd)} appears twice`);
        }
        if (count < MAX_TRACKED) {
          attrNames[2 * count] = k;
          attrNames[2 * count + 1] = nameEnd;
        }
        count++;
        if (xml.startsWith("xmlns", k) && (nameEnd === k + 5 || xml.charCodeAt(k + 5) === 58)) declares = true;
        const nameStart = k;
        k = skipSpace(nameEnd);
        if (xml.charCodeAt(k) !== 61 /* = */) fail(xml, k, `“=” expected after attribute ${xml.slice(nameStart, nameEnd)}`);
        k = skipSpace(k + 1);
        const q = xml.charCodeAt(k);
        if (q !== 34 && q !== 39) fail(xml, k, `attribute ${xml.slice(nameStart, nameEnd)} has no quoted value`);
        let end = k + 1;
        let amp = false;
        for (let c2 = xml.charCodeAt(end); c2 !== q; c2 = xml.charCodeAt(++end)) {
          if (end >= len) fail(xml, k, `unclosed value of attribute ${xml.slice(nameStart, nameEnd)}`);
          if (c2 === 60) fail(xml, end, `“<” in the value of attribute ${xml.slice(nameStart, nameEnd)}`);
          if (c2 === 38) amp = true;
        }
        if (amp) decode(xml.slice(k + 1, end), k + 1);
        k = end + 1;
      }
      const attrEnd = k;
      scopes.push(scope);
      if (declares) {
        scope = Object.create(scope) as Scope;
        const decls = namespaceDeclarations(xml.slice(attrStart, attrEnd));
        for (const [prefix, uri] of decls) {
          if (prefix && !uri) fail(xml, lt, `namespace prefix “${prefix}” bound to an empty name`);
          scope[prefix] = uri;
        }
      }
      if (scope !== cacheScope) {
        cacheScope = scope;
        nsOfName.clear();
        skipOfName.clear();
        boundPrefix = "";
      }
      for (let a = 0; a < count && a < MAX_TRACKED; a++) {
        const s0 = attrNames[2 * a];
        const e0 = attrNames[2 * a + 1];
        let colon = s0;
        while (colon < e0 && xml.charCodeAt(colon) !== 58) colon++;
        if (colon === e0) continue;
        // Most attributes share the element's prefix: checking it once per scope is enough.
        if (boundPrefix && colon - s0 === boundPrefix.length && xml.startsWith(boundPrefix, s0)) continue;
        const prefix = xml.slice(s0, colon);
        if (prefix === "xmlns") continue;
        resolve(prefix, s0);
        boundPrefix = prefix;
      }
      let ns = nsOfName.get(qname);
      if (ns === undefined) {
        const colon = qname.indexOf(":");
        ns = colon < 0 ? scope[""] || null : resolve(qname.slice(0, colon), lt);
        nsOfName.set(qname, ns);
      }
      let hollow = false;
      if (prune && parent) {
        let how = skipOfName.get(qname);
        if (how === undefined) {
          const local = qname.slice(qname.indexOf(":") + 1);
          const kind = prune.how(ns, local);
          how = (kind === "skip" ? SKIP : kind === "hollow" ? HOLLOW : 0) | (prune.note(ns, local) ? NOTE : 0);
          skipOfName.set(qname, how);
        }
        if (skipped.length > 0 || how & SKIP) {
          if (how & NOTE) noted = true;
          if (xml.charCodeAt(k) === 47) {
            scope = scopes.pop()!;
            i = k + 2;
          } else {
            skipped.push(qname);
            i = k + 1;
          }
          continue;
        }
        hollow = (how & HOLLOW) !== 0;
      }
      const el = new XElem(doc, ns, qname, attrEnd > attrStart ? xml.slice(attrStart, attrEnd) : "", attrEnd > attrStart ? scope : null);
      (parent ?? doc).appendChild(el);
      if (!parent) {
        rootSeen = true;
        doc.prolog = xml.slice(xml.charCodeAt(0) === 0xfeff ? 1 : 0, lt);
      }
      if (xml.charCodeAt(k) === 47) {
        scope = scopes.pop()!;
        i = k + 2;
        if (!parent) prologEnd = i;
      } else if (hollow) {
        // Its content is read as a skipped subtree's: the end tag closes it there.
        skipped.push(qname);
        i = k + 1;
      } else {
        parent = el;
        i = k + 1;
      }
    }
  }
  if (parent) fail(xml, len, `<${parent.tagName}> is not closed`);
  if (!rootSeen) fail(xml, len, "no root element");
  doc.epilog = xml.slice(prologEnd);
  return { doc, noted };
}

const SKIP = 1;
const NOTE = 2;
const HOLLOW = 4;


function sameText(xml: string, a0: number, a1: number, b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return false;
  for (let k = 0; k < a1 - a0; k++) if (xml.charCodeAt(a0 + k) !== xml.charCodeAt(b0 + k)) return false;
  return true;
}

function fail(xml: string, at: number, why: string): never {
  let line = 1;
  let col = 1;
  for (let k = 0; k < at && k < xml.length; k++) {
    if (xml.charCodeAt(k) === 10) {
      line++;
      col = 1;
    } else col++;
  }
  throw new XmlSyntaxError(`line ${line}, column ${col}: ${why}`);
}
