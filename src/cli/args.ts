import { SilkformError } from "../errors";

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** A tiny parser: `--flag`, `--opt value` / `-o value`, the rest positional. */
export function parseArgs(args: string[], valued: string[]): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (valued.includes(a)) {
      const v = args[++i];
      if (v === undefined) throw new SilkformError("invalidData", `参数 ${a} 后面缺少值。`);
      out.options.set(a, v);
    } else if (a.startsWith("-")) out.flags.add(a);
    else out.positional.push(a);
  }
  return out;
}
