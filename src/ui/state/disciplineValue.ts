/**
 * The 学科领域 answer as the cascading picker sees it: up to three nested
 * disciplines, written as "code name" items separated by "；" — the layout
 * the discipline check (parseDisciplineText) reads first.
 */
import { childrenOf, disciplineItem, disciplineListText, findDisciplineByCode, findDisciplinesByName, parseDisciplineText, type Discipline } from "../../data/disciplines";

export { disciplineItem };

export interface DisciplineChain {
  level1?: Discipline;
  level2?: Discipline;
  level3?: Discipline;
}

/** The chain a cell's text names; lower levels that do not nest under the level above are dropped. */
export function disciplineChain(text: string): DisciplineChain {
  if (text.trim() === "") return {};
  const found: Discipline[] = [];
  for (const item of parseDisciplineText(text).items) {
    const d = item.code ? findDisciplineByCode(item.code) : item.name ? findDisciplinesByName(item.name)[0] : undefined;
    if (d) found.push(d);
  }
  const level1 = found.find((d) => d.level === 1);
  const level2 = found.find((d) => d.level === 2 && (!level1 || d.parent === level1.code));
  const level3 = found.find((d) => d.level === 3 && (level2 ? d.parent === level2.code : !level1 || findDisciplineByCode(d.parent!)?.parent === level1.code));
  // The deepest discipline named fixes the whole chain: its ancestors fill the levels left out.
  const chain: DisciplineChain = {};
  for (let d = level3 ?? level2 ?? level1; d; d = d.parent ? findDisciplineByCode(d.parent) : undefined) {
    if (d.level === 1) chain.level1 = d;
    else if (d.level === 2) chain.level2 = d;
    else chain.level3 = d;
  }
  return chain;
}

/** "210 农学；21020 农业基础学科；2102050 农业生态学". */
export function disciplineText(chain: DisciplineChain): string {
  return disciplineListText([chain.level1, chain.level2, chain.level3].filter((d): d is Discipline => d !== undefined));
}

export const levelOptions = (parent: Discipline | undefined | null): Discipline[] =>
  parent === null ? childrenOf(null) : parent ? childrenOf(parent.code) : [];
