/**
 * A small namespace-aware XML DOM: the subset of DOM Level 2 Core the OOXML
 * adapter, the Word adapter and their tests use, and nothing else. It exists
 * for speed: xmldom spent most of a check building its DOM (see
 * docs/performance.md), while these nodes are plain objects with sibling
 * links and an attribute array.
 *
 * Callers see these objects through lib.dom's Element and Document types
 * (xml.ts's XElement/XDocument); a DOM call outside this subset is a bug
 * the tests catch, not something to emulate.
 */

export const XML_NS = "http://www.w3.org/XML/1998/namespace";
export const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

export interface XAttr {
  /** Qualified name as written ("w:val"). */
  name: string;
  prefix: string | null;
  localName: string;
  namespaceURI: string | null;
  value: string;
}

function splitName(qname: string): [string | null, string] {
  const colon = qname.indexOf(":");
  return colon < 0 ? [null, qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}

export abstract class XNode {
  abstract readonly nodeType: number;
  parentNode: XNode | null = null;
  firstChild: XNode | null = null;
  lastChild: XNode | null = null;
  nextSibling: XNode | null = null;
  previousSibling: XNode | null = null;

  constructor(public ownerDocument: XDoc) {}

  get childNodes(): XNode[] {
    const out: XNode[] = [];
    for (let n = this.firstChild; n; n = n.nextSibling) out.push(n);
    return out;
  }

  get parentElement(): XElem | null {
    return this.parentNode instanceof XElem ? this.parentNode : null;
  }

  get textContent(): string {
    let s = "";
    for (let n = this.firstChild; n; n = n.nextSibling) if (n.nodeType !== 8 && n.nodeType !== 7) s += n.textContent;
    return s;
  }

  set textContent(text: string) {
    while (this.firstChild) this.removeChild(this.firstChild);
    if (text) this.appendChild(this.ownerDocument.createTextNode(text));
  }

  hasChildNodes(): boolean {
    return this.firstChild !== null;
  }

  insertBefore<T extends XNode>(node: T, ref: XNode | null): T {
    if (ref === null) return this.appendChild(node);
    if (ref.parentNode !== this) throw new Error("insertBefore: reference is not a child");
    if (node === ref) return node;
    if (node instanceof XFragment) {
      while (node.firstChild) this.insertBefore(node.firstChild, ref);
      return node;
    }
    if (node.parentNode) node.parentNode.removeChild(node);
    node.parentNode = this;
    node.nextSibling = ref;
    node.previousSibling = ref.previousSibling;
    if (ref.previousSibling) ref.previousSibling.nextSibling = node;
    else this.firstChild = node;
    ref.previousSibling = node;
    return node;
  }

  appendChild<T extends XNode>(node: T): T {
    if (node instanceof XFragment) {
      while (node.firstChild) this.appendChild(node.firstChild);
      return node;
    }
    if (node.parentNode) node.parentNode.removeChild(node);
    node.parentNode = this;
    node.previousSibling = this.lastChild;
    node.nextSibling = null;
    if (this.lastChild) this.lastChild.nextSibling = node;
    else this.firstChild = node;
    this.lastChild = node;
    return node;
  }

  removeChild<T extends XNode>(node: T): T {
    if (node.parentNode !== this) throw new Error("removeChild: not a child");
    if (node.previousSibling) node.previousSibling.nextSibling = node.nextSibling;
    else this.firstChild = node.nextSibling;
    if (node.nextSibling) node.nextSibling.previousSibling = node.previousSibling;
    else this.lastChild = node.previousSibling;
    node.parentNode = node.nextSibling = node.previousSibling = null;
    return node;
  }

  replaceChild<T extends XNode>(node: XNode, old: T): T {
    this.insertBefore(node, old);
    return this.removeChild(old);
  }

  /** Join adjacent text nodes and drop empty ones, as DOM normalize() does. */
  normalize(): void {
    let n = this.firstChild;
    while (n) {
      const next = n.nextSibling;
      if (n instanceof XText && n.nodeType === 3) {
        if (n.data === "") this.removeChild(n);
        else if (next instanceof XText && next.nodeType === 3) {
          next.data = n.data + next.data;
          this.removeChild(n);
        }
      } else n.normalize();
      n = next;
    }
  }

  abstract cloneNode(deep?: boolean): XNode;

  protected cloneChildrenInto(copy: XNode): void {
    for (let n = this.firstChild; n; n = n.nextSibling) copy.appendChild(n.cloneNode(true));
  }
}

export class XText extends XNode {
  constructor(
    doc: XDoc,
    public data: string,
    /** 3 text, 4 CDATA section, 8 comment. */
    readonly nodeType: 3 | 4 | 8 = 3,
  ) {
    super(doc);
  }

  /** For text read with references: the source and what it decoded to. */
  raw?: string;
  readAs?: string;

  get nodeValue(): string {
    return this.data;
  }

  override get textContent(): string {
    return this.data;
  }

  override set textContent(text: string) {
    this.data = text;
  }

  override normalize(): void {}

  cloneNode(): XText {
    return new XText(this.ownerDocument, this.data, this.nodeType);
  }
}

export class XProcessingInstruction extends XNode {
  declare readonly nodeType: 7;
  constructor(
    doc: XDoc,
    readonly target: string,
    public data: string,
  ) {
    super(doc);
  }

  override get textContent(): string {
    return this.data;
  }

  cloneNode(): XProcessingInstruction {
    return new XProcessingInstruction(this.ownerDocument, this.target, this.data);
  }
}

export class XFragment extends XNode {
  declare readonly nodeType: 11;
  cloneNode(deep = false): XFragment {
    const copy = new XFragment(this.ownerDocument);
    if (deep) this.cloneChildrenInto(copy);
    return copy;
  }
}

/** Elements matching a namespace and local name ("*" for any), in document order. */
function collect(root: XNode, ns: string | null, local: string, byQName: boolean): XElem[] {
  const out: XElem[] = [];
  const visit = (parent: XNode) => {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const e = n as XElem;
      if (byQName ? local === "*" || e.tagName === local : (ns === "*" || e.namespaceURI === ns) && (local === "*" || e.localName === local)) out.push(e);
      visit(e);
    }
  };
  visit(root);
  return out;
}

