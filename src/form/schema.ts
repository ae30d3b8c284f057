import { z } from "zod";
import { splitCountryList } from "../data/countries";
import { fieldDef, fieldLabel, fieldPattern, FIELDS, LAB_TYPES, NATURES, SECTIONS } from "./fields";
import { DATA_TABLES } from "./layout";

/**
 * The form-data JSON (FORM.md §2): nested by field id, lists as arrays,
 * narratives as strings with "\n" between paragraphs, data tables as arrays
 * of row objects, choices as option text. Every key is optional: a missing
 * key means "leave that answer in the document as it is".
 */

const text = z.string({ error: "应为文字" });
/** Counts and amounts: a number, or text such as "无" (填表说明 11 allows it). Numeric text becomes a number. */
const numeric = z.union([z.number({ error: "应为数字" }), z.string()], { error: "应为数字或文字（如“无”）" }).transform((v) => {
  if (typeof v === "number") return v;
  const t = v.trim().normalize("NFKC");
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : v;
});
const list = z
  .union([z.array(text), z.string()], { error: "应为文字列表" })
  .transform((v) => (typeof v === "string" ? splitCountryList(v) : v));
const choice = (options: readonly string[]) =>
  z.union([z.enum(options as [string, ...string[]]), z.literal("")], { error: `应为以下之一：${options.join("、")}` });

const person = z.object({ name: text, title: text, phone: text, position: text }).partial().strict();
const unit = z.object({ name: text, nature: choice(NATURES), website: text, address: text }).partial().strict();
const foreignUnit = z.object({ name: text, nature: choice(NATURES), website: text }).partial().strict();
const row = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, text])) as Record<K, typeof text>).partial().strict();

export const TABLE_COLUMNS = {
  layout: ["country", "type", "institution", "agreement"],
  leaders: ["time", "country", "leaders", "outcome"],
  govDocs: ["time", "name", "country", "content"],
  cnHostProjects: ["name", "number", "funding", "period", "outcomes", "impact"],
  intlProjects: ["level", "name", "number", "funding", "partner"],
  exchanges: ["name", "form", "field", "country"],
} as const;

export const formDataSchema = z
  .object({
    cover: z.object({ labName: text, cnDirector: text, cnHost: text, department: text, date: text }).partial().strict(),
    basic: z
      .object({
        labName: text,
        department: text,
        keyPartner: text,
        mainPartners: list,
        radiatingPartners: list,
        discipline: text,
        researchDirection: text,
        labType: choice(LAB_TYPES),
      })
      .partial()
      .strict(),
    director: z.object({ cn: person, foreign: person }).partial().strict(),
    contact: z
      .object({
        cn: z.object({ name: text, position: text, landline: text, email: text, mobile: text, fax: text }).partial().strict(),
        foreign: z.object({ name: text, position: text, phone: text, email: text }).partial().strict(),
      })
      .partial()
      .strict(),
    staff: z.array(z.object({ name: text, position: text, phone: text }).partial().strict()),
    cnHost: unit,
    cnParticipants: z.array(unit),
    foreignHost: foreignUnit,
    foreignParticipants: z.array(foreignUnit),
    stats: z
      .object({
        rnd: z.object({ funding: numeric, nationalTasks: numeric, patents: numeric, publications: numeric, industrialized: numeric, industrialOutput: numeric }).partial().strict(),
        intl: z
          .object({ funding: numeric, nationalProjects: numeric, otherProjects: numeric, agreementInstitutions: numeric, countries: numeric, trainings: numeric, events: numeric })
          .partial()
          .strict(),
        team: z.object({ researchers: numeric, overseasExperts: numeric, overseasTeams: numeric }).partial().strict(),
        ops: z.object({ area: numeric, hostFunding: numeric }).partial().strict(),
      })
      .partial()
      .strict(),
    strategy: z.object({ significance: text, layout: text, cooperation: text, influence: text, diplomacy: text }).partial().strict(),
    tech: z
      .object({
        cnHost: text,
        foreignHost: text,
        teams: text,
        positioning: text,
        annualTasks: text,
        projectsText: text,
        exchangesText: text,
        outcomes: text,
        construction: text,
        safeguards: text,
      })
      .partial()
      .strict(),
    tables: z
      .object({
        layout: z.array(row(TABLE_COLUMNS.layout)),
        leaders: z.array(row(TABLE_COLUMNS.leaders)),
        govDocs: z.array(row(TABLE_COLUMNS.govDocs)),
        cnHostProjects: z.array(row(TABLE_COLUMNS.cnHostProjects)),
        intlProjects: z.array(row(TABLE_COLUMNS.intlProjects)),
        exchanges: z.array(row(TABLE_COLUMNS.exchanges)),
      })
      .partial()
      .strict(),
    indicators: z
      .object({ outcomes: text, team: text, facilities: text, support: text, management: text, exchange: text, strategy: text, other: text })
      .partial()
      .strict(),
    sign: z
      .object({ host: z.object({ opinion: text }).partial().strict(), department: z.object({ opinion: text }).partial().strict() })
      .partial()
      .strict(),
    /**
     * Warnings the user chose to ignore (忽略), kept with the answers so they stay ignored when the
     * document is reopened. A finding is ignored while its field, rule and message are all the same:
     * an answer that changes brings its warning back.
     */
    ignoredFindings: z.array(z.object({ field: z.string(), rule: z.string(), message: z.string() }).strict()),
    /** Written by the add-in when it saves the data in a document. */
    schemaVersion: z.number().optional(),
  })
  .partial()
  .strict();

