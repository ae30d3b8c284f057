/**
 * The real-document corpus for reading every .docx Word reads (test/fixtures/corpus).
 *
 *   npx tsx scripts/corpus/build.ts
 *
 * Nothing here is taken from another project: every file is made by this script,
 * either by a real office program from text written below (LibreOffice, pandoc;
 * only when they are on PATH, otherwise the committed files are kept), or by
 * changing such a file, or the reference form, at the package level the way
 * other producers write packages (byte-order marks, UTF-16 parts, a main part
 * under another name as Word Online saves it, Strict Open XML as Word saves it,
 * damaged packages). Zip entries get a fixed date and docProps fixed times, so a
 * run without the tools rebuilds the derived files byte for byte.
 *
 * What each file is and what the product must do with it: CORPUS below, which
 * also writes test/fixtures/corpus/README.md and is read by test/corpus.
 */
import JSZip from "jszip";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const OUT = path.join(ROOT, "test", "fixtures", "corpus");
const REFERENCE = path.join(ROOT, "test", "fixtures", "reference.docx");
const FIXED_DATE = new Date(Date.UTC(2026, 0, 5, 8, 0, 0));
const FIXED_W3CDTF = "2026-01-05T08:00:00Z";

// ---------------------------------------------------------------------------
// Sources written for the corpus

const NOTICE_HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知</title></head><body>
<h1>关于开展“一带一路”联合实验室建设情况摸底工作的通知</h1>
<p>各有关单位：</p>
<p>为做好<b>“一带一路”联合实验室</b>建设工作，现将有关事项通知如下，请于<i>2026年3月31日</i>前报送。</p>
<table border="1"><tr><th>序号</th><th>单位</th><th>联系人</th><th>电话</th></tr>
<tr><td>1</td><td>科研处</td><td>张三</td><td>010-12345678</td></tr>
<tr><td>2</td><td>国际合作处</td><td>李四</td><td>010-87654321</td></tr></table>
<ol><li>填写申报书；</li><li>单位审核盖章；</li><li>报送主管部门。</li></ol>
<p style="text-align:right">科技部国际合作司<br>2026年1月5日</p>
</body></html>`;

const LETTER_HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Letter</title></head><body>
<p>Dear colleagues,</p>
<p>We are pleased to confirm our <b>joint laboratory</b> agreement. The attached <a href="https://example.org/plan">work plan</a> lists:</p>
<ul><li>two exchange visits per year;</li><li>a joint workshop in 2027;</li><li>shared access to field stations.</li></ul>
<p>Yours sincerely,<br>Prof. A. Example</p></body></html>`;

// A tiny PNG (2×2, red and white) so the document carries a picture part.
const PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDK+mmyAAAAABJRU5ErkJggg==";
const IMAGE_HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>图</title></head><body>
<p>实验室平面图如下：</p><p><img src="data:image/png;base64,${PNG_BASE64}" width="96" height="96" alt="平面图"></p><p>图1 实验室平面图</p></body></html>`;

/** Flat ODF text with a header, a footnote and a comment: LibreOffice writes them as their own .docx parts. */
const PARTS_FODT = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p>联合实验室内部资料</text:p></style:header><style:footer><text:p>第 1 页</text:p></style:footer></style:master-page></office:master-styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"/><style:header-style/><style:footer-style/></style:page-layout></office:automatic-styles>
<office:body><office:text>
<text:h text:outline-level="1">年度工作总结</text:h>
<text:p>本年度实验室共举办学术交流活动<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>含线上会议。</text:p></text:note-body></text:note>十二场。</text:p>
<text:p><office:annotation><dc:creator>审核人</dc:creator><dc:date>2026-01-05T08:00:00</dc:date><text:p>请核实场次。</text:p></office:annotation>合作国别包括哈萨克斯坦、巴基斯坦和埃及。</text:p>
</office:text></office:body></office:document>`;

const REPORT_MD = `---
title: 联合实验室年度报告
---

# 一、总体情况

实验室围绕**清洁能源**与*水资源*两个方向开展合作研究。[^1]

| 指标 | 数量 |
|------|-----:|
| 论文 | 12 |
| 专利 | 3 |

# 二、下一步计划

1. 扩大合作国别；
2. 举办培训班。

> 注：数据截至2025年12月31日。

[^1]: 合作单位见附表。
`;

