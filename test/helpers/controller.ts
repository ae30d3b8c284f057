/**
 * The core's entry points as the tests use them, all through the one
 * controller (src/controller): a fill that keeps no undo point and saves no
 * data (what the CLI asks for), a check that does not mark.
 */
import { OoxmlAdapter } from "../../src/adapters/ooxml/adapter";
import type { DocxPackage } from "../../src/adapters/ooxml/docx";
import { createController } from "../../src/controller";
import type { DocumentAdapter } from "../../src/document/adapter";
import type { FillOptions } from "../../src/fill/fill";
import type { FormData } from "../../src/form/schema";

export const fillDocument = (doc: DocumentAdapter, data: FormData, opts: FillOptions = {}) => createController(doc).fill(data, { ...opts, keep: false });
export const extractDocument = (doc: DocumentAdapter) => createController(doc).extract();
export const checkDocument = (doc: DocumentAdapter, opts: { final?: boolean } = {}) => createController(doc).check({ ...opts, mark: false });

/** The form data a .docx carries, read and written the way every host does it. */
export const loadFormData = (pkg: DocxPackage) => createController(new OoxmlAdapter(pkg)).loadSaved();
export const saveFormData = (pkg: DocxPackage, data: FormData) => createController(new OoxmlAdapter(pkg)).saveData(data);
