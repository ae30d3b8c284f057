import { XDoc, XElem, namespaceDeclarations, XML_NS, XMLNS_NS, XNode, XProcessingInstruction, XText } from "./xmlDom";

/**
 * xmlDom's nodes back to text. A part that was parsed and not changed comes
 * out as it went in (Word's own escaping, prolog kept verbatim); a node moved
 * or created out of its namespace declarations gets the ones it needs, so
 * whatever is written is namespace-well-formed.
 */

type Scope = Record<string, string>;
const BASE: Scope = { xml: XML_NS, xmlns: XMLNS_NS };

const escText = (s: string) => (/[&<>]/.test(s) ? s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : s);
const ATTR_ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };
const escAttr = (s: string) => (/[&<>"\t\n\r]/.test(s) ? s.replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESC[c]) : s);

// Whether every prefix bound where attributes were read is bound alike here; asked once per pair of scopes.
const checked = new WeakMap<Scope, WeakMap<Scope, boolean>>();

function sameBindings(read: Scope, here: Scope): boolean {
  let byHere = checked.get(read);
  if (!byHere) checked.set(read, (byHere = new WeakMap()));
  let same = byHere.get(here);
  if (same === undefined) {
    same = true;
    for (const prefix in read) if (here[prefix] !== read[prefix]) same = false;
    byHere.set(here, same);
  }
  return same;
}

/** The bindings in force inside an element whose raw attributes declare namespaces. */
function withDeclarations(inherited: Scope, raw: string): Scope {
  const scope = Object.create(inherited) as Scope;
  for (const [prefix, ns] of namespaceDeclarations(raw)) scope[prefix] = ns;
  return scope;
}

/** `<name attributes` (not closed), and the bindings the element's children are written under. */
function startTag(el: XElem, inherited: Scope): [string, Scope] {
  let scope = inherited;
  let own = false;
  const bind = (prefix: string, ns: string) => {
    if (!own) {
      scope = Object.create(scope) as Scope;
      own = true;
    }
    scope[prefix] = ns;
  };
  const raw = el.rawAttributes;
  const here = raw !== null && raw.includes("xmlns") ? withDeclarations(inherited, raw) : inherited;
  // Attributes nobody asked for, under the bindings they were read with: written as read.
  if (raw !== null && sameBindings(el.readScope!, here)) return [`<${el.tagName}${raw}`, here];
  for (const a of el.attributes) {
    if (a.name === "xmlns") bind("", a.value);
    else if (a.prefix === "xmlns") bind(a.localName, a.value);
  }
  let s = `<${el.tagName}`;
  for (const a of el.attributes) {
    if (a.prefix !== null && a.prefix !== "xmlns" && a.namespaceURI !== null && scope[a.prefix] !== a.namespaceURI) {
      bind(a.prefix, a.namespaceURI);
      s += ` xmlns:${a.prefix}="${escAttr(a.namespaceURI)}"`;
    }
    s += ` ${a.name}="${escAttr(a.value)}"`;
  }
  const prefix = el.prefix ?? "";
  const ns = el.namespaceURI ?? "";
  if ((scope[prefix] ?? "") !== ns) {
    bind(prefix, ns);
    s += prefix ? ` xmlns:${prefix}="${escAttr(ns)}"` : ` xmlns="${escAttr(ns)}"`;
  }
  return [s, scope];
}

function element(el: XElem, inherited: Scope): string {
  const [start, scope] = startTag(el, inherited);
  if (!el.firstChild) return el.pairedWhenEmpty ? `${start}></${el.tagName}>` : `${start}/>`;
  let s = `${start}>`;
  for (let n: XNode | null = el.firstChild; n; n = n.nextSibling) s += node(n, scope);
  return `${s}</${el.tagName}>`;
}

function node(n: XNode, scope: Scope): string {
  switch (n.nodeType) {
    case 1:
      return element(n as XElem, scope);
    case 3: {
      const t = n as XText;
      // Text read with character references (&#9;) is written with them while unchanged.
      return t.readAs !== undefined && t.data === t.readAs ? t.raw! : escText(t.data);
    }
    case 4:
      return `<![CDATA[${(n as XText).data}]]>`;
    case 8:
      return `<!--${(n as XText).data}-->`;
    case 7: {
      const pi = n as XProcessingInstruction;
      return `<?${pi.target}${pi.data ? ` ${pi.data}` : ""}?>`;
    }
    case 9: {
      const doc = n as XDoc;
      const root = doc.documentElement;
      return doc.prolog + (root ? element(root, BASE) : "") + doc.epilog;
    }
    default: {
      let s = "";
      for (let c: XNode | null = n.firstChild; c; c = c.nextSibling) s += node(c, scope);
      return s;
    }
  }
}

/** A document with its prolog, or one node with the namespace declarations it needs to stand alone. */
export function serializeNode(n: XNode): string {
  return node(n, BASE);
}

/** Elements this deep (document, body, block, row) are written piece by piece; deeper ones whole. */
const PIECE_DEPTH = 3;
const BATCH_CHARS = 1 << 16;

/**
 * A document as UTF-8, the same text serializeNode gives, encoded 64K characters at a time. Built
 * whole, a 4.6 MB part is a rope of a million strings that lives until the encoder flattens it,
 * and the garbage collector copies it over and over meanwhile; in batches each piece dies young.
 */
export function serializeDocumentUtf8(doc: XDoc, encoder: TextEncoder): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let batch = "";
  const emit = (text: string, last = false) => {
    batch += text;
    if (batch.length < BATCH_CHARS && !last) return;
    const bytes = encoder.encode(batch);
    chunks.push(bytes);
    size += bytes.length;
    batch = "";
  };
  const piece = (el: XElem, inherited: Scope, depth: number) => {
    if (depth === PIECE_DEPTH || !el.firstChild) return emit(element(el, inherited));
    const [start, scope] = startTag(el, inherited);
    emit(`${start}>`);
    for (let n: XNode | null = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 1) piece(n as XElem, scope, depth + 1);
      else emit(node(n, scope));
    }
    emit(`</${el.tagName}>`);
  };
  emit(doc.prolog);
  if (doc.documentElement) piece(doc.documentElement, BASE, 0);
  emit(doc.epilog, true);
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
