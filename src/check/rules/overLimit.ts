import type { DocModel } from "../../document/model";
import { FIELDS } from "../../form/fields";
import type { Location } from "../../locate/location";
import { countZi, ziOffsetAfter } from "../../text/ziCount";
import { fieldsOf, finding, findingLabel, Rule } from "../context";
import type { Finding, MarkTarget } from "../finding";

type Region = Extract<Location, { kind: "region" }>;

/**
 * Where the text past `limit` 字 starts and where the answer ends, as a range
 * in the document. The region's paragraphs are joined with "\n" (which counts
 * nothing), so an offset in the joined text maps back to one paragraph.
 */
export function overflowRange(model: DocModel, region: Region, limit: number): MarkTarget | null {
  const texts = region.paragraphs.map((i) => model.paragraphs[i]?.text ?? "");
  const at = ziOffsetAfter(texts.join("\n"), limit);
  if (at === null || region.paragraphs.length === 0) return null;
  let base = 0;
  for (let k = 0; k < texts.length; k++) {
    if (at < base + texts[k].length) {
      const last = region.paragraphs.length - 1;
      return {
        kind: "range",
        start: { paragraph: region.paragraphs[k], offset: at - base },
        end: { paragraph: region.paragraphs[last], offset: texts[last].length },
      };
    }
    base += texts[k].length + 1;
  }
  return null;
}

/**
 * overLimit — a narrative longer than its limit. The limit is the region's own
 * (read from this copy's instruction, "（800字以内）"; the form's number when the
 * instruction was deleted, which the message says). 字 are counted by countZi,
 * the counter the UI shows, so the check and the live count never disagree.
 */
export const overLimit: Rule = {
  id: "overLimit",
  fields: FIELDS.filter((d) => d.type === "narrative").map((d) => d.id),
  check(ctx) {
    const out: Finding[] = [];
    for (const f of fieldsOf(ctx, overLimit.fields)) {
      const loc = f.location;
      if (loc?.kind !== "region" || !Number.isFinite(loc.limit) || loc.limit >= Number.MAX_SAFE_INTEGER) continue;
      const texts = loc.paragraphs.map((i) => ctx.model.paragraphs[i]?.text ?? "");
      const count = countZi(texts.join("\n"));
      if (count <= loc.limit) continue;
      const label = findingLabel(f.id);
      const source = loc.limitFromDocument ? "" : "（框内说明文字已删除，按申报书规定的上限计）";
      out.push(
        finding(
          f.id,
          "overLimit",
          "error",
          `${label}共 ${count} 字，超出 ${loc.limit} 字限制 ${count - loc.limit} 字${source}，请删减（超出部分已标出）。`,
          overflowRange(ctx.model, loc, loc.limit),
        ),
      );
    }
    return out;
  },
};
