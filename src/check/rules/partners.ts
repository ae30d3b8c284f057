import { BRI_COUNTRIES, Country, findBriCountry, normalizeCountryName, searchCountries, splitCountryList } from "../../data/countries";
import type { LocatedField } from "../../locate/location";
import { answerTarget, fieldsOf, finding, findingLabel, Rule } from "../context";
import type { Finding } from "../finding";
import { isBlank, isNone, stripPlaceholders } from "../text";

/** The countries written in a partner cell, placeholders cut out; empty for an empty cell or “无”. */
export function partnerItems(f: LocatedField | undefined): string[] {
  if (!f || !f.found) return [];
  const text = stripPlaceholders(f.text);
  if (isBlank(text) || isNone(text)) return [];
  return splitCountryList(text);
}

/**
 * The country a user probably meant, for "是否应为…？": a listed country whose
 * name starts with or contains what was written (哈萨克 → 哈萨克斯坦), else one
 * whose name is inside it (俄罗斯（莫斯科） → 俄罗斯).
 */
export function suggestCountry(written: string): Country | undefined {
  const hit = searchCountries(written, 1)[0];
  if (hit) return hit;
  const key = normalizeCountryName(written);
  let best: Country | undefined;
  for (const c of BRI_COUNTRIES) {
    const zh = normalizeCountryName(c.nameZh);
    if (zh.length >= 2 && key.includes(zh) && (!best || zh.length > best.nameZh.length)) best = c;
  }
  return best;
}

function notBriMessage(item: string): string {
  const s = suggestCountry(item);
  return s ? `“${item}”不在共建“一带一路”国家名单中（是否应为“${s.nameZh}”？）` : `“${item}”不是已与我国签署共建“一带一路”合作文件的国家`;
}

/**
 * briCountry — the key partner and each radiating partner must be a country
 * that signed Belt and Road cooperation documents with China
 * (src/data/bri-countries.json, names, aliases and English names accepted).
 * FORM.md applies it to 重点合作国 and 辐射合作国 only: 主要合作国 are the
 * foreign host's other stable partners, which the form does not restrict.
 */
export const briCountry: Rule = {
  id: "briCountry",
  fields: ["basic.keyPartner", "basic.radiatingPartners"],
  check(ctx) {
    const out: Finding[] = [];
    for (const f of fieldsOf(ctx, briCountry.fields)) {
      const items = partnerItems(f);
      if (items.length === 0) continue;
      const label = findingLabel(f.id);
      const problems = items.filter((i) => !findBriCountry(i)).map(notBriMessage);
      if (f.id === "basic.keyPartner" && items.length > 1) problems.unshift(`重点合作国只能填写一个国家，现有 ${items.length} 个（${items.join("、")}），其余国家请填入主要合作国或辐射合作国`);
      if (problems.length === 0) continue;
      out.push(finding(f.id, "briCountry", "error", `${label}：${problems.join("；")}。请填写共建“一带一路”国家的规范名称。`, answerTarget(ctx.model, f)));
    }
    return out;
  },
};

/** partnerCount — 主要合作国 and 辐射合作国: the form suggests 3–5 countries each (a warning, not an error). */
export const partnerCount: Rule = {
  id: "partnerCount",
  fields: ["basic.mainPartners", "basic.radiatingPartners"],
  check(ctx) {
    const out: Finding[] = [];
    for (const f of fieldsOf(ctx, partnerCount.fields)) {
      const items = partnerItems(f);
      if (items.length === 0 || (items.length >= 3 && items.length <= 5)) continue;
      const label = findingLabel(f.id);
      const advice =
        items.length < 3
          ? "建议补充到 3-5 个"
          : f.id === "basic.mainPartners"
            ? "建议精简到 3-5 个，其余可列为辐射合作国"
            : "建议精简到 3-5 个，其余可在国别布局中说明";
      out.push(finding(f.id, "partnerCount", "warning", `${label}填了 ${items.length} 个国家（${items.join("、")}），申报书建议 3-5 个，${advice}。`, answerTarget(ctx.model, f)));
    }
    return out;
  },
};

/** A country as a comparable key: the listed country when known (俄罗斯 = 俄罗斯联邦 = Russia), else the folded name. */
export const countryKey = (name: string) => findBriCountry(name)?.iso3 ?? normalizeCountryName(name).replace(/等国?家?$/u, "");

/**
 * partnerOverlap — each country belongs to one category: the key partner is
 * not also a main or radiating partner, a main partner is not also radiating,
 * and no list names a country twice. Names are compared as countries
 * (俄罗斯 = 俄罗斯联邦 = Russia). Reported on the later list, as a warning.
 */
export const partnerOverlap: Rule = {
  id: "partnerOverlap",
  fields: ["basic.keyPartner", "basic.mainPartners", "basic.radiatingPartners"],
  check(ctx) {
    const out: Finding[] = [];
    const key = partnerItems(ctx.field("basic.keyPartner"));
    const keyKeys = new Set(key.map(countryKey));
    const main = partnerItems(ctx.field("basic.mainPartners"));
    const mainKeys = new Set(main.map(countryKey));
    const check = (id: string, items: string[], earlier: { keys: Set<string>; name: string }[]) => {
      const f = ctx.field(id);
      if (!f || !f.found || items.length === 0) return;
      const problems: string[] = [];
      const seen = new Set<string>();
      for (const item of items) {
        const k = countryKey(item);
        const before = earlier.find((e) => e.keys.has(k));
        if (before) problems.push(`“${item}”已是${before.name}`);
        else if (seen.has(k)) problems.push(`“${item}”重复填写`);
        seen.add(k);
      }
      if (problems.length === 0) return;
      out.push(finding(id, "partnerOverlap", "warning", `${findingLabel(id)}：${[...new Set(problems)].join("；")}。每个国家只应列入一个类别，请删除重复的国家。`, answerTarget(ctx.model, f)));
    };
    check("basic.mainPartners", main, [{ keys: keyKeys, name: "重点合作国" }]);
    check("basic.radiatingPartners", partnerItems(ctx.field("basic.radiatingPartners")), [
      { keys: keyKeys, name: "重点合作国" },
      { keys: mainKeys, name: "主要合作国" },
    ]);
    return out;
  },
};
