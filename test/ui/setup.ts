/**
 * Imported first by every UI test (jest.config.js stays as it is).
 *
 * - jest-dom matchers.
 * - Fluent popups are not positioned: floating-ui measures every ancestor with
 *   getComputedStyle, which in jsdom costs about a second per keystroke in a
 *   combobox of this long form. Where a popup sits is not what these tests check.
 */
import "@testing-library/jest-dom";

jest.mock("@fluentui/react-positioning", () => {
  const actual = jest.requireActual("@fluentui/react-positioning");
  return {
    ...actual,
    usePositioning: (options: Record<string, unknown>) => actual.usePositioning({ ...options, enabled: false }),
  };
});

// getByRole's visibility check calls getComputedStyle up the tree for every candidate, which
// dominates queries over this long form. Collapsed sections are unmounted, not hidden, so
// nothing hidden is left to exclude.
import { configure } from "@testing-library/react";
configure({ defaultHidden: true });
