import * as z from "zod/mini";
import { splitCountryList } from "../data/countries";
import { LAB_TYPES, NATURES, TABLE_COLUMNS, type FieldId, type FieldTypeOf, type TableKey } from "./fields";
import { pathLabel } from "./labels";
import { joinPath } from "./paths";

/**
 * The form-data JSON (FORM.md §2): nested by field id, lists as arrays,
 * narratives as strings with "\n" between paragraphs, data tables as arrays
 * of row objects, choices as option text. Every key is optional: a missing
 * key means "leave that answer in the document as it is".
 *
 * Written with zod/mini (functions rather than methods): the task pane loads only the parts it uses.
 */

const text = z.string({ error: "应为文字" });
/** Counts and amounts: a number, or text such as "无" (填表说明 11 allows it). Numeric text becomes a number. */
const numeric = z.pipe(
  z.union([z.number({ error: "应为数字" }), z.string()], { error: "应为数字或文字（如“无”）" }),
  z.transform((v: number | string) => {
    if (typeof v === "number") return v;
    const t = v.trim().normalize("NFKC");
    return /^\d+(\.\d+)?$/.test(t) ? Number(t) : v;
  }),
);
const list = z.pipe(
  z.union([z.array(text), z.string()], { error: "应为文字列表" }),
  z.transform((v: string[] | string) => (typeof v === "string" ? splitCountryList(v) : v)),
);
const choice = (options: readonly string[]) =>
  z.union([z.enum(options as [string, ...string[]]), z.literal("")], { error: `应为以下之一：${options.join("、")}` });
/** A group of answers: every key optional, an unknown key an error. */
const group = <S extends z.core.$ZodLooseShape>(shape: S) => z.partial(z.strictObject(shape));

const person = group({ name: text, title: text, phone: text, position: text });
const unit = group({ name: text, nature: choice(NATURES), website: text, address: text });
const foreignUnit = group({ name: text, nature: choice(NATURES), website: text });
const row = <K extends string>(keys: readonly K[]) => group(Object.fromEntries(keys.map((k) => [k, text])) as Record<K, typeof text>);

// Part of the catalogue; exported here too for the modules that speak of the data's shape.
export { TABLE_COLUMNS, type TableKey };

export const formDataSchema = group({
  cover: group({ labName: text, cnDirector: text, cnHost: text, department: text, date: text }),
  basic: group({
    labName: text,
    department: text,
    keyPartner: text,
    mainPartners: list,
    radiatingPartners: list,
    discipline: text,
    researchDirection: text,
    labType: choice(LAB_TYPES),
  }),
  director: group({ cn: person, foreign: person }),
  contact: group({
    cn: group({ name: text, position: text, landline: text, email: text, mobile: text, fax: text }),
    foreign: group({ name: text, position: text, phone: text, email: text }),
  }),
  staff: z.array(group({ name: text, position: text, phone: text })),
  cnHost: unit,
  cnParticipants: z.array(unit),
  foreignHost: foreignUnit,
  foreignParticipants: z.array(foreignUnit),
  stats: group({
    rnd: group({ funding: numeric, nationalTasks: numeric, patents: numeric, publications: numeric, industrialized: numeric, industrialOutput: numeric }),
    intl: group({ funding: numeric, nationalProjects: numeric, otherProjects: numeric, agreementInstitutions: numeric, countries: numeric, trainings: numeric, events: numeric }),
    team: group({ researchers: numeric, overseasExperts: numeric, overseasTeams: numeric }),
    ops: group({ area: numeric, hostFunding: numeric }),
  }),
  strategy: group({ significance: text, layout: text, cooperation: text, influence: text, diplomacy: text }),
  tech: group({
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
  }),
  tables: group({
    layout: z.array(row(TABLE_COLUMNS.layout)),
    leaders: z.array(row(TABLE_COLUMNS.leaders)),
    govDocs: z.array(row(TABLE_COLUMNS.govDocs)),
    cnHostProjects: z.array(row(TABLE_COLUMNS.cnHostProjects)),
    intlProjects: z.array(row(TABLE_COLUMNS.intlProjects)),
    exchanges: z.array(row(TABLE_COLUMNS.exchanges)),
  }),
  indicators: group({ outcomes: text, team: text, facilities: text, support: text, management: text, exchange: text, strategy: text, other: text }),
  sign: group({ host: group({ opinion: text }), department: group({ opinion: text }) }),
  /**
   * Warnings the user chose to ignore (忽略), kept with the answers so they stay ignored when the
   * document is reopened. A finding is ignored while its field, rule and message are all the same:
   * an answer that changes brings its warning back.
   */
  ignoredFindings: z.array(z.strictObject({ field: z.string(), rule: z.string(), message: z.string() })),
  /** Written by the add-in when it saves the data in a document. */
  schemaVersion: z.optional(z.number()),
});

