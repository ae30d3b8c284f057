import { Finding, Mark, MarkTarget, Severity, findingId } from "./finding";

/** Prefix of each comment line, so a reader of the comment sees how serious each finding is. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: "【错误】", warning: "【警告】" };

/** A key equal for targets that mark the same place, whatever order their paragraph lists are in. */
export function targetKey(t: MarkTarget): string {
  switch (t.kind) {
    case "range":
      return `range:${t.start.paragraph}.${t.start.offset}-${t.end.paragraph}.${t.end.offset}`;
    case "cell":
      return `cell:${t.cell.table}:${t.cell.row}:${t.cell.col}`;
    case "paragraphs":
      return `paragraphs:${[...t.paragraphs].sort((a, b) => a - b).join(",")}`;
  }
}

/**
 * One mark per marked place. Findings on the same target share one mark whose
 * comment lists them all (errors first), so Word does not show a stack of
 * comments on one cell; the mark takes the id of its first (most severe)
 * finding. Findings without a location cannot be marked and are left to the
 * report.
 */
export function marksFromFindings(findings: Finding[]): Mark[] {
  const groups = new Map<string, { target: MarkTarget; findings: Finding[] }>();
  for (const f of findings) {
    if (!f.location) continue;
    const key = targetKey(f.location);
    const g = groups.get(key);
    if (g) g.findings.push(f);
    else groups.set(key, { target: f.location, findings: [f] });
  }
  const rank = (s: Severity) => (s === "error" ? 0 : 1);
  const marks: Mark[] = [];
  for (const { target, findings: fs } of groups.values()) {
    // Array.prototype.sort is stable, so findings of one severity keep the check's order.
    const ordered = [...fs].sort((a, b) => rank(a.severity) - rank(b.severity));
    const lines: string[] = [];
    for (const f of ordered) {
      const line = `${SEVERITY_LABEL[f.severity]}${f.message}`;
      if (!lines.includes(line)) lines.push(line);
    }
    marks.push({ id: findingId(ordered[0]), target, severity: ordered[0].severity, comment: lines.join("\n") });
  }
  return marks;
}
