import { memo } from "react";
import { namesOf } from "../../../form/paths";
import { Field, Input, Textarea, mergeClasses } from "@fluentui/react-components";
import { usePane } from "../PaneContext";
import { useFieldStyles } from "../styles";
import { textOf } from "./textValue";
import { useAutoGrow } from "./useAutoGrow";
import { useFieldValidation } from "./validation";

export interface TextFieldProps {
  path: string;
  label: string;
  value: unknown;
  /**
   * line: a one-line input. wrap: one paragraph that wraps as it grows (line
   * breaks are dropped: the answer is a single cell line). multi: sentences
   * and paragraphs (考核指标, 审核意见, long table cells).
   */
  mode?: "line" | "wrap" | "multi";
}

/** Keyboards that fit the answer, read off the field's last key. */
function inputModeOf(path: string): "email" | "tel" | "url" | undefined {
  const key = namesOf(path).pop() ?? "";
  if (key === "email") return "email";
  if (["phone", "landline", "mobile", "fax"].includes(key)) return "tel";
  if (key === "website") return "url";
  return undefined;
}

function Growing({ path, value, onChange, single }: { path: string; value: string; onChange: (v: string) => void; single: boolean }) {
  const s = useFieldStyles();
  const ref = useAutoGrow(value, { minRows: single ? 1 : 2 });
  return (
    <Textarea
      ref={ref}
      className={s.control}
      value={value}
      rows={single ? 1 : 2}
      resize="none"
      textarea={{ className: single ? mergeClasses(s.grow, s.growOne) : s.grow }}
      data-field={path}
      onChange={(_, d) => onChange(single ? d.value.replace(/[\r\n]+/g, "") : d.value)}
    />
  );
}

export const TextField = memo(function TextField({ path, label, value, mode = "line" }: TextFieldProps) {
  const { dispatch } = usePane();
  const s = useFieldStyles();
  const validation = useFieldValidation(path);
  const text = textOf(value);
  const onChange = (v: string) => dispatch({ type: "set", path, value: v });
  return (
    <Field className={s.field} label={{ children: label, className: s.label }} {...validation}>
      {mode !== "line" ? (
        <Growing path={path} value={text} onChange={onChange} single={mode === "wrap"} />
      ) : (
        <Input className={s.control} value={text} inputMode={inputModeOf(path)} data-field={path} onChange={(_, d) => onChange(d.value)} />
      )}
    </Field>
  );
});
