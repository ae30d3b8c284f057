import { SilkformError } from "../../errors";

/**
 * How big a package may be before it is refused unopened. A real copy of the
 * form is under 3 MB even at fifty times its length; these bounds leave room
 * for long documents with pictures and still stop a decompression bomb
 * before anything is inflated.
 */
export const ZIP_LIMITS = {
  entries: 5000,
  /** One XML part (document.xml, comments, relationships…) once inflated. */
  xmlPartBytes: 48 * 1024 * 1024,
  /** Every entry together once inflated. */
  totalBytes: 512 * 1024 * 1024,
} as const;

const MB = 1024 * 1024;
const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;

export interface ZipEntrySize {
  name: string;
  uncompressed: number;
}

/**
 * The entries the zip's own central directory declares, read without
 * inflating anything; null when there is no central directory to read
 * (then the zip library reports the file as not a zip).
 */
export function declaredEntries(bytes: Uint8Array): ZipEntrySize[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && u32(eocd - 20) === ZIP64_LOCATOR) {
    const z = u64(eocd - 12);
    if (z + 56 > bytes.length || u32(z) !== ZIP64_EOCD) return null;
    count = u64(z + 32);
    offset = u64(z + 48);
  }
  // Counting stops past the limit: a million-entry directory is refused without being walked.
  const out: ZipEntrySize[] = [];
  let at = offset;
  for (let n = 0; n < count && n <= ZIP_LIMITS.entries; n++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) return out.length ? out : null;
    const nameLen = u16(at + 28);
    const extraLen = u16(at + 30);
    const commentLen = u16(at + 32);
    let uncompressed = u32(at + 24);
    if (uncompressed === 0xffffffff) {
      // The ZIP64 extra field holds the real size first.
      for (let e = at + 46 + nameLen; e + 4 <= at + 46 + nameLen + extraLen; e += 4 + u16(e + 2)) {
        if (u16(e) === 0x0001 && e + 12 <= bytes.length) uncompressed = u64(e + 4);
      }
    }
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLen));
    out.push({ name, uncompressed });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

/** Refuse a package whose declared sizes are beyond any real document's, before inflating it. */
export function checkZipLimits(bytes: Uint8Array): void {
  const entries = declaredEntries(bytes);
  if (!entries) return;
  const refuse = (why: string) =>
    new SilkformError("tooLarge", `无法打开：${why}，远超任何正常的 Word 文档，可能是恶意构造的“压缩炸弹”，已拒绝读取。`);
  if (entries.length > ZIP_LIMITS.entries) throw refuse(`压缩包中的条目超过 ${ZIP_LIMITS.entries} 个`);
  let total = 0;
  for (const e of entries) {
    if (isXmlPart(e.name) && e.uncompressed > ZIP_LIMITS.xmlPartBytes) {
      throw refuse(`其中的 ${e.name} 解压后有 ${Math.round(e.uncompressed / MB)} MB`);
    }
    total += e.uncompressed;
  }
  if (total > ZIP_LIMITS.totalBytes) throw refuse(`解压后总共 ${Math.round(total / MB)} MB`);
}

/** The refusal when an entry inflates past what it may (a zip that understates its sizes). */
export function inflatedTooFar(name: string): SilkformError {
  return new SilkformError("tooLarge", `无法打开：其中的 ${name} 解压后超过 ${ZIP_LIMITS.xmlPartBytes / MB} MB，远超任何正常的 Word 文档，已停止读取。`);
}