const SLIDES_FODP = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:svg="urn:oasis:names:scalable-vector-graphics:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
<office:body><office:presentation><draw:page draw:name="p1"><draw:frame svg:x="2cm" svg:y="2cm" svg:width="20cm" svg:height="3cm"><draw:text-box><text:p>联合实验室年度汇报</text:p></draw:text-box></draw:frame></draw:page></office:presentation></office:body></office:document>`;

const SHEET_CSV = "国别,合作机构,协议\r\n哈萨克斯坦,某大学,有\r\n埃及,某研究院,无\r\n";

// ---------------------------------------------------------------------------
// What the corpus holds

/** What the product must do with a file: read it (and is it the form?), or refuse it with this id and words. */
export type Expect = { read: true; form: boolean } | { read: false; id: string; message: string };

interface Made {
  name: string;
  how: string;
  expect: Expect;
}

const READ_OTHER: Expect = { read: true, form: false };
const READ_FORM: Expect = { read: true, form: true };

export const CORPUS: Made[] = [];

// ---------------------------------------------------------------------------
// Package helpers

type Entries = [string, Uint8Array][];

async function entriesOf(bytes: Uint8Array): Promise<Entries> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Entries = [];
  for (const f of Object.values(zip.files)) if (!f.dir) out.push([f.name, await f.async("uint8array")]);
  return out;
}

async function zipOf(entries: Entries): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of entries) zip.file(name, data, { date: FIXED_DATE, createFolders: false, binary: true, compression: "DEFLATE" });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

const utf8 = (b: Uint8Array) => new TextDecoder().decode(b);
const bytesOf = (s: string) => new TextEncoder().encode(s);
const isXml = (name: string) => /\.(xml|rels)$/i.test(name);

function mapText(entries: Entries, f: (name: string, text: string) => string, only: (name: string) => boolean = isXml): Entries {
  return entries.map(([n, b]) => [n, only(n) ? bytesOf(f(n, utf8(b))) : b]);
}

/** A real save's volatile bits fixed: creation and modification times, editing time, revision. */
function steady(entries: Entries): Entries {
  return mapText(entries, (_n, t) =>
    t
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${FIXED_W3CDTF}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${FIXED_W3CDTF}$2`)
      .replace(/<TotalTime>\d+<\/TotalTime>/, "<TotalTime>0</TotalTime>")
      .replace(/<cp:revision>\d+<\/cp:revision>/, "<cp:revision>1</cp:revision>"),
    (n) => n.startsWith("docProps/"),
  );
}

/** A UTF-8 byte-order mark before `<?xml` in the chosen parts (docx4j-era and some .NET writers). */
function withBom(entries: Entries, which: (name: string) => boolean = isXml): Entries {
  return entries.map(([n, b]) => [n, which(n) && !(b[0] === 0xef && b[1] === 0xbb) ? new Uint8Array([0xef, 0xbb, 0xbf, ...b]) : b]);
}

/** Parts stored as UTF-16 little-endian with a BOM, their declaration saying so. */
function asUtf16(entries: Entries, which: (name: string) => boolean): Entries {
  return entries.map(([n, b]) => {
    if (!which(n)) return [n, b];
    const text = utf8(b).replace(/^\uFEFF/, "").replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
    const out = new Uint8Array(2 + text.length * 2);
    out[0] = 0xff;
    out[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + 2 * i] = c & 0xff;
      out[3 + 2 * i] = c >> 8;
    }
    return [n, out];
  });
}

/** The main part under another name, as Word Online stores it, reached through absolute targets. */
function renameMainPart(entries: Entries, to: string): Entries {
  const from = "word/document.xml";
  const rels = (p: string) => p.replace(/([^/]+)$/, "_rels/$1.rels");
  return entries.map(([n, b]): [string, Uint8Array] => {
    if (n === from) return [to, b];
    if (n === rels(from)) return [rels(to), b];
    if (n === "_rels/.rels") return [n, bytesOf(utf8(b).replace(/Target="\/?word\/document\.xml"/, `Target="/${to}"`))];
    if (n === "[Content_Types].xml") return [n, bytesOf(utf8(b).replace(`PartName="/${from}"`, `PartName="/${to}"`))];
    return [n, b];
  });
}

