import { memo } from "react";
import { Button, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { S } from "../../strings";
import { usePane } from "../PaneContext";
import { useFieldStyles } from "../styles";
import { textOf } from "./textValue";
import { useFieldValidation } from "./validation";

export interface ChoiceFieldProps {
  path: string;
  label: string;
  value: unknown;
  options: readonly string[];
}

/** A single choice (类型, 性质): the form's □ boxes, one of which is ticked. */
export const ChoiceField = memo(function ChoiceField({ path, label, value, options }: ChoiceFieldProps) {
  const { dispatch } = usePane();
  const s = useFieldStyles();
  const validation = useFieldValidation(path);
  const current = textOf(value);
  return (
    <Field className={s.field} label={{ children: label, className: s.label }} {...validation}>
      <RadioGroup value={current} data-field={path} onChange={(_, d) => dispatch({ type: "set", path, value: d.value })}>
        {options.map((o) => (
          <Radio key={o} value={o} label={{ children: o, className: s.radioLabel }} />
        ))}
      </RadioGroup>
      {current !== "" && (
        <div>
          <Button size="small" appearance="subtle" aria-label={`${label}：${S.choiceClear}`} onClick={() => dispatch({ type: "set", path, value: "" })}>
            {S.choiceClear}
          </Button>
        </div>
      )}
    </Field>
  );
});
