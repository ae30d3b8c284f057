import { useEffect, useState } from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { ProgressLine } from "./paneParts";

/** An action shorter than this shows no progress: a flash of a bar is noise. */
export const PROGRESS_AFTER_MS = 300;

/** True once `on` has stayed true for `ms`; false again as soon as it is not. */
export function useShownAfter(on: boolean, ms = PROGRESS_AFTER_MS): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!on) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), ms);
    return () => clearTimeout(timer);
  }, [on, ms]);
  return shown;
}

const useStyles = makeStyles({
  bar: { marginBottom: tokens.spacingVerticalS },
  text: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalXXS },
});

export type BusyStyles = ReturnType<typeof useStyles>;

/**
 * What is being done, once it takes longer than PROGRESS_AFTER_MS: an indeterminate bar and
 * its words, read out by screen readers (the region is live before anything is put in it).
 */
export function BusyBar({ label, testId = "busy" }: { label: string | null; testId?: string }) {
  const s = useStyles();
  const shown = useShownAfter(label !== null);
  return (
    <div role="status" aria-live="polite" data-testid={testId}>
      {shown && label && (
        // The words at once; the bar with them once its part has loaded.
        <ProgressLine label={label} styles={s} fallback={<Text className={s.text}>{label}</Text>} />
      )}
    </div>
  );
}
