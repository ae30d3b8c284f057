/**
 * The one label normaliser. Real copies of the form spell the same label in
 * many ways ("手   机", "姓　名", "研发能力与贡献(5年内)", "E-mail"); every
 * comparison of document text against the form model goes through here.
 */

const DASHES = /[\u2010-\u2015\u2212\u30fc\uff0d\u2500]/g;
const QUOTES_DOUBLE = /[\u201c\u201d\u201e\u300c\u300d\uff02]/g;
const QUOTES_SINGLE = /[\u2018\u2019\u300e\u300f\uff07]/g;
// NBSP, ideographic space, zero-width characters and ordinary white space.
const SPACES = /[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]+/g;

/**
 * Folds made during the current locate or check (see remembering); null outside one.
 * Scoped to one pass over one document so nothing is carried from one document (or one run) to the next.
 */
let folds: Map<string, string> | null = null;

/**
 * Run `pass` (one locate or one check over a document) remembering each text's fold: a pass folds the
 * same texts again and again (a cell's first line once per signature block, an answer once per rule),
 * and on a 50× form that was most of the folding. Nested passes share the outer one's memory.
 */
export function remembering<T>(pass: () => T): T {
  if (folds) return pass();
  folds = new Map();
  try {
    return pass();
  } finally {
    folds = null;
  }
}

/** Width-fold, drop spaces, unify dashes/quotes, lower-case. Punctuation kept. */
export function foldText(text: string): string {
  if (!folds) return fold(text);
  let f = folds.get(text);
  if (f === undefined) folds.set(text, (f = fold(text)));
  return f;
}

function fold(text: string): string {
  return text
    .normalize("NFKC")
    .replace(SPACES, "")
    .replace(DASHES, "-")
    .replace(QUOTES_DOUBLE, '"')
    .replace(QUOTES_SINGLE, "'")
    .toLowerCase();
}

/**
 * Label key: folded text without parenthesised remarks, trailing colons and
 * enumerators' surrounding noise, so "类型（单选）" and "类型" compare equal.
 */
export function labelKey(text: string): string {
  let s = foldText(text);
  // Remove parenthesised remarks, innermost first (nested parentheses are rare but seen).
  for (let i = 0; i < 3; i++) s = s.replace(/\([^()]*\)/g, "");
  return s.replace(/[:：]+$/u, "");
}

/** Compare a document text with one of the model's label spellings. */
export function sameLabel(docText: string, label: string): boolean {
  const k = labelKey(docText);
  return k.length > 0 && k === labelKey(label);
}

/**
 * Map a position in `foldText(text)` back to a UTF-16 offset in `text`.
 * Folding is per character (NFKC of the characters we meet is 1:1 or drops
 * spaces), so a character-by-character walk is exact for our purposes.
 */
export function foldedPrefixEnd(text: string, foldedPrefix: string): number | null {
  let folded = "";
  let i = 0;
  if (foldedPrefix.length === 0) return 0;
  for (const ch of text) {
    folded += foldText(ch);
    i += ch.length;
    if (folded === foldedPrefix) return i;
    if (!foldedPrefix.startsWith(folded)) return null;
  }
  return null;
}

/** Trim including full-width and non-breaking spaces. */
export function trimAll(text: string): string {
  return text.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, "");
}
