import type { DocModel } from "../../document/model";
import { hasRevisions, readBody, XmlIndex } from "../ooxml/reader";
import { WordAdapterError } from "./errors";
import { FlatPackage, parseFlatOpc } from "./flatOpc";
import type { TrackingMode, WordHost, WRequestContext } from "./host";
import { MARKS_KEY, MarkRecord, parseRecord } from "./markRecord";
import { alignTexts } from "./wordText";

/** What one read of the document gives: the model, and how it lines up with Word's own paragraphs. */
export interface WordState {
  /** The body as getOoxml() gave it (a flat OPC package): what a snapshot keeps. */
  ooxml: string;
  pkg: FlatPackage;
  model: DocModel;
  index: XmlIndex;
  /** Word's text of each paragraph. */
  words: string[];
  /** Model offset → offset in `words[i]`, per paragraph. */
  maps: Int32Array[];
  /** Track Changes as Word had it at the read (null: WordApi 1.4 missing, cannot tell). */
  tracking: TrackingMode | null;
  /** The body holds revisions (w:ins, w:del…) not yet accepted or rejected. */
  pendingRevisions: boolean;
  record: MarkRecord | null;
  /** Read by a write batch just now: the next read() may return it without a round trip. */
  fresh: boolean;
  /** Marks changed since this was read: its highlights and record are stale. */
  marksDirty: boolean;
  /**
   * Read through the object model because getOoxml() failed: no XML behind
   * the model (`pkg` and `index` are empty), so it can be read, checked and
   * jumped in, but not written to.
   */
  withoutOoxml?: boolean;
}

/** WordApi 1.4: comments, and Word's own settings for the marks record (officejs-facts §0, §3, §4). */
export const hasWordApi14 = (host: WordHost): boolean => host.isSetSupported("WordApi", "1.4");

/** The whole read in the caller's batch; the returned function builds the state after its sync. */
export function queueRead(ctx: WRequestContext, host: WordHost): () => WordState {
  const body = ctx.document.body;
  const ooxml = body.getOoxml();
  const paragraphs = body.paragraphs.load("items/text,items/tableNestingLevel");
  const api14 = hasWordApi14(host);
  const setting = api14 ? ctx.document.settings.getItemOrNullObject(MARKS_KEY).load("value") : null;
  if (api14) ctx.document.load("changeTrackingMode");
  return () => {
    const raw = setting ? (setting.isNullObject ? null : setting.value) : host.officeSettings()?.get(MARKS_KEY);
    return buildState(
      // A ClientResult is filled by the caller's sync; it has no load() (the lint rule assumes one).
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
      ooxml.value,
      paragraphs.items.map((p) => p.text),
      paragraphs.items.map((p) => p.tableNestingLevel),
      parseRecord(raw),
      api14 ? ctx.document.changeTrackingMode : null,
    );
  };
}

/** What a state read without OOXML stands on: an empty package (nothing may be planned against it). */
const EMPTY_PACKAGE =
  '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml"><pkg:xmlData>' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document></pkg:xmlData></pkg:part></pkg:package>';

/** The state of a read through the object model (objectModelRead.ts), lined up with Word's text like any other. */
export function stateWithoutOoxml(model: DocModel, words: string[], tracking: TrackingMode | null): WordState {
  const pkg = parseFlatOpc(EMPTY_PACKAGE);
  const maps = model.paragraphs.map((p, i) => alignTexts(p.text, words[i]));
  if (maps.some((m) => m === null)) throw new Error("object-model read: a paragraph's text does not line up with Word's");
  return {
    ooxml: "",
    pkg,
    model,
    index: readBody(pkg.body).index,
    words,
    maps: maps as Int32Array[],
    tracking,
    pendingRevisions: false,
    record: null,
    fresh: false,
    marksDirty: false,
    withoutOoxml: true,
  };
}

function snippet(text: string): string {
  const t = [...text].map((c) => (c.charCodeAt(0) < 0x20 ? " " : c)).join("").trim();
  return t.length > 20 ? `${t.slice(0, 20)}…` : t;
}

function buildState(ooxml: string, words: string[], levels: number[], record: MarkRecord | null, tracking: TrackingMode | null): WordState {
  const pkg = parseFlatOpc(ooxml);
  const { model, index } = readBody(pkg.body);
  const hint = "请保存并重新打开文档后再试；仍不行请把文档另存为新的 .docx，或用命令行工具处理。";
  if (model.paragraphs.length !== words.length) {
    throw new WordAdapterError(
      "wordMismatch",
      `无法在 Word 中安全地定位：Word 报告 ${words.length} 个段落，而文档内容中有 ${model.paragraphs.length} 个。为避免写错位置，已停止。${hint}`,
    );
  }
  const maps: Int32Array[] = [];
  model.paragraphs.forEach((p, i) => {
    const map = alignTexts(p.text, words[i], index.paragraphs[i].deleted);
    const level = p.cell ? model.tables[p.cell.table].nestingLevel : 0;
    if (!map || level !== levels[i]) {
      throw new WordAdapterError(
        "wordMismatch",
        `无法在 Word 中安全地定位：第 ${i + 1} 段在 Word 中是“${snippet(words[i])}”，在文档内容中是“${snippet(p.text)}”。为避免写错位置，已停止。${hint}`,
      );
    }
    maps.push(map);
  });
  return { ooxml, pkg, model, index, words, maps, tracking, pendingRevisions: hasRevisions(pkg.body), record, fresh: false, marksDirty: false };
}
