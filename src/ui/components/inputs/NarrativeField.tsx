import { memo, useMemo } from "react";
import { Field, Textarea, mergeClasses } from "@fluentui/react-components";
import { countZi } from "../../../text/ziCount";
import { S } from "../../strings";
import { usePane } from "../PaneContext";
import { useFieldStyles } from "../styles";
import { textOf } from "./textValue";
import { useAutoGrow } from "./useAutoGrow";
import { useFieldValidation } from "./validation";

export interface NarrativeFieldProps {
  path: string;
  label: string;
  value: unknown;
  /** 字 limit from FIELDS; a limit read from the document (context) wins. */
  limit?: number;
}

/**
 * A narrative box: a textarea that grows up to a cap and then scrolls inside, with a
 * live 字 count that stays in sight, counted exactly as the overLimit check counts
 * (countZi), so the pane and the check never disagree.
 */
export const NarrativeField = memo(function NarrativeField({ path, label, value, limit: defaultLimit }: NarrativeFieldProps) {
  const { dispatch, limits } = usePane();
  const s = useFieldStyles();
  const text = textOf(value);
  const ref = useAutoGrow(text, { minRows: 4, maxRows: 14 });
  const count = useMemo(() => countZi(text), [text]);
  const limit = limits[path] ?? defaultLimit;
  const over = limit !== undefined && count > limit;
  const validation = useFieldValidation(path);
  const fullLabel = limit !== undefined ? `${label}（${limit}字以内）` : label;
  return (
    <Field
      className={s.field}
      label={{ children: fullLabel, className: s.label }}
      hint={
        limit !== undefined
          ? {
              className: s.counterHint,
              children: (
                <span className={mergeClasses(s.counter, over && s.counterOver)} data-testid={`counter-${path}`} data-over={over ? "true" : "false"}>
                  {S.ziCounter(count, limit)}
                  {over ? S.ziOver(count - limit) : ""}
                </span>
              ),
            }
          : undefined
      }
      {...validation}
    >
      <Textarea
        ref={ref}
        className={s.control}
        value={text}
        resize="none"
        textarea={{ className: s.grow }}
        data-field={path}
        onChange={(_, d) => dispatch({ type: "set", path, value: d.value })}
      />
    </Field>
  );
});
