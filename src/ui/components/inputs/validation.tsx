import type { ReactNode } from "react";
import type { FieldProps } from "@fluentui/react-components";
import { tokens, makeStyles } from "@fluentui/react-components";
import { usePane } from "../PaneContext";
import { ErrorIcon, WarningIcon } from "../icons";
import { useVisuallyHidden } from "../styles";
import { S } from "../../strings";

export interface LocalMessage {
  state: "error" | "warning";
  message: string;
}

/**
 * Field validation props for one path: what the input itself finds (a number
 * that is not a number, a country off the list) first, then the findings of
 * the last check for exactly this path.
 */
export function useFieldValidation(path: string, local: readonly LocalMessage[] = []): Pick<FieldProps, "validationState" | "validationMessage"> {
  const { findingsByField } = usePane();
  const messages = [...local, ...(findingsByField.get(path) ?? []).map((f) => ({ state: f.severity, message: f.message }))];
  if (messages.length === 0) return {};
  const validationState = messages.some((m) => m.state === "error") ? "error" : "warning";
  const validationMessage: ReactNode =
    messages.length === 1
      ? messages[0].message
      : messages.map((m, i) => (
          <span key={i} style={{ display: "block" }}>
            {m.message}
          </span>
        ));
  return { validationState, validationMessage };
}

const useStyles = makeStyles({
  list: { margin: `0 0 ${tokens.spacingVerticalS}`, padding: 0, listStyleType: "none" },
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    alignItems: "flex-start",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    wordBreak: "break-word",
    paddingTop: "2px",
  },
  icon: { flexShrink: 0, marginTop: "1px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorNeutralForeground1 },
});

/** Findings about a whole list or table (not one of its inputs), shown under its heading. */
export function GroupMessages({ path }: { path: string }) {
  const { findingsByField } = usePane();
  const s = useStyles();
  const vh = useVisuallyHidden();
  const found = findingsByField.get(path) ?? [];
  if (found.length === 0) return null;
  return (
    <ul className={s.list}>
      {found.map((f, i) => (
        <li key={i} className={`${s.item} ${f.severity === "error" ? s.error : s.warning}`}>
          {f.severity === "error" ? <ErrorIcon size={12} className={s.icon} /> : <WarningIcon size={12} className={s.icon} />}
          <span>
            <span className={vh.hidden}>{f.severity === "error" ? S.severityError : S.severityWarning}：</span>
            {f.message}
          </span>
        </li>
      ))}
    </ul>
  );
}
