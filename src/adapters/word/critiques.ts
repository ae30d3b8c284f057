import type { Mark, Severity } from "../../document/marks";
import { Batch } from "./batch";
import type { WClientResult, WCritique, WordHost } from "./host";
import { wordEnd, wordStart } from "./places";
import type { WordState } from "./wordState";

/**
 * Editor-style underlines (WordApi 1.7 critiques) over what 检查 highlighted,
 * while the pane is open. They are not saved with the file and need the
 * Microsoft 365 annotation service (docs/word-api.md "Critiques"), so they
 * only add to the highlight + comment marks, never replace them: drawn in a
 * batch of their own after the marks, and any failure turns them off for the
 * session without touching the marks. Cells shaded for an empty answer get
 * none (there is no text to underline).
 */

const SCHEME: Record<Severity, WCritique["colorScheme"]> = { error: "Red", warning: "Blue" };

/** Per paragraph, the underlines for the text marks, in Word's offsets. */
export function planCritiques(st: WordState, marks: Mark[]): Map<number, WCritique[]> {
  const out = new Map<number, WCritique[]>();
  const add = (i: number, a: number, b: number, severity: Severity) => {
    if (b <= a) return;
    out.set(i, [...(out.get(i) ?? []), { colorScheme: SCHEME[severity], start: a, length: b - a }]);
  };
  for (const { target: t, severity } of marks) {
    if (t.kind === "range") {
      for (let i = t.start.paragraph; i <= t.end.paragraph; i++) {
        add(i, i === t.start.paragraph ? wordStart(st, i, t.start.offset) : 0, i === t.end.paragraph ? wordEnd(st, i, t.end.offset) : st.words[i].length, severity);
      }
    } else if (t.kind === "paragraphs") {
      for (const i of t.paragraphs) add(i, 0, st.words[i].length, severity);
    }
  }
  return out;
}

/** Ids of the critiques drawn this session, by paragraph. */
export type Drawn = Map<number, string[]>;

export const critiquesSupported = (host: WordHost) => host.isSetSupported("WordApi", "1.7");

/** Remove what was drawn before (one round trip to list, one to delete), then draw these (one). */
export async function redrawCritiques(host: WordHost, st: WordState, marks: Mark[], before: Drawn): Promise<Drawn> {
  await removeCritiques(host, st, before);
  const plan = planCritiques(st, marks);
  if (plan.size === 0) return new Map();
  return host.run(async (ctx) => {
    const b = new Batch(ctx, st);
    const results: [number, WClientResult<string[]>][] = [...plan].map(([i, critiques]) => [i, b.para(i).insertAnnotations({ critiques })]);
    await ctx.sync();
    return new Map(results.map(([i, r]) => [i, r.value]));
  });
}

export async function removeCritiques(host: WordHost, st: WordState, drawn: Drawn): Promise<void> {
  const paras = [...drawn].filter(([i]) => i < st.words.length);
  if (paras.length === 0) return;
  await host.run(async (ctx) => {
    const b = new Batch(ctx, st);
    const lists = paras.map(([i, ids]) => ({ ids: new Set(ids), list: b.para(i).getAnnotations().load("items/id") }));
    await ctx.sync();
    for (const { ids, list } of lists) for (const a of list.items) if (ids.has(a.id)) a.delete();
    await ctx.sync();
  });
}
