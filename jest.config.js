/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // Two cores shared by parallel workers: document-heavy tests can take seconds each.
  testTimeout: 30000,
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Type errors are caught by `npm run typecheck`; transpiling alone keeps the suite fast.
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
