import { cellParagraphs, cellText, DocCell } from "../document/model";
import { foldText, labelKey, trimAll } from "../text/normalize";

/** An answer as the user reads it: outer blanks and fill-in underlines are not part of it. */
export function answerText(raw: string): string {
  return trimAll(raw.replace(/^[_＿\s\u3000]+|[_＿\s\u3000]+$/g, ""));
}

/** Paragraph texts of an answer joined by "\n", blank lines at either end dropped. */
export function joinLines(lines: string[]): string {
  let a = 0;
  let b = lines.length;
  while (a < b && trimAll(lines[a]) === "") a++;
  while (b > a && trimAll(lines[b - 1]) === "") b--;
  return lines.slice(a, b).join("\n");
}

/** A cell's answer: its paragraphs, blank lines at either end dropped. */
export function cellAnswer(cell: DocCell): string {
  return joinLines(cellParagraphs(cell).map((p) => p.text));
}

const folded = new WeakMap<DocCell, string>();
const labelKeys = new WeakMap<DocCell, string>();

/**
 * foldText and labelKey of a cell's text, worked out once per cell of a model: locating asks them
 * of the same cells again for every label and table it looks for, and folding a long answer is slow.
 */
export function cellFolded(cell: DocCell): string {
  let f = folded.get(cell);
  if (f === undefined) folded.set(cell, (f = foldText(cellText(cell))));
  return f;
}

export function cellLabelKey(cell: DocCell): string {
  let k = labelKeys.get(cell);
  if (k === undefined) labelKeys.set(cell, (k = labelKey(cellText(cell))));
  return k;
}
