import type { Mark, MarksOutcome, MarkTarget } from "../../document/marks";
import type { DocumentAdapter, DocumentSnapshot, RevisionState } from "../../document/adapter";
import type { DocModel } from "../../document/model";
import type { EditOp, StructureOp } from "../../document/ops";
import { DocxPackage } from "./docx";
import { loadFormDataXml, saveFormDataXml } from "./formDataPart";
import { cloneRows, firstRunProps, markRunProps, paragraphXml, replaceSpan, setBox, writeLines } from "./edit";
import { applyMarksToPackage, clearMarksFromPackage } from "./marks";
import { cellKey, ParagraphXml } from "./reader";
import { W_NS, XElement, wName } from "./xml";

interface OoxmlSnapshot extends DocumentSnapshot {
  adapter: "ooxml";
  bytes: Uint8Array;
}

/**
 * The document interface over a .docx held in memory. Undo and the blank
 * form swap the whole package: a snapshot is the file's bytes.
 */
export interface OoxmlAdapterHooks {
  /** After every change to the document (the playground re-renders its preview). */
  onChange?: () => void;
  /** Where select() goes: a .docx on disk has no view; the playground scrolls its preview. */
  onSelect?: (target: MarkTarget) => void;
}

export class OoxmlAdapter implements DocumentAdapter {
  constructor(
    private current: DocxPackage,
    private readonly hooks: OoxmlAdapterHooks = {},
  ) {}

  private changed(): void {
    this.hooks.onChange?.();
  }

  get pkg(): DocxPackage {
    return this.current;
  }

  static async open(bytes: Uint8Array, hooks: OoxmlAdapterHooks = {}): Promise<OoxmlAdapter> {
    return new OoxmlAdapter(await DocxPackage.open(bytes), hooks);
  }

  async read(): Promise<DocModel> {
    return this.pkg.model;
  }

  /** The model reads revisions as accepted; this adapter's own edits are plain (never recorded as revisions). */
  revisions(): RevisionState {
    return { tracking: false, pending: this.pkg.hasRevisions() };
  }

  async applyStructure(ops: StructureOp[]): Promise<void> {
    if (ops.length === 0) return;
    const { index } = this.pkg;
    // Resolve every row first: the ops' numbers refer to the document before any of them.
    const resolved = ops.map((op) => ({ rows: index.rows[op.table].slice(op.first, op.last + 1), times: op.times }));
    for (const r of resolved) cloneRows(r.rows, r.times);
    this.pkg.markDirty();
    this.pkg.reindex();
    this.changed();
  }

  async applyEdits(ops: EditOp[]): Promise<void> {
    if (ops.length === 0) return;
    const { index } = this.pkg;
    const para = (i: number): ParagraphXml => index.paragraphs[i];
    const cellEl = (ref: { table: number; row: number; col: number }) => {
      const el = index.cells.get(cellKey(ref));
      if (!el) throw new Error(`cell ${cellKey(ref)} not in document`);
      return el;
    };
    const cellParas = (tc: XElement): XElement[] => {
      const out: XElement[] = [];
      const walk = (el: XElement) => {
        for (let n = el.firstChild; n; n = n.nextSibling) {
          const name = wName(n);
          if (name === "p") out.push(n as XElement);
          else if (name === "sdt" || name === "sdtContent" || name === "customXml") walk(n as XElement);
        }
      };
      walk(tc);
      return out;
    };
    // Resolve all targets against the current XML before changing any of it.
    const actions = ops.map((op): (() => void) => {
      switch (op.op) {
        case "setSpan": {
          const p = para(op.span.paragraph);
          return () => replaceSpan(p, op.span.start, op.span.end, op.text);
        }
        case "setBox": {
          const p = para(op.span.paragraph);
          return () => setBox(p, op.span.start, op.ticked);
        }
        case "setCell": {
          const tc = cellEl(op.cell);
          const label = op.styleFrom ? index.cells.get(cellKey(op.styleFrom)) : undefined;
          const labelP = label ? cellParas(label)[0] : undefined;
          const fallback = labelP ? firstRunProps(labelP) ?? markRunProps(labelP) : null;
          const paragraphs = cellParas(tc);
          return () => writeLines({ paragraphs, insertAfter: null, container: tc, template: paragraphs[0] ?? labelP ?? null, fallback }, op.lines);
        }
        case "setRegion": {
          // A region in the body (a copy without boxes) always has a paragraph or table to follow.
          const tc = op.cell ? cellEl(op.cell) : this.pkg.body;
          const paragraphs = op.paragraphs.map((i) => para(i).el);
          const anchor = op.insertAfter !== null ? para(op.insertAfter).el : null;
          const afterTable = op.afterTable !== null ? index.tables[op.afterTable] : null;
          const insertAfter = afterTable ?? anchor;
          return () => writeLines({ paragraphs, insertAfter, container: tc, template: paragraphs[0] ?? anchor, fallback: null }, op.lines);
        }
      }
    });
    for (const act of actions) act();
    this.pkg.markDirty();
    this.pkg.reindex();
    this.changed();
  }

  async applyMarks(marks: Mark[]): Promise<MarksOutcome> {
    await applyMarksToPackage(this.pkg, marks);
    this.changed();
    return { commentsRefused: false };
  }

  async clearMarks(): Promise<void> {
    await clearMarksFromPackage(this.pkg);
    this.changed();
  }

  async select(target: MarkTarget): Promise<void> {
    this.hooks.onSelect?.(target);
  }

  save(): Promise<Uint8Array> {
    return this.pkg.save();
  }

  loadFormDataXml(): Promise<string | null> {
    return loadFormDataXml(this.pkg);
  }

  async saveFormDataXml(xml: string): Promise<void> {
    // Not a change anyone sees: the preview does not re-render for it.
    await saveFormDataXml(this.pkg, xml);
  }

  async snapshot(): Promise<DocumentSnapshot> {
    const snap: OoxmlSnapshot = { adapter: "ooxml", bytes: await this.pkg.save() };
    return snap;
  }

  async restore(snapshot: DocumentSnapshot): Promise<void> {
    if (snapshot.adapter !== "ooxml") throw new Error(`snapshot of ${snapshot.adapter} given to the .docx adapter`);
    this.current = await DocxPackage.open((snapshot as OoxmlSnapshot).bytes);
    this.changed();
  }

  /** A file that does not open leaves the current document as it was. */
  async replaceWithDocx(docx: Uint8Array): Promise<void> {
    this.current = await DocxPackage.open(docx);
    this.changed();
  }
}

export { W_NS, paragraphXml };
