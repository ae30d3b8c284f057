import { useEffect, useRef, type RefObject } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { S } from "../../strings";
import { ArrowDownIcon, ArrowUpIcon, DeleteIcon } from "../icons";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    justifyContent: "flex-end",
  },
  button: { minWidth: 0 },
});

export type ListMove = "up" | "down" | "remove";

export interface ListControlsProps {
  index: number;
  count: number;
  /** What the item is called, for the buttons' accessible names ("专职人员 第 2 项"). */
  what: string;
  onMove: (kind: ListMove, index: number) => void;
}

/** 上移 / 下移 / 删除 of one list item; each button says which item it moves. */
export function ListControls({ index, count, what, onMove }: ListControlsProps) {
  const s = useStyles();
  return (
    <div className={s.row}>
      <Button
        size="small"
        appearance="subtle"
        className={s.button}
        icon={<ArrowUpIcon />}
        aria-label={S.moveUpLabel(what)}
        disabled={index === 0}
        data-move={`up-${index}`}
        onClick={() => onMove("up", index)}
      >
        {S.moveUp}
      </Button>
      <Button
        size="small"
        appearance="subtle"
        className={s.button}
        icon={<ArrowDownIcon />}
        aria-label={S.moveDownLabel(what)}
        disabled={index === count - 1}
        data-move={`down-${index}`}
        onClick={() => onMove("down", index)}
      >
        {S.moveDown}
      </Button>
      <Button
        size="small"
        appearance="subtle"
        className={s.button}
        icon={<DeleteIcon />}
        aria-label={S.removeLabel(what)}
        data-move={`remove-${index}`}
        onClick={() => onMove("remove", index)}
      >
        {S.remove}
      </Button>
    </div>
  );
}

/**
 * Keeps keyboard focus with the item the user moved: after 上移 the focus is
 * on the same item's 上移 button at its new place (or its 下移 once it reached
 * the top); after 删除, on the next item, or on the 添加 button.
 */
export function useListFocus(container: RefObject<HTMLElement>, count: number) {
  const next = useRef<{ selectors: string[] } | null>(null);
  useEffect(() => {
    const want = next.current;
    if (!want || !container.current) return;
    next.current = null;
    for (const sel of want.selectors) {
      const el = container.current.querySelector<HTMLButtonElement>(sel);
      if (el && !el.disabled) {
        el.focus();
        return;
      }
    }
  });
  return (kind: ListMove, index: number) => {
    if (kind === "remove") {
      const after = Math.min(index, count - 2);
      next.current = { selectors: after >= 0 ? [`[data-move="remove-${after}"]`, "[data-add]"] : ["[data-add]"] };
      return;
    }
    const to = kind === "up" ? index - 1 : index + 1;
    next.current = { selectors: [`[data-move="${kind}-${to}"]`, `[data-move="${kind === "up" ? "down" : "up"}-${to}"]`] };
  };
}
