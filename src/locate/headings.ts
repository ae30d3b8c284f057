import type { DocModel, DocParagraph } from "../document/model";
import { MAJOR_HEADINGS, MajorSection, NARRATIVES, DATA_TABLES } from "../form/layout";
import { foldText, labelKey } from "../text/normalize";

// "一、", "（一）", "(1)", "3." — enumerators real copies put before headings.
const ENUMERATOR = /^(?:[(（]?[一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．])/u;

/** A heading's title without its enumerator, as a label key. */
export function headingKey(text: string): string {
  const folded = foldText(text);
  return labelKey(folded.replace(ENUMERATOR, "").replace(/^[、.]/, ""));
}

export interface HeadingMark {
  /** Index in model.blocks (top level). */
  block: number;
  paragraph: DocParagraph;
  major?: MajorSection;
  /** Narrative heading key ("战略意义") within its major section. */
  title?: string;
}

const NARRATIVE_TITLES: Record<string, Set<string>> = (() => {
  const out: Record<string, Set<string>> = {};
  for (const n of [...NARRATIVES, ...DATA_TABLES]) {
    (out[n.section] ??= new Set()).add(labelKey(n.heading[0]));
  }
  return out;
})();

/**
 * Headings among the top-level paragraphs, in order. A narrative title only
 * counts inside its major section, so "（一）" of 二 and of 三 never mix.
 */
export function findHeadings(model: DocModel): HeadingMark[] {
  const marks: HeadingMark[] = [];
  let major: MajorSection | undefined;
  model.blocks.forEach((b, block) => {
    if (b.kind !== "paragraph") return;
    const key = headingKey(b.text);
    if (!key || key.length > 20) return;
    for (const [sec, labels] of Object.entries(MAJOR_HEADINGS) as [MajorSection, readonly string[]][]) {
      if (labels.some((l) => labelKey(l) === key)) {
        major = sec;
        marks.push({ block, paragraph: b, major: sec });
        return;
      }
    }
    if (major && NARRATIVE_TITLES[major]?.has(key)) marks.push({ block, paragraph: b, major, title: key });
  });
  return marks;
}

export function findNarrativeHeading(marks: HeadingMark[], section: MajorSection, heading: readonly string[]): HeadingMark | undefined {
  const keys = heading.map(labelKey);
  return marks.find((m) => m.major === section && m.title !== undefined && keys.includes(m.title));
}
