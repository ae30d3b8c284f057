import { useMemo, useState } from "react";
import { Combobox, Field, Option } from "@fluentui/react-components";
import type { Discipline } from "../../../data/disciplines";
import { S } from "../../strings";
import { useFieldStyles } from "../styles";

export interface LevelPickerProps {
  label: string;
  options: Discipline[];
  selected?: Discipline;
  disabled: boolean;
  hint?: string;
  /** "code name", as the answer writes it. */
  show: (d: Discipline) => string;
  onSelect: (d: Discipline) => void;
}

const fold = (t: string) => t.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

/** One level of the cascade: a Combobox that filters its options by code or name as the user types. */
export function LevelPicker({ label, options, selected, disabled, hint, show, onSelect }: LevelPickerProps) {
  const s = useFieldStyles();
  // null while not typing: the box then shows the selected discipline.
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const shown = query ?? (selected ? show(selected) : "");
  const filtered = useMemo(() => {
    if (!open) return [];
    const q = query === null ? "" : fold(query);
    return q === "" ? options : options.filter((d) => d.code.startsWith(q) || fold(d.name).includes(q) || fold(show(d)).includes(q));
  }, [options, query, open, show]);
  return (
    <Field className={s.field} label={{ children: label, className: s.label }} hint={hint}>
      <Combobox
        className={s.control}
        input={{ className: s.comboInput }}
        listbox={{ className: s.listbox }}
        disabled={disabled}
        value={shown}
        placeholder={disabled ? undefined : S.disciplinePlaceholder}
        selectedOptions={selected ? [selected.code] : []}
        open={open}
        onOpenChange={(_, d) => setOpen(d.open)}
        onChange={(e) => {
          setQuery((e.target as HTMLInputElement).value);
          setOpen(true);
        }}
        onBlur={() => setQuery(null)}
        onOptionSelect={(_, d) => {
          setQuery(null);
          const chosen = options.find((o) => o.code === d.optionValue);
          if (chosen) onSelect(chosen);
        }}
      >
        {!open ? null : filtered.length === 0 ? (
          <Option disabled value="" text={S.disciplineNoMatch}>
            {S.disciplineNoMatch}
          </Option>
        ) : (
          filtered.map((d) => (
            <Option key={d.code} value={d.code} text={show(d)}>
              {show(d)}
            </Option>
          ))
        )}
      </Combobox>
    </Field>
  );
}
