import type JSZip from "jszip";

/**
 * A faster way through the zip for the large parts, where the platform has one. jszip inflates and
 * deflates in JavaScript; on a 4.6 MB document.xml that cost more than reading its XML. Node (the CLI,
 * the bench) has zlib: src/cli/nodeZip.ts hands it in. The task pane has none and uses jszip for all.
 */
export interface ZipCodec {
  /** The entry's bytes; "tooLarge" past `limit` bytes; null when this codec cannot read the entry (jszip then does). */
  read(file: JSZip.JSZipObject, limit: number): Uint8Array | "tooLarge" | null;
  /** Store `bytes` as entry `name`, compressed; false leaves it to jszip. */
  write(zip: JSZip, name: string, bytes: Uint8Array): boolean;
}

let current: ZipCodec | null = null;

export function useZipCodec(codec: ZipCodec | null): void {
  current = codec;
}

export function zipCodec(): ZipCodec | null {
  return current;
}
