/** The marks record: what applyMarks changed, kept in the document so clearMarks can undo exactly that. */

/** Where the record is kept: Word's settings (WordApi 1.4) or the Common API settings. */
export const MARKS_KEY = "silkform.marks";

/**
 * What applyMarks changed, kept in the document (Word settings, or the
 * Common API settings on WordApi 1.3) so clearMarks can undo exactly that,
 * even in a later session. Offsets are in Word's text of the paragraph.
 */
export interface MarkRecord {
  v: 1;
  /** Each marked paragraph: [index, hash of the paragraph before it, hash of its own text], to find it again. */
  paras: [number, string, string][];
  /** Highlighted stretches: [paragraph, start, end, the user's own highlight there before or null, the colour we gave it]. */
  hl: [number, number, number, string | null, string][];
  /** Shaded cells, by their first paragraph: [paragraph, the cell's shading before, or null]. */
  cells: [number, string | null][];
  /** Comments added (each starts with COMMENT_PREFIX). */
  comments: number;
}

/** One record of two sets of marks: restoring it undoes the first set, then the second (the second's "before" is the first undone). */
export function mergeRecords(a: MarkRecord, b: MarkRecord): MarkRecord {
  return { v: 1, paras: [...a.paras, ...b.paras], hl: [...a.hl, ...b.hl], cells: [...a.cells, ...b.cells], comments: a.comments + b.comments };
}

export function parseRecord(raw: unknown): MarkRecord | null {
  if (raw === null || raw === undefined) return null;
  const r = (typeof raw === "string" ? safeJson(raw) : raw) as Partial<MarkRecord> | null;
  if (!r || r.v !== 1 || !Array.isArray(r.paras) || !Array.isArray(r.hl) || !Array.isArray(r.cells)) return null;
  return { v: 1, paras: r.paras, hl: r.hl, cells: r.cells, comments: Number(r.comments) || 0 };
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}
