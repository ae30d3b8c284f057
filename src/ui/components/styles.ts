/**
 * Layout rules shared by the inputs. The pane must work at 320 px: every
 * control takes the full width (Fluent's Combobox asks for 250 px by
 * default), labels sit above their input and wrap anywhere rather than being
 * cut off, and nothing asks for a fixed width.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useFieldStyles = makeStyles({
  field: {
    minWidth: 0,
    marginBottom: tokens.spacingVerticalM,
  },
  label: {
    whiteSpace: "normal",
    wordBreak: "break-word",
    overflowWrap: "anywhere",
  },
  control: {
    width: "100%",
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  // The input inside a Combobox keeps its own min-width unless told otherwise.
  comboInput: {
    minWidth: 0,
    width: "100%",
  },
  listbox: {
    maxHeight: "min(320px, 50vh)",
  },
  // Growing textareas: Fluent caps a textarea at 260 px and gives it 52 px even for one line.
  grow: {
    maxHeight: "none",
    overflowY: "hidden",
  },
  growOne: {
    minHeight: "30px",
    paddingTop: "5px",
    paddingBottom: "5px",
  },
  hint: {
    whiteSpace: "normal",
    wordBreak: "break-word",
  },
  // The 字 counter sticks to the bottom of the pane while its box is in view, so typing at the
  // end of a long answer never hides it.
  counterHint: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingTop: "2px",
    paddingBottom: "2px",
  },
  counter: {
    color: tokens.colorNeutralForeground3,
    fontVariantNumeric: "tabular-nums",
  },
  counterOver: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  optionSecondary: {
    color: tokens.colorNeutralForeground3,
    marginLeft: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  radioLabel: {
    whiteSpace: "normal",
    wordBreak: "break-word",
  },
});

/** Hidden from sight, read by screen readers. */
export const useVisuallyHidden = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});
