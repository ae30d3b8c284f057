/**
 * The headless Chromium that the end-to-end tests and the screenshots drive through playwright-core.
 *
 * CHROMIUM_PATH names a browser of your own. Otherwise the browser comes from npm: the
 * @sparticuz/chromium package ships a headless Chromium inside its tarball, together with the
 * shared libraries it links (NSS, NSPR, expat) and a font. It is unpacked once into
 * node_modules/.cache/ and run with those libraries first on LD_LIBRARY_PATH, so no system
 * package is needed and nothing is downloaded.
 */
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { extract } from "tar-fs";

const ROOT = resolve(__dirname, "..");

interface ChromiumInstall {
  executablePath: string;
  /** Environment the browser needs on top of this process's own. */
  env: Record<string, string>;
}

/** Root and CI have no user namespace for the sandbox; the pages are our own loopback server. */
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function packageBin(): { bin: string; version: string } {
  // The package's exports name only its entry point (build/cjs/index.cjs); its archives sit in bin/ two levels up.
  const entry = require.resolve("@sparticuz/chromium");
  const pkgDir = resolve(dirname(entry), "..", "..");
  const { version } = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { version: string };
  return { bin: join(pkgDir, "bin"), version };
}

function installAt(dir: string): ChromiumInstall {
  const lib = join(dir, "lib");
  const inherited = process.env.LD_LIBRARY_PATH;
  return {
    executablePath: join(dir, "chromium"),
    env: {
      LD_LIBRARY_PATH: inherited ? `${lib}:${inherited}` : lib,
      FONTCONFIG_PATH: join(dir, "fonts"),
    },
  };
}

async function unpack(archive: string, into: string): Promise<void> {
  await pipeline(createReadStream(archive), createBrotliDecompress(), extract(into));
}

/** Fontconfig: the system's configuration when there is one, plus the font the package ships. */
function fontsConf(fontsDir: string): string {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${join(fontsDir, "fonts")}</dir>
  <cachedir>${join(fontsDir, "cache")}</cachedir>
</fontconfig>
`;
}

/**
 * Unpacks the npm-shipped Chromium once per version (about 190 MB, a few seconds) and returns
 * how to run it. Safe when two test runs start at once: each unpacks into a folder of its own
 * and the first to finish renames it into place.
 */
export async function npmChromium(): Promise<ChromiumInstall> {
  const { bin, version } = packageBin();
  const cache = join(ROOT, "node_modules", ".cache");
  const dir = join(cache, `sparticuz-chromium-${version}`);
  if (existsSync(join(dir, "chromium"))) return installAt(dir);

  mkdirSync(cache, { recursive: true });
  const part = mkdtempSync(`${dir}.part-`);
  try {
    await pipeline(createReadStream(join(bin, "chromium.br")), createBrotliDecompress(), createWriteStream(join(part, "chromium"), { mode: 0o755 }));
    // al2023.tar.br holds lib/: the NSS, NSPR and expat libraries the binary links.
    await unpack(join(bin, "al2023.tar.br"), part);
    await unpack(join(bin, "fonts.tar.br"), join(part, "fonts"));
    writeFileSync(join(part, "fonts", "fonts.conf"), fontsConf(join(part, "fonts")));
    renameSync(part, dir);
  } catch (error) {
    rmSync(part, { recursive: true, force: true });
    // Another run renamed its copy into place first.
    if (existsSync(join(dir, "chromium"))) return installAt(dir);
    throw error;
  }
  return installAt(dir);
}

export async function launchChromium(): Promise<Browser> {
  const own = process.env.CHROMIUM_PATH;
  if (own) {
    if (!existsSync(own)) throw new Error(`CHROMIUM_PATH 指向的浏览器不存在：${own}`);
    return chromium.launch({ executablePath: own, args: ARGS });
  }
  if (process.platform === "linux" && process.arch === "x64") {
    const { executablePath, env } = await npmChromium();
    return chromium.launch({ executablePath, args: ARGS, env: { ...process.env, ...env } as Record<string, string> });
  }
  // The npm package ships a Linux x64 build only; Windows and macOS developers have Edge or Chrome.
  for (const channel of ["msedge", "chrome"]) {
    try {
      return await chromium.launch({ channel, args: ARGS });
    } catch {
      // try the next one
    }
  }
  throw new Error("找不到可用的浏览器：npm 自带的 Chromium 只支持 Linux x64，本机也没有 Edge 或 Chrome。请设置 CHROMIUM_PATH。");
}
