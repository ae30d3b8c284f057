import { findBriCountry, splitCountryList } from "../../data/countries";
import type { TableColumnKey } from "../../form/fields";
import { foldText } from "../../text/normalize";
import { answerTarget, CheckContext, finding, findingLabel, Rule, shortLabel } from "../context";
import type { Finding } from "../finding";
import { answeredRows, ReadTable } from "../tables";
import { isBlank, isNone } from "../text";
import { parseStat } from "./number";
import { countryKey, partnerItems } from "./partners";

type StatId =
  | "stats.rnd.nationalTasks"
  | "stats.intl.nationalProjects"
  | "stats.intl.otherProjects"
  | "stats.intl.agreementInstitutions"
  | "stats.intl.countries"
  | "stats.intl.events";

/** A count of 一、基本信息 as a number (“无” is 0); null when empty or not a number — required and number report those. */
function figure(ctx: CheckContext, id: StatId): number | null {
  const f = ctx.field(id);
  if (!f?.found || isBlank(f.text)) return null;
  const r = parseStat(f.text, "int");
  return r.ok ? (r.value ?? 0) : null;
}

const label = (id: string) => `“${shortLabel(id)}”`;
const tableName = (id: string) => `${findingLabel(id).replace(/ 表格$/, "")}表`;
const filled = (text: string | undefined) => text !== undefined && !isBlank(text) && !isNone(text);
/** Text outside parentheses: “哈萨克斯坦（哈萨克国立农业大学）” → 哈萨克斯坦; an English name after a Chinese one is the same institution. */
const outsideParens = (text: string) => text.replace(/[（(][^（()）]*[）)]/g, "");

/**
 * A figure against the rows of a table that lists what it counts. The table
 * may show a selection ("代表性"), so only two things are inconsistent: the
 * table lists more than the figure counts, or the figure counts something
 * and the table lists nothing.
 */
function againstRows(ctx: CheckContext, target: StatId, figureText: string, counted: number, tableId: string, listed: number, what: { unit: string; noun: string }): Finding | null {
  const f = ctx.field(target);
  if (!f) return null;
  const table = tableName(tableId);
  let problem: string;
  if (listed > counted) problem = `${figureText}，但${table}列出了 ${listed} ${what.unit}${what.noun}，比统计数多。请核对：统计数应包括表中所列的全部${what.noun}`;
  else if (counted > 0 && listed === 0) problem = `${figureText}，但${table}中没有列出任何${what.noun}。请在表中逐行列出（表格可自行加行），或核对统计数`;
  else return null;
  return finding(target, "crossCount", "warning", `${problem}。`, answerTarget(ctx.model, f));
}

function projects(ctx: CheckContext): Finding | null {
  const national = figure(ctx, "stats.intl.nationalProjects");
  const other = figure(ctx, "stats.intl.otherProjects");
  const t = answeredRows(ctx, "tables.intlProjects");
  if (national === null || other === null || !t) return null;
  const text = `${label("stats.intl.nationalProjects")}（${national}）与${label("stats.intl.otherProjects")}（${other}）合计 ${national + other} 项`;
  return againstRows(ctx, "stats.intl.nationalProjects", text, national + other, "tables.intlProjects", t.rows.length, { unit: "个", noun: "项目" });
}

function rowsAgainst(ctx: CheckContext, id: StatId, tableId: "tables.cnHostProjects" | "tables.exchanges", what: { unit: string; noun: string }): Finding | null {
  const n = figure(ctx, id);
  const t = answeredRows(ctx, tableId);
  if (n === null || !t) return null;
  return againstRows(ctx, id, `${label(id)}为 ${n} ${what.unit}`, n, tableId, t.rows.length, what);
}

/** Institutions of 国别布局 that have an agreement (a row whose agreement is “无” has none), as written, folded. */
function agreementInstitutions(t: ReadTable): Set<string> {
  const out = new Set<string>();
  for (const r of t.rows) {
    const name = r.cells.institution?.text;
    if (!filled(name) || isNone(r.cells.agreement?.text ?? "")) continue;
    out.add(foldText(outsideParens(name!)) || foldText(name!));
  }
  return out;
}

function institutions(ctx: CheckContext): Finding | null {
  const n = figure(ctx, "stats.intl.agreementInstitutions");
  const t = answeredRows(ctx, "tables.layout");
  if (n === null || !t) return null;
  const text = `${label("stats.intl.agreementInstitutions")}为 ${n} 家`;
  return againstRows(ctx, "stats.intl.agreementInstitutions", text, n, "tables.layout", agreementInstitutions(t).size, { unit: "家", noun: "签署协议的国外机构" });
}

