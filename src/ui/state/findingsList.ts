import { useCallback, useMemo, useRef, useState } from "react";
import type { Finding } from "../../check/finding";
import { SECTIONS, type SectionId } from "../../form/fields";
import { getPath, pathSection } from "../../form/paths";
import type { FormData } from "../../form/schema";

const ORDER = Object.keys(SECTIONS) as SectionId[];

/** The order the list shows and 上一个/下一个 walks: by section as the form runs, errors first within one. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => ORDER.indexOf(pathSection(f.field) ?? "basic") * 2 + (f.severity === "error" ? 0 : 1);
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

export type IgnoredFinding = NonNullable<FormData["ignoredFindings"]>[number];

/** Only warnings can be ignored: an error has to be put right before the form is submitted. */
export const canIgnore = (f: Finding) => f.severity === "warning";

export const ignoreEntry = (f: Finding): IgnoredFinding => ({ field: f.field, rule: f.rule, message: f.message });

const ignoreKey = (f: { field: string; rule: string; message: string }) => `${f.field}\u0000${f.rule}\u0000${f.message}`;

/** The findings still to show: warnings the user ignored are left out. */
export function withoutIgnored(findings: readonly Finding[], ignored: readonly IgnoredFinding[] | undefined): Finding[] {
  const keys = new Set((ignored ?? []).map(ignoreKey));
  return keys.size === 0 ? [...findings] : findings.filter((f) => !canIgnore(f) || !keys.has(ignoreKey(f)));
}

export interface FindingsList {
  /** Every finding of the last check, ignored ones too. */
  all: readonly Finding[] | null;
  /** The last check's findings in list order, the ignored ones left out; null before the first check. */
  findings: readonly Finding[] | null;
  /** How many of the last check's findings are ignored. */
  ignoredCount: number;
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

/** The form's answer at a finding's path; undefined for a path that is not a form answer. */
export function answerAt(data: FormData, path: string): unknown {
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

  const currentRef = useRef<number | null>(null);
  currentRef.current = state.current;
  const ignored = data.ignoredFindings;
  const { at, current, stale } = state;
  const all = state.findings;
  const findings = useMemo(() => (all ? withoutIgnored(all, ignored) : null), [all, ignored]);
  const ignoredCount = all && findings ? all.length - findings.length : 0;
  const step = useCallback(
    (delta: 1 | -1): Finding | null => {
      if (!findings || findings.length === 0) return null;
      const n = findings.length;
      // From the ref, not the render: two quick presses must move two places.
      const from = currentRef.current;
      const next = from === null ? (delta > 0 ? 0 : n - 1) : (Math.min(from, n - 1) + delta + n) % n;
      currentRef.current = next;
      setState((s) => ({ ...s, current: next }));
      return findings[next];
    },
    [findings],
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

  return { all, findings, ignoredCount, current: current === null || !findings?.length ? null : Math.min(current, findings.length - 1), stale, edited, checked, markStale, select, step };
}
