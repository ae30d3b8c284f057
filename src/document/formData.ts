/**
 * The form data a document carries is one custom XML part in this
 * namespace (a document-level fact both adapters need to find the part;
 * what is inside is the form layer's business: src/form/storage.ts).
 */
export const FORM_DATA_NS = "urn:silkform:formdata:1";
