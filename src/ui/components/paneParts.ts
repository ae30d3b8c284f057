/**
 * The pane's lazy parts (lazyPart.tsx), all in one chunk: what the first paint does not show.
 * The Fluent Menu, Dialog, Combobox and ProgressBar, and the positioning they share, come with them.
 */
import { lazyPart } from "./lazyPart";

export const FindingsPanel = lazyPart(() => import(/* webpackChunkName: "pane-parts" */ "./FindingsPanel").then((m) => m.FindingsPanel));
export const ConflictDialog = lazyPart(() => import(/* webpackChunkName: "pane-parts" */ "./ConflictDialog").then((m) => m.ConflictDialog));
export const ExportTextDialog = lazyPart(() => import(/* webpackChunkName: "pane-parts" */ "./ExportTextDialog").then((m) => m.ExportTextDialog));
export const BlankConfirmDialog = lazyPart(() => import(/* webpackChunkName: "pane-parts" */ "./BlankConfirmDialog").then((m) => m.BlankConfirmDialog));
export const TrackChangesDialog = lazyPart(() => import(/* webpackChunkName: "pane-parts" */ "./TrackChangesDialog").then((m) => m.TrackChangesDialog));
export const ProgressLine = lazyPart(() => import(/* webpackChunkName: "pane-parts" */ "./ProgressLine").then((m) => m.ProgressLine));
export const CountryPicker = lazyPart(() => import(/* webpackChunkName: "pane-parts" */ "./inputs/CountryPicker").then((m) => m.CountryPicker));
export const LevelPicker = lazyPart(() => import(/* webpackChunkName: "pane-parts" */ "./inputs/LevelPicker").then((m) => m.LevelPicker));
