/**
 * How the model's paragraph text (read from OOXML) lines up with the text
 * Word reports for the same paragraph, and how to reach an offset in a
 * paragraph with Word's search (the API has no offset-based ranges:
 * officejs-facts §2, ISSUE #4723).
 */

import type { Deletion } from "../ooxml/reader";

/** Word's `Body.search` limit; escapes count toward it (officejs-facts §2, ISSUE #1726). */
export const SEARCH_LIMIT = 255;

const BOXES = new Set(["□", "☐", "☑", "☒", "■", "√", "✓", "✔", "✗", "✘", "⊠", "▢"]);

const isPrivateUse = (c: number) => c >= 0xe000 && c <= 0xf8ff;
const isLetterOrDigit = (ch: string) => /[\p{L}\p{N}]/u.test(ch);

/** A line break in the model ("\n") may be a vertical tab, form feed or CR in Word's text. */
const BREAKS = new Set(["\n", "\v", "\r", "\f"]);

function sameChar(model: string, word: string): boolean {
  if (model === word) return true;
  if (model === "\n" && BREAKS.has(word)) return true;
  // Symbol-font characters (w:sym) come out of Word as private-use code points.
  if (isPrivateUse(word.charCodeAt(0)) && !isLetterOrDigit(model)) return true;
  if (BOXES.has(model) && BOXES.has(word)) return true;
  // w:noBreakHyphen is "-" in the model, U+001E in Word's text.
  return model === "-" && word === "\u001e";
}

/** Characters Word may report that the model does not have: footnote marks, pictures, soft hyphens, field marks. */
function wordOnly(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c < 0x20 && !BREAKS.has(word) && word !== "\t") || c === 0x00ad || c === 0xfeff || c === 0x200b;
}

/**
 * Map every model offset (0..model.length) of a paragraph to an offset in
 * Word's text of it; null when the two texts are not the same paragraph.
 *
 * `deleted` are the paragraph's tracked deletions (the model leaves them
 * out, as if accepted). Word on the web shows their text in
 * `Paragraph.text` (office-js #1267), desktop Word as its markup view shows
 * it (#5286): Word's text is taken as it comes, with every deletion or with
 * none, and a point before model character i lands after any deleted text
 * there, as after Word's own extra characters.
 */
export function alignTexts(model: string, word: string, deleted: readonly Deletion[] = []): Int32Array | null {
  return alignWith(model, word, []) ?? (deleted.length > 0 ? alignWith(model, word, deleted) : null);
}

function alignWith(model: string, word: string, deleted: readonly Deletion[]): Int32Array | null {
  const map = new Int32Array(model.length + 1);
  let i = 0;
  let j = 0;
  let d = 0;
  /** Steps over the deleted text at model offset i, if Word shows it; false when Word's text differs there. */
  const skipDeleted = (): boolean => {
    for (; d < deleted.length && deleted[d].at === i; d++) {
      for (const ch of deleted[d].text) {
        while (j < word.length && !sameChar(ch, word[j]) && wordOnly(word[j])) j++;
        if (j >= word.length || !sameChar(ch, word[j])) return false;
        j++;
      }
    }
    return true;
  };
  while (i < model.length) {
    if (!skipDeleted()) return null;
    if (j < word.length && sameChar(model[i], word[j])) {
      map[i++] = j++;
    } else if (j < word.length && wordOnly(word[j])) {
      j++;
    } else {
      return null;
    }
  }
  if (!skipDeleted()) return null;
  while (j < word.length && wordOnly(word[j])) j++;
  if (j !== word.length) return null;
  map[model.length] = j;
  return map;
}

/** Loose comparison for error messages and change detection: letters and digits only. */
export function textKey(text: string): string {
  return [...text].filter(isLetterOrDigit).join("");
}

/**
 * Characters a plain search cannot spell: control characters (Word's marks
 * for pictures, footnotes, fields), private-use symbol characters (w:sym
 * boxes) and lone surrogates. Tab and line break can be spelt (`^t`, `^l`:
 * Word's documented special characters for a plain search, PR
 * docs/word/search-option-guidance.md).
 */
export function isUnsafe(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 0x20 || c === 0x7f || isPrivateUse(c) || c === 0xfeff || c === 0x00ad;
}

/** What no search can match: not even a documented special character (tab and line break are `^t`, `^l`). */
const isNonText = (ch: string) => isUnsafe(ch) && ch !== "\t" && ch !== "\v";

/** Plain-search spelling of one character: `^` starts a special code, so it is `^^`; tab `^t`, line break `^l`. */
const SPELLING: Record<string, string> = { "^": "^^", "\t": "^t", "\v": "^l" };

/**
 * One step of moving a point forward over Word's text. A `text` step is
 * searched; a `skip` step passes a run of characters no search can spell
 * (a symbol box, a picture, a footnote mark) without matching them: the
 * point after the run is the start of the text that follows it, searched
 * from the run's start (or the paragraph's end when nothing follows). Only
 * a point inside such a run, which the text around it cannot reach, falls
 * back to the wildcard `?` (`wildcard`), which no documentation says
 * matches those characters.
 */
export interface SearchStep {
  pattern: string;
  wildcard: boolean;
  skip: boolean;
  length: number;
}

/**
 * Cut Word's text between two offsets into searches that each fit the
 * 255-character limit. Each step's text starts exactly where the previous
 * one ended, so searching it in "the rest of the paragraph from here" and
 * taking the first hit moves the point by exactly that much.
 */
export function searchSteps(word: string, from: number, to: number): SearchStep[] {
  const steps: SearchStep[] = [];
  let i = from;
  while (i < to) {
    if (isNonText(word[i])) {
      let end = i;
      while (end < word.length && isNonText(word[end])) end++;
      // A whole run, entered from text (or the paragraph start) and left within the stretch, is skipped.
      if ((i === 0 || i > from || !isNonText(word[i - 1])) && end <= to) {
        steps.push({ pattern: "", wildcard: false, skip: true, length: end - i });
        i = end;
      } else {
        steps.push({ pattern: "?", wildcard: true, skip: false, length: 1 });
        i++;
      }
      continue;
    }
    let j = i;
    let cost = 0;
    while (j < to && !isNonText(word[j])) {
      const add = (SPELLING[word[j]] ?? word[j]).length;
      if (cost + add > SEARCH_LIMIT) break;
      cost += add;
      j++;
    }
    // Never cut a surrogate pair: Word counts the pair as one character.
    if (j < to && j - i > 1 && /[\ud800-\udbff]/.test(word[j - 1])) j--;
    steps.push({ pattern: [...word.slice(i, j)].map((c) => SPELLING[c] ?? c).join(""), wildcard: false, skip: false, length: j - i });
    i = j;
  }
  return steps;
}

/** A short stable hash (FNV-1a, hex) to recognise a paragraph's text later. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
