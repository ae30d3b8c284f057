/**
 * Generator of the check test fixtures: test/fixtures/defects/*.docx.
 *
 *   npx tsx scripts/defects/build.ts
 *
 * Every fixture is test/fixtures/reference.docx filled with a mutation of
 * test/fixtures/data/sample.json through the product's own fill
 * (the controller's fill over the OOXML adapter), plus, where form data cannot express
 * the defect (two boxes ticked, a copy whose instruction says 800字以内, a
 * signed and sealed block, a deleted cover line), an edit of the filled XML
 * through the adapter. Zip entry dates are fixed, so two runs give identical
 * bytes. test/fixtures/defects/README.md is written from DEFECTS below.
 */
import JSZip from "jszip";
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { OoxmlAdapter } from "../../src/adapters/ooxml/adapter";
import { DocxPackage } from "../../src/adapters/ooxml/docx";
import { createW } from "../../src/adapters/ooxml/xml";
import { createController } from "../../src/controller";
import { cellAtCol, cellParagraphs } from "../../src/document/model";
import { getPath, parentPath, setPath, splitPath } from "../../src/form/paths";
import { parseFormData } from "../../src/form/schema";
import { LIMIT_PATTERN } from "../../src/form/layout";
import { locateForm } from "../../src/locate";
import type { LocatedField } from "../../src/locate/location";
import { countZi, ziOffsetAfter } from "../../src/text/ziCount";

const ROOT = resolve(__dirname, "..", "..");
const FIXTURES = join(ROOT, "test", "fixtures");
const OUT = join(FIXTURES, "defects");
const FIXED_DATE = new Date(Date.UTC(2026, 0, 5, 8, 0, 0));

type Json = Record<string, unknown>;

// Chinese with a few Latin words and numbers, as real narratives are; each Latin/digit run counts one 字.
const SENTENCE = "联合实验室围绕干旱区节水农业开展联合研究，依据GB/T 13745-2009确定学科方向，已建成3个示范基地，推广面积超过5000亩。";

/** A text of exactly n 字 (countZi), cut so that the next character starts a new 字. */
export function ziText(n: number): string {
  let t = "";
  while (countZi(t) <= n) t += SENTENCE;
  const cut = ziOffsetAfter(t, n);
  if (cut === null) throw new Error("ziText: text too short");
  const out = t.slice(0, cut);
  if (countZi(out) !== n) throw new Error(`ziText(${n}) gave ${countZi(out)}`);
  return out;
}

const sample = (): Json => JSON.parse(readFileSync(join(FIXTURES, "data", "sample.json"), "utf8"));
const set = (d: Json, path: string, value: unknown) => setPath(d, path, value);
const del = (d: Json, path: string) => {
  const up = parentPath(path);
  const parent = (up === undefined ? d : getPath(d, up)) as Json;
  delete parent[String(splitPath(path).pop())];
};

interface Ctx {
  doc: OoxmlAdapter;
  field(id: string): LocatedField;
}

interface Defect {
  name: string;
  /** What the fixture holds, for the README and the tests' readers. */
  about: string;
  data?: (d: Json) => void;
  /** XML-level edits after filling. */
  xml?: (c: Ctx) => Promise<void>;
}

function fieldOf(pkg: DocxPackage, id: string): LocatedField {
  const f = locateForm(pkg.model).fields.find((x) => x.id === id);
  if (!f?.found) throw new Error(`fixture build: ${id} not found`);
  return f;
}

/** Tick one more option of a choice (the fill ticked the data's one). */
async function tickAlso(c: Ctx, id: string, option: string): Promise<void> {
  const loc = c.field(id).location;
  const o = loc?.kind === "choice" ? loc.options.find((x) => x.option === option) : undefined;
  if (!o?.box) throw new Error(`fixture build: no box for ${id} ${option}`);
  await c.doc.applyEdits([{ op: "setBox", span: o.box, ticked: true }]);
}

