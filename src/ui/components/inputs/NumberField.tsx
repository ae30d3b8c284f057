import { memo, useEffect, useState } from "react";
import { Field, Input } from "@fluentui/react-components";
import { S } from "../../strings";
import { usePane } from "../PaneContext";
import { useFieldStyles } from "../styles";
import { textOf } from "./textValue";
import { useFieldValidation, type LocalMessage } from "./validation";

export interface NumberFieldProps {
  path: string;
  label: string;
  value: unknown;
  /** Counts are whole numbers; amounts may have decimals. */
  integer: boolean;
  unit?: string;
}

/**
 * The value a typed text stands for: a number when it is one (full-width digits
 * folded, as parseFormData does), otherwise the text itself ("无", or an entry
 * still being typed), so nothing the user typed is lost.
 */
export function parseNumberText(text: string): number | string {
  const t = text.trim().normalize("NFKC");
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : text;
}

export function numberProblem(value: unknown, integer: boolean): string | null {
  if (typeof value === "number") return integer && !Number.isInteger(value) ? S.intInvalid : null;
  const t = textOf(value).trim().normalize("NFKC");
  if (t === "" || t === "无") return null;
  if (/^-\s*\d+(\.\d+)?$/.test(t)) return S.negativeInvalid;
  return integer ? S.intInvalid : S.numberInvalid;
}

const same = (a: unknown, b: unknown) => a === b || (a === "" && (b === undefined || b === null));

export const NumberField = memo(function NumberField({ path, label, value, integer, unit }: NumberFieldProps) {
  const { dispatch } = usePane();
  const s = useFieldStyles();
  // The typed text is kept as typed ("1.0" while on the way to "1.05"); the form holds its value.
  const [text, setText] = useState(textOf(value));
  useEffect(() => {
    setText((current) => (same(parseNumberText(current), value) ? current : textOf(value)));
  }, [value]);
  const problem = numberProblem(value, integer);
  const local: LocalMessage[] = problem ? [{ state: "error", message: problem }] : [];
  const validation = useFieldValidation(path, local);
  return (
    <Field className={s.field} label={{ children: label, className: s.label }} {...validation}>
      <Input
        className={s.control}
        value={text}
        inputMode={integer ? "numeric" : "decimal"}
        contentAfter={unit ? <span aria-hidden="true">{unit}</span> : undefined}
        data-field={path}
        onChange={(_, d) => {
          setText(d.value);
          dispatch({ type: "set", path, value: parseNumberText(d.value) });
        }}
      />
    </Field>
  );
});
