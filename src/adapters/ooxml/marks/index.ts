/*
 * Marks in a .docx: highlights, shading and Word comments for check findings,
 * and the way to take them out again.
 *
 * Undo design. Marking stores an undo record in the package as a Custom XML
 * data-store item (customXml/itemN.xml + itemPropsN.xml, related from the
 * main part, its content types declared): the same kind of part Office.js
 * add-ins create with customXmlParts.add, which Word, WPS and LibreOffice
 * open without complaint and keep when they save. The record holds
 *  - the original bytes of every part marking changed (a small zip, base64)
 *    and the hash of each part as marking left it;
 *  - per mark, what was changed where (runs split, run spans highlighted,
 *    cell / paragraph shading and the shading it replaced), by paragraph
 *    index, a hash of the paragraph text and offsets.
 * Clearing a package whose changed parts still hash as marking left them puts
 * the original bytes back, so every part is byte for byte what it was. When
 * anything changed since (an edit, or a save by Word, which rewrites every
 * part), clearing falls back to structural removal: every comment by
 * MARK_AUTHOR goes with its range and reference; highlights and shading are
 * undone where the record says they were added (found again by paragraph text,
 * or inside our comment's range when that text was edited), user shading we
 * replaced is put back, runs we split are merged when they still look alike,
 * and all other content — the user's edits, highlights and comments — stays.
 * Without a record (another program dropped it) only comments and what lies
 * inside their ranges in our exact colours are removed.
 */
export { applyMarksToPackage, type MarkOptions } from "./apply";
export { clearMarksFromPackage, type ClearOutcome } from "./clear";