/** Change the number in a narrative's "（N字以内…）" instruction. */
async function setInstructionLimit(c: Ctx, id: string, limit: number): Promise<void> {
  const loc = c.field(id).location;
  if (loc?.kind !== "region" || loc.insertAfter === null) throw new Error(`fixture build: ${id} has no instruction`);
  const model = c.doc.pkg.model;
  for (let i = loc.insertAfter; i >= 0; i--) {
    const m = LIMIT_PATTERN.exec(model.paragraphs[i].text);
    if (!m) continue;
    const start = m.index;
    await c.doc.applyEdits([{ op: "setSpan", span: { paragraph: i, start, end: start + m[1].length }, text: String(limit) }]);
    return;
  }
  throw new Error(`fixture build: no limit in ${id}'s instruction`);
}

/** Insert a picture run (an empty w:pict is enough for "an image is there") into a paragraph. */
function addPicture(doc: OoxmlAdapter, paragraph: number): void {
  const p = doc.pkg.index.paragraphs[paragraph].el;
  const r = createW(p.ownerDocument, "r");
  r.appendChild(createW(p.ownerDocument, "pict"));
  p.appendChild(r);
  doc.pkg.markDirty();
  doc.pkg.reindex();
}

/** Rewrite a data table's header cell (a copy that states the unit in the header). */
async function setHeader(c: Ctx, table: string, column: string, text: string): Promise<void> {
  const loc = c.field(table).location;
  if (loc?.kind !== "table" || loc.columns[column] === undefined) throw new Error(`fixture build: no ${table} ${column} header`);
  const row = c.doc.pkg.model.tables[loc.table].rows[loc.headerRow];
  const cell = cellAtCol(row, loc.columns[column]);
  const p = cell ? cellParagraphs(cell)[0] : undefined;
  if (!p) throw new Error(`fixture build: empty ${table} ${column} header`);
  await c.doc.applyEdits([{ op: "setSpan", span: { paragraph: p.index, start: 0, end: p.text.length }, text }]);
}

/** A row of 国别布局 with another agreement text. */
const withAgreement = (d: Json, row: number, agreement: string) => set(d, `tables.layout[${row}].agreement`, agreement);

const STAFF_TWO = [
  { name: "张伟", position: "实验室主管", phone: "13891230001" },
  { name: "刘洋", position: "仪器管理员", phone: "13891230002" },
];

