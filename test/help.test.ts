// The manifest's SupportUrl and LearnMoreUrl must open a page the build really makes: the help page is
// built with the very plugins webpack.config.js uses (only the task pane's bundle is left out, to keep this fast).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "..");
const DEV_URL = "https://localhost:3000/";

/** webpack.config.js for production, with the pane's entry swapped for an empty module and its HTML pages dropped. */
async function helpOnlyConfig(out: string): Promise<webpack.Configuration> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the project's own CommonJS config
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<webpack.Configuration>;
  const config = await makeConfig({}, { mode: "production" });
  const empty = path.join(out, "empty.js");
  fs.writeFileSync(empty, "");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the classes the config's plugins are made of
  const CopyPlugin = require("copy-webpack-plugin") as new (...a: never[]) => object;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const HtmlPlugin = require("html-webpack-plugin") as new (...a: never[]) => object;
  const keep = (config.plugins ?? []).filter(
    (p) => p instanceof CopyPlugin || (p instanceof HtmlPlugin && (p as { userOptions?: { filename?: string } }).userOptions?.filename === "help.html"),
  );
  expect(keep).toHaveLength(2);
  return { ...config, mode: "production", context: ROOT, entry: { empty }, output: { path: path.join(out, "dist") }, devtool: false, plugins: keep };
}

function build(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => (err ? reject(err) : stats!.hasErrors() ? reject(new Error(stats!.toString("errors-only"))) : resolve(stats!))),
  );
}

describe("help page", () => {
  let out: string;
  let dist: string;

  beforeAll(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "silkform-help-"));
    const config = await helpOnlyConfig(out);
    dist = config.output!.path!;
    await build(config);
  }, 120_000);

  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  test("the built manifest's SupportUrl and LearnMoreUrl name the built help page", () => {
    const manifest = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
    const support = /<SupportUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1];
    const learnResid = /<LearnMoreUrl resid="([^"]+)"/.exec(manifest)?.[1];
    const learn = learnResid ? new RegExp(`<bt:Url id="${learnResid.replace(/\./g, "\\.")}" DefaultValue="([^"]+)"`).exec(manifest)?.[1] : undefined;
    for (const url of [support, learn]) {
      expect(url).toMatch(new RegExp(`^${DEV_URL}`));
      const file = path.join(dist, url!.slice(DEV_URL.length));
      expect(fs.existsSync(file)).toBe(true);
      expect(path.basename(file)).toBe("help.html");
    }
  });

  test("it says, in Chinese, what the add-in does, privacy, requirement sets and how to report a problem, and loads nothing", () => {
    const html = fs.readFileSync(path.join(dist, "help.html"), "utf8");
    expect(html).toMatch(/<html lang="?zh-CN/);
    for (const heading of ["它做什么", "隐私", "需要的 Word 版本", "如何反馈问题"]) expect(html).toContain(heading);
    expect(html).toContain("WordApi 1.3");
    expect(html).toContain("WordApi 1.4");
    expect(html).toContain("从不发送到任何网络地址");
    // No script, stylesheet or image from anywhere: the page works offline and sends nothing.
    expect(html).not.toMatch(/<script|<link|<img|src=/i);
  });
});
