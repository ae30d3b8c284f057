/**
 * The in-memory Word host used by the Word tests and the sync benchmark
 * (scripts/bench/wordSyncs.ts); see fake/fakeWord.ts for what it enforces.
 */
export { FakeWordHost, FakeWordError, wordParagraphText } from "./fake/fakeWord";
export type { FakeWordOptions } from "./fake/fakeWord";
