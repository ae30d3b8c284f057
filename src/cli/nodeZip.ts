/**
 * Node's zlib for the large parts of a .docx (see ZipCodec). jszip 3.10 has no hook for another
 * deflate, but it copies an entry it holds as a CompressedObject (what it keeps for every entry
 * read from a file) into the zip as it is: a part compressed here is handed to zip.file in that
 * form, and an entry read from a file is inflated here from the bytes jszip keeps for it. The jszip version
 * is pinned; test/cli covers reading and writing through it.
 */
import type JSZip from "jszip";
import CompressedObject from "jszip/lib/compressedObject";
import { DEFLATE } from "jszip/lib/compressions";
import * as zlib from "zlib";
import type { ZipCodec } from "../adapters/ooxml/zipCodec";

interface Entry {
  _data: unknown;
}

/** null on a Node without zlib.crc32 (before 20.15): jszip then does it all, as before. */
export function nodeZipCodec(): ZipCodec | null {
  if (typeof zlib.crc32 !== "function") return null;
  return {
    read(file: JSZip.JSZipObject, limit: number) {
      const data = (file as unknown as Entry)._data;
      if (!(data instanceof CompressedObject) || data.compression.magic !== DEFLATE.magic || !(data.compressedContent instanceof Uint8Array)) return null;
      try {
        return zlib.inflateRawSync(data.compressedContent, { maxOutputLength: limit });
      } catch (e) {
        if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return "tooLarge";
        throw e;
      }
    },
    write(zip: JSZip, name: string, bytes: Uint8Array) {
      const compressed = zlib.deflateRawSync(bytes, { level: 6 });
      const entry = new CompressedObject(compressed.length, bytes.length, zlib.crc32(bytes), DEFLATE, compressed);
      // zip.file takes a CompressedObject as the content, as its own loader does.
      zip.file(name, entry as unknown as Uint8Array, { binary: true, createFolders: false });
      return true;
    },
  };
}
