import { WordAdapterError } from "./errors";
import { officeErrorCode, WParagraph, WRange, WRequestContext } from "./host";
import type { WordState } from "./wordState";
import { searchSteps } from "./wordText";

/** Every this many links of the getNext chain one path is used, so Office.js's recursive path instantiation stays shallow. */
const CHECKPOINT = 200;

/** One write of a plan: where it happens, so a batch can run them from the end of the document backwards. */
export interface Action {
  /** Paragraph index the action works at; actions run from the end of the document backwards. */
  at: number;
  /** Offset within it, for actions in the same paragraph. */
  sub: number;
  /** Paragraphs whose text the action relies on. */
  touched: number[];
  emit(b: Batch): void;
}

/** The batch's one sync; a guard search that found nothing means the document changed since it was read. */
export async function syncWrites(ctx: WRequestContext): Promise<void> {
  try {
    await ctx.sync();
  } catch (e) {
    if (officeErrorCode(e) === "ItemNotFound") {
      throw new WordAdapterError(
        "wordChanged",
        "文档在读取之后被修改过（要写入的段落内容与读取时不同），为避免写错位置，本次操作已停止。请重新读取文档后再试。",
        [String(e)],
      );
    }
    throw e;
  }
}

/** Builds the commands of one batch against the state it was planned on. */
export class Batch {
  private readonly chain: WParagraph[] = [];
  private readonly checkpoints: [number, WParagraph][] = [];

  constructor(
    readonly ctx: WRequestContext,
    readonly st: WordState,
  ) {}

  /** Paragraph i: getFirst() and i getNext()s; resolved by Word when first used. */
  para(i: number): WParagraph {
    if (i < 0 || i >= this.st.words.length) throw new Error(`paragraph ${i} is outside the document`);
    while (this.chain.length <= i) {
      const k = this.chain.length;
      this.chain.push(k === 0 ? this.ctx.document.body.paragraphs.getFirst() : this.chain[k - 1].getNext());
    }
    return this.chain[i];
  }

  /**
   * Before any write: make Word resolve every paragraph up to the last one
   * touched (so later inserts and deletes cannot shift what a path means),
   * in short steps; then check each touched paragraph still has its text.
   */
  begin(touched: number[]): void {
    if (touched.length === 0) return;
    const max = Math.max(...touched);
    for (let k = CHECKPOINT; k < max; k += CHECKPOINT) this.checkpoints.push([k, this.para(k).load("tableNestingLevel")]);
    this.checkpoints.push([max, this.para(max).load("tableNestingLevel")]);
    const checked = new Set<number>();
    for (const i of touched) {
      // An empty paragraph cannot be searched; the nearest text before it vouches for its place.
      let j = i;
      while (j > 0 && i - j < 8 && this.st.words[j] === "") j--;
      if (checked.has(j) || this.st.words[j] === "") continue;
      checked.add(j);
      const step = searchSteps(this.st.words[j], 0, this.st.words[j].length).find((s) => !s.wildcard && !s.skip);
      if (!step) continue;
      this.para(j).search(step.pattern, { matchCase: true }).getFirst().load("text");
    }
  }

  /**
   * After the sync: the chain's paragraphs must sit in tables as deeply as
   * the paragraphs read did. Too late to prevent a write, but a getNext()
   * order that differs from the paragraph collection's is reported, not
   * silently accepted.
   */
  verify(): void {
    for (const [k, p] of this.checkpoints) {
      const cell = this.st.model.paragraphs[k].cell;
      const level = cell ? this.st.model.tables[cell.table].nestingLevel : 0;
      if (p.tableNestingLevel !== level) {
        throw new WordAdapterError(
          "wordMismatch",
          `写入后校验发现：Word 中第 ${k + 1} 段的位置与读取时不一致，写入的内容可能有错位。请检查文档（可用“撤销”恢复）。`,
        );
      }
    }
  }

  /** The collapsed range at Word offset `off` of paragraph i. */
  point(i: number, off: number): WRange {
    const len = this.st.words[i].length;
    if (off <= 0) return this.para(i).getRange("Start");
    if (off >= len) return this.para(i).getRange("End");
    return this.advance(i, null, 0, off);
  }

  /** From a point (null: the paragraph start) forward over Word's text [from, to). */
  private advance(i: number, from: WRange | null, fromOff: number, toOff: number): WRange {
    const p = this.para(i);
    const word = this.st.words[i];
    let cur = from;
    let off = fromOff;
    for (const step of searchSteps(word, fromOff, toOff)) {
      off += step.length;
      if (step.skip && off >= word.length) {
        cur = p.getRange("End");
        continue;
      }
      const scope = cur === null ? p : cur.expandTo(p.getRange("End"));
      // Past a run no search can spell: to the start of the text right after it (a step always starts with text).
      const next = step.skip ? searchSteps(word, off, word.length)[0] : step;
      const hit = scope.search(next.pattern, { matchCase: true, matchWildcards: next.wildcard }).getFirst();
      cur = hit.getRange(step.skip ? "Start" : "End");
    }
    return cur ?? p.getRange("Start");
  }

  /** Word's text [a, b) of paragraph i as a range. */
  range(i: number, a: number, b: number): WRange {
    const len = this.st.words[i].length;
    if (a >= b) return this.point(i, a);
    if (a <= 0 && b >= len) return this.para(i).getRange("Content");
    const start = this.point(i, a);
    const end = b >= len ? this.para(i).getRange("End") : this.advance(i, a <= 0 ? null : start, a, b);
    return start.expandTo(end);
  }
}
