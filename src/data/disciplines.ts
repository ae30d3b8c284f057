/**
 * GB/T 13745-2009《学科分类与代码》 Table 1 (rule discipline). Data and provenance:
 * ./gbt13745-2009.json and ./gbt13745-2009.README.md (3532 rows, published text; the
 * standard's quirks, e.g. 19035xx children of 19030, are kept as printed).
 */
import rawDisciplines from "./gbt13745-2009.json";

export interface Discipline {
  /** 3 digits (level 1), 5 digits (level 2) or 7 digits (level 3). */
  code: string;
  name: string;
  level: 1 | 2 | 3;
  /** Code of the parent discipline; null for level 1. */
  parent: string | null;
}

export const DISCIPLINES: readonly Discipline[] = Object.freeze(
  (rawDisciplines as Discipline[]).map((d) => Object.freeze({ ...d })),
);

const BY_CODE: ReadonlyMap<string, Discipline> = new Map(DISCIPLINES.map((d) => [d.code, d]));

const CHILDREN: ReadonlyMap<string | null, readonly Discipline[]> = (() => {
  const map = new Map<string | null, Discipline[]>();
  for (const d of DISCIPLINES) {
    const list = map.get(d.parent) ?? [];
    list.push(d);
    map.set(d.parent, list);
  }
  return map;
})();

/**
 * Comparison key of a discipline name: width-folded, spaces and edge punctuation
 * removed, and the variant characters the standard's own drafts use (其它/图象/影象,
 * see the README) folded to the published forms, so they are not reported as wrong.
 */
function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/\s+/gu, "")
    .replace(/^[.,;:。，；：、]+|[.,;:。，；：、]+$/gu, "")
    .replace(/其它/gu, "其他")
    .replace(/图象/gu, "图像")
    .replace(/影象/gu, "影像");
}

const BY_NAME: ReadonlyMap<string, readonly Discipline[]> = (() => {
  const map = new Map<string, Discipline[]>();
  for (const d of DISCIPLINES) {
    const key = nameKey(d.name);
    const list = map.get(key) ?? [];
    list.push(d);
    map.set(key, list);
  }
  return map;
})();

function normalizeCode(code: string): string {
  return code.normalize("NFKC").replace(/[\s.]/gu, "");
}

export function findDisciplineByCode(code: string): Discipline | undefined {
  return BY_CODE.get(normalizeCode(code));
}

/**
 * Disciplines with exactly this name (after width/space/variant folding). Usually one;
 * a few names occur twice in the standard (心理人类学, 心理语言学, 农产品贮藏与加工).
 */
export function findDisciplinesByName(name: string): Discipline[] {
  return [...(BY_NAME.get(nameKey(name)) ?? [])];
}

/** Direct children of `code`, in code order; the level-1 disciplines for null. */
export function childrenOf(code: string | null): Discipline[] {
  return [...(CHILDREN.get(code === null ? null : normalizeCode(code)) ?? [])];
}

/** One discipline as the standard writes it: "5202010 人工智能理论". */
export const disciplineItem = (d: Discipline) => `${d.code} ${d.name}`;

/** A chain of disciplines, level 1 first, as the 学科领域 cell holds it: "210 农学；21020 农业基础学科；2102050 农业生态学". */
export const disciplineListText = (chain: readonly Discipline[]) => chain.map(disciplineItem).join("；");

/** "5202010 人工智能理论"; undefined for a code not in the standard. */
export function formatDiscipline(code: string): string | undefined {
  const d = findDisciplineByCode(code);
  return d ? disciplineItem(d) : undefined;
}

function ancestorsOf(d: Discipline): Discipline[] {
  const result: Discipline[] = [];
  let parent = d.parent === null ? undefined : BY_CODE.get(d.parent);
  while (parent) {
    result.push(parent);
    parent = parent.parent === null ? undefined : BY_CODE.get(parent.parent);
  }
  return result;
}

// ---------------------------------------------------------------------------
// Parsing what users write in the 学科领域 cell

export interface DisciplineItem {
  code?: string;
  /** The name as written (width-folded, stray spaces removed). */
  name?: string;
  /** The original text of the item, for messages and highlighting. */
  raw: string;
}

export interface ParsedDiscipline {
  items: DisciplineItem[];
}

