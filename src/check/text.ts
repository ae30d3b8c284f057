import { PLACEHOLDERS } from "../form/layout";
import { isPlaceholder } from "../extract/extract";
import { trimAll } from "../text/normalize";

/**
 * “无” is a valid answer everywhere (填表说明 11). Accepted spellings: 无 and 暂无,
 * with stray spaces or a closing full stop. Dashes and slashes are not: the form
 * asks for 无, and “-” in a number cell looks like a sign, not an answer.
 */
export function isNone(text: string): boolean {
  const t = trimAll(text.normalize("NFKC"))
    .replace(/[\s\u3000]+/g, "")
    .replace(/[。.;；,，!！]+$/u, "");
  return t === "无" || t === "暂无";
}

/** Nothing written: white space only, or the template's own placeholder (extract reads it as empty too). */
export function isBlank(text: string): boolean {
  return trimAll(text) === "" || isPlaceholder(text);
}

const SPACE = "[\\s\\u00a0\\u3000]*";
const DASH = "[-\\u2010-\\u2015\\u2212\\uff0d\\u2500\\u30fc]";
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A character of a template text as users' copies may write it: full/half width, any dash, any quote. */
function charClass(c: string): string {
  if (/[-\u2010-\u2015\u2212\uff0d\u2500]/.test(c)) return `${DASH}{1,2}`;
  if (/[“”"＂「」]/.test(c)) return "[“”\"＂「」]";
  if (c === "（" || c === "(") return "[（(]";
  if (c === "）" || c === ")") return "[）)]";
  const half = c.normalize("NFKC");
  const code = half.charCodeAt(0);
  if (half.length === 1 && code > 0x20 && code < 0x7f) {
    const full = String.fromCharCode(code + 0xfee0);
    const alts = /[a-z]/i.test(half) ? [half.toLowerCase(), half.toUpperCase(), String.fromCharCode(half.toLowerCase().charCodeAt(0) + 0xfee0), String.fromCharCode(half.toUpperCase().charCodeAt(0) + 0xfee0)] : [half, full];
    return `[${[...new Set(alts)].map(escapeRe).join("")}]`;
  }
  return escapeRe(c);
}

/** A tolerant pattern for a template text: spaces may appear between its characters. */
export function templatePattern(text: string): string {
  return [...text].map(charClass).join(SPACE);
}

export interface PlaceholderSpec {
  /** What to call it in a message. */
  text: string;
  pattern: RegExp;
}

/** The template's placeholders (PLACEHOLDERS in layout.ts), as patterns that find them inside other text. */
export const PLACEHOLDER_PATTERNS: readonly PlaceholderSpec[] = PLACEHOLDERS.map((p) => ({ text: p, pattern: new RegExp(templatePattern(p), "gu") }));

/**
 * Pieces of the 申报名称 placeholder left behind when an applicant replaced only
 * part of it ("中国—俄罗斯（重点合作国）人工智能（具体领域）…"). Only looked for in
 * lab names: elsewhere “XXX” or （具体领域） may be legitimate text.
 */
export const LAB_NAME_FRAGMENTS: readonly PlaceholderSpec[] = [
  { text: "（重点合作国）", pattern: new RegExp(templatePattern("（重点合作国）"), "gu") },
  { text: "（具体领域）", pattern: new RegExp(templatePattern("（具体领域）"), "gu") },
  { text: "XXX", pattern: /[XxＸｘ]{3,}/gu },
];

export interface Occurrence {
  spec: PlaceholderSpec;
  start: number;
  end: number;
}

/** Every occurrence of these placeholders in a text, in order, not overlapping. */
export function findPlaceholders(text: string, specs: readonly PlaceholderSpec[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const spec of specs) {
    spec.pattern.lastIndex = 0;
    for (let m = spec.pattern.exec(text); m; m = spec.pattern.exec(text)) {
      if (m[0].length === 0) {
        spec.pattern.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (!out.some((o) => o.start < end && start < o.end)) out.push({ spec, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The text with the template's placeholders cut out, for rules that read what the user wrote around them. */
export function stripPlaceholders(text: string, specs: readonly PlaceholderSpec[] = PLACEHOLDER_PATTERNS): string {
  let out = text;
  for (const o of findPlaceholders(text, specs).reverse()) out = out.slice(0, o.start) + out.slice(o.end);
  return out;
}

/** Quote a user's text in a message, shortened when long. */
export function quote(text: string, max = 30): string {
  const t = trimAll(text).replace(/\n/g, " ");
  return `“${t.length > max ? `${t.slice(0, max)}…` : t}”`;
}
