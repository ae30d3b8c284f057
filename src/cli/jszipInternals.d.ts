// jszip 3.10's own modules that nodeZip.ts uses: how jszip keeps an entry that is already compressed.
declare module "jszip/lib/compressedObject" {
  class CompressedObject {
    constructor(compressedSize: number, uncompressedSize: number, crc32: number, compression: unknown, data: Uint8Array);
    compressedSize: number;
    uncompressedSize: number;
    compression: { magic: string };
    compressedContent: unknown;
  }
  export = CompressedObject;
}

declare module "jszip/lib/compressions" {
  export const DEFLATE: { magic: string };
}