export type FormData = z.output<typeof formDataSchema>;
export type FormDataInput = z.input<typeof formDataSchema>;
export type TableKey = keyof typeof TABLE_COLUMNS;

/** zod issue path → field id as `locate` writes it (`staff[1].phone`). */
export function pathToFieldId(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

export interface DataProblem {
  field: string;
  message: string;
}

/** What a JSON value is, in words. */
function kindOf(v: unknown): string {
  if (v === null) return "null（空值）";
  if (Array.isArray(v)) return "列表 [...]";
  if (typeof v === "object") return "一组项目 {...}";
  if (typeof v === "string") return `文字“${v.length > 20 ? `${v.slice(0, 20)}…` : v}”`;
  if (typeof v === "number") return `数字 ${v}`;
  if (typeof v === "boolean") return `${v}`;
  return typeof v;
}

const EXPECTED: Record<string, string> = {
  object: "一组项目 {...}",
  array: "列表 [...]",
  string: "文字",
  number: "数字",
  boolean: "true 或 false",
};

/** zod's generic messages in Chinese (the schema's own messages, such as "应为文字", are kept). */
function zhMessage(issue: { code: string; expected?: string; input?: unknown; message?: string }): string | undefined {
  if (issue.code === "invalid_type") return `应为${EXPECTED[issue.expected ?? ""] ?? issue.expected}，实际是${kindOf(issue.input)}`;
  if (issue.code === "invalid_union" || issue.code === "invalid_value") return "取值不符合要求";
  if (issue.code === "too_big" || issue.code === "too_small") return "长度或数值超出范围";
  return "不符合要求";
}

/**
 * The Chinese label of any place in the data: a field (by its printed
 * label), a row of a data table (by the table and column headers), a list
 * item, or a group of fields (by what its fields share, else its section).
 */
export function dataPathLabel(path: string): string {
  if (path === "") return "整个文件";
  if (fieldDef(path)) return fieldLabel(path);
  const row = /^(tables\.\w+)\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (row && fieldDef(row[1])) {
    const table = fieldLabel(row[1]).replace(/\s*表格$/, "表");
    const column = row[3] ? DATA_TABLES.find((t) => t.field === row[1])?.columns.find((c) => c.key === row[3])?.header.join("") : undefined;
    return `${table}（第${Number(row[2]) + 1}行）${row[3] ? `/${column ?? row[3]}` : ""}`;
  }
  // A list item or a group: the labels of the fields inside it, up to where they differ.
  const pattern = fieldPattern(path);
  const inside = FIELDS.filter((d) => d.id.startsWith(`${pattern}.`) || d.id.startsWith(`${pattern}[]`));
  if (inside.length === 0) return path;
  const split = inside.map((d) => d.label.split("/"));
  const common: string[] = [];
  for (let i = 0; split.every((p) => p.length > i + 1 && p[i] === split[0][i]); i++) common.push(split[0][i]);
  if (common.length === 0) return SECTIONS[inside[0].section];
  const item = /\[(\d+)\]$/.exec(path);
  if (item) common[common.length - 1] += `（第${Number(item[1]) + 1}项）`;
  return common.join("/");
}

/** Validate form data; every problem is a Chinese sentence naming the field by its label. */
export function parseFormData(input: unknown): { data: FormData; problems: [] } | { data: null; problems: DataProblem[] } {
  const r = formDataSchema.safeParse(input, { error: (issue) => zhMessage(issue as Parameters<typeof zhMessage>[0]) });
  if (r.success) return { data: r.data, problems: [] };
  const problems = r.error.issues.map((issue) => {
    const field = pathToFieldId(issue.path);
    const label = dataPathLabel(field);
    if (issue.code === "unrecognized_keys") {
      const keys = (issue as { keys?: string[] }).keys ?? [];
      return { field, message: `${label}：不认识的项 ${keys.map((k) => `“${k}”`).join("、")}（请检查拼写，项名见 docs/form-reference.md）` };
    }
    return { field, message: `${label}：${issue.message}` };
  });
  return { data: null, problems };
}
