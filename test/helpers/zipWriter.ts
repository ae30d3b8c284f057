import { constants, crc32, deflateRawSync } from "zlib";

/**
 * A minimal zip writer for packages no zip library would write: entries
 * whose data is given already deflated (a decompression bomb built from
 * chunks), sizes that lie, or tens of thousands of entries.
 */
export interface RawEntry {
  name: string;
  /** Deflated data (method 8). */
  data: Uint8Array;
  crc: number;
  /** Inflated size as declared in the headers (the truth, unless a test wants a liar). */
  size: number;
}

export function deflatedEntry(name: string, content: Uint8Array | string): RawEntry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
  return { name, data: deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length };
}

/**
 * `head`, then `unit` repeated to about `megabytes` MB, then `tail`, deflated
 * the way a bomb's author does it, without ever holding the inflated text: a
 * megabyte of units is deflated once as non-final blocks (a sync flush, so it
 * refers to nothing before it) and that block is repeated.
 */
export function repeatedEntry(name: string, head: string, unit: string, megabytes: number, tail: string): RawEntry {
  const chunk = Buffer.from(unit.repeat(Math.floor((1 << 20) / Buffer.byteLength(unit))), "utf8");
  const flush = (b: Buffer) => deflateRawSync(b, { finishFlush: constants.Z_SYNC_FLUSH });
  const block = flush(chunk);
  const headBytes = Buffer.from(head, "utf8");
  const tailBytes = Buffer.from(tail, "utf8");
  let crc = crc32(headBytes);
  for (let i = 0; i < megabytes; i++) crc = crc32(chunk, crc);
  crc = crc32(tailBytes, crc);
  const data = Buffer.concat([flush(headBytes), ...Array.from({ length: megabytes }, () => block), deflateRawSync(tailBytes)]);
  return { name, data, crc, size: headBytes.length + chunk.length * megabytes + tailBytes.length };
}

export function writeZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = Math.min(entries.length, 0xffff);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}
