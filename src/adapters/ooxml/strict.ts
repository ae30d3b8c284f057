/**
 * Strict Open XML (ISO/IEC 29500 Strict, Word's "Strict Open XML 文档" save)
 * differs from the usual Transitional flavour first of all by its namespace
 * URIs: every markup namespace and relationship type moves from
 * schemas.openxmlformats.org/…/2006/… to purl.oclc.org/ooxml/…. The package
 * layer (content types, package relationships, core properties) is the same.
 *
 * The adapter reads a Strict part as Transitional (URIs mapped on read) and
 * writes every part it changes back in Strict (mapped again on write), so a
 * Strict file stays Strict and its untouched parts stay byte-exact.
 */

const T = "http://schemas.openxmlformats.org";
const S = "http://purl.oclc.org/ooxml";

/**
 * Strict ↔ Transitional namespace pairs (ECMA-376 Part 1, 5th ed., Annex A:
 * the Strict schemas' target namespaces). Relationship types are matched as a
 * prefix of the relationships namespace (…/relationships/comments); the few
 * Strict types whose tails differ from Transitional (extendedProperties) map
 * to a tail Transitional never uses and back, which is all a round trip needs.
 */
const PAIRS: readonly (readonly [strict: string, transitional: string])[] = [
  [`${S}/wordprocessingml/main`, `${T}/wordprocessingml/2006/main`],
  [`${S}/officeDocument/relationships`, `${T}/officeDocument/2006/relationships`],
  [`${S}/officeDocument/math`, `${T}/officeDocument/2006/math`],
  [`${S}/officeDocument/customXml`, `${T}/officeDocument/2006/customXml`],
  [`${S}/officeDocument/sharedTypes`, `${T}/officeDocument/2006/sharedTypes`],
  [`${S}/officeDocument/bibliography`, `${T}/officeDocument/2006/bibliography`],
  [`${S}/officeDocument/docPropsVTypes`, `${T}/officeDocument/2006/docPropsVTypes`],
  [`${S}/officeDocument/extendedProperties`, `${T}/officeDocument/2006/extended-properties`],
  [`${S}/officeDocument/customProperties`, `${T}/officeDocument/2006/custom-properties`],
  [`${S}/drawingml/main`, `${T}/drawingml/2006/main`],
  [`${S}/drawingml/wordprocessingDrawing`, `${T}/drawingml/2006/wordprocessingDrawing`],
  [`${S}/drawingml/picture`, `${T}/drawingml/2006/picture`],
  [`${S}/drawingml/chart`, `${T}/drawingml/2006/chart`],
  [`${S}/drawingml/chartDrawing`, `${T}/drawingml/2006/chartDrawing`],
  [`${S}/drawingml/diagram`, `${T}/drawingml/2006/diagram`],
  [`${S}/drawingml/lockedCanvas`, `${T}/drawingml/2006/lockedCanvas`],
  [`${S}/schemaLibrary/main`, `${T}/schemaLibrary/2006/main`],
];

export const STRICT_W_NS = PAIRS[0][0];
export const STRICT_OFFICE_DOCUMENT_REL = `${PAIRS[1][0]}/officeDocument`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * Only attribute values that start with a namespace URI are rewritten
 * (xmlns declarations and relationship Type values), never text a user typed.
 * The URI must end there or continue with "/" (a relationship type's tail).
 */
function mapper(from: readonly string[], to: readonly string[]): (xml: string) => string {
  const lookup = new Map(from.map((f, i) => [f, to[i]]));
  const re = new RegExp(`(=\\s*["'])(${from.map(escape).join("|")})(?=["'/])`, "g");
  return (xml) => xml.replace(re, (_m, lead: string, uri: string) => lead + lookup.get(uri)!);
}

export const strictToTransitional = mapper(
  PAIRS.map((p) => p[0]),
  PAIRS.map((p) => p[1]),
);
export const transitionalToStrict = mapper(
  PAIRS.map((p) => p[1]),
  PAIRS.map((p) => p[0]),
);