/**
 * A name that can be a country the Belt and Road list does not have (美国, 德国):
 * a short Chinese name that is not an institution or a group of countries.
 */
const OTHER_COUNTRY = /^[\u4e00-\u9fff]{2,8}$/u;
const NOT_A_COUNTRY = /大学|学院|研究|公司|中心|机构|组织|协会|部|院|所|会|[多各数几两三四五六七八九十]国|国家|地区|等/u;
const mayBeCountry = (name: string) => OTHER_COUNTRY.test(name) && !NOT_A_COUNTRY.test(name);

/** Countries named in a table column, keyed like the partner lists; only names that can be countries when `countriesOnly` (a free-text column). */
function tableCountries(ctx: CheckContext, tableId: "tables.layout" | "tables.intlProjects" | "tables.exchanges" | "tables.leaders" | "tables.govDocs", column: TableColumnKey, countriesOnly: boolean): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of answeredRows(ctx, tableId)?.rows ?? []) {
    const text = r.cells[column]?.text;
    if (!filled(text)) continue;
    for (const name of splitCountryList(outsideParens(text!))) {
      const c = findBriCountry(name);
      if (countriesOnly && !c && !mayBeCountry(name)) continue;
      out.set(countryKey(name), c?.nameZh ?? name);
    }
  }
  return out;
}

/**
 * 合作国数量 against the countries the form names. More named than counted:
 * the partner lists and 国别布局 (every country there is a partner). Fewer
 * named than counted: every country named anywhere in the form's lists and
 * tables (a project's or an exchange's partner country counts too), so a
 * count that includes them is not questioned; and only once every partner
 * list is answered.
 */
function countries(ctx: CheckContext): Finding | null {
  const n = figure(ctx, "stats.intl.countries");
  const f = ctx.field("stats.intl.countries");
  if (n === null || !f) return null;
  const partners = new Map<string, string>();
  const lists = ["basic.keyPartner", "basic.mainPartners", "basic.radiatingPartners"].map((id) => ctx.field(id));
  for (const list of lists) {
    for (const name of partnerItems(list)) partners.set(countryKey(name), findBriCountry(name)?.nameZh ?? name);
  }
  // A partner list not answered yet is required's or placeholder's; "too few named" would only repeat it.
  const listsAnswered = lists.every((l) => l?.found && !isBlank(l.text));
  for (const [k, name] of tableCountries(ctx, "tables.layout", "country", false)) partners.set(k, name);
  const anywhere = new Map(partners);
  for (const [table, column] of [
    ["tables.intlProjects", "partner"],
    ["tables.exchanges", "country"],
    ["tables.leaders", "country"],
    ["tables.govDocs", "country"],
  ] as const) {
    for (const [k, name] of tableCountries(ctx, table, column, true)) anywhere.set(k, name);
  }
  const where = "重点合作国、主要合作国、辐射合作国和国别布局表";
  let message: string;
  if (partners.size > n) {
    message = `${label("stats.intl.countries")}为 ${n} 个，但${where}中共列出 ${partners.size} 个国家（${[...partners.values()].join("、")}），比合作国数量多。请核对合作国数量，或删去并非合作国的国家。`;
  } else if (listsAnswered && anywhere.size < n) {
    message = `${label("stats.intl.countries")}为 ${n} 个，但申报书中只列出 ${anywhere.size} 个合作国家${anywhere.size ? `（${[...anywhere.values()].join("、")}）` : ""}，比合作国数量少。请在${where}中列出全部合作国家，或核对合作国数量。`;
  } else return null;
  return finding("stats.intl.countries", "crossCount", "warning", message, answerTarget(ctx.model, f));
}

/**
 * crossCount — the counts of 一、基本信息 against the form's own tables
 * (a department reviewer's first comparison): international projects against
 * 三（五）1, national tasks against 三（一）'s project table, agreement
 * institutions against 国别布局, 合作国数量 against the partner countries named,
 * exchange events against 三（五）2. Warnings on the count, which is one cell,
 * naming the table it disagrees with; a count that is empty or not a number
 * is left to required and number.
 */
export const crossCount: Rule = {
  id: "crossCount",
  fields: ["stats.rnd.nationalTasks", "stats.intl.nationalProjects", "stats.intl.agreementInstitutions", "stats.intl.countries", "stats.intl.events"],
  check(ctx) {
    return [
      rowsAgainst(ctx, "stats.rnd.nationalTasks", "tables.cnHostProjects", { unit: "项", noun: "国家级科技计划项目" }),
      projects(ctx),
      institutions(ctx),
      countries(ctx),
      rowsAgainst(ctx, "stats.intl.events", "tables.exchanges", { unit: "次", noun: "交流活动" }),
    ].filter((f): f is Finding => f !== null);
  },
};
