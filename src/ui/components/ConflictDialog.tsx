import { useState } from "react";
import { Button, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { Conflict } from "../../fill/ops";

import { S } from "../strings";
import { PaneDialog } from "./PaneDialog";
import { pathLabel } from "../../form/labels";

const useStyles = makeStyles({
  bulk: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalS} 0`,
  },
  label: { fontWeight: tokens.fontWeightSemibold, wordBreak: "break-word", margin: `0 0 ${tokens.spacingVerticalXS}` },
  compare: { margin: 0 },
  term: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  value: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    whiteSpace: "pre-wrap",
    wordBreak: "break-word",
    maxHeight: "7.5em",
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `2px ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
  },
});

export interface ConflictDialogProps {
  conflicts: readonly Conflict[];
  /** Ids to overwrite; null when the dialog was cancelled (everything kept). */
  onResolve: (overwrite: string[] | null) => void;
}

type Choice = "overwrite" | "keep";

/**
 * 填入文档 met cells already holding different text. Each one is shown with
 * what the document has and what the form has, and the user decides item by
 * item. Keeping is the default: nothing the applicant typed in Word is lost
 * unless they say so.
 */
export function ConflictDialog({ conflicts, onResolve }: ConflictDialogProps) {
  const s = useStyles();
  const [choices, setChoices] = useState<Record<string, Choice>>(() => Object.fromEntries(conflicts.map((c) => [c.field, "keep"])));
  const setAll = (choice: Choice) => setChoices(Object.fromEntries(conflicts.map((c) => [c.field, choice])));
  const apply = () => onResolve(conflicts.filter((c) => choices[c.field] === "overwrite").map((c) => c.field));
  return (
    <PaneDialog
      title={S.conflictsTitle}
      onDismiss={() => onResolve(null)}
      actions={
        <>
          <Button appearance="primary" onClick={apply}>
            {S.conflictsApply}
          </Button>
          <Button onClick={() => onResolve(null)}>{S.cancel}</Button>
        </>
      }
    >
      <p>{S.conflictsIntro(conflicts.length)}</p>
      <div className={s.bulk}>
        <Button size="small" onClick={() => setAll("overwrite")}>
          {S.conflictsAllOverwrite}
        </Button>
        <Button size="small" onClick={() => setAll("keep")}>
          {S.conflictsAllKeep}
        </Button>
      </div>
      <ul className={s.list}>
        {conflicts.map((c, i) => {
          const label = pathLabel(c.field);
          return (
            <li key={c.field} className={s.item} data-conflict={c.field}>
              <p className={s.label} id={`sf-conflict-${i}`}>
                {label}
              </p>
              <dl className={s.compare}>
                <dt className={s.term}>{S.conflictInDocument}</dt>
                <dd className={s.value}>{c.current.trim() === "" ? S.empty : c.current}</dd>
                <dt className={s.term}>{S.conflictInForm}</dt>
                <dd className={s.value}>{c.proposed.trim() === "" ? S.empty : c.proposed}</dd>
              </dl>
              <RadioGroup
                layout="horizontal"
                aria-label={S.conflictChoice(label)}
                value={choices[c.field]}
                onChange={(_, d) => setChoices((prev) => ({ ...prev, [c.field]: d.value as Choice }))}
              >
                <Radio value="overwrite" label={S.conflictOverwrite} />
                <Radio value="keep" label={S.conflictKeep} />
              </RadioGroup>
            </li>
          );
        })}
      </ul>
    </PaneDialog>
  );
}
