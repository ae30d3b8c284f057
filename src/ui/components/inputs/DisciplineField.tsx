import { memo, useId, useMemo } from "react";
import { Field, Input, Textarea, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { DisciplineChain } from "../../state/disciplineValue";
import { S } from "../../strings";
import { LevelPicker as LazyLevelPicker } from "../paneParts";
import { usePane } from "../PaneContext";
import { useFieldStyles } from "../styles";
import { textOf } from "./textValue";
import { useAutoGrow } from "./useAutoGrow";
import { useDisciplineValue } from "./disciplineLoader";
import type { LevelPickerProps } from "./LevelPicker";
import { useFieldValidation, type LocalMessage } from "./validation";

const useStyles = makeStyles({
  group: {
    marginBottom: tokens.spacingVerticalM,
    minWidth: 0,
  },
  title: {
    display: "block",
    fontWeight: tokens.fontWeightSemibold,
    marginBottom: tokens.spacingVerticalXS,
  },
  levels: {
    borderLeft: `2px solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
});

export interface DisciplineFieldProps {
  path: string;
  label: string;
  value: unknown;
}

/** A level, or until its picker has loaded, the same label over an empty box that cannot be used yet. */
function LevelPicker(props: LevelPickerProps) {
  const s = useFieldStyles();
  return (
    <LazyLevelPicker
      {...props}
      fallback={
        <Field className={s.field} label={{ children: props.label, className: s.label }} hint={props.hint}>
          <Input className={s.control} disabled />
        </Field>
      }
    />
  );
}

/**
 * 学科领域 by GB/T 13745-2009: 一级 → 二级 → 三级, each list the children of the
 * level above (childrenOf). Choosing a level writes the "code name" chain down
 * to it; the written text stays editable for answers the standard cannot express.
 * The levels wait for the table (useDisciplineValue); the text does not.
 */
export const DisciplineField = memo(function DisciplineField({ path, label, value }: DisciplineFieldProps) {
  const { dispatch } = usePane();
  const s = useStyles();
  const fs = useFieldStyles();
  const titleId = useId();
  const text = textOf(value);
  const table = useDisciplineValue();
  const chain = useMemo<DisciplineChain>(() => (table ? table.disciplineChain(text) : {}), [table, text]);
  const write = (next: DisciplineChain) => table && dispatch({ type: "set", path, value: table.disciplineText(next) });
  // Without the table there is nothing to show: no options, nothing selected.
  const show = table?.disciplineItem ?? String;

  const level1Options = useMemo(() => table?.levelOptions(null) ?? [], [table]);
  const level2Options = useMemo(() => table?.levelOptions(chain.level1) ?? [], [table, chain.level1]);
  const level3Options = useMemo(() => table?.levelOptions(chain.level2) ?? [], [table, chain.level2]);
  const noLevel3 = chain.level2 !== undefined && level3Options.length === 0;

  const unparsed = table !== undefined && text.trim() !== "" && !chain.level1;
  const local: LocalMessage[] = unparsed ? [{ state: "warning", message: S.disciplineUnparsed }] : [];
  const validation = useFieldValidation(path, local);
  const textRef = useAutoGrow(text, { minRows: 1 });

  return (
    <div role="group" aria-labelledby={titleId} className={s.group}>
      <span id={titleId} className={mergeClasses(s.title, fs.label)}>
        {label}
      </span>
      <div className={s.levels}>
        <LevelPicker label={S.disciplineLevel1} options={level1Options} selected={chain.level1} disabled={!table} show={show} onSelect={(d) => write({ level1: d })} />
        <LevelPicker
          label={S.disciplineLevel2}
          options={level2Options}
          selected={chain.level2}
          disabled={!chain.level1}
          show={show}
          hint={!chain.level1 ? S.disciplineChooseAbove : undefined}
          onSelect={(d) => write({ level1: chain.level1, level2: d })}
        />
        <LevelPicker
          label={S.disciplineLevel3}
          options={level3Options}
          selected={chain.level3}
          disabled={!chain.level2 || noLevel3}
          show={show}
          hint={noLevel3 ? S.disciplineNoLevel3 : !chain.level2 ? S.disciplineChooseAbove : undefined}
          onSelect={(d) => write({ level1: chain.level1, level2: chain.level2, level3: d })}
        />
        <Field className={fs.field} label={{ children: `${label}：${S.disciplineText}`, className: fs.label }} hint={S.disciplineTextHint} {...validation}>
          <Textarea
            ref={textRef}
            className={fs.control}
            rows={1}
            resize="none"
            textarea={{ className: mergeClasses(fs.grow, fs.growOne) }}
            value={text}
            data-field={path}
            onChange={(_, d) => dispatch({ type: "set", path, value: d.value.replace(/[\r\n]+/g, "") })}
          />
        </Field>
      </div>
    </div>
  );
});
