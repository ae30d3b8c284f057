/**
 * Text → GBK bytes, as Notepad on Chinese Windows saves "ANSI". Node decodes
 * GBK but does not encode it, so the table is built by decoding every
 * two-byte GBK code once.
 */
let table: Map<string, [number, number]> | null = null;

export function encodeGbk(text: string): Uint8Array {
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder("gbk");
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== "\uFFFD" && !table.has(ch)) table.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`not in GBK: ${ch}`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}
