/** Marking a package: clear earlier marks, mark every finding, write the comments and the undo record. */
import type { Mark } from "../../../document/marks";
import type { DocxPackage } from "../docx";
import { partDir } from "../partNames";
import { serializeXml } from "../xml";
import { clearMarksFromPackage } from "./clear";
import { commentIdsIn, commentsXml } from "./comments";
import { Marker } from "./marker";
import { CONTENT_TYPES, CT_COMMENTS, Packaging, REL_COMMENTS, writePart } from "./packaging";
import { addRecordParts, snapshot, writeRecord } from "./undoRecord";

export interface MarkOptions {
  /** Date written on the comments (now by default). */
  now?: Date;
}

export async function applyMarksToPackage(pkg: DocxPackage, marks: Mark[], options: MarkOptions = {}): Promise<void> {
  // Marks of an earlier check go first, so they never stack and the record keeps the true original;
  // a check that finds nothing leaves no marks of the one before.
  await clearMarksFromPackage(pkg);
  if (marks.length === 0) return;
  const packaging = await Packaging.open(pkg);
  const commentsTarget = packaging.targets(REL_COMMENTS)[0];
  // Beside the main part, wherever it is (Word's packages keep it in word/).
  const dir = partDir(pkg.mainPart);
  let commentsPart = commentsTarget?.part ?? `${dir}comments.xml`;
  if (!commentsTarget && pkg.zip.file(commentsPart)) {
    // A comments part nothing points at is not ours to reuse.
    let n = 1;
    while (pkg.zip.file(`${dir}comments${n}.xml`)) n++;
    commentsPart = `${dir}comments${n}.xml`;
  }

  const touched = [pkg.mainPart, commentsPart, packaging.relsPath, CONTENT_TYPES];
  const originals = await Promise.all(touched.map((n) => snapshot(pkg, n)));

  const existingComments = commentsTarget ? await pkg.partDom(commentsPart) : null;
  const used = new Set([
    ...commentIdsIn(existingComments?.documentElement ?? null, ["comment"]),
    ...commentIdsIn(pkg.body, ["commentRangeStart", "commentRangeEnd", "commentReference"]),
  ]);
  const marker = new Marker(pkg, used);
  for (const m of marks) marker.apply(m);
  if (marker.entries.length === 0) return;

  const date = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
  const written = new Map<string, string>();
  written.set(commentsPart, writePart(pkg, commentsPart, commentsXml(existingComments, marker.comments, date)));
  if (!commentsTarget) packaging.addRelationship(REL_COMMENTS, commentsPart);
  packaging.declare(commentsPart, CT_COMMENTS);

  // The record: a custom XML data-store item, declared like the ones Office add-ins make.
  const recordParts = addRecordParts(pkg, packaging);
  for (const [k, v] of packaging.flush()) written.set(k, v);
  pkg.markDirty();
  written.set(pkg.mainPart, serializeXml(pkg.document));

  await writeRecord(pkg, recordParts, originals, written, marker.entries);
  pkg.reindex();
}
