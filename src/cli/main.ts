import { useZipCodec } from "../adapters/ooxml/zipCodec";
import { EXIT_CODES, isSilkformError } from "../errors";
import { fileError } from "./io";
import { nodeZipCodec } from "./nodeZip";

const USAGE = `用法：
  silkform locate 文件.docx [--json]        列出每一项在文档中的位置和现有内容
  silkform extract 文件.docx [-o 数据.json]  从文档读取已填内容
  silkform extract 文件夹 --csv 汇总.csv     每份申报书一行的汇总表（Excel 可直接打开）
  silkform fill 模板.docx 数据.json -o 输出.docx [--overwrite] [--json]
  silkform check 文件.docx|文件夹 [--json] [--final] [--annotate 输出.docx] [--csv 汇总.csv]
  加 --json 时，无法完成的命令也在标准输出给出 {"file", "error": {"id", "message"}}。`;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: Io = {
  out: (s) => process.stdout.write(s.endsWith("\n") ? s : `${s}\n`),
  err: (s) => process.stderr.write(s.endsWith("\n") ? s : `${s}\n`),
};

type Command = (args: string[], io: Io) => Promise<number>;

// Each command is loaded when it runs: in the one-file build a module's top-level work (the check
// rules, the GB/T 13745 table they read) then happens only for the command that needs it.
const COMMANDS: Record<string, () => Promise<Command>> = {
  locate: async () => (await import("./locate")).runLocate,
  extract: async () => (await import("./extract")).runExtract,
  fill: async () => (await import("./fill")).runFill,
  check: async () => (await import("./check")).runCheck,
};

/** Exit codes: 0 all well, 1 the document has problems (missing fields, errors found), 2 bad input. */
export async function main(argv: string[], io: Io = stdio): Promise<number> {
  useZipCodec(nodeZipCodec());
  const [cmd, ...args] = argv;
  if (!cmd || cmd === "-h" || cmd === "--help" || cmd === "help") {
    io.out(USAGE);
    return cmd ? 0 : 2;
  }
  const load = Object.prototype.hasOwnProperty.call(COMMANDS, cmd) ? COMMANDS[cmd] : undefined;
  if (!load) {
    io.err(`未知命令“${cmd}”。\n${USAGE}`);
    return 2;
  }
  try {
    return await (await load())(args, io);
  } catch (e) {
    const error = fileError(e);
    io.err(isSilkformError(e) ? `错误：${e.message}` : error.message);
    // Data problems are the user's to fix, so each is listed; zip/XML internals are not shown.
    const listed = isSilkformError(e) && e.id === "invalidData" ? e.details : [];
    for (const d of listed) io.err(`  · ${d}`);
    if (args.includes("--json")) {
      // Scripts get the refusal on stdout as data, so they need not parse stderr.
      const file = (isSilkformError(e) ? e.file : undefined) ?? mainFile(args) ?? null;
      io.out(JSON.stringify({ file, error: listed.length ? { ...error, details: listed } : error }, null, 2));
    }
    return isSilkformError(e) ? EXIT_CODES[e.id] : 2;
  }
}

const VALUED = new Set(["-o", "--output", "--csv", "--annotate"]);

/** The file a command is about: its first argument that is neither a flag nor an option's value. */
function mainFile(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (VALUED.has(args[i])) i++;
    else if (!args[i].startsWith("-")) return args[i];
  }
  return undefined;
}