export const DEFECTS: readonly Defect[] = [
  {
    name: "clean",
    about: "sample.json filled as it is: no errors; only the signature, seal and date warnings of 四、审核意见 (errors with --final).",
  },
  {
    name: "signed",
    about:
      "clean plus every block of 四、审核意见 completed: a name after each 签字：, a picture run (w:pict) in each （单位公章） paragraph, 2026年11月24日 in each date line. No findings at all, also with --final.",
    xml: async (c) => {
      for (const block of ["director", "host", "department"]) {
        const sig = c.field(`sign.${block}.signature`).location;
        if (sig?.kind === "mark") await c.doc.applyEdits([{ op: "setSpan", span: sig.span, text: "李明华" }]);
        const date = c.field(`sign.${block}.date`).location;
        if (date?.kind === "mark") await c.doc.applyEdits([{ op: "setSpan", span: date.span, text: "2026年11月24日" }]);
      }
      for (const block of ["host", "department"]) {
        const seal = c.field(`sign.${block}.seal`).location;
        if (seal?.kind === "mark") addPicture(c.doc, seal.span.paragraph);
      }
    },
  },
  {
    name: "required",
    about:
      "Empty answers: cover.date, director.cn.phone, strategy.influence, indicators.management; staff[0].phone in a partly filled item (2 staff, the 3rd template row is a spare and is not reported); cnParticipants[0].website; tables.govDocs with no row; tables.leaders row 1 without its 中外领导人 cell.",
    data: (d) => {
      set(d, "cover.date", "");
      set(d, "director.cn.phone", "");
      set(d, "strategy.influence", "");
      set(d, "indicators.management", "");
      set(d, "staff", [{ ...STAFF_TWO[0], phone: "" }, STAFF_TWO[1]]);
      set(d, "cnParticipants", [{ name: "中国科学院新疆生态与地理研究所", nature: "科研院所", website: "", address: "新疆乌鲁木齐市北京南路818号" }]);
      set(d, "tables.govDocs", []);
      set(d, "tables.leaders", [{ time: "2023年5月", country: "哈萨克斯坦", leaders: "", outcome: "列入中国—中亚峰会成果清单" }]);
    },
  },
  {
    name: "none",
    about:
      "“无” wherever the form allows it: 服务外交, the leaders and govDocs tables (first row 无), stats (国际合作任务总经费, 引进海外创新团队数), 外方主任电话, 传真, 外方联系人 Email, 外方依托单位网址, indicators 团队建设 and 其他, 辐射合作国 (合作国数量 5 to match), one 中方参与单位 and one 外方参与单位 item named 无 (性质 unticked), one 专职人员 (two spare template rows). No errors.",
    data: (d) => {
      set(d, "strategy.diplomacy", "无");
      set(d, "tables.leaders", [{ time: "无" }]);
      set(d, "tables.govDocs", [{ time: "无" }]);
      set(d, "stats.intl.funding", "无");
      set(d, "stats.team.overseasTeams", "无");
      set(d, "director.foreign.phone", "无");
      set(d, "contact.cn.fax", "无");
      set(d, "contact.foreign.email", "无");
      set(d, "foreignHost.website", "无");
      set(d, "indicators.team", "无");
      set(d, "indicators.other", "无");
      set(d, "basic.radiatingPartners", ["无"]);
      // Without radiating partners the form names 5 countries (4 partners and 蒙古国 in 国别布局).
      set(d, "stats.intl.countries", 5);
      set(d, "cnParticipants", [{ name: "无" }]);
      set(d, "foreignParticipants", [{ name: "无" }]);
      set(d, "staff", [STAFF_TWO[0]]);
    },
  },
  {
    name: "placeholder",
    about:
      "basic.labName and basic.mainPartners left as the template placeholder (not filled); basic.radiatingPartners “（建议3-5个）土库曼斯坦、蒙古国、巴基斯坦” (placeholder left before the answer); cover.labName empty.",
    data: (d) => {
      del(d, "basic.labName");
      del(d, "basic.mainPartners");
      set(d, "basic.radiatingPartners", ["（建议3-5个）土库曼斯坦", "蒙古国", "巴基斯坦"]);
      set(d, "cover.labName", "");
    },
  },
  {
    name: "limits",
    about:
      "Narratives at and over their limits (字 by countZi): 战略意义 exactly 1000 (passes); 国别布局 1001 in two paragraphs (700 + 300 + “【”), overflow starts at “【” in the 2nd; 合作内容 1000 + “Overflow text” (1002), overflow starts at the Latin word; 定位和目标 exactly 500 (passes); 年度建设任务及目标 500 + “【” (501).",
    data: (d) => {
      set(d, "strategy.significance", ziText(1000));
      set(d, "strategy.layout", `${ziText(700)}\n${ziText(300)}【`);
      set(d, "strategy.cooperation", `${ziText(1000)}Overflow text`);
      set(d, "tech.positioning", ziText(500));
      set(d, "tech.annualTasks", `${ziText(500)}【`);
    },
  },
  {
    name: "limit-800",
    about:
      "A copy whose instructions say 800字以内: 战略意义's instruction changed to （800字以内） with 801 字 (fails against 800), 国别布局's instruction changed to （800字以内，…） with exactly 800 字 (passes).",
    data: (d) => {
      set(d, "strategy.significance", `${ziText(800)}【`);
      set(d, "strategy.layout", ziText(800));
    },
    xml: async (c) => {
      await setInstructionLimit(c, "strategy.significance", 800);
      await setInstructionLimit(c, "strategy.layout", 800);
    },
  },
  {
    name: "countries-bad",
    about:
      "重点合作国 美国 (not a partner; 申报名称 中国—美国… on cover and table); 主要合作国 2 countries (partnerCount); 辐射合作国 哈萨克 (suggests 哈萨克斯坦), 蒙古国, 吉尔吉斯斯坦 (also a main partner: partnerOverlap), 日本, 巴基斯坦, 老挝 (6: partnerCount).",
    data: (d) => {
      set(d, "basic.keyPartner", "美国");
      set(d, "basic.labName", "中国—美国干旱区生态农业“一带一路”联合实验室");
      set(d, "cover.labName", "中国—美国干旱区生态农业“一带一路”联合实验室");
      set(d, "basic.mainPartners", ["乌兹别克斯坦", "吉尔吉斯斯坦"]);
      set(d, "basic.radiatingPartners", ["哈萨克", "蒙古国", "吉尔吉斯斯坦", "日本", "巴基斯坦", "老挝"]);
    },
  },
  {
    name: "countries-good",
    about:
      "重点合作国 俄罗斯联邦; 申报名称 中国-俄罗斯人工智能\"一带一路\"联合实验室 (ASCII dash and quotes) with the cover in — and “” (equal after folding); 主要合作国 5, 辐射合作国 3 (one as Viet Nam), no overlap, 合作国数量 9; 学科 520/52020/5202010. No errors.",
    data: (d) => {
      set(d, "basic.keyPartner", "俄罗斯联邦");
      set(d, "basic.labName", '中国-俄罗斯人工智能"一带一路"联合实验室');
      set(d, "cover.labName", "中国—俄罗斯人工智能“一带一路”联合实验室");
      set(d, "basic.mainPartners", ["白俄罗斯", "哈萨克斯坦", "乌兹别克斯坦", "塔吉克斯坦", "吉尔吉斯斯坦"]);
      set(d, "basic.radiatingPartners", ["蒙古国", "巴基斯坦", "Viet Nam"]);
      set(d, "basic.discipline", "520 计算机科学技术；52020 人工智能；5202010 人工智能理论");
      // 1 key + 5 main + 3 radiating partners, 国别布局's countries among them: 合作国数量 agrees.
      set(d, "stats.intl.countries", 9);
    },
  },
  {
    name: "labname-mismatch",
    about: "申报名称 中国–乌兹别克斯坦干旱区生态农业「一带一路」联合实验室 (en dash, corner quotes: the shape passes) while 重点合作国 is 哈萨克斯坦.",
    data: (d) => {
      set(d, "basic.labName", "中国–乌兹别克斯坦干旱区生态农业「一带一路」联合实验室");
      set(d, "cover.labName", "中国–乌兹别克斯坦干旱区生态农业「一带一路」联合实验室");
    },
  },
  {
    name: "labname-key-not-bri",
    about:
      "重点合作国 美国 (not a partner) while 申报名称 keeps 中国—哈萨克斯坦干旱区生态农业“一带一路”联合实验室: both the 重点合作国 (briCountry) and the name's country against it (labName) are reported.",
    data: (d) => {
      set(d, "basic.keyPartner", "美国");
    },
  },
  {
    name: "labname-shape",
    about: "申报名称 哈萨克斯坦干旱区生态农业联合实验室 (no 中国—, no “一带一路”), cover the same.",
    data: (d) => {
      set(d, "basic.labName", "哈萨克斯坦干旱区生态农业联合实验室");
      set(d, "cover.labName", "哈萨克斯坦干旱区生态农业联合实验室");
    },
  },
  {
    name: "discipline-bad",
    about: "学科领域 “210 农学；21020 物理学；2102050 农业生态学”: the name of 21020 is 农业基础学科.",
    data: (d) => set(d, "basic.discipline", "210 农学；21020 物理学；2102050 农业生态学"),
  },
  {
    name: "choice-none",
    about: "类型 and 外方依托单位/性质 not ticked (the fill leaves the template's □).",
    data: (d) => {
      set(d, "basic.labType", "");
      set(d, "foreignHost.nature", "");
    },
  },
  {
    name: "choice-two",
    about: "类型 with 应用技术与产业科技 and 前沿科技与基础研究 ticked; 中方参与单位 1 /性质 with 科研院所 and 企业 ticked (second box ticked in the XML).",
    xml: async (c) => {
      await tickAlso(c, "basic.labType", "前沿科技与基础研究");
      await tickAlso(c, "cnParticipants[0].nature", "企业");
    },
  },
  {
    name: "formats-bad",
    about:
      "Malformed values: 专利授权数 3.5, 研发项目总经费 -10, 合作国数量 约7个, 专职研究人员数 五十六; Emails wangxy#nwafu.edu.cn and d.seitkali@kaznau; 中方主任电话 87081234 (no area code), 手机 1399123456, 传真 029-8708234a; 网址 www。nwafu。edu。cn and ftp://egi.cas.cn; 团队建设 and 硬件设施 without any number.",
    data: (d) => {
      set(d, "stats.rnd.patents", "3.5");
      set(d, "stats.rnd.funding", "-10");
      set(d, "stats.intl.countries", "约7个");
      set(d, "stats.team.researchers", "五十六");
      set(d, "contact.cn.email", "wangxy#nwafu.edu.cn");
      set(d, "contact.foreign.email", "d.seitkali@kaznau");
      set(d, "director.cn.phone", "87081234");
      set(d, "contact.cn.mobile", "1399123456");
      set(d, "contact.cn.fax", "029-8708234a");
      set(d, "cnHost.website", "www。nwafu。edu。cn");
      set(d, "cnParticipants[0].website", "ftp://egi.cas.cn");
      set(d, "indicators.team", "加强中外科研团队建设，引进高水平人才");
      set(d, "indicators.facilities", "建设境外联合试验站，完善仪器设备");
    },
  },
  {
    name: "formats-good",
    about:
      "Valid in less common spellings: 研发项目总经费 1,200.5万元, 实验室实体面积 1800平米, 专利授权数 ４６ (full-width), 论文 213篇; phones 029-87081234转8012, (029)87082345, +86 139 9123 4567, 400-123-4567, 029-87081234-8012; Email Wang.X-Y@nwafu.edu.cn; 网址 www.nwafu.edu.cn and http://egi.cas.cn/index.html; 保障条件 with Chinese numerals only (每年配套经费三百万元).",
    data: (d) => {
      set(d, "stats.rnd.funding", "1,200.5万元");
      set(d, "stats.ops.area", "1800平米");
      set(d, "stats.rnd.patents", "４６");
      set(d, "stats.rnd.publications", "213篇");
      set(d, "director.cn.phone", "029-87081234转8012");
      set(d, "contact.cn.landline", "(029)87082345");
      set(d, "contact.cn.mobile", "+86 139 9123 4567");
      set(d, "contact.cn.fax", "400-123-4567");
      set(d, "staff", [{ ...STAFF_TWO[0], phone: "029-87081234-8012" }, STAFF_TWO[1]]);
      set(d, "contact.cn.email", "Wang.X-Y@nwafu.edu.cn");
      set(d, "cnHost.website", "www.nwafu.edu.cn");
      set(d, "cnParticipants[0].website", "http://egi.cas.cn/index.html");
      set(d, "indicators.support", "依托单位每年配套经费三百万元，争取国家和省部级项目若干");
    },
  },
  {
    name: "consistency-bad",
    about: "封面 differs from the table: 中方主任 李明 (table 李明华), 主管部门 陕西省科技厅 (table 陕西省科学技术厅); 中方依托单位 “西北农林 科技大学” with a space (equal after folding).",
    data: (d) => {
      set(d, "cover.cnDirector", "李明");
      set(d, "cover.department", "陕西省科技厅");
      set(d, "cover.cnHost", "西北农林 科技大学");
    },
  },
  {
    name: "cross-more",
    about:
      "Counts lower than the tables list (crossCount): 国家国际科技合作项目数 1 + 其他国际合作项目数 无 against 2 rows of 三（五）1; 国家级研发任务数 1 against 2 rows of 三（一）; 签署科技合作协议的国外机构数 3 against 4 institutions of 国别布局; 合作国数量 5 against 7 countries in the partner lists; 举办国际科技交流活动次数 1 against 2 rows of 三（五）2.",
    data: (d) => {
      set(d, "stats.intl.nationalProjects", 1);
      set(d, "stats.intl.otherProjects", "无");
      set(d, "stats.rnd.nationalTasks", 1);
      set(d, "stats.intl.agreementInstitutions", 3);
      set(d, "stats.intl.countries", 5);
      set(d, "stats.intl.events", 1);
    },
  },
  {
    name: "cross-missing",
    about:
      "Counts with nothing in the tables (crossCount): 国家级研发任务数 18 with 三（一）'s table answered 无; 6 + 11 international projects with 三（五）1 answered 无; 8 agreement institutions while every 国别布局 row says 无 under the agreement; 合作国数量 12 while the form names 7 countries; 9 exchange events with 三（五）2 answered 无.",
    data: (d) => {
      set(d, "stats.intl.countries", 12);
      set(d, "tables.cnHostProjects", [{ name: "无" }]);
      set(d, "tables.intlProjects", [{ level: "无" }]);
      set(d, "tables.exchanges", [{ name: "无" }]);
      for (let i = 0; i < 4; i++) withAgreement(d, i, "无");
    },
  },
  {
    name: "cross-good",
    about:
      "Counts that agree with the tables in less obvious ways (no crossCount): 国家级研发任务数 “2项” with 2 rows; 1 + 1 international projects with 2 rows; 4 agreement institutions with a 5th 国别布局 row naming 哈萨克国立农业大学 again (without its English name); 合作国数量 9 = the 7 partners, 土耳其 and 德国 (not on the Belt and Road list), named only in rows 3 and 4 of 三（五）2; 举办国际科技交流活动次数 9 with 4 rows (the table may show a selection); a 合计 row under 三（五）1 with only its 经费 (not a project, no required finding).",
    data: (d) => {
      set(d, "stats.rnd.nationalTasks", "2项");
      set(d, "stats.intl.nationalProjects", 1);
      set(d, "stats.intl.otherProjects", 1);
      set(d, "stats.intl.agreementInstitutions", 4);
      set(d, "stats.intl.countries", 9);
      set(d, "tables.layout[4]", { country: "哈萨克斯坦", type: "重点合作国", institution: "哈萨克国立农业大学", agreement: "《联合培养研究生协议》，2025年9月签署，有效期3年，联合培养研究生" });
      set(d, "tables.exchanges[2]", { name: "中土旱作农业技术研讨会", form: "国际会议", field: "旱作农业", country: "土耳其" });
      set(d, "tables.exchanges[3]", { name: "中德节水灌溉技术交流会", form: "技术交流", field: "节水灌溉", country: "德国" });
      // A total row, its other cells left empty as applicants do: not a project, not a missing answer.
      set(d, "tables.intlProjects[2]", { level: "合计", funding: "580万元" });
    },
  },
  {
    name: "times-bad",
    about:
      "Times missing or older than 近5年 before the cover's 2026年11月24日 (timeNoted): 三（一） row 1 执行时间 2014.01-2018.12, row 2 “三年”; 元首外交 row 1 时间 “5月”; 政府间文件 row 1 时间 2019年7月; 国别布局 row 1 agreement signed 2014年5月 with 有效期5年 (ended 2019年5月), row 2 an agreement without any time.",
    data: (d) => {
      set(d, "tables.cnHostProjects[0].period", "2014.01-2018.12");
      set(d, "tables.cnHostProjects[1].period", "三年");
      set(d, "tables.leaders[0].time", "5月");
      set(d, "tables.govDocs[0].time", "2019年7月");
      withAgreement(d, 0, "《联合实验室共建协议》，2014年5月签署，有效期5年，共建试验站与联合培养研究生");
      withAgreement(d, 1, "《科技合作备忘录》，盐碱地改良联合试验");
    },
  },
  {
    name: "times-good",
    about:
      "Times as reviewers see them, all acceptable (no timeNoted): cover date 2026.11.24; 三（一） 执行时间 2021年至今, 2019.01-2021.12 (ends within 5 years of the form's date) and a 3rd row 2021.3—2024.2; 元首外交 时间 2022年; 政府间文件 时间 2024.07; 国别布局 agreements “2015年签署，长期有效”, “2016年3月签署” (no validity stated: may be in force), “有效期：2022.6—2027.6”.",
    data: (d) => {
      set(d, "cover.date", "2026.11.24");
      set(d, "tables.cnHostProjects[0].period", "2021年至今");
      set(d, "tables.cnHostProjects[1].period", "2019.01-2021.12");
      set(d, "tables.cnHostProjects[2]", { name: "荒漠化土地生态修复技术", number: "2021YFE0101300", funding: "600万元（财政600）", period: "2021.3—2024.2", outcomes: "建成示范区2个", impact: "修复退化土地1万亩" });
      set(d, "tables.leaders[0].time", "2022年");
      set(d, "tables.govDocs[0].time", "2024.07");
      withAgreement(d, 0, "《联合实验室共建协议》，2015年签署，长期有效，共建试验站");
      withAgreement(d, 1, "《科技合作备忘录》，2016年3月签署，盐碱地改良联合试验");
      withAgreement(d, 2, "《合作协议》，有效期：2022.6—2027.6，人才交流");
    },
  },
  {
    name: "money-bad",
    about: "经费 cells with a bare number (currencyUnit): 三（一） row 1 “2400（财政2000+自筹400）”, 三（五）1 row 2 “80”; 三（五）1 row 1 keeps 500万元 (not reported).",
    data: (d) => {
      set(d, "tables.cnHostProjects[0].funding", "2400（财政2000+自筹400）");
      set(d, "tables.intlProjects[1].funding", "80");
    },
  },
  {
    name: "money-good",
    about:
      "Units as reviewers see them, all acceptable (no currencyUnit): 三（一） “￥300” and “50（万元）”; 三（五）1's header rewritten to 经费投入（万元） with bare numbers “500（财政400+自筹100）” and “80” under it.",
    data: (d) => {
      set(d, "tables.cnHostProjects[0].funding", "￥300");
      set(d, "tables.cnHostProjects[1].funding", "50（万元）");
      set(d, "tables.intlProjects[0].funding", "500（财政400+自筹100）");
      set(d, "tables.intlProjects[1].funding", "80");
    },
    xml: (c) => setHeader(c, "tables.intlProjects", "funding", "经费投入（万元）"),
  },
  {
    name: "plan-one-year",
    about: "年度建设任务及目标 gives tasks for 第一年 only (twoYearPlan); the 2023年 it mentions is history, not a year of the plan.",
    data: (d) => set(d, "tech.annualTasks", "第一年：建成联合试验站1个，联合申报国际合作项目2项，举办技术培训班2期，在2023年中国—中亚峰会成果基础上深化合作。"),
  },
  {
    name: "plan-years",
    about: "年度建设任务及目标 by calendar years 2027年 and 2028年 (no twoYearPlan).",
    data: (d) => set(d, "tech.annualTasks", "2027年：建成中哈联合试验站1个，联合申报国际合作项目2项。\n2028年：形成技术规程3项，示范推广面积5000亩，联合发表论文10篇。"),
  },
  {
    name: "not-found",
    about: "clean with the cover line “主管部门：” deleted: cover.department cannot be found.",
    xml: async (c) => {
      const loc = c.field("cover.department").location;
      if (loc?.kind !== "inline") throw new Error("fixture build: cover.department is not inline");
      const p = c.doc.pkg.index.paragraphs[loc.span.paragraph].el;
      p.parentNode!.removeChild(p);
      c.doc.pkg.markDirty();
      c.doc.pkg.reindex();
    },
  },
];

