/** The colours marks are made in, and how our own are told from the user's. */

/** Highlight and shading colours by severity: Word's yellow / bright green, and the pale fills of the same hues. */
export const COLOURS = {
  error: { highlight: "yellow", fill: "FFF2CC" },
  warning: { highlight: "green", fill: "E2EFDA" },
} as const;
export const OUR_HIGHLIGHTS = new Set<string>([COLOURS.error.highlight, COLOURS.warning.highlight]);
export const OUR_FILLS = new Set<string>([COLOURS.error.fill, COLOURS.warning.fill]);
