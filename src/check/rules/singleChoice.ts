import { answerTarget, fieldsOf, finding, findingLabel, Rule } from "../context";
import type { Finding } from "../finding";

/**
 * singleChoice — 类型（单选） and every 性质: exactly one box ticked, read from
 * the located options (☑ ■ √ ✓ ✔ ☒ count as ticked, FORM.md §3). Items of
 * 参与单位 that are spare rows or answered “无” are not asked to tick. The fix ticks
 * the option the user picks and clears the others.
 */
export const singleChoice: Rule = {
  id: "singleChoice",
  fields: ["basic.labType", "*.nature"],
  check(ctx) {
    const out: Finding[] = [];
    for (const f of fieldsOf(ctx, singleChoice.fields)) {
      const loc = f.location;
      if (loc?.kind !== "choice") continue;
      const label = findingLabel(f.id);
      const ticked = loc.options.filter((o) => o.ticked).map((o) => o.option);
      const options = loc.options.map((o) => o.option).join("、");
      if (ticked.length === 1) continue;
      const message =
        ticked.length === 0
          ? `“${label}”未勾选。请在“${options}”中勾选一项（把“□”改为“☑”）。`
          : `“${label}”勾选了 ${ticked.length} 项（${ticked.join("、")}），只能选一项，请保留一个“☑”，其余改回“□”。`;
      // The user picks the one to keep; fill compares what is ticked then with `from`.
      const fix = { kind: "choose" as const, from: ticked.join("、"), options: loc.options.map((o) => o.option) };
      out.push(finding(f.id, "singleChoice", "error", message, answerTarget(ctx.model, f), fix));
    }
    return out;
  },
};
