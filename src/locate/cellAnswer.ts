import { joinLines } from "./text";

/** A cell's answer: its paragraphs joined by "\n", blank lines at the ends dropped, each line as typed. */
export function cellAnswerText(text: string): string {
  return joinLines(text.split("\n"));
}
