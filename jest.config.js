/**
 * Two projects in one run:
 *   unit  every test but the end-to-end ones;
 *   e2e   test/e2e: the playground in a real browser. Its globalSetup starts the production
 *         build of the task pane once, in the background, while the unit tests run; the
 *         end-to-end test waits for it, and `npm start` then finds dist/ up to date.
 * TypeScript is transpiled by SWC (type errors are `npm run typecheck`'s job).
 */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      target: "es2020",
      // As tsc compiles for tsconfig's ES2020 target: class fields are assignments.
      transform: { react: { runtime: "automatic" }, useDefineForClassFields: false },
    },
    module: { type: "commonjs" },
    sourceMaps: "inline",
  },
];

const shared = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": swc },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};

/** @type {import('jest').Config} */
module.exports = {
  // Jest's default leaves a core to its own idle main process: on two cores that is one worker.
  maxWorkers: "100%",
  // Generous because the cores are shared (several test runs at once take a test's seconds to
  // a minute); a test that hangs still fails.
  testTimeout: 120_000,
  projects: [
    {
      ...shared,
      displayName: "unit",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
    },
    {
      ...shared,
      displayName: "e2e",
      roots: ["<rootDir>/test/e2e"],
      testMatch: ["**/*.test.ts"],
      globalSetup: "<rootDir>/test/e2e/globalSetup.ts",
      globalTeardown: "<rootDir>/test/e2e/globalTeardown.ts",
    },
  ],
};