/**
 * Strict Open XML as Word writes it, from a Transitional save: the markup
 * namespaces and relationship types of ISO/IEC 29500-1 Strict (purl.oclc.org),
 * w:conformance="strict" on the root, and the Strict names of two values Word
 * changes (jc left/right → start/end). The package namespaces (content types,
 * package relationships, core properties) are the same in both flavours. This
 * list is written out here on purpose, apart from the product's own table.
 */
const STRICT_NAMESPACES: [string, string][] = [
  ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"],
  ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"],
  ["http://schemas.openxmlformats.org/officeDocument/2006/math", "http://purl.oclc.org/ooxml/officeDocument/math"],
  ["http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"],
  ["http://schemas.openxmlformats.org/officeDocument/2006/custom-properties", "http://purl.oclc.org/ooxml/officeDocument/customProperties"],
  ["http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes", "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"],
  ["http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"],
  ["http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"],
  ["http://schemas.openxmlformats.org/drawingml/2006/picture", "http://purl.oclc.org/ooxml/drawingml/picture"],
];

function toStrict(entries: Entries): Entries {
  return mapText(entries, (n, t) => {
    let s = t;
    // Relationship types whose Strict tails differ, first.
    s = s
      .split("officeDocument/2006/relationships/extended-properties").join("officeDocument/2006/relationships/extendedProperties")
      .split("officeDocument/2006/relationships/custom-properties").join("officeDocument/2006/relationships/customProperties");
    for (const [t1, s1] of STRICT_NAMESPACES) s = s.split(t1).join(s1);
    if (/^word\/document\d*\.xml$/.test(n)) {
      s = s.replace(/<w:document\b/, '<w:document w:conformance="strict"');
      s = s.replace(/<w:jc w:val="left"\/>/g, '<w:jc w:val="start"/>').replace(/<w:jc w:val="right"\/>/g, '<w:jc w:val="end"/>');
    }
    return s;
  });
}

// ---------------------------------------------------------------------------
// Office programs (only when installed)

function which(cmd: string): string | null {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null;
}

function convert(tool: string, args: (dir: string, input: string) => string[], input: { name: string; text: string }, outExt: string): Uint8Array {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "silkform-corpus-"));
  const src = path.join(dir, input.name);
  fs.writeFileSync(src, input.text);
  const r = spawnSync(tool, args(dir, src), { encoding: "utf8", timeout: 180000, env: { ...process.env, HOME: dir } });
  const out = path.join(dir, input.name.replace(/\.[^.]+$/, `.${outExt}`));
  if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`${tool} failed on ${input.name}: ${r.stderr}`);
  const bytes = new Uint8Array(fs.readFileSync(out));
  fs.rmSync(dir, { recursive: true, force: true });
  return bytes;
}

const soffice = (filter: string, ext: string) => (dir: string, input: string) => [
  "--headless",
  `-env:UserInstallation=file://${dir}/profile`,
  "--convert-to",
  `${ext}:${filter}`,
  "--outdir",
  dir,
  input,
];

interface ToolMade {
  name: string;
  how: string;
  expect: Expect;
  make: (tools: { soffice: string | null; pandoc: string | null }) => Uint8Array | null;
}

const lo = (filter: string, ext: string, input: { name: string; text: string }) => (t: { soffice: string | null }) =>
  t.soffice ? convert(t.soffice, soffice(filter, ext), input, ext) : null;

