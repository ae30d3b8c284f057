/*
 * Builds the Word task pane into dist/.
 *
 *   npm run build        production build (ADDIN_BASE_URL=https://host/path/ rewrites manifest URLs)
 *   npm run build:dev    development build
 *   npm run dev-server   https://localhost:3000 (http if no dev certificate can be made)
 *
 * Environment:
 *   ADDIN_BASE_URL   production origin+path that replaces https://localhost:3000/ in dist/manifest.xml
 *   OFFICE_JS_LOCAL  =1: copy @microsoft/office-js/dist to dist/office-js and load Office.js from
 *                    there instead of the Microsoft CDN (intranet/offline deployments only; the
 *                    CDN is the only supported source and is required for AppSource)
 *   DEV_SERVER_HTTP  =1: dev server skips certificates and serves plain http
 */
"use strict";

const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function productionBaseUrl() {
  const url = process.env.ADDIN_BASE_URL;
  if (!url) return undefined;
  return url.endsWith("/") ? url : `${url}/`;
}

/** https options from office-addin-dev-certs, or plain http when they cannot be made. */
async function devServerProtocol() {
  if (process.env.DEV_SERVER_HTTP === "1") {
    console.log("[dev-server] DEV_SERVER_HTTP=1: serving plain http on port", DEV_PORT);
    return "http";
  }
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, cert, key } = await devCerts.getHttpsServerOptions();
    console.log(`[dev-server] serving https on port ${DEV_PORT} with office-addin-dev-certs certificates`);
    return { type: "https", options: { ca, cert, key } };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.warn(
      `[dev-server] no development certificate (${reason}); serving plain http on port ${DEV_PORT}.\n` +
        "[dev-server] Office only loads https add-ins: run `npx office-addin-dev-certs install` " +
        "(needs admin rights) before sideloading.",
    );
    return "http";
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const officeJsLocal = process.env.OFFICE_JS_LOCAL === "1";
  const baseUrl = production ? productionBaseUrl() : undefined;
  if (production && !baseUrl) {
    console.log("[build] ADDIN_BASE_URL not set: dist/manifest.xml keeps https://localhost:3000/ URLs");
  }

  const copyPatterns = [
    { from: "assets/icon-*.png", to: "assets/[name][ext]" },
    // The playground opens the bundled blank form from its own origin.
    { from: "assets/blank-form.docx", to: "blank-form.docx" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform(content) {
        return baseUrl ? content.toString().split(DEV_URL).join(baseUrl) : content;
      },
    },
  ];
  if (officeJsLocal) {
    copyPatterns.push({
      from: path.dirname(require.resolve("@microsoft/office-js/package.json")) + "/dist",
      to: "office-js",
    });
  }

  return {
    entry: {
      taskpane: "./src/ui/taskpane/index.tsx",
      // The playground's Web Worker: loads its own chunks (the check rules) with importScripts.
      "document-worker": { import: "./src/playground/engine/documentWorker.ts", chunkLoading: "import-scripts" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // The worker keeps a fixed name: the page starts it by that name.
      filename: (data) => (data.chunk && data.chunk.name === "document-worker" ? "[name].js" : "[name].[contenthash:8].js"),
      clean: true,
    },
    devtool: production ? "source-map" : "eval-source-map",
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            // Type errors are `npm run typecheck`'s job. ES modules let webpack tree-shake Fluent UI.
            transpileOnly: true,
            compilerOptions: { module: "es2020", sourceMap: true },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/ui/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJsUrl: officeJsLocal ? "office-js/office.js" : OFFICE_JS_CDN },
      }),
      // The local playground: the same bundle, no Office.js (it makes no request but to its own origin).
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./src/playground/playground.html",
        chunks: ["taskpane"],
      }),
      // The manifest's SupportUrl and LearnMoreUrl: a static Chinese page, no script.
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/help/help.html", inject: false }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    // React + Fluent UI v9 are larger than webpack's 244 KiB default hint.
    performance: { maxAssetSize: 1024 * 1024, maxEntrypointSize: 1024 * 1024 },
    devServer: env.WEBPACK_SERVE
      ? {
          port: DEV_PORT,
          server: await devServerProtocol(),
          headers: { "Access-Control-Allow-Origin": "*" },
          hot: true,
        }
      : undefined,
  };
};
