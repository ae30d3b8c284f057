/**
 * The in-memory Word host used by the Word tests. It lives under
 * src/adapters/word/fake/ so the sync benchmark (src/adapters/word/syncBench.ts)
 * can use it too; see that file for what it enforces.
 */
export { FakeWordHost, FakeWordError, wordParagraphText } from "../../src/adapters/word/fake/fakeWord";
export type { FakeWordOptions } from "../../src/adapters/word/fake/fakeWord";
