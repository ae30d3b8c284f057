import { parseDisciplineText, standardDisciplineText, validateDiscipline } from "../../data/disciplines";
import { answerTarget, fieldsOf, finding, findingLabel, replaceFix, Rule } from "../context";
import type { Finding } from "../finding";
import { isBlank, isNone } from "../text";

const HOW = "请按 GB/T 13745-2009《学科分类与代码》填写一级至三级学科的代码和名称，如“210 农学；21020 农业基础学科；2102050 农业生态学”。";

/**
 * discipline — 学科领域 as GB/T 13745-2009 codes and names, levels 1–3:
 * every problem validateDiscipline finds (unknown code or name, a name that is
 * not its code's, levels that do not nest, a missing level) in one finding.
 * Where the answer names one chain for certain ("农业生态学"), the fix writes it
 * with codes and names as the standard does.
 */
export const discipline: Rule = {
  id: "discipline",
  fields: ["basic.discipline"],
  check(ctx) {
    const out: Finding[] = [];
    for (const f of fieldsOf(ctx, discipline.fields)) {
      if (isBlank(f.text) || isNone(f.text)) continue;
      const label = findingLabel(f.id);
      const { items } = parseDisciplineText(f.text);
      const problems = items.length === 0 ? [`无法从“${f.text.trim()}”中识别出学科代码或名称`] : validateDiscipline(items).map((p) => p.message);
      if (problems.length === 0) continue;
      out.push(finding(f.id, "discipline", "error", `${label}：${problems.join("；")}。${HOW}`, answerTarget(ctx.model, f), replaceFix(f.text, standardDisciplineText(f.text))));
    }
    return out;
  },
};
