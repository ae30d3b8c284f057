import { SECTIONS, SectionId } from "../form/fields";
import { findingLabel } from "./context";
import type { Finding } from "./finding";
import { pathSection } from "../form/paths";

/** The check of one file: its findings, or why it could not be checked. */
// No "path" import: the task pane bundles this module for the browser.
const basename = (file: string) => file.replace(/^.*[\\/]/, "");

export interface FileResult {
  file: string;
  findings: Finding[];
  /** Set when the file could not be checked (not a .docx, not this form …): the error's id and Chinese sentence. */
  error?: { id: string; message: string };
}

export function counts(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}

const SEVERITY_ZH = { error: "错误", warning: "警告" } as const;
const SECTION_ORDER = Object.keys(SECTIONS) as SectionId[];

/** A finding as one report line: its label, then its message (the label only once when the message names it). */
export function findingLine(f: Finding): string {
  const label = findingLabel(f.field);
  return f.message.includes(label) ? f.message : `${label}：${f.message}`;
}

/**
 * The human-readable report of one file: a headline with the error and warning
 * counts, then the findings grouped by section (封面, 一、基本信息, …) in form
 * order, each section with its own counts.
 */
export function formatReport(result: FileResult, opts: { final?: boolean } = {}): string {
  const lines: string[] = [];
  const mode = opts.final ? "（提交前终检）" : "";
  if (result.error) {
    lines.push(`${result.file}：无法检查${mode}`, `  ${result.error.message}`);
    return lines.join("\n");
  }
  const { errors, warnings } = counts(result.findings);
  if (result.findings.length === 0) {
    lines.push(`${result.file}：未发现问题${mode}`);
    return lines.join("\n");
  }
  lines.push(`${result.file}：${errors} 个错误，${warnings} 个警告${mode}`);
  const bySection = new Map<SectionId | "other", Finding[]>();
  for (const f of result.findings) {
    const s = pathSection(f.field) ?? "other";
    bySection.set(s, [...(bySection.get(s) ?? []), f]);
  }
  for (const s of [...SECTION_ORDER, "other" as const]) {
    const list = bySection.get(s);
    if (!list) continue;
    const c = counts(list);
    lines.push("", `【${s === "other" ? "其他" : SECTIONS[s]}】错误 ${c.errors}，警告 ${c.warnings}`);
    for (const f of list) lines.push(`  ${f.severity === "error" ? "✗" : "!"} ${SEVERITY_ZH[f.severity]}  ${findingLine(f)}`);
  }
  return lines.join("\n");
}

/** The JSON of one file, with exactly the public keys of a finding. */
export function reportJson(result: FileResult): { file: string; error?: { id: string; message: string }; findings: Finding[] } {
  return {
    file: result.file,
    ...(result.error ? { error: result.error } : {}),
    findings: result.findings.map((f) => ({ field: f.field, rule: f.rule, severity: f.severity, message: f.message, location: f.location, ...(f.fix ? { fix: f.fix } : {}) })),
  };
}

// ---------------------------------------------------------------------------
// Folder summary

/** Columns a terminal gives a character: 2 for CJK and full-width forms. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

const pad = (text: string, width: number, right = false) => {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
};

const shorten = (text: string, max: number) => {
  let out = "";
  for (const ch of text) {
    if (displayWidth(out + ch) > max - 1) return `${out}…`;
    out += ch;
  }
  return out;
};

/** The first problems of a file, for the summary: errors first, then warnings. */
export function firstProblems(result: FileResult, n = 2): string {
  if (result.error) return `无法检查：${result.error.message}`;
  if (result.findings.length === 0) return "未发现问题";
  const sorted = [...result.findings.filter((f) => f.severity === "error"), ...result.findings.filter((f) => f.severity === "warning")];
  const shown = sorted.slice(0, n).map((f) => `${findingLabel(f.field)}：${f.message}`);
  return shown.join("；") + (sorted.length > n ? ` 等 ${sorted.length} 项` : "");
}

/** The folder summary table: file (its name only), errors, warnings, first problems; then a total line. */
export function formatSummary(results: readonly FileResult[]): string {
  const names = results.map((r) => basename(r.file));
  const nameWidth = Math.min(40, Math.max(displayWidth("文件"), ...names.map(displayWidth)));
  const lines = [`${pad("文件", nameWidth)}  ${pad("错误", 4, true)}  ${pad("警告", 4, true)}  主要问题`];
  for (const r of results) {
    const c = counts(r.findings);
    const e = r.error ? "—" : String(c.errors);
    const w = r.error ? "—" : String(c.warnings);
    lines.push(`${pad(shorten(basename(r.file), nameWidth + 1), nameWidth)}  ${pad(e, 4, true)}  ${pad(w, 4, true)}  ${shorten(firstProblems(r), 80)}`);
  }
  const bad = results.filter((r) => r.error).length;
  const withErrors = results.filter((r) => !r.error && counts(r.findings).errors > 0).length;
  const clean = results.length - bad - withErrors;
  lines.push("", `共 ${results.length} 个文件：${withErrors} 个有错误，${clean} 个无错误${bad ? `，${bad} 个无法检查` : ""}。`);
  return lines.join("\n");
}

// ---------------------------------------------------------------------------
// CSV

const csvCell = (v: string | number) => {
  // An applicant's text opening with = or @ (or +/- before a non-digit) would run as an Excel formula in the reviewer's Excel.
  const s = typeof v === "string" && /^(?:[=@]|[+-][^\d\s.])/.test(v) ? `'${v}` : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * CSV for Excel: one row per finding (文件, 章节, 项目, 字段, 规则, 级别, 说明), a
 * row "未发现问题" for a clean file and a row "无法检查" for a bad one, so every
 * file appears (csvText: UTF-8 with a BOM, for Excel).
 */
export function toCsv(results: readonly FileResult[]): string {
  const rows: (string | number)[][] = [["文件", "章节", "项目", "字段", "规则", "级别", "说明"]];
  for (const r of results) {
    if (r.error) {
      rows.push([r.file, "", "", "", "", "无法检查", r.error.message]);
      continue;
    }
    if (r.findings.length === 0) rows.push([r.file, "", "", "", "", "", "未发现问题"]);
    for (const f of r.findings) {
      const s = pathSection(f.field);
      rows.push([r.file, s ? SECTIONS[s] : "", findingLabel(f.field), f.field, f.rule, SEVERITY_ZH[f.severity], f.message]);
    }
  }
  return csvText(rows);
}

/**
 * Rows as a CSV file for Excel: UTF-8 with a BOM and CRLF line ends (without
 * the BOM Excel reads the Chinese as ANSI and shows mojibake).
 */
export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
