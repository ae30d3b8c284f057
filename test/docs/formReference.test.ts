/**
 * docs/form-reference.md is what a user of the repository reads for field and rule ids
 * (the README links it): every id the code knows must be there, and nothing it does not.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { RULE_IDS } from "../../src/check/finding";
import { FIELDS } from "../../src/form/fields";

const doc = readFileSync(join(__dirname, "..", "..", "docs", "form-reference.md"), "utf8");
const section = (title: string) => {
  const start = doc.indexOf(title);
  const next = doc.indexOf("\n## ", start + 1);
  return doc.slice(start, next < 0 ? undefined : next);
};

/** `director.cn.name`、`.title` in a table row stands for director.cn.title. */
function documentedFields(): Set<string> {
  const ids = new Set<string>();
  for (const line of section("## 2. 字段").split("\n").filter((l) => l.startsWith("| `"))) {
    const cell = line.split("|")[1];
    let base = "";
    for (const [, code] of cell.matchAll(/`([^`]+)`/g)) {
      if (code.startsWith(".")) ids.add(base + code);
      else {
        ids.add(code);
        base = code.slice(0, code.lastIndexOf("."));
      }
    }
  }
  return ids;
}

test("every field id of the form model is in the reference, and no other", () => {
  const documented = documentedFields();
  expect([...documented].sort()).toEqual(FIELDS.map((f) => f.id).sort());
});

test("every rule id of the check is in the rules table, and no other", () => {
  const rows = section("## 3. 检查规则").split("\n").filter((l) => l.startsWith("| `"));
  const documented = rows.map((l) => /^\| `(\w+)`/.exec(l)![1]);
  expect([...documented].sort()).toEqual([...RULE_IDS].sort());
});

test("the README points at the reference inside the repository, not at a folder users do not have", () => {
  const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
  expect(readme).toContain("docs/form-reference.md");
  expect(readme).not.toMatch(/shared\/form|FORM\.md/);
});
