/**
 * The playground's Web Worker (built by webpack as document-worker.js): the .docx, its
 * parsing, checking, filling and saving run here, so the page stays responsive on a
 * large form while the pane shows progress.
 */
import { fetchBlankForm } from "../../ui/host/blankForm";
import { localEngine } from "./engine";
import { serveEngine, type Port } from "./remote";

serveEngine(self as unknown as Port, localEngine, fetchBlankForm);
