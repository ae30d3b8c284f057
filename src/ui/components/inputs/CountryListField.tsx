import { memo, useId, useRef } from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { splitCountryList } from "../../../data/countries";
import { childPath } from "../../../form/paths";
import { S } from "../../strings";
import { AddIcon } from "../icons";
import { usePane } from "../PaneContext";
import { useFieldStyles } from "../styles";
import { CountryField } from "./CountryField";
import { ListControls, useListFocus, type ListMove } from "./ListControls";
import { GroupMessages } from "./validation";

const useStyles = makeStyles({
  group: { marginBottom: tokens.spacingVerticalM, minWidth: 0 },
  title: {
    display: "block",
    fontWeight: tokens.fontWeightSemibold,
    marginBottom: tokens.spacingVerticalXXS,
    wordBreak: "break-word",
  },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, display: "block", marginBottom: tokens.spacingVerticalXS },
  item: {
    borderLeft: `2px solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
});

export interface CountryListFieldProps {
  path: string;
  label: string;
  value: unknown;
}

/** 主要合作国 / 辐射合作国: one picker per country, in order, with add/remove/reorder. */
export const CountryListField = memo(function CountryListField({ path, label, value }: CountryListFieldProps) {
  const { dispatch } = usePane();
  const s = useStyles();
  const fs = useFieldStyles();
  const titleId = useId();
  const container = useRef<HTMLDivElement>(null);
  const items: string[] = Array.isArray(value) ? value.map(String) : typeof value === "string" && value.trim() ? splitCountryList(value) : [];
  const planFocus = useListFocus(container, items.length);
  const onMove = (kind: ListMove, index: number) => {
    planFocus(kind, index);
    if (kind === "remove") dispatch({ type: "listRemove", path, index });
    else dispatch({ type: "listMove", path, from: index, to: kind === "up" ? index - 1 : index + 1 });
  };
  return (
    <div role="group" aria-labelledby={titleId} className={s.group} ref={container} data-field={path}>
      <span id={titleId} className={mergeClasses(s.title, fs.label)}>
        {label}
      </span>
      <span className={s.hint}>{S.partnerHint}</span>
      <GroupMessages path={path} />
      {items.map((country, i) => (
        <div key={i} className={s.item}>
          <CountryField
            path={childPath(path, i)}
            label={`${label} ${S.countryNumber(i + 1)}`}
            value={country}
            onChange={(v) => dispatch({ type: "set", path: childPath(path, i), value: v })}
          />
          <ListControls index={i} count={items.length} what={`${label} ${S.countryNumber(i + 1)}`} onMove={onMove} />
        </div>
      ))}
      <Button size="small" icon={<AddIcon />} data-add onClick={() => dispatch({ type: "listAdd", path, item: "" })}>
        {S.addCountry}
      </Button>
    </div>
  );
});