const TOOL_MADE: ToolMade[] = [
  {
    name: "lo-notice-zh.docx",
    how: "LibreOffice Writer (`--convert-to docx:\"MS Word 2007 XML\"`) from a Chinese notice written as HTML: heading, bold/italic, a 4-column table, a numbered list, a right-aligned signature with a line break.",
    expect: READ_OTHER,
    make: lo("MS Word 2007 XML", "docx", { name: "notice.html", text: NOTICE_HTML }),
  },
  {
    name: "lo-letter-en.docx",
    how: "LibreOffice Writer from an English letter in HTML: bullet list, hyperlink (external relationship), line breaks.",
    expect: READ_OTHER,
    make: lo("MS Word 2007 XML", "docx", { name: "letter.html", text: LETTER_HTML }),
  },
  {
    name: "lo-image.docx",
    how: "LibreOffice Writer from HTML holding a PNG: a picture part (word/media) and a drawing in the body.",
    expect: READ_OTHER,
    make: lo("MS Word 2007 XML", "docx", { name: "image.html", text: IMAGE_HTML }),
  },
  {
    name: "lo-parts.docx",
    how: "LibreOffice Writer from flat ODF text with a header, a footer, a footnote and a comment: word/header*.xml, footer*.xml, footnotes.xml, comments.xml.",
    expect: READ_OTHER,
    make: lo("MS Word 2007 XML", "docx", { name: "parts.fodt", text: PARTS_FODT }),
  },
  {
    name: "pandoc-report-zh.docx",
    how: "pandoc (`-f markdown -t docx`) from a Chinese report in Markdown: headings, a pipe table, a numbered list, a block quote, a footnote. pandoc's own package layout and styles.",
    expect: READ_OTHER,
    make: (t) => (t.pandoc ? convert(t.pandoc, (dir, input) => ["-f", "markdown", "-t", "docx", "-o", path.join(dir, "report.docx"), input], { name: "report.md", text: REPORT_MD }, "docx") : null),
  },
  {
    name: "lo-macro-docm.docx",
    how: "LibreOffice Writer saving the notice as a macro-enabled document (`docm:\"MS Word 2007 XML VBA\"`), renamed .docx: main part type application/vnd.ms-word.document.macroEnabled.main+xml.",
    expect: { read: false, id: "notDocx", message: "这是启用宏的 Word 文档（.docm）" },
    make: lo("MS Word 2007 XML VBA", "docm", { name: "notice.html", text: NOTICE_HTML }),
  },
  {
    name: "lo-template-dotx.docx",
    how: "LibreOffice Writer saving the notice as a Word template (`dotx:\"MS Word 2007 XML Template\"`), renamed .docx.",
    expect: { read: false, id: "notDocx", message: "这是 Word 模板（.dotx）" },
    make: lo("MS Word 2007 XML Template", "dotx", { name: "notice.html", text: NOTICE_HTML }),
  },
  {
    name: "lo-sheet-xlsx.docx",
    how: "LibreOffice Calc from a CSV (`--convert-to xlsx`), renamed .docx.",
    expect: { read: false, id: "notDocx", message: "这是 Excel 工作簿（.xlsx），不是 Word 文档" },
    make: lo("Calc MS Excel 2007 XML", "xlsx", { name: "sheet.csv", text: SHEET_CSV }),
  },
  {
    name: "lo-slides-pptx.docx",
    how: "LibreOffice Impress from flat ODF presentation (`--convert-to pptx`), renamed .docx.",
    expect: { read: false, id: "notDocx", message: "这是 PowerPoint 演示文稿（.pptx），不是 Word 文档" },
    make: lo("Impress MS PowerPoint 2007 XML", "pptx", { name: "slides.fodp", text: SLIDES_FODP }),
  },
  {
    name: "lo-notice-odt.docx",
    how: "LibreOffice Writer saving the flat ODF text as OpenDocument text (`--convert-to odt`), renamed .docx.",
    expect: { read: false, id: "notDocx", message: "这是 OpenDocument 文本（.odt）" },
    make: lo("writer8", "odt", { name: "parts.fodt", text: PARTS_FODT }),
  },
  {
    name: "lo-word97-doc.docx",
    how: "LibreOffice Writer saving the notice as Word 97-2003 (`doc:\"MS Word 97\"`), renamed .docx: an OLE compound file.",
    expect: { read: false, id: "notDocx", message: "旧版 Word 97-2003 格式（.doc）" },
    make: lo("MS Word 97", "doc", { name: "notice.html", text: NOTICE_HTML }),
  },
  {
    name: "lo-rtf.docx",
    how: "LibreOffice Writer saving the flat ODF text as RTF (`--convert-to rtf`), renamed .docx.",
    expect: { read: false, id: "notDocx", message: "这是 RTF 格式的文档" },
    make: lo("Rich Text Format", "rtf", { name: "parts.fodt", text: PARTS_FODT }),
  },
];

