import type { ReactNode } from "react";
import { Button, Checkbox, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { S } from "../strings";

export type ActionId = "read" | "fill" | "check" | "clearMarks" | "exportJson" | "importJson" | "newBlank" | "undo" | "ignore" | "fix";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  button: { minWidth: 0, maxWidth: "100%" },
  checkLabel: { whiteSpace: "normal", wordBreak: "break-word" },
});

export interface ActionBarProps {
  busy: ActionId | null;
  final: boolean;
  onFinalChange: (final: boolean) => void;
  onAction: (id: ActionId) => void;
}

/**
 * The pane's commands. While one runs, its button shows a spinner and the
 * others wait: two host calls at once could interleave edits in the document.
 */
export function ActionBar({ busy, final, onFinalChange, onAction }: ActionBarProps) {
  const s = useStyles();
  const button = (
    id: ActionId,
    label: string,
    appearance: "primary" | "secondary" | "subtle" = "secondary",
    size: "small" | "medium" = "medium",
  ): ReactNode => (
    <Button
      className={s.button}
      appearance={appearance}
      size={size}
      // Focusable while disabled: the button pressed keeps keyboard focus through its own action.
      disabledFocusable={busy !== null}
      icon={busy === id ? <Spinner size="tiny" aria-label={S.working} /> : undefined}
      data-action={id}
      onClick={() => onAction(id)}
    >
      {label}
    </Button>
  );
  return (
    <div className={s.bar} role="group" aria-label={S.actionsLabel} aria-busy={busy !== null}>
      <div className={s.row}>
        {button("fill", S.fill, "primary")}
        {button("check", S.check)}
        {button("read", S.readDocument)}
      </div>
      <Checkbox
        checked={final}
        disabled={busy !== null}
        onChange={(_, d) => onFinalChange(d.checked === true)}
        label={{ children: S.finalCheck, className: s.checkLabel }}
      />
      <div className={s.row}>
        {button("undo", S.undoFill, "subtle", "small")}
        {button("clearMarks", S.clearMarks, "subtle", "small")}
        {button("exportJson", S.exportJson, "subtle", "small")}
        {button("importJson", S.importJson, "subtle", "small")}
        {button("newBlank", S.newBlankForm, "subtle", "small")}
      </div>
    </div>
  );
}
