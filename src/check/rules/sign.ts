import { answerTarget, fieldsOf, finding, findingLabel, Rule } from "../context";
import type { Finding, RuleId } from "../finding";

const WHAT: Record<"signature" | "seal" | "date", { missing: string; fix: string }> = {
  signature: { missing: "尚未签字", fix: "打印后由负责人签字，或在“签字：”后插入签名图片" },
  seal: { missing: "尚未盖章", fix: "打印后加盖单位公章，或在“（单位公章）”处插入公章图片" },
  date: { missing: "尚未填写日期", fix: "在“年  月  日”处填写审核日期，如 2026年11月24日" },
};

/**
 * signature / seal / date — 四、审核意见 is completed after printing, so a
 * missing part is a warning while filling and an error in the final check
 * (`final: true`) before submission. Presence is the locator's: a name or image
 * after 签字：, an image near （单位公章）, numbers before 年, 月 and 日.
 */
function markRule(part: "signature" | "seal" | "date"): Rule {
  const rule: Rule = {
    id: part as RuleId,
    fields: [`sign.*.${part}`],
    check(ctx) {
      const out: Finding[] = [];
      for (const f of fieldsOf(ctx, rule.fields)) {
        if (f.location?.kind !== "mark" || f.location.present) continue;
        const w = WHAT[part];
        const label = findingLabel(f.id);
        const message = ctx.final ? `“${label}”${w.missing}，提交前必须补齐：${w.fix}。` : `“${label}”${w.missing}（提交前需${w.fix}）。`;
        out.push(finding(f.id, part, ctx.final ? "error" : "warning", message, answerTarget(ctx.model, f)));
      }
      return out;
    },
  };
  return rule;
}

export const signature = markRule("signature");
export const seal = markRule("seal");
export const date = markRule("date");
