import { useCallback, useMemo, useState } from "react";
import type { Finding } from "../../check/finding";
import { SECTIONS, type SectionId } from "../../form/fields";
import { getPath } from "../../form/paths";
import type { FormData } from "../../form/schema";
import { sectionOf } from "./paneModel";

const ORDER = Object.keys(SECTIONS) as SectionId[];

/** The order the list shows and 上一个/下一个 walks: by section as the form runs, errors first within one. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => ORDER.indexOf(sectionOf(f.field) ?? "basic") * 2 + (f.severity === "error" ? 0 : 1);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
}

/**
 * Why the list may no longer describe the document: the marks were cleared, or the
 * document changed (a fill, an undo, a new blank form) after the check.
 */
export type StaleReason = "marksCleared" | "documentChanged";

export interface FindingsList {
  /** The last check's findings in list order; null before the first check. */
  findings: readonly Finding[] | null;
  /** Index into `findings` of the one last jumped to. */
  current: number | null;
  stale: StaleReason | null;
  /** The pane's answer for this finding's field differs from what it was at the check. */
  edited: (finding: Finding) => boolean;
  checked: (findings: readonly Finding[], data: FormData) => void;
  markStale: (reason: StaleReason) => void;
  select: (index: number) => void;
  /** The finding `delta` places from the current one (wrapping round), made current. */
  step: (delta: 1 | -1) => Finding | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? "") === JSON.stringify(b ?? "");

function answerAt(data: FormData, path: string): unknown {
  try {
    return getPath(data, path);
  } catch {
    // Not a form path (a finding about the document as a whole): nothing the pane edits.
    return undefined;
  }
}

/** State of the findings list: what the last check found, which one is current, and whether it still holds. */
export function useFindingsList(data: FormData): FindingsList {
  const [state, setState] = useState<{ findings: Finding[] | null; at: FormData | null; current: number | null; stale: StaleReason | null }>({
    findings: null,
    at: null,
    current: null,
    stale: null,
  });

  const checked = useCallback((findings: readonly Finding[], at: FormData) => {
    setState({ findings: orderFindings(findings), at, current: null, stale: null });
  }, []);
  const markStale = useCallback((reason: StaleReason) => {
    // A change to the document outranks cleared marks: the findings themselves may be wrong now.
    setState((s) => (s.findings ? { ...s, stale: s.stale === "documentChanged" ? s.stale : reason } : s));
  }, []);
  const select = useCallback((index: number) => setState((s) => ({ ...s, current: index })), []);

  const { findings, at, current, stale } = state;
  const step = useCallback(
    (delta: 1 | -1): Finding | null => {
      if (!findings || findings.length === 0) return null;
      const n = findings.length;
      const next = current === null ? (delta > 0 ? 0 : n - 1) : (current + delta + n) % n;
      setState((s) => ({ ...s, current: next }));
      return findings[next];
    },
    [findings, current],
  );
  const edited = useMemo(() => {
    const cache = new Map<string, boolean>();
    return (f: Finding) => {
      if (!at) return false;
      let hit = cache.get(f.field);
      if (hit === undefined) {
        hit = !same(answerAt(at, f.field), answerAt(data, f.field));
        cache.set(f.field, hit);
      }
      return hit;
    };
  }, [at, data]);

  return { findings, current, stale, edited, checked, markStale, select, step };
}