interface Derived {
  name: string;
  how: string;
  expect: Expect;
  from: string;
  change: (e: Entries) => Entries | Uint8Array;
}

const FORM = "reference.docx";
const docParts = (n: string) => /^word\/document\d*\.xml$/.test(n);

const DERIVED: Derived[] = [
  {
    name: "bom-all-parts.docx",
    from: "lo-notice-zh.docx",
    how: "lo-notice-zh.docx with a UTF-8 byte-order mark before `<?xml` in every XML part, content types and relationships included (as docx4j-era and some .NET writers store parts).",
    expect: READ_OTHER,
    change: (e) => withBom(e),
  },
  {
    name: "bom-package-parts.docx",
    from: "lo-parts.docx",
    how: "lo-parts.docx with a BOM only in [Content_Types].xml and the relationship parts (.rels), the case that broke check --annotate.",
    expect: READ_OTHER,
    change: (e) => withBom(e, (n) => n === "[Content_Types].xml" || n.endsWith(".rels")),
  },
  {
    name: "utf16-parts.docx",
    from: "lo-letter-en.docx",
    how: "lo-letter-en.docx with word/document.xml and word/styles.xml stored as UTF-16LE with a BOM and `encoding=\"UTF-16\"` (XML allows it; Word reads it).",
    expect: READ_OTHER,
    change: (e) => asUtf16(e, (n) => n === "word/document.xml" || n === "word/styles.xml"),
  },
  {
    name: "word-online-document22.docx",
    from: "lo-image.docx",
    how: "lo-image.docx re-packaged the way Word Online stores a document: main part word/document22.xml (its rels renamed with it), reached by an absolute target `/word/document22.xml`, and BOMs in the package relationships and content types.",
    expect: READ_OTHER,
    change: (e) => withBom(renameMainPart(e, "word/document22.xml"), (n) => n === "_rels/.rels" || n === "[Content_Types].xml"),
  },
  {
    name: "strict-notice.docx",
    from: "lo-notice-zh.docx",
    how: "lo-notice-zh.docx turned into Strict Open XML as Word's “Strict Open XML 文档” save writes it: purl.oclc.org namespaces and relationship types, w:conformance=\"strict\", jc start/end.",
    expect: READ_OTHER,
    change: (e) => toStrict(e),
  },
  {
    name: "strict-parts.docx",
    from: "lo-parts.docx",
    how: "lo-parts.docx (header, footer, footnote, comment) turned into Strict Open XML the same way.",
    expect: READ_OTHER,
    change: (e) => toStrict(e),
  },
  {
    name: "form-bom.docx",
    from: FORM,
    how: "The reference form (test/fixtures/reference.docx) with a UTF-8 BOM in every XML part. Must locate 111/111, fill and annotate.",
    expect: READ_FORM,
    change: (e) => withBom(e),
  },
  {
    name: "form-strict.docx",
    from: FORM,
    how: "The reference form as Strict Open XML (as strict-notice.docx). Must locate 111/111; fill and annotate must write Strict back.",
    expect: READ_FORM,
    change: (e) => toStrict(e),
  },
  {
    name: "form-document22.docx",
    from: FORM,
    how: "The reference form with its main part renamed word/document22.xml (as word-online-document22.docx).",
    expect: READ_FORM,
    change: (e) => renameMainPart(e, "word/document22.xml"),
  },
  {
    name: "form-utf16.docx",
    from: FORM,
    how: "The reference form with word/document.xml stored as UTF-16LE with a BOM.",
    expect: READ_FORM,
    change: (e) => asUtf16(e, docParts),
  },
  {
    name: "form-libreoffice-strict-bom.docx",
    from: "../variants/libreoffice.docx",
    how: "The LibreOffice save of the form (test/fixtures/variants/libreoffice.docx) as Strict Open XML and with a BOM in every part.",
    expect: READ_FORM,
    change: (e) => withBom(toStrict(e)),
  },
  {
    name: "no-content-types.docx",
    from: FORM,
    how: "The reference form without [Content_Types].xml (a package Word calls damaged).",
    expect: { read: false, id: "corruptPackage", message: "缺少内容类型清单" },
    change: (e) => e.filter(([n]) => n !== "[Content_Types].xml"),
  },
  {
    name: "truncated-document-xml.docx",
    from: FORM,
    how: "The reference form whose word/document.xml stops at 60 % of its bytes (a part cut short), in an otherwise sound zip.",
    expect: { read: false, id: "corruptXml", message: "文件已损坏：正文（word/document.xml）" },
    change: (e) => e.map(([n, b]) => [n, n === "word/document.xml" ? b.subarray(0, Math.floor(b.length * 0.6)) : b]),
  },
  {
    name: "broken-rels.docx",
    from: "lo-notice-zh.docx",
    how: "lo-notice-zh.docx whose _rels/.rels is cut short.",
    expect: { read: false, id: "corruptXml", message: "文件已损坏：包关系（_rels/.rels）" },
    change: (e) => e.map(([n, b]) => [n, n === "_rels/.rels" ? b.subarray(0, Math.floor(b.length / 2)) : b]),
  },
  {
    name: "missing-main-part.docx",
    from: "lo-letter-en.docx",
    how: "lo-letter-en.docx without word/document.xml (its relationship and content type still name it).",
    expect: { read: false, id: "corruptPackage", message: "文件中没有 Word 正文" },
    change: (e) => e.filter(([n]) => n !== "word/document.xml"),
  },
];

