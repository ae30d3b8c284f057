import { BRI_COUNTRIES, Country, findBriCountry, normalizeCountryName } from "../../data/countries";
import { trimAll } from "../../text/normalize";
import { answerTarget, fieldsOf, finding, findingLabel, Rule } from "../context";
import type { Finding } from "../finding";
import { isBlank, isNone } from "../text";
import { partnerItems } from "./partners";

// Dash variants applicants type between 中国 and the country (em dash, full-width
// hyphen-minus, ASCII hyphen, en dash, horizontal bar), one or two of them (——).
const DASH = "[—－\\-–―‐‑]";
const OPEN_QUOTE = "[“\"＂「『‘']";
const CLOSE_QUOTE = "[”\"＂」』’']";
const SHAPE = new RegExp(`^中国\\s*${DASH}{1,2}\\s*(.*?)\\s*${OPEN_QUOTE}\\s*一带一路\\s*${CLOSE_QUOTE}\\s*联合实验室$`, "u");
const HEAD = new RegExp(`^中国\\s*${DASH}{1,2}`, "u");
const TAIL = new RegExp(`${OPEN_QUOTE}\\s*一带一路\\s*${CLOSE_QUOTE}\\s*联合实验室$`, "u");
const TAIL_UNQUOTED = /一带一路\s*联合实验室$/u;

/** Chinese names of the listed countries, longest first, so 几内亚比绍 wins over 几内亚. */
const NAMES: readonly { key: string; country: Country }[] = BRI_COUNTRIES.flatMap((c) =>
  [c.nameZh, ...c.aliases].filter((n) => /\p{Script=Han}/u.test(n)).map((n) => ({ key: normalizeCountryName(n), country: c })),
).sort((a, b) => b.key.length - a.key.length);

export type LabNameParse =
  | { ok: true; country: Country; countryText: string; field: string }
  | { ok: false; problem: string; countryText?: string };

const EXAMPLE = "中国—哈萨克斯坦干旱区生态农业“一带一路”联合实验室";

/**
 * Read a lab name as 中国—{country}{field}“一带一路”联合实验室. The country is the
 * longest listed country name the middle starts with; what follows is the field.
 */
export function parseLabName(text: string): LabNameParse {
  const t = trimAll(text.normalize("NFC"));
  const m = SHAPE.exec(t);
  if (!m) {
    if (!HEAD.test(t)) return { ok: false, problem: `名称应以“中国—”开头（格式：中国—重点合作国+具体领域+“一带一路”联合实验室，如“${EXAMPLE}”）` };
    if (!TAIL.test(t)) {
      if (TAIL_UNQUOTED.test(t)) return { ok: false, problem: "名称中的“一带一路”须加引号，写作““一带一路”联合实验室”" };
      return { ok: false, problem: `名称应以““一带一路”联合实验室”结尾（如“${EXAMPLE}”）` };
    }
    return { ok: false, problem: `名称格式应为“中国—重点合作国+具体领域+“一带一路”联合实验室”，如“${EXAMPLE}”` };
  }
  const middle = m[1];
  const key = normalizeCountryName(middle);
  const hit = NAMES.find((n) => key.startsWith(n.key));
  if (!hit) return { ok: false, problem: "“中国—”之后应紧接重点合作国的国名（须为共建“一带一路”国家）", countryText: middle };
  // Map the normalised length back to the written text: names carry no characters normalisation drops.
  let cut = 0;
  while (cut < middle.length && normalizeCountryName(middle.slice(0, cut)) !== hit.key) cut++;
  const countryText = middle.slice(0, cut);
  const field = trimAll(middle.slice(cut));
  if (field === "") return { ok: false, problem: `国名“${countryText}”之后缺少具体领域（如“干旱区生态农业”）`, countryText };
  return { ok: true, country: hit.country, countryText, field };
}

/**
 * labName — 申报名称 must read 中国—{重点合作国}{具体领域}“一带一路”联合实验室,
 * the country must be a Belt and Road partner, and it must be the 重点合作国
 * of the table (compared as countries: 俄罗斯 = 俄罗斯联邦).
 */
export const labName: Rule = {
  id: "labName",
  fields: ["basic.labName"],
  check(ctx) {
    const out: Finding[] = [];
    for (const f of fieldsOf(ctx, labName.fields)) {
      if (isBlank(f.text) || isNone(f.text)) continue;
      const label = findingLabel(f.id);
      const where = answerTarget(ctx.model, f);
      const parsed = parseLabName(f.text);
      const keyItems = partnerItems(ctx.field("basic.keyPartner"));
      const keyText = keyItems.length === 1 ? keyItems[0] : undefined;
      const key = keyText === undefined ? undefined : findBriCountry(keyText);
      // The name's country against 重点合作国: as countries when both are listed (俄罗斯 = 俄罗斯联邦),
      // as written otherwise — a 重点合作国 that is not a partner (its own briCountry finding) is still compared.
      const namesKey = (countryText: string) =>
        key !== undefined
          ? [key.nameZh, ...key.aliases].some((n) => normalizeCountryName(countryText).startsWith(normalizeCountryName(n)))
          : keyText !== undefined && normalizeCountryName(countryText).startsWith(normalizeCountryName(keyText));
      const mismatch = (countryText: string) =>
        `${label}中的国别“${countryText}”与重点合作国“${keyText}”不一致。名称中的国别应为重点合作国，请修改其中之一。`;
      if (!parsed.ok) {
        let problem = parsed.problem;
        if (parsed.countryText !== undefined && keyText !== undefined) {
          // A name such as 中国—美国… : say it is the country, not the shape, that is wrong.
          if (namesKey(parsed.countryText) && !key) problem = `名称中的国别“${keyText}”不是共建“一带一路”国家，重点合作国须为共建“一带一路”国家`;
          else if (!namesKey(parsed.countryText)) problem = `${problem}；且“中国—”之后应为重点合作国“${keyText}”`;
        }
        out.push(finding(f.id, "labName", "error", `${label}“${f.text.trim()}”不符合要求：${problem}。`, where));
        continue;
      }
      if (keyText !== undefined && (key ? key.iso3 !== parsed.country.iso3 : !namesKey(parsed.countryText))) {
        out.push(finding(f.id, "labName", "error", mismatch(parsed.countryText), where));
      }
    }
    return out;
  },
};
