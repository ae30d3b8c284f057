/** Fills a tagged copy of the form with docxtemplater (see docxtemplater-fill.js). */
export function fillTagged(tagged: Uint8Array, data: unknown): Uint8Array;