export type FormData = z.output<typeof formDataSchema>;
export type FormDataInput = z.input<typeof formDataSchema>;

// ---------------------------------------------------------------------------
// The schema is written by hand, for its precise types and its Chinese messages; the compiler holds it to the
// field catalogue: tsc fails when a field is in one and not the other, or when an answer's value does not fit
// its field's type (a count that takes only text, a list that takes one string).

type Joined<P extends string, K extends string> = P extends "" ? K : `${P}.${K}`;
/** Each answer of the data as [field id, value]: objects are groups, arrays of objects are list items, data tables and lists of text are answers. */
type Answers<T, P extends string = ""> = P extends `tables.${string}`
  ? [P, T]
  : T extends readonly (infer E)[]
    ? E extends object
      ? Answers<E, `${P}[]`>
      : [P, T]
    : T extends object
      ? { [K in keyof T & string]-?: Answers<NonNullable<T[K]>, Joined<P, K>> }[keyof T & string]
      : [P, T];
type SchemaAnswer = Answers<Omit<FormData, "schemaVersion" | "ignoredFindings">>;
type SchemaId = SchemaAnswer[0];
/** Signatures, seals and dates are answered on paper: the data has no key for them. */
type DataFieldId = { [I in FieldId]: FieldTypeOf<I> extends "signature" | "seal" | "date" ? never : I }[FieldId];
type ValueKind<V> = [V] extends [string] ? "text" : [V] extends [number | string] ? "numeric" : [V] extends [readonly string[]] ? "list" : [V] extends [readonly object[]] ? "rows" : "other";
type FieldKind<T> = T extends "int" | "amount" ? "numeric" : T extends "list" ? "list" : T extends "table" ? "rows" : "text";
type MisTyped = { [I in DataFieldId & SchemaId]: ValueKind<Extract<SchemaAnswer, [I, unknown]>[1]> extends FieldKind<FieldTypeOf<I>> ? never : I }[DataFieldId & SchemaId];
type Check<Bad> = [Bad] extends [never] ? true : Bad;
const schemaHasEveryField: Check<Exclude<DataFieldId, SchemaId>> = true;
const catalogueHasEveryKey: Check<Exclude<SchemaId, DataFieldId>> = true;
const valuesFitTypes: Check<MisTyped> = true;
void [schemaHasEveryField, catalogueHasEveryKey, valuesFitTypes];

/** zod issue path → field id as `locate` writes it (`staff[1].phone`). */
export function pathToFieldId(path: readonly PropertyKey[]): string {
  return joinPath(path.map((p) => (typeof p === "number" ? p : String(p))));
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

/** Validate form data; every problem is a Chinese sentence naming the field by its label. */
export function parseFormData(input: unknown): { data: FormData; problems: [] } | { data: null; problems: DataProblem[] } {
  const r = formDataSchema.safeParse(input, { error: (issue) => zhMessage(issue as Parameters<typeof zhMessage>[0]) });
  if (r.success) return { data: r.data, problems: [] };
  const problems = r.error.issues.map((issue) => {
    const field = pathToFieldId(issue.path);
    const label = pathLabel(field);
    if (issue.code === "unrecognized_keys") {
      const keys = (issue as { keys?: string[] }).keys ?? [];
      return { field, message: `${label}：不认识的项 ${keys.map((k) => `“${k}”`).join("、")}（请检查拼写，项名见 docs/form-reference.md）` };
    }
    return { field, message: `${label}：${issue.message}` };
  });
  return { data: null, problems };
}
