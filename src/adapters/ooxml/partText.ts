/**
 * The text of a stored XML part, decoded as Word decodes it: a UTF-8 byte-order
 * mark is skipped, and UTF-16 (with a BOM, or recognised from "<?" itself, as
 * XML 1.0 Appendix F describes) is decoded too. Whatever was stored, the text
 * handed on is plain Unicode whose declaration says UTF-8, because every part
 * this adapter writes is written as UTF-8.
 */
export function decodePart(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  let encoding: "utf-8" | "utf-16le" | "utf-16be" = "utf-8";
  if (b0 === 0xff && b1 === 0xfe) encoding = "utf-16le";
  else if (b0 === 0xfe && b1 === 0xff) encoding = "utf-16be";
  else if (b0 === 0x3c && b1 === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) encoding = "utf-16le";
  else if (b0 === 0x00 && b1 === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) encoding = "utf-16be";
  // TextDecoder drops the BOM of the encoding it decodes.
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === "utf-8" ? text : declareUtf8(text);
}

function declareUtf8(text: string): string {
  return text.replace(/^(<\?xml\b[^?]*?\bencoding\s*=\s*)(["'])[^"']*\2/, "$1$2UTF-8$2");
}
