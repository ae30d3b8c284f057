/**
 * Characters XML 1.0 cannot hold, in text people paste from PDFs and old
 * systems. Three have a meaning in a document and are kept for the adapter
 * to write as Word does: tab, U+000B (Word's own manual line break) and
 * U+000C (page break). Windows line ends become one "\n". Every other C0
 * control and U+FFFE/U+FFFF is removed, and the caller tells the user. A lone
 * surrogate is damaged text, not a character: it is reported, never replaced.
 */

export const LINE_BREAK = "\u000B";
export const PAGE_BREAK = "\u000C";

/** Splits text at the characters a writer turns into elements (tab, line break, page break), keeping them. */
// eslint-disable-next-line no-control-regex
export const BREAKS = /([\t\u000B\u000C])/;

// eslint-disable-next-line no-control-regex
const REMOVED = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface CleanText {
  text: string;
  /** The removed characters as U+XXXX, once each, in order of appearance. */
  removed: string[];
  /** The first lone surrogate as U+XXXX, when the text holds one. */
  loneSurrogate: string | null;
}

const codeOf = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

export function cleanText(input: string): CleanText {
  const lone = LONE_SURROGATE.exec(input);
  const removed = new Set<string>();
  const text = input.replace(/\r\n?/g, "\n").replace(REMOVED, (ch) => {
    removed.add(codeOf(ch));
    return "";
  });
  return { text, removed: [...removed], loneSurrogate: lone ? codeOf(lone[0]) : null };
}

/** Text an XML writer can always store: what cleanText keeps, minus anything still illegal. */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(new RegExp(LONE_SURROGATE.source, "g"), "");
}