// ---------------------------------------------------------------------------

function readme(): string {
  const row = (m: Made) => {
    const e = m.expect;
    const what = e.read ? (e.form ? "read; the form, located in full" : "read; not the form (notThisForm)") : `refused: \`${e.id}\`, “${e.message}…”`;
    return `| \`${m.name}\` | ${m.how} | ${what} |`;
  };
  return `# Real-document corpus

Generated by \`npx tsx scripts/corpus/build.ts\`; do not edit by hand. Every file here
was made for this project: none is copied from another project (their test files were
only read, to learn which traits real files have). The licence is the project's own.

Files marked LibreOffice or pandoc were written by those programs (LibreOffice 7.4,
pandoc 2.17 when generated) from the text in the build script; the script re-makes them
only when \`soffice\`/\`pandoc\` are on PATH and otherwise keeps the committed files. The
others are made from those files, or from the reference form, by changing the package
the way other producers write it. test/corpus reads this table (the script's CORPUS)
and checks each file is read, or refused with the right error id and words.

| file | how it was made | what the product must do |
|---|---|---|
${CORPUS.map(row).join("\n")}
`;
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const tools = { soffice: which("soffice") ?? which("libreoffice"), pandoc: which("pandoc") };
  for (const t of TOOL_MADE) {
    const target = path.join(OUT, t.name);
    const made = t.make(tools);
    if (made) {
      const isZip = made[0] === 0x50 && made[1] === 0x4b;
      fs.writeFileSync(target, isZip ? await zipOf(steady(await entriesOf(made))) : made);
    } else if (!fs.existsSync(target)) throw new Error(`${t.name}: the program that makes it is not installed and no committed copy exists`);
    else console.log(`note: keeping the committed ${t.name}`);
    CORPUS.push(t);
  }
  for (const d of DERIVED) {
    const src = d.from === FORM ? REFERENCE : path.join(OUT, d.from);
    const changed = d.change(await entriesOf(new Uint8Array(fs.readFileSync(src))));
    fs.writeFileSync(path.join(OUT, d.name), changed instanceof Uint8Array ? changed : await zipOf(changed));
    CORPUS.push(d);
  }
  fs.writeFileSync(path.join(OUT, "README.md"), readme());
  fs.writeFileSync(path.join(OUT, "expected.json"), `${JSON.stringify(Object.fromEntries(CORPUS.map((m) => [m.name, m.expect])), null, 2)}\n`);
  console.log(`wrote ${CORPUS.length} files to ${path.relative(ROOT, OUT)}`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
