import { cellParagraphs, DocCell } from "../document/model";
import { BOX_CHARS_EMPTY, BOX_CHARS_TICKED } from "../form/layout";
import type { ChoiceOption, Location } from "./location";

const BOXES = new Set([...BOX_CHARS_EMPTY, ...BOX_CHARS_TICKED]);
const TICKED = new Set(BOX_CHARS_TICKED);

/** Find each option's text in the cell and the box character just before it. */
export function locateChoice(cell: DocCell, options: readonly string[]): Extract<Location, { kind: "choice" }> {
  const paragraphs = cellParagraphs(cell);
  const found: ChoiceOption[] = options.map((option) => {
    for (const p of paragraphs) {
      const at = findOption(p.text, option);
      if (at < 0) continue;
      let i = at - 1;
      while (i >= 0 && /[\s\u00a0\u3000]/.test(p.text[i])) i--;
      if (i >= 0 && BOXES.has(p.text[i])) {
        return { option, box: { paragraph: p.index, start: i, end: i + 1 }, ticked: TICKED.has(p.text[i]) };
      }
      return { option, box: null, ticked: false };
    }
    return { option, box: null, ticked: false };
  });
  return { kind: "choice", cell: cell.ref, paragraphs: paragraphs.map((p) => p.index), options: found };
}

function findOption(text: string, option: string): number {
  const direct = text.indexOf(option);
  if (direct >= 0) return direct;
  // Copies that put spaces inside an option ("高等 院校"): match ignoring white space.
  const pattern = new RegExp([...option].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s\\u00a0\\u3000]*"));
  const m = pattern.exec(text);
  return m ? m.index : -1;
}

/** The options ticked, in form order. */
export function tickedOptions(loc: Extract<Location, { kind: "choice" }>): string[] {
  return loc.options.filter((o) => o.ticked).map((o) => o.option);
}
