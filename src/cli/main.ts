import { isSilkformError } from "../errors";
import { runCheck } from "./check";
import { runExtract } from "./extract";
import { runFill } from "./fill";
import { runLocate } from "./locate";

const USAGE = `用法：
  silkform locate 文件.docx [--json]        列出每一项在文档中的位置和现有内容
  silkform extract 文件.docx [-o 数据.json]  从文档读取已填内容
  silkform extract 文件夹 --csv 汇总.csv     每份申报书一行的汇总表（Excel 可直接打开）
  silkform fill 模板.docx 数据.json -o 输出.docx [--overwrite]
  silkform check 文件.docx|文件夹 [--json] [--final] [--annotate 输出.docx] [--csv 汇总.csv]`;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: Io = {
  out: (s) => process.stdout.write(s.endsWith("\n") ? s : `${s}\n`),
  err: (s) => process.stderr.write(s.endsWith("\n") ? s : `${s}\n`),
};

type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  locate: runLocate,
  extract: runExtract,
  fill: runFill,
  check: runCheck,
};

/** Exit codes: 0 all well, 1 the document has problems (missing fields, errors found), 2 bad input. */
export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const [cmd, ...args] = argv;
  if (!cmd || cmd === "-h" || cmd === "--help" || cmd === "help") {
    io.out(USAGE);
    return cmd ? 0 : 2;
  }
  const run = COMMANDS[cmd];
  if (!run) {
    io.err(`未知命令“${cmd}”。\n${USAGE}`);
    return 2;
  }
  try {
    return await run(args, io);
  } catch (e) {
    if (isSilkformError(e)) {
      io.err(`错误：${e.message}`);
      // Data problems are the user's to fix, so each is listed; zip/XML internals are not shown.
      if (e.id === "invalidData") for (const d of e.details) io.err(`  · ${d}`);
      return 2;
    }
    io.err(`内部错误：${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}
