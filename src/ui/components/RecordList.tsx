import { memo, useId, useRef } from "react";
import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { childPath } from "../../form/paths";
import { isNarrowWidget, type RecordsItem } from "../state/paneModel";
import { S } from "../strings";
import { AddIcon } from "./icons";
import { usePane } from "./PaneContext";
import { ListControls, useListFocus, type ListMove } from "./inputs/ListControls";
import { GroupMessages } from "./inputs/validation";
import { useFieldStyles, useVisuallyHidden } from "./styles";
import { WidgetField } from "./WidgetField";

const useStyles = makeStyles({
  list: { marginBottom: tokens.spacingVerticalL, minWidth: 0 },
  title: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
  record: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    marginBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  recordTitle: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    marginBottom: tokens.spacingVerticalXS,
  },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 180px), 1fr))",
    columnGap: tokens.spacingHorizontalM,
    "& > *": { minWidth: 0 },
  },
  wide: { gridColumn: "1 / -1" },
  empty: { display: "block", color: tokens.colorNeutralForeground3, marginBottom: tokens.spacingVerticalS },
});

export interface RecordListProps {
  item: RecordsItem;
  value: unknown;
  /** False when the group heading above already names the list. */
  showTitle: boolean;
}

/** 专职人员, 参与单位 and data-table rows: one bordered block per record, fields stacked to fit 320 px. */
export const RecordList = memo(function RecordList({ item, value, showTitle }: RecordListProps) {
  const { dispatch } = usePane();
  const s = useStyles();
  const fs = useFieldStyles();
  const vh = useVisuallyHidden();
  const titleId = useId();
  const container = useRef<HTMLDivElement>(null);
  const rows = Array.isArray(value) ? (value as Array<Record<string, unknown> | undefined>) : [];
  const planFocus = useListFocus(container, rows.length);
  const onMove = (kind: ListMove, index: number) => {
    planFocus(kind, index);
    if (kind === "remove") dispatch({ type: "listRemove", path: item.path, index });
    else dispatch({ type: "listMove", path: item.path, from: index, to: kind === "up" ? index - 1 : index + 1 });
  };
  const nameOf = (i: number) => (item.isTable ? `${item.title} ${S.rowNumber(i + 1)}` : `${item.itemName} ${S.itemNumber(i + 1)}`);
  return (
    <div role="group" aria-labelledby={titleId} className={s.list} ref={container} data-field={item.path}>
      <h4 id={titleId} className={showTitle ? mergeClasses(s.title, fs.label) : vh.hidden}>
        {item.title}
      </h4>
      <GroupMessages path={item.path} />
      {rows.length === 0 && <Text className={s.empty}>{S.listEmpty}</Text>}
      {rows.map((row, i) => (
        <div key={i} role="group" aria-labelledby={`${titleId}-${i}`} className={s.record}>
          <div id={`${titleId}-${i}`} className={mergeClasses(s.recordTitle, fs.label)}>
            <span className={vh.hidden}>{item.isTable ? `${item.title} ` : ""}</span>
            {item.isTable ? S.rowNumber(i + 1) : `${item.itemName} ${S.itemNumber(i + 1)}`}
          </div>
          <GroupMessages path={childPath(item.path, i)} />
          <div className={s.grid}>
            {item.columns.map((col) => (
              <div key={col.key} className={isNarrowWidget(col.widget) ? undefined : s.wide}>
                <WidgetField
                  widget={col.widget}
                  path={childPath(childPath(item.path, i), col.key)}
                  label={col.label}
                  value={row?.[col.key]}
                  def={col.def}
                  options={col.options}
                />
              </div>
            ))}
          </div>
          <ListControls index={i} count={rows.length} what={nameOf(i)} onMove={onMove} />
        </div>
      ))}
      <Button size="small" icon={<AddIcon />} data-add onClick={() => dispatch({ type: "listAdd", path: item.path, item: {} })}>
        {item.isTable ? S.addRow : S.addItem(item.itemName)}
      </Button>
    </div>
  );
});
