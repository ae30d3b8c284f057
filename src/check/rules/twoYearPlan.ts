import { datesAsDigits, readTimes } from "../../text/dates";
import { answerTarget, fieldsOf, finding, findingLabel, Rule } from "../context";
import type { Finding } from "../finding";
import { isBlank, isNone } from "../text";
import { formDate } from "./timeNoted";

// Years of the plan named by their place: 第一年, 第1年度, 首年, 年度1, 一年内 …
// and 第二年, 次年, 翌年, 年度2, 两年内 (the end of the two-year phase).
const NOT_A_NUMERAL_BEFORE = "(?<![一二两三四五六七八九十百千\\d])";
const ORDINALS: readonly { year: 1 | 2; pattern: RegExp }[] = [
  { year: 1, pattern: new RegExp(`第\\s*[一1]\\s*(?:个\\s*)?年|首年|头一年|${NOT_A_NUMERAL_BEFORE}[一1]\\s*年内|年度\\s*[一1](?!\\d)`, "gu") },
  { year: 2, pattern: new RegExp(`第\\s*[二2]\\s*(?:个\\s*)?年|(?<![每一二两三四五六七八九十几多\\d])次年|翌年|${NOT_A_NUMERAL_BEFORE}[两二2]\\s*年内|年度\\s*[二2](?!\\d)`, "gu") },
];
/** Calendar years after the form's year that can be a year of the first two-year phase (it may start the next year or later). */
const PHASE_WINDOW = 3;
/** Words that give a task to every year of the phase. */
const EVERY_YEAR = /每年|每一年|各年|逐年|年均|每个年度|各年度/u;

export interface PlanYears {
  /** Distinct years the text gives tasks to; a calendar year written right after 第一年 (第一年（2027年）) is that year, not another. */
  years: Set<string>;
  /** How the first mention was written, for the message. */
  first: string | null;
  everyYear: boolean;
}

/**
 * The years a plan text addresses: ordinals (第一年/第二年, 首年/次年, 年度1/2)
 * and calendar years from the form's year to three years on (2027年/2028年,
 * 2027—2028年); earlier years are history (“在2023年峰会成果基础上”), later
 * ones long-term targets (“到2035年”).
 */
export function planYears(text: string, fromYear: number): PlanYears {
  const t = datesAsDigits(text);
  // The phase starts no earlier than the form's year; years further on are long-term targets (2035年), not years of the phase.
  const calendar = readTimes(t).points.filter((p) => p.year >= fromYear && p.year <= fromYear + PHASE_WINDOW);
  const years = new Set<string>();
  const mentions: { at: number; text: string }[] = [];
  for (const { year, pattern } of ORDINALS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(t); m; m = pattern.exec(t)) {
      const end = m.index + m[0].length;
      // 第一年（2027年）: the calendar year names the same year.
      const same = calendar.find((p) => p.start >= end && p.start - end <= 3);
      years.add(same ? String(same.year) : `#${year}`);
      mentions.push({ at: m.index, text: m[0] });
    }
  }
  for (const p of calendar) {
    years.add(String(p.year));
    mentions.push({ at: p.start, text: `${p.year}年` });
  }
  mentions.sort((a, b) => a.at - b.at);
  return { years, first: mentions[0]?.text.replace(/\s+/g, "") ?? null, everyYear: EVERY_YEAR.test(t) };
}

/**
 * twoYearPlan — 三（四） “制定年度建设任务及目标（第一阶段建设期为2年）”: the
 * plan gives tasks to both years of the phase. Warn when it addresses one
 * year only, or none (no year, no 第一年/第二年, no 每年).
 */
export const twoYearPlan: Rule = {
  id: "twoYearPlan",
  fields: ["tech.annualTasks"],
  check(ctx) {
    const out: Finding[] = [];
    const fromYear = formDate(ctx).date.getUTCFullYear();
    for (const f of fieldsOf(ctx, twoYearPlan.fields)) {
      if (isBlank(f.text) || isNone(f.text)) continue;
      const plan = planYears(f.text, fromYear);
      if (plan.everyYear || plan.years.size >= 2) continue;
      const label = findingLabel(f.id);
      const found = plan.first ? `只写了一个年度（“${plan.first}”）的任务` : "没有按年度写明任务";
      out.push(
        finding(f.id, "twoYearPlan", "warning", `“${label}”${found}。第一阶段建设期为2年，请分别写明第一年和第二年的建设任务及目标。`, answerTarget(ctx.model, f)),
      );
    }
    return out;
  },
};
