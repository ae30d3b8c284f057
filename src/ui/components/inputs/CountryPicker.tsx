import { useMemo, useState } from "react";
import { Combobox, Option } from "@fluentui/react-components";
import { BRI_COUNTRIES, findBriCountry, searchCountries } from "../../../data/countries";
import { S } from "../../strings";
import { useFieldStyles } from "../styles";

export interface CountryPickerProps {
  value: string;
  onChange: (value: string) => void;
  path: string;
}

/**
 * A searchable picker over the Belt and Road partner list. Freeform: a name off
 * the list can still be typed (the form allows it; the field then warns), and
 * several names separated by 、 are kept as written.
 */
export function CountryPicker({ value, onChange, path }: CountryPickerProps) {
  const s = useFieldStyles();
  // Options are rendered only while the list is open: a form has dozens of these pickers.
  const [open, setOpen] = useState(false);
  // Filter on the last name being typed, so "哈萨克斯坦、乌兹" still offers 乌兹别克斯坦.
  const pieces = value.split(/[、，,；;]/u);
  const query = pieces[pieces.length - 1].trim();
  const matches = useMemo(() => (!open ? [] : query === "" ? BRI_COUNTRIES : searchCountries(query, 12)), [open, query]);
  const selected = findBriCountry(value);
  const select = (name: string) => onChange(pieces.length > 1 ? [...pieces.slice(0, -1), name].join("、") : name);
  return (
    <Combobox
      freeform
      className={s.control}
      input={{ className: s.comboInput }}
      listbox={{ className: s.listbox }}
      value={value}
      selectedOptions={selected ? [selected.nameZh] : []}
      placeholder={S.countryPlaceholder}
      data-field={path}
      open={open}
      onOpenChange={(_, d) => setOpen(d.open)}
      onChange={(e) => {
        onChange((e.target as HTMLInputElement).value);
        setOpen(true);
      }}
      onOptionSelect={(_, d) => {
        if (d.optionValue) select(d.optionValue);
      }}
    >
      {matches.map((c) => (
        <Option key={c.iso3} value={c.nameZh} text={c.nameZh}>
          {c.nameZh}
          <span className={s.optionSecondary}>{c.nameEn}</span>
        </Option>
      ))}
    </Combobox>
  );
}
