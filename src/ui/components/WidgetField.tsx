import { memo } from "react";
import type { FieldDef } from "../../form/fields";
import type { Widget } from "../state/paneModel";
import { ChoiceField } from "./inputs/ChoiceField";
import { CountryField } from "./inputs/CountryField";
import { CountryListField } from "./inputs/CountryListField";
import { DisciplineField } from "./inputs/DisciplineField";
import { NarrativeField } from "./inputs/NarrativeField";
import { NumberField } from "./inputs/NumberField";
import { TextField } from "./inputs/TextField";

export interface WidgetFieldProps {
  widget: Widget;
  path: string;
  label: string;
  value: unknown;
  def?: FieldDef;
  options?: readonly string[];
}

/** The one place that maps a field's widget (from paneModel, i.e. from FIELDS) to its input. */
export const WidgetField = memo(function WidgetField({ widget, path, label, value, def, options }: WidgetFieldProps) {
  switch (widget) {
    case "text":
      return <TextField path={path} label={label} value={value} />;
    case "wideText":
      return <TextField path={path} label={label} value={value} mode="wrap" />;
    case "longText":
      return <TextField path={path} label={label} value={value} mode="multi" />;
    case "country":
      return <CountryField path={path} label={label} value={value} />;
    case "countryList":
      return <CountryListField path={path} label={label} value={value} />;
    case "discipline":
      return <DisciplineField path={path} label={label} value={value} />;
    case "choice":
      return <ChoiceField path={path} label={label} value={value} options={options ?? def?.options ?? []} />;
    case "number":
      return <NumberField path={path} label={label} value={value} integer={def?.type === "int"} unit={def?.unit} />;
    case "narrative":
      return <NarrativeField path={path} label={label} value={value} limit={def?.limit} />;
  }
});
