import { fieldDef } from "../../form/paths";
import { trimAll } from "../../text/normalize";
import { answerTarget, fieldsOf, finding, findingLabel, Rule } from "../context";
import type { Finding } from "../finding";
import { isBlank, isNone } from "../text";

/** Units a user may repeat after the number; anything else (元 for 万元) is a different quantity. */
const AMOUNT_UNITS: Record<string, readonly string[]> = {
  万元: ["万元"],
  平米: ["平米", "平方米", "m2", "m²"],
};
const COUNT_UNITS = ["个", "项", "人", "名", "次", "篇", "件", "家", "部", "台", "套", "场", "期", "位", "所", "支", "国", "人次"];

export type NumberCheck = { ok: true; value: number | null } | { ok: false; problem: string };

/**
 * A statistics answer: a non-negative number, a whole one for counts, or “无”.
 * Accepted around the number: spaces, full-width digits, thousands separators
 * (1,800) and the label's own unit repeated (1800平米, 12项).
 */
export function parseStat(text: string, kind: "int" | "amount", unit?: string): NumberCheck {
  if (isNone(text)) return { ok: true, value: null };
  let t = trimAll(text.normalize("NFKC")).replace(/\s+/g, "");
  const units = kind === "int" ? COUNT_UNITS : AMOUNT_UNITS[unit ?? ""] ?? [];
  for (const u of [...units].sort((a, b) => b.length - a.length)) {
    if (t.length > u.length && t.endsWith(u)) {
      t = t.slice(0, -u.length);
      break;
    }
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, "");
  if (/^[-−]\s*\d/.test(t)) return { ok: false, problem: "不能为负数" };
  if (/^\+?\d+(\.\d+)?$/.test(t)) {
    const value = Number(t);
    if (kind === "int" && !Number.isInteger(value)) return { ok: false, problem: "不是整数" };
    return { ok: true, value };
  }
  if (/^[约近超逾]|[余多+＋左右以上以下]+$/u.test(t)) return { ok: false, problem: "不是确切的数字（不要写“约”“余”“以上”等）" };
  if (/^[零〇一二两三四五六七八九十百千万亿点.]+$/u.test(t)) return { ok: false, problem: "不是阿拉伯数字" };
  if (/\d/.test(t) && kind === "amount") return { ok: false, problem: `含有数字以外的内容（单位已是${unit ?? "表中所列单位"}，只需填写数字）` };
  return { ok: false, problem: "不是有效的数字" };
}

/**
 * number — every statistic of 一、基本信息 (stats.*): a non-negative number,
 * counts (int) whole; “无” allowed. Amounts are in the label's unit (万元, 平米).
 */
export const number: Rule = {
  id: "number",
  fields: ["stats.*"],
  check(ctx) {
    const out: Finding[] = [];
    for (const f of fieldsOf(ctx, number.fields)) {
      const def = fieldDef(f.id);
      if (!def || (def.type !== "int" && def.type !== "amount") || isBlank(f.text)) continue;
      const r = parseStat(f.text, def.type, def.unit);
      if (r.ok) continue;
      const what = def.type === "int" ? "非负整数" : `非负数（单位：${def.unit ?? ""}）`;
      out.push(finding(f.id, "number", "error", `“${findingLabel(f.id)}”填写的“${f.text.trim()}”${r.problem}。请填写${what}；如无，请填写“无”。`, answerTarget(ctx.model, f)));
    }
    return out;
  },
};
