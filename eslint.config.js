// ESLint 9 flat config.   npm run lint  (= eslint src test)
"use strict";

const js = require("@eslint/js");
const globals = require("globals");
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");

// The Office.js rules that eslint-plugin-office-addins turns on in its `recommended` config
// (load/sync ordering, no context.sync() in loops, isNullObject checks, …), with its severities.
// Its config objects are not spread in whole: they register their own copy of
// @typescript-eslint (clashes with ours) and prettier/prettier (formatting is not a lint error here).
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/")),
);

const HOST_BOUNDARY_MESSAGE =
  "Word/Office API 调用只能放在 src/adapters/word 或 src/ui/host 中 — " +
  "Word API calls belong in src/adapters/word (host wiring in src/ui/host); use the document port elsewhere.";

// Layers (README: host → controller → core → port ← adapters). Each list names what a layer may NOT import.
const any = (dir) => [`**/${dir}`, `**/${dir}/**`];
const HOSTS = [...any("ui"), ...any("cli"), ...any("playground")];
const ADAPTERS = any("adapters");
const CORE_ABOVE_PORT = ["form", "locate", "extract", "fill", "check", "data"].flatMap(any);
const layer = (message, group) => ({ "no-restricted-imports": ["error", { patterns: [{ group, message }] }] });

module.exports = tseslint.config(
  { ignores: ["dist/**", "dist-tsc/**", "coverage/**", "node_modules/**", "test/fixtures/**"] },

  js.configs.recommended,
  ...tseslint.configs.recommended,

  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeAddinsRules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Full-width spaces (U+3000, "姓　名") are form text in this project, not stray formatting:
      // allow them in comments, strings, templates, regexps and JSX text; still an error in code.
      "no-irregular-whitespace": [
        "error",
        { skipComments: true, skipStrings: true, skipTemplates: true, skipRegExps: true, skipJSXText: true },
      ],
    },
  },

  // Uses U+0000 as a deliberate placeholder inside regexps (isCodeParen). Narrow exemption until
  // the file carries its own eslint-disable comment.
  { files: ["src/data/disciplines.ts"], rules: { "no-control-regex": "off" } },

  // Office.js stays behind the adapter boundary.
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}"],
    ignores: ["src/adapters/word/**", "src/ui/host/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Word", message: HOST_BOUNDARY_MESSAGE },
        { name: "Office", message: HOST_BOUNDARY_MESSAGE },
        { name: "OfficeExtension", message: HOST_BOUNDARY_MESSAGE },
      ],
      // Type positions (`r: Word.Range`, `typeof Office.context`) are not global references.
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSQualifiedName[left.type='Identifier'][left.name=/^(Word|Office|OfficeExtension)$/]",
          message: HOST_BOUNDARY_MESSAGE,
        },
      ],
      "no-restricted-properties": [
        "error",
        ...["globalThis", "window", "self"].flatMap((object) =>
          ["Word", "Office", "OfficeExtension"].map((property) => ({
            object,
            property,
            message: HOST_BOUNDARY_MESSAGE,
          })),
        ),
      ],
    },
  },

  // The core never imports a host, an adapter or the controller that drives it.
  {
    files: ["src/{form,locate,extract,fill,check,text,data}/**/*.{ts,tsx}"],
    rules: layer("核心不能依赖适配器、控制器或宿主 — the core must not import adapters, the controller or a host (ui, cli, playground).", [
      ...ADAPTERS,
      ...any("controller"),
      ...HOSTS,
    ]),
  },
  // The port speaks only its own vocabulary.
  {
    files: ["src/document/**/*.{ts,tsx}"],
    rules: layer("端口只用自己的类型 — src/document/ imports nothing above it (core, controller, adapters, hosts).", [
      ...CORE_ABOVE_PORT,
      ...ADAPTERS,
      ...any("controller"),
      ...HOSTS,
    ]),
  },
  // Adapters implement the port and know nothing of the form.
  {
    files: ["src/adapters/**/*.{ts,tsx}"],
    rules: layer("适配器只依赖端口 — adapters implement src/document/ and import no core, controller or host module.", [
      ...CORE_ABOVE_PORT,
      ...any("controller"),
      ...HOSTS,
    ]),
  },
  // The controller drives the core over whatever adapter a host hands it.
  {
    files: ["src/controller/**/*.{ts,tsx}"],
    rules: layer("控制器不依赖具体适配器或宿主 — the controller gets its adapter from the host.", [...ADAPTERS, ...HOSTS]),
  },

  // The test Word host is an independent oracle: it may take the port's Office.js-shaped types
  // (src/adapters/word/host.ts, erased at run time) but no product code that runs.
  {
    files: ["test/word/fake/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/src", "**/src/**"],
              allowTypeImports: true,
              message: "测试用 Word 宿主不能调用产品代码 — the fake Word host must not run product code (type-only imports of the host interface are fine); use jszip/@xmldom/xmldom.",
            },
          ],
        },
      ],
    },
  },

  { files: ["src/ui/**/*.{ts,tsx}"], languageOptions: { globals: globals.browser } },
  {
    files: ["test/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ["*.js", "scripts/**/*.js", "bin/**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
