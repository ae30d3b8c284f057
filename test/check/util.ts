import { join } from "path";
import { checkForm } from "../../src/check";
import type { Finding, RuleId } from "../../src/check/finding";
import { locateForm } from "../../src/locate";
import { openFixture } from "../helpers/fixtures";

export const defect = (name: string) => `defects/${name}.docx`;
export const defectPath = (name: string) => join(__dirname, "..", "fixtures", "defects", `${name}.docx`);

const cache = new Map<string, Promise<Awaited<ReturnType<typeof load>>>>();

async function load(fixture: string, final: boolean) {
  const pkg = await openFixture(fixture);
  const located = locateForm(pkg.model);
  return { pkg, model: pkg.model, located, findings: checkForm(pkg.model, located, { final }) };
}

/** Check a fixture once per test file (fixtures are read-only here). */
export function checkFixture(fixture: string, opts: { final?: boolean } = {}) {
  const key = `${fixture}|${opts.final ?? false}`;
  if (!cache.has(key)) cache.set(key, load(fixture, opts.final ?? false));
  return cache.get(key)!;
}

export const findingsOf = (findings: Finding[], field: string, rule?: RuleId) =>
  findings.filter((f) => f.field === field && (rule === undefined || f.rule === rule));

export const errors = (findings: Finding[]) => findings.filter((f) => f.severity === "error");
