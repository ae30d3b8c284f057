#!/usr/bin/env node
// Serves the playground: builds dist/ when it is missing or older than the sources (paneBuild.js), then
// serves it on loopback only. Nothing is fetched from or sent to anywhere else.
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");
const { spawnSync } = require("child_process");

const { root, dist, needsBuild, recordBuild, BUILD_ARGS } = require("./paneBuild");
const port = Number(process.env.PORT || 3000);
const host = "127.0.0.1";

// Two servers started at once (two end-to-end test files) must not both write dist/: the
// second waits for the first one's build and then serves it.
const lock = path.join(root, "node_modules", ".cache", "silkform-playground-build.lock");
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function takeLock() {
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock);
      return;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
      // A build that died leaves its lock behind: no build takes ten minutes.
      if (Date.now() - fs.statSync(lock).mtimeMs > 10 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      else sleep(500);
    }
  }
}

if (needsBuild()) {
  takeLock();
  try {
    if (needsBuild()) {
      console.log("正在构建任务窗格（首次启动约需一分钟）…");
      const started = Date.now();
      const r = spawnSync(process.execPath, BUILD_ARGS, {
        cwd: root,
        stdio: ["ignore", "ignore", "inherit"],
      });
      if (r.status !== 0) {
        console.error("构建失败，请查看上面的错误信息。");
        fs.rmSync(lock, { recursive: true, force: true });
        process.exit(1);
      }
      recordBuild(started);
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".json": "application/json",
  ".xml": "application/xml",
  ".map": "application/json",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

const server = http.createServer((req, res) => {
  const url = new URL(req.url || "/", `http://${host}`);
  let rel = decodeURIComponent(url.pathname);
  if (rel === "/") rel = "/playground.html";
  const file = path.normalize(path.join(dist, rel));
  if (!file.startsWith(dist + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("未找到");
    return;
  }
  res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream", "Cache-Control": "no-store" });
  fs.createReadStream(file).pipe(res);
});

server.on("error", (e) => {
  console.error(e.code === "EADDRINUSE" ? `端口 ${port} 已被占用。可用 PORT=3001 npm start 换一个端口。` : `无法启动：${e.message}`);
  process.exit(1);
});

server.listen(port, host, () => {
  console.log(`丝路申报助手 playground 已启动：http://localhost:${port}/`);
  console.log("在浏览器中打开上面的网址；按 Ctrl+C 停止。所有处理都在本机浏览器中完成。");
});
