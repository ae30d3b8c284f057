import { SilkformError } from "../errors";

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** What a command accepts: its usage line, its on/off flags and its options that take a value. */
export interface CommandSpec {
  usage: string;
  flags: readonly string[];
  valued: readonly string[];
}

/**
 * `--flag`, `--opt value` / `-o value`, the rest positional. Every command
 * refuses a flag it does not know, the same way, rather than ignoring a typo
 * such as `--fianl`.
 */
export function parseArgs(args: string[], spec: CommandSpec): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (spec.valued.includes(a)) {
      const v = args[++i];
      if (v === undefined) throw new SilkformError("usage", `参数 ${a} 后面缺少值。\n${spec.usage}`);
      out.options.set(a, v);
    } else if (spec.flags.includes(a)) out.flags.add(a);
    else if (a.startsWith("-") && a !== "-") unknown.push(a);
    else out.positional.push(a);
  }
  if (unknown.length > 0) throw new SilkformError("usage", `不认识的参数 ${unknown.join("、")}。\n${spec.usage}`);
  return out;
}