/** Re-zip with fixed entry dates so the output does not depend on when it was built. */
async function deterministic(bytes: Uint8Array): Promise<Uint8Array> {
  const src = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(src.files).sort()) {
    const f = src.files[name];
    if (f.dir) continue;
    out.file(name, await f.async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** Build one defect in memory: fill the reference with the mutated sample, then apply the XML edits. */
export async function buildDefect(defect: Defect, reference: Uint8Array): Promise<Uint8Array> {
  const data = sample();
  defect.data?.(data);
  const parsed = parseFormData(data);
  if (!parsed.data) throw new Error(`${defect.name}: ${JSON.stringify(parsed.problems)}`);
  const doc = new OoxmlAdapter(await DocxPackage.open(reference));
  const report = await createController(doc).fill(parsed.data, { overwrite: true, keep: false });
  if (report.unfillable.length > 0) throw new Error(`${defect.name}: unfillable ${JSON.stringify(report.unfillable)}`);
  if (defect.xml) await defect.xml({ doc, field: (id) => fieldOf(doc.pkg, id) });
  return deterministic(await doc.save());
}

function readme(): string {
  const lines = [
    "# Check fixtures (defects)",
    "",
    "Generated by `npx tsx scripts/defects/build.ts` from `../reference.docx` and `../data/sample.json`",
    "(do not edit by hand). Each file is the sample filled through the product's fill, with the",
    "mutation below; where form data cannot express a defect, the filled XML is edited through the",
    "OOXML adapter. Used by `test/check/*.test.ts`: every rule of FORM.md §3 has a must-find and a",
    "must-not-find case among them.",
    "",
  ];
  for (const d of DEFECTS) lines.push(`## ${d.name}.docx`, "", d.about, "");
  return lines.join("\n");
}

async function main(): Promise<void> {
  const reference = new Uint8Array(readFileSync(join(FIXTURES, "reference.docx")));
  mkdirSync(OUT, { recursive: true });
  for (const d of DEFECTS) {
    writeFileSync(join(OUT, `${d.name}.docx`), await buildDefect(d, reference));
    console.log(`defects/${d.name}.docx`);
  }
  writeFileSync(join(OUT, "README.md"), readme());
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