type Token =
  | {
      kind: "code";
      value: string;
      start: number;
      end: number;
      inParens: boolean;
      /** With inParens: the span including the brackets, for the item's raw text. */
      outerStart: number;
      outerEnd: number;
    }
  | { kind: "text"; value: string; start: number; end: number }
  | { kind: "weak"; start: number; end: number } // 、: also occurs inside names
  | { kind: "space"; start: number; end: number }
  | { kind: "sep"; start: number; end: number };

/** Width-folds `text` character by character, remembering where each unit came from. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const f = ch.normalize("NFKC");
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(i);
    i += ch.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

function blank(s: string, re: RegExp): string {
  return s.replace(re, (m) => " ".repeat(m.length));
}

// Characters that never occur in a standard name, so they always end an item.
const STRONG_SEPARATORS = new Set([..."/\\;,|>:。—–\n\r\v\f\u2028\u2029\u2192"]);

function lex(folded: string): Token[] {
  // Labels and list numbers carry no discipline; blanking keeps offsets intact.
  let s = blank(folded, /(?<![\d])[一二三123]级(?:学科)?(?:代码|名称)?\s*:?/gu);
  s = blank(s, /(?:学科领域|学科代码|学科名称|代码|名称)\s*:/gu);
  s = blank(s, /(^|(?<=[\n\r\v]))[ \t]*(?:\(?\d{1,2}\)|\d{1,2}[.、]|[①-⑳])/gu);
  // 1992-style dotted codes (520.2010) carry the same digits.
  // The dot becomes a placeholder the code lexer skips, so offsets stay intact.
  s = s.replace(/(?<!\d)(\d{3})\.(?=\d{2})/gu, "$1\u0000");

  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (/\d/u.test(ch)) {
      let j = i;
      let value = "";
      while (j < s.length && (/\d/u.test(s[j]) || s[j] === "\u0000")) {
        if (s[j] !== "\u0000") value += s[j];
        j++;
      }
      const before = s.slice(0, i).replace(/[ \t]+$/u, "");
      const afterSpaces = s.slice(j).length - s.slice(j).replace(/^[ \t]+/u, "").length;
      const inParens = before.endsWith("(") && s[j + afterSpaces] === ")";
      tokens.push({
        kind: "code",
        value,
        start: i,
        end: j,
        inParens,
        outerStart: inParens ? before.length - 1 : i,
        outerEnd: inParens ? j + afterSpaces + 1 : j,
      });
      i = j;
    } else if (STRONG_SEPARATORS.has(ch)) {
      tokens.push({ kind: "sep", start: i, end: i + 1 });
      i++;
    } else if (ch === "、") {
      tokens.push({ kind: "weak", start: i, end: i + 1 });
      i++;
    } else if (/\s/u.test(ch)) {
      let j = i;
      while (j < s.length && /\s/u.test(s[j]) && !STRONG_SEPARATORS.has(s[j])) j++;
      tokens.push({ kind: "space", start: i, end: j });
      i = j;
    } else if ((ch === "(" || ch === ")") && isCodeParen(s, i)) {
      tokens.push({ kind: "space", start: i, end: i + 1 });
      i++;
    } else {
      let j = i;
      while (
        j < s.length &&
        !/[\d\s、]/u.test(s[j]) &&
        !STRONG_SEPARATORS.has(s[j]) &&
        !((s[j] === "(" || s[j] === ")") && isCodeParen(s, j))
      ) {
        j++;
      }
      tokens.push({ kind: "text", value: s.slice(i, j), start: i, end: j });
      i = j;
    }
  }
  return tokens;
}

/** A bracket that encloses only a code, as in "人工智能（52020）". */
function isCodeParen(s: string, i: number): boolean {
  if (s[i] === "(") return /^\([ \t]*[\d\u0000]+[ \t]*\)/u.test(s.slice(i));
  return /\([ \t]*[\d\u0000]+[ \t]*$/u.test(s.slice(0, i + 1).slice(0, -1));
}

interface NameUnit {
  name: string;
  start: number;
  end: number;
}

/** A maximal stretch of text/space/、 tokens: the names between codes and separators. */
interface Chunk {
  kind: "chunk";
  pieces: Array<{ value: string; start: number; end: number; joinWith: string }>;
}
type Element = Chunk | Extract<Token, { kind: "code" }> | { kind: "sep" };

function toElements(tokens: Token[]): Element[] {
  const elements: Element[] = [];
  let chunk: Chunk | null = null;
  let pendingJoin = "";
  for (const t of tokens) {
    if (t.kind === "text") {
      if (!chunk) {
        chunk = { kind: "chunk", pieces: [] };
        elements.push(chunk);
        pendingJoin = "";
      }
      chunk.pieces.push({ value: t.value, start: t.start, end: t.end, joinWith: pendingJoin });
      pendingJoin = "";
    } else if (t.kind === "weak") {
      if (chunk) pendingJoin = "、";
    } else if (t.kind === "space") {
      // Spaces inside a chunk may be stray spaces inside one name: keep the chunk open.
    } else {
      chunk = null;
      elements.push(t.kind === "code" ? t : { kind: "sep" });
    }
  }
  return elements;
}

/**
 * Splits a chunk into names: at each piece, the longest run of pieces that joins into a
 * known name (the name of `preferCode`, when given, wins); otherwise one piece.
 */
function splitChunk(chunk: Chunk, preferName?: string): NameUnit[] {
  const units: NameUnit[] = [];
  const { pieces } = chunk;
  let i = 0;
  let first = true;
  while (i < pieces.length) {
    const join = (to: number): string =>
      pieces
        .slice(i, to + 1)
        .map((p, k) => (k === 0 ? "" : p.joinWith) + p.value)
        .join("");
    let best = i;
    let found = false;
    if (first && preferName !== undefined) {
      for (let j = pieces.length - 1; j >= i; j--) {
        if (nameKey(join(j)) === nameKey(preferName)) {
          best = j;
          found = true;
          break;
        }
      }
    }
    if (!found) {
      for (let j = pieces.length - 1; j > i; j--) {
        if (BY_NAME.has(nameKey(join(j)))) {
          best = j;
          break;
        }
      }
    }
    units.push({ name: join(best), start: pieces[i].start, end: pieces[best].end });
    i = best + 1;
    first = false;
  }
  return units;
}

interface Pairing {
  items: Array<{ code?: string; name?: string; start: number; end: number }>;
  matches: number;
}

function pair(elements: Element[], nameFirst: boolean): Pairing {
  const items: Pairing["items"] = [];
  let matches = 0;
  const codeItem = (c: Extract<Element, { kind: "code" }>, unit?: NameUnit): void => {
    if (unit) {
      items.push({
        code: c.value,
        name: unit.name,
        start: Math.min(c.outerStart, unit.start),
        end: Math.max(c.outerEnd, unit.end),
      });
      const d = BY_CODE.get(c.value);
      if (d && nameKey(d.name) === nameKey(unit.name)) matches++;
    } else {
      items.push({ code: c.value, start: c.outerStart, end: c.outerEnd });
    }
  };
  for (let k = 0; k < elements.length; k++) {
    const e = elements[k];
    if (e.kind === "sep") continue;
    const next = elements[k + 1];
    if (e.kind === "chunk") {
      const nextCode = next && next.kind === "code" ? next : undefined;
      // A bracketed code always belongs to the name before it; in name-first text a
      // bare code does too.
      const attach = nextCode && (nextCode.inParens || nameFirst) ? nextCode : undefined;
      if (attach) {
        const units = splitChunkFromEnd(e, BY_CODE.get(attach.value)?.name);
        for (const u of units.slice(0, -1)) items.push({ name: u.name, start: u.start, end: u.end });
        codeItem(attach, units[units.length - 1]);
        k++;
      } else {
        for (const u of splitChunk(e)) items.push({ name: u.name, start: u.start, end: u.end });
      }
    } else {
      // A code: in code-first text the first name of the following chunk is its name.
      if (!nameFirst && !e.inParens && next && next.kind === "chunk") {
        const units = splitChunk(next, BY_CODE.get(e.value)?.name);
        codeItem(e, units[0]);
        for (const u of units.slice(1)) items.push({ name: u.name, start: u.start, end: u.end });
        k++;
      } else {
        codeItem(e);
      }
    }
  }
  return { items, matches };
}

/** Like splitChunk, but the preferred name is sought at the end of the chunk. */
function splitChunkFromEnd(chunk: Chunk, preferName?: string): NameUnit[] {
  if (preferName !== undefined) {
    const { pieces } = chunk;
    for (let i = 0; i < pieces.length; i++) {
      const tail = pieces
        .slice(i)
        .map((p, k) => (k === 0 ? "" : p.joinWith) + p.value)
        .join("");
      if (nameKey(tail) === nameKey(preferName)) {
        const head: NameUnit[] = i > 0 ? splitChunk({ kind: "chunk", pieces: pieces.slice(0, i) }) : [];
        return [...head, { name: tail, start: pieces[i].start, end: pieces[pieces.length - 1].end }];
      }
    }
  }
  return splitChunk(chunk);
}

/**
 * Parses the 学科领域 cell into items in written order. Accepts codes and names with or
 * without spaces between them ("520计算机科学技术", "520 计算机科学技术"), any of
 * / ／ ; ； , ， | > → : and line breaks between items, full-width digits, labels such
 * as "一级学科：", list numbers, codes in brackets after the name ("人工智能（52020）"),
 * and name-then-code order ("人工智能 52020"). 、 separates items only where it is not
 * part of a standard name (畜牧、兽医科学). Nothing is validated here.
 */
export function parseDisciplineText(text: string): ParsedDiscipline {
  const { folded, origin } = foldWithMap(text);
  const elements = toElements(lex(folded));
  // Code-first is the standard's own layout; name-first is chosen only when it pairs
  // more codes with their correct names.
  const codeFirst = pair(elements, false);
  const nameFirst = pair(elements, true);
  const chosen = nameFirst.matches > codeFirst.matches ? nameFirst : codeFirst;
  return {
    items: chosen.items.map((it) => {
      const item: DisciplineItem = { raw: text.slice(origin[it.start], origin[it.end]).trim() };
      if (it.code !== undefined) item.code = it.code;
      if (it.name !== undefined) item.name = it.name.replace(/\s+/gu, "");
      return item;
    }),
  };
}

// ---------------------------------------------------------------------------
// Validation

export type DisciplineProblemKind = "unknownCode" | "nameMismatch" | "unknownName" | "notNested" | "missingLevel";

export interface DisciplineProblem {
  kind: DisciplineProblemKind;
  code?: string;
  name?: string;
  expectedName?: string;
  /** Index of the item the problem is about (absent for missingLevel). */
  index?: number;
  message: string;
}

const LEVEL_ZH = { 1: "一级", 2: "二级", 3: "三级" } as const;

function levelOfCode(code: string): 1 | 2 | 3 | undefined {
  return code.length === 3 ? 1 : code.length === 5 ? 2 : code.length === 7 ? 3 : undefined;
}

/**
 * Checks items against GB/T 13745-2009 (FORM.md rule discipline): codes exist, names
 * match their codes, name-only items exist by name, levels nest (each level-2 item under
 * a listed level-1 item, each level-3 item under a listed level-2 item, or under a
 * listed level-1 item when no level 2 is given), and levels 1–3 are all present. Level 3
 * is not required under a level-2 discipline that has no level-3 children. Several
 * chains in one cell are fine. missingLevel is skipped when a name-only item is unknown,
 * because its level cannot be told.
 */
export function validateDiscipline(items: ReadonlyArray<{ code?: string; name?: string }>): DisciplineProblem[] {
  const problems: DisciplineProblem[] = [];
  const resolved: Array<Discipline | undefined> = [];
  const levels = new Set<number>();
  let levelUnknown = false;

  items.forEach((item, index) => {
    const code = item.code === undefined ? "" : normalizeCode(item.code);
    const name = item.name === undefined ? "" : item.name.normalize("NFKC").trim();
    if (code !== "") {
      const d = BY_CODE.get(code);
      if (!d) {
        problems.push({
          kind: "unknownCode",
          code,
          ...(name ? { name } : {}),
          index,
          message: `学科代码 ${code} 不在 GB/T 13745-2009 中`,
        });
        const level = levelOfCode(code);
        if (level) levels.add(level);
        else levelUnknown = true;
        resolved.push(undefined);
        return;
      }
      if (name !== "" && nameKey(name) !== nameKey(d.name)) {
        problems.push({
          kind: "nameMismatch",
          code,
          name,
          expectedName: d.name,
          index,
          message: `代码 ${code} 对应的学科名称应为“${d.name}”，而不是“${name}”`,
        });
      }
      resolved.push(d);
      levels.add(d.level);
    } else if (name !== "") {
      const candidates = findDisciplinesByName(name);
      if (candidates.length === 0) {
        problems.push({ kind: "unknownName", name, index, message: `学科名称“${name}”不在 GB/T 13745-2009 中` });
        levelUnknown = true;
        resolved.push(undefined);
        return;
      }
      resolved.push(pickCandidate(candidates, items, index));
      levels.add(resolved[index]!.level);
    } else {
      resolved.push(undefined);
    }
  });

  // Nesting: compare each item with the listed items one level up.
  const atLevel = (level: number): number[] =>
    resolved.flatMap((d, i) => (d && d.level === level ? [i] : []));
  const nearest = (candidates: number[], index: number): number => {
    const before = candidates.filter((i) => i < index);
    return before.length > 0 ? before[before.length - 1] : candidates[0];
  };
  resolved.forEach((d, index) => {
    if (!d || d.level === 1) return;
    const ancestors = ancestorsOf(d);
    let upper = atLevel(d.level - 1);
    if (upper.length === 0 && d.level === 3) upper = atLevel(1);
    if (upper.length === 0) return;
    if (upper.some((i) => ancestors.includes(resolved[i]!))) return;
    const other = resolved[nearest(upper, index)]!;
    const actual = ancestors.find((a) => a.level === other.level);
    problems.push({
      kind: "notNested",
      code: d.code,
      ...(items[index].name ? { name: items[index].name } : {}),
      index,
      message:
        `${LEVEL_ZH[d.level]}学科 ${d.code} 不属于${LEVEL_ZH[other.level]}学科 ${other.code}` +
        (actual ? `（${d.code} ${d.name} 属于 ${actual.code} ${actual.name}）` : ""),
    });
  });

  if (items.length > 0 && resolved.some((d) => d) && !levelUnknown) {
    const deepest = (minLevel: number): Discipline | undefined =>
      resolved.find((d): d is Discipline => !!d && d.level > minLevel);
    for (const level of [1, 2, 3] as const) {
      if (levels.has(level)) continue;
      if (level === 3) {
        const level2 = resolved.filter((d): d is Discipline => !!d && d.level === 2);
        if (level2.length > 0 && level2.every((d) => (CHILDREN.get(d.code) ?? []).length === 0)) continue;
      }
      const below = deepest(level);
      const expected = below ? ancestorsOf(below).find((a) => a.level === level) : undefined;
      problems.push({
        kind: "missingLevel",
        ...(expected ? { code: expected.code, expectedName: expected.name } : {}),
        message:
          `缺少${LEVEL_ZH[level]}学科` +
          (expected && below ? `（${below.code} ${below.name} 属于 ${expected.code} ${expected.name}）` : ""),
      });
    }
  }
  return problems;
}

/** For a name that occurs twice in the standard, the reading that fits the other items. */
function pickCandidate(
  candidates: Discipline[],
  items: ReadonlyArray<{ code?: string; name?: string }>,
  self: number,
): Discipline {
  if (candidates.length === 1) return candidates[0];
  const others = items.flatMap((it, i) => {
    if (i === self) return [];
    if (it.code) {
      const d = BY_CODE.get(normalizeCode(it.code));
      return d ? [d] : [];
    }
    return it.name ? findDisciplinesByName(it.name) : [];
  });
  const related = candidates.find((c) =>
    others.some((o) => ancestorsOf(c).includes(o) || ancestorsOf(o).includes(c)),
  );
  return related ?? candidates[0];
}

/**
 * The 学科领域 answer rewritten as the standard writes it, when that is certain: every item
 * names exactly one discipline (a known code, with its own name if a name is given; or a
 * name the standard has once), all items lie on one chain, and the chain is complete down
 * to level 3 (or to a level-2 discipline without children). null otherwise: then the user
 * has to choose, and the check only explains.
 */
export function standardDisciplineText(text: string): string | null {
  const { items } = parseDisciplineText(text);
  if (items.length === 0) return null;
  const named: Discipline[] = [];
  for (const item of items) {
    if (item.code !== undefined) {
      const d = findDisciplineByCode(item.code);
      if (!d || (item.name !== undefined && nameKey(item.name) !== nameKey(d.name))) return null;
      named.push(d);
    } else {
      const candidates = item.name === undefined ? [] : findDisciplinesByName(item.name);
      if (candidates.length !== 1) return null;
      named.push(candidates[0]);
    }
  }
  const deepest = named.reduce((a, b) => (b.level > a.level ? b : a));
  const chain = [...ancestorsOf(deepest).reverse(), deepest];
  if (!named.every((d) => chain.includes(d))) return null;
  if (deepest.level < 3 && (CHILDREN.get(deepest.code) ?? []).length > 0) return null;
  return disciplineListText(chain);
}
