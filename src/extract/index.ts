export { extractFormData, isPlaceholder } from "./extract";
export type { ExtractNote } from "./extract";
