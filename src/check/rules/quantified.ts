import { INDICATORS } from "../../form/layout";
import { answerTarget, fieldsOf, finding, findingLabel, Rule } from "../context";
import type { Finding } from "../finding";
import { isBlank, isNone } from "../text";

const CN_DIGIT = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟";
// Chinese numerals are everywhere in words (一带一路, 进一步, 统一), so a Chinese
// number counts only when a measure word or unit follows it (三个, 二十人, 五百万元)
// or it is a percentage (百分之十).
const MEASURE =
  "个|名|人次|人|项|台|套|次|篇|件|家|所|元|万|亿|平方米|平米|亩|公顷|年|月|期|批|支|位|门|部|本|座|处|条|种|类|倍|轮|场|届|学时|小时|天|周|份|余|多|以上|%|％";
const QUANTITY = new RegExp(`[0-9０-９]|[${CN_DIGIT}]+\\s*(?:${MEASURE})|百分之[${CN_DIGIT}]+`, "u");

/** Whether an indicator states a quantity: any Arabic digit, or a Chinese number with a measure word. */
export function hasQuantity(text: string): boolean {
  return QUANTITY.test(text);
}

/**
 * quantified — 团队建设, 硬件设施 and 保障条件 "需设定量化指标": the answer must
 * contain a number. “无” is accepted like everywhere else.
 */
export const quantified: Rule = {
  id: "quantified",
  fields: INDICATORS.filter((i) => i.quantified).map((i) => i.field),
  check(ctx) {
    const out: Finding[] = [];
    for (const f of fieldsOf(ctx, quantified.fields)) {
      if (isBlank(f.text) || isNone(f.text) || hasQuantity(f.text)) continue;
      out.push(
        finding(
          f.id,
          "quantified",
          "error",
          `“${findingLabel(f.id)}”需设定量化指标，但没有写出任何数量。请写明可考核的数字，如“中外科研团队不少于40人”“新增仪器设备15台（套）”。`,
          answerTarget(ctx.model, f),
        ),
      );
    }
    return out;
  },
};
