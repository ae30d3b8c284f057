/**
 * What the Word adapter needs only to write — fill (edits, added rows), marks, critiques — in a
 * chunk of its own: the task pane fetches it at the first write, not before its first read
 * (docs/performance.md). esbuild and jest inline it.
 */
export { planEdit } from "./editPlan";
export { planStructure } from "./rowPlan";
export { isOurComment, loadOurComments, planMarks, planRestore, UserColours } from "./markPlan";
export { critiquesSupported, redrawCritiques, removeCritiques } from "./critiques";
