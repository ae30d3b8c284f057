import type { FieldId } from "../../form/fields";
import { foldText } from "../../text/normalize";
import { answerTarget, finding, findingLabel, Rule, shortLabel } from "../context";
import type { Finding } from "../finding";
import { isBlank } from "../text";

/** Cover line → the table answer it repeats (FORM.md §3 consistency). */
export const COVER_PAIRS: readonly [cover: FieldId, table: FieldId][] = [
  ["cover.labName", "basic.labName"],
  ["cover.cnDirector", "director.cn.name"],
  ["cover.cnHost", "cnHost.name"],
  ["cover.department", "basic.department"],
];

/**
 * consistency — the cover repeats four answers of the table; they must be the
 * same text, compared after foldText (width, spaces, dash and quote variants
 * do not count as differences). Reported on the cover line; skipped when
 * either side is empty (required reports that) or only the placeholder.
 */
export const consistency: Rule = {
  id: "consistency",
  fields: COVER_PAIRS.map(([c]) => c),
  check(ctx) {
    const out: Finding[] = [];
    for (const [coverId, tableId] of COVER_PAIRS) {
      const cover = ctx.field(coverId);
      const table = ctx.field(tableId);
      if (!cover?.found || !table?.found || isBlank(cover.text) || isBlank(table.text)) continue;
      if (foldText(cover.text) === foldText(table.text)) continue;
      out.push(
        finding(
          coverId,
          "consistency",
          "error",
          `封面“${shortLabel(coverId)}”为“${cover.text.trim()}”，与基本信息表“${findingLabel(tableId)}”的“${table.text.trim()}”不一致，请统一。`,
          answerTarget(ctx.model, cover),
        ),
      );
    }
    return out;
  },
};
