import { memo } from "react";
import { Field, Input } from "@fluentui/react-components";
import { findBriCountry, splitCountryList } from "../../../data/countries";
import { S } from "../../strings";
import { CountryPicker } from "../paneParts";
import { usePane } from "../PaneContext";
import { useFieldStyles } from "../styles";
import { textOf } from "./textValue";
import { useFieldValidation, type LocalMessage } from "./validation";

/** Names in `text` that are not on the partner list (a table cell may name several). */
export function nonBriNames(text: string): string[] {
  if (text.trim() === "") return [];
  return splitCountryList(text).filter((n) => !findBriCountry(n));
}

export interface CountryFieldProps {
  path: string;
  label: string;
  value: unknown;
  onChange?: (value: string) => void;
}

export const CountryField = memo(function CountryField({ path, label, value, onChange }: CountryFieldProps) {
  const { dispatch } = usePane();
  const s = useFieldStyles();
  const text = textOf(value);
  const off = nonBriNames(text);
  const local: LocalMessage[] =
    off.length === 0
      ? []
      : [
          {
            state: "warning",
            message: off.length === 1 && off[0] === text.trim() ? S.notBriCountry : `${off.map((n) => `“${n}”`).join("、")}${S.notBriCountry}`,
          },
        ];
  const validation = useFieldValidation(path, local);
  const change = onChange ?? ((v: string) => dispatch({ type: "set", path, value: v }));
  return (
    <Field className={s.field} label={{ children: label, className: s.label }} {...validation}>
      <CountryPicker
        path={path}
        value={text}
        onChange={change}
        // Until the picker has loaded: a plain box that writes the same answer.
        fallback={<Input className={s.control} value={text} placeholder={S.countryPlaceholder} data-field={path} onChange={(_, d) => change(d.value)} />}
      />
    </Field>
  );
});