/** Namespace bindings in force at an element: prefix ("" for the default) → namespace. */
export type NsScope = Record<string, string>;

const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ATTR_ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g;
export const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Replace the predefined entities and character references (already checked by the parser). */
export function decodeEntities(raw: string): string {
  return raw.indexOf("&") < 0
    ? raw
    : raw.replace(ATTR_ENTITY, (_m: string, hex: string | undefined, dec: string | undefined, named: string | undefined) =>
        named ? NAMED_ENTITIES[named] : String.fromCodePoint(hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10)),
      );
}

/** The namespace declarations in raw attribute text: [prefix ("" for the default), namespace]. */
export function namespaceDeclarations(src: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of src.matchAll(/xmlns(?::([^\s=]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.push([m[1] ?? "", decodeEntities(m[2] ?? m[3])]);
  return out;
}

/** Attribute-value normalisation (XML 1.0 §3.3.3): literal tabs and line breaks read as spaces; character references stay. */
function normalizeAttr(v: string): string {
  return /[\t\n\r]/.test(v) ? v.replace(/\r\n|[\t\n\r]/g, " ") : v;
}

function readAttributes(src: string, scope: NsScope): XAttr[] {
  const out: XAttr[] = [];
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(src); m; m = ATTR.exec(src)) {
    const name = m[1];
    const [prefix, localName] = splitName(name);
    const namespaceURI = name === "xmlns" || prefix === "xmlns" ? XMLNS_NS : prefix === null ? null : scope[prefix] ?? null;
    out.push({ name, prefix, localName, namespaceURI, value: decodeEntities(normalizeAttr(m[2] ?? m[3])) });
  }
  return out;
}

/** Raw attribute text (as the parser checked it) without the attribute `ns`:`local` and the space before it. */
function withoutRawAttribute(src: string, scope: NsScope, ns: string | null, local: string): string {
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(src); m; m = ATTR.exec(src)) {
    const [prefix, name] = splitName(m[1]);
    if (name !== local || prefix === "xmlns" || m[1] === "xmlns" || (prefix === null ? null : scope[prefix] ?? null) !== ns) continue;
    let start = m.index;
    while (start > 0 && /\s/.test(src[start - 1])) start--;
    return src.slice(0, start) + src.slice(m.index + m[0].length);
  }
  return src;
}

export class XElem extends XNode {
  declare readonly nodeType: 1;
  private local: string | null = null;
  /** Read as <x></x> rather than <x/>: written back the same way while it stays empty. */
  pairedWhenEmpty = false;
  /**
   * Attributes stay as the raw text the parser checked until something asks
   * for them: most of a document's attributes (rsids, fonts, sizes) are only
   * ever written back.
   */
  private list: XAttr[] | null;

  constructor(
    doc: XDoc,
    readonly namespaceURI: string | null,
    readonly tagName: string,
    private src: string = "",
    private scope: NsScope | null = null,
  ) {
    super(doc);
    this.list = src ? null : [];
  }

  get nodeName(): string {
    return this.tagName;
  }

  get prefix(): string | null {
    const colon = this.tagName.indexOf(":");
    return colon < 0 ? null : this.tagName.slice(0, colon);
  }

  get localName(): string {
    if (this.local === null) this.local = splitName(this.tagName)[1];
    return this.local;
  }

  /** The attributes' text exactly as read, while nothing has asked for them (so nothing changed them). */
  get rawAttributes(): string | null {
    return this.list === null ? this.src : null;
  }

  /** The namespace bindings the raw attributes were read under. */
  get readScope(): NsScope | null {
    return this.scope;
  }

  get attributes(): XAttr[] {
    if (this.list === null) {
      this.list = readAttributes(this.src, this.scope ?? {});
      this.src = "";
    }
    return this.list;
  }

  set attributes(list: XAttr[]) {
    this.list = list;
  }

  private findNS(ns: string | null, local: string): XAttr | undefined {
    // A name not in the raw text is no attribute: asking leaves the attributes unread (and written back as read).
    if (this.list === null && !this.src.includes(local)) return undefined;
    const want = ns || null;
    for (const a of this.attributes) if (a.localName === local && a.namespaceURI === want) return a;
    return undefined;
  }

  private find(qname: string): XAttr | undefined {
    if (this.list === null && !this.src.includes(qname)) return undefined;
    for (const a of this.attributes) if (a.name === qname) return a;
    return undefined;
  }

  getAttribute(qname: string): string | null {
    return this.find(qname)?.value ?? null;
  }

  getAttributeNS(ns: string | null, local: string): string | null {
    return this.findNS(ns, local)?.value ?? null;
  }

  hasAttribute(qname: string): boolean {
    return this.find(qname) !== undefined;
  }

  hasAttributeNS(ns: string | null, local: string): boolean {
    return this.findNS(ns, local) !== undefined;
  }

  setAttribute(qname: string, value: string): void {
    const a = this.find(qname);
    if (a) a.value = String(value);
    else this.attributes.push({ name: qname, prefix: null, localName: qname, namespaceURI: null, value: String(value) });
  }

  setAttributeNS(ns: string | null, qname: string, value: string): void {
    const [prefix, local] = splitName(qname);
    const a = this.findNS(ns, local);
    if (a) a.value = String(value);
    else this.attributes.push({ name: qname, prefix, localName: local, namespaceURI: ns || null, value: String(value) });
  }

  removeAttribute(qname: string): void {
    this.attributes = this.attributes.filter((a) => a.name !== qname);
  }

  removeAttributeNS(ns: string | null, local: string): void {
    // Cloned rows drop their ids this way, paragraph by paragraph: unread attributes lose the one named
    // from their raw text and stay unread, so the copy is still written back from its text.
    if (this.list === null) {
      if (this.src.includes(local)) this.src = withoutRawAttribute(this.src, this.scope ?? {}, ns || null, local);
      return;
    }
    const a = this.findNS(ns, local);
    if (a) this.attributes = this.attributes.filter((x) => x !== a);
  }

  getElementsByTagNameNS(ns: string | null, local: string): XElem[] {
    return collect(this, ns, local, false);
  }

  getElementsByTagName(qname: string): XElem[] {
    return collect(this, null, qname, true);
  }

  cloneNode(deep = false): XElem {
    const copy = new XElem(this.ownerDocument, this.namespaceURI, this.tagName, this.src, this.scope);
    copy.pairedWhenEmpty = this.pairedWhenEmpty;
    if (this.list) copy.list = this.list.map((a) => ({ ...a }));
    if (deep) this.cloneChildrenInto(copy);
    return copy;
  }
}

export class XDoc extends XNode {
  declare readonly nodeType: 9;
  /** Exactly what stood before and after the root element (declaration, comments, white space). */
  prolog = "";
  epilog = "";

  constructor() {
    super(null as unknown as XDoc);
    this.ownerDocument = null as unknown as XDoc;
  }

  get documentElement(): XElem | null {
    for (let n = this.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) return n as XElem;
    return null;
  }

  createElementNS(ns: string | null, qname: string): XElem {
    return new XElem(this, ns || null, qname);
  }

  createElement(qname: string): XElem {
    return new XElem(this, null, qname);
  }

  createTextNode(data: string): XText {
    return new XText(this, String(data));
  }

  createComment(data: string): XText {
    return new XText(this, String(data), 8);
  }

  createDocumentFragment(): XFragment {
    return new XFragment(this);
  }

  /** A copy owned by this document (the nodes here carry their document, so it must be set on every copy). */
  importNode<T extends XNode>(node: T, deep = false): T {
    const copy = node.cloneNode(deep) as T;
    const adopt = (n: XNode) => {
      n.ownerDocument = this;
      for (let c = n.firstChild; c; c = c.nextSibling) adopt(c);
    };
    adopt(copy);
    return copy;
  }

  getElementsByTagNameNS(ns: string | null, local: string): XElem[] {
    return collect(this, ns, local, false);
  }

  getElementsByTagName(qname: string): XElem[] {
    return collect(this, null, qname, true);
  }

  cloneNode(deep = false): XDoc {
    const copy = new XDoc();
    copy.prolog = this.prolog;
    copy.epilog = this.epilog;
    if (deep && this.documentElement) copy.appendChild(copy.importNode(this.documentElement, true));
    return copy;
  }
}

// Node kinds live on the prototypes: one field less on every node of a large document.
for (const [cls, type] of [
  [XElem, 1],
  [XProcessingInstruction, 7],
  [XDoc, 9],
  [XFragment, 11],
] as const) {
  Object.defineProperty(cls.prototype, "nodeType", { value: type });
}
