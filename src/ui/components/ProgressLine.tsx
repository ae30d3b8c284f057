import { ProgressBar, Text } from "@fluentui/react-components";
import type { BusyStyles } from "./BusyBar";

/** BusyBar's indeterminate bar and its words. */
export function ProgressLine({ label, styles: s }: { label: string; styles: BusyStyles }) {
  return (
    <div className={s.bar}>
      <ProgressBar thickness="medium" aria-label={label} />
      <Text className={s.text}>{label}</Text>
    </div>
  );
}
