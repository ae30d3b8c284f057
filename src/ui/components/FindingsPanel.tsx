import { useEffect, useMemo, useRef, useState, type Ref } from "react";
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { findingId, type Finding } from "../../check/finding";
import { SECTIONS, type SectionId } from "../../form/fields";
import { canIgnore, type StaleReason } from "../state/findingsList";

import { S } from "../strings";
import { ErrorIcon, WarningIcon } from "./icons";
import { useVisuallyHidden } from "./styles";
import { pathLabel } from "../../form/labels";
import { pathSection } from "../../form/paths";

const useStyles = makeStyles({
  panel: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    marginBottom: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  head: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  summary: { display: "block", color: tokens.colorNeutralForeground2, margin: `${tokens.spacingVerticalXXS} 0 ${tokens.spacingVerticalS}` },
  stale: { marginBottom: tokens.spacingVerticalS },
  nav: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
  position: { fontVariantNumeric: "tabular-nums", color: tokens.colorNeutralForeground2 },
  sectionTitle: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: { marginBottom: "2px", display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXXS },
  ignore: { flexShrink: 0, minWidth: 0, marginTop: "2px" },
  ignored: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3, marginBottom: tokens.spacingVerticalS },
  // A native button: Fluent's Button caps its width and does not wrap long Chinese text.
  button: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    width: "100%",
    textAlign: "left",
    border: "1px solid transparent",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    cursor: "pointer",
    font: "inherit",
    color: tokens.colorNeutralForeground1,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    border: `1px solid ${tokens.colorBrandStroke1}`,
  },
  dim: { color: tokens.colorNeutralForeground3 },
  icon: { flexShrink: 0, marginTop: "3px" },
  text: { minWidth: 0, wordBreak: "break-word" },
  field: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  message: { display: "block", fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  edited: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  entry: { flexGrow: 1, minWidth: 0 },
  suggestion: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, wordBreak: "break-word" },
  // Under the finding's text, lined up with it (past the icon).
  fixRow: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, padding: `0 0 ${tokens.spacingVerticalXS} 26px` },
  fixed: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteGreenForeground1 },
});

export interface FindingsPanelProps {
  /** In list order (orderFindings). */
  findings: readonly Finding[];
  current: number | null;
  stale: StaleReason | null;
  edited: (finding: Finding) => boolean;
  /** A click on one finding: jump there and to its input. */
  onSelect: (index: number) => void;
  /** 上一个/下一个. */
  onStep: (delta: 1 | -1) => void;
  onRecheck: () => void;
  /** 忽略 a warning. */
  onIgnore: (finding: Finding) => void;
  /** Findings of the last check left out because they were ignored. */
  ignoredCount: number;
  onUnignoreAll: () => void;
  /** A one-click fix (the finding's FindingFix); `choice` is the option picked for a single choice. */
  onFix: (finding: Finding, choice?: string) => void;
  /** Findings (findingId) a fix has put right since the check. */
  fixed: ReadonlySet<string>;
  /** While an action runs, 重新检查 waits like the action bar's buttons do. */
  busy: boolean;
  /** The heading takes focus after a check, so a keyboard user starts at the result. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * Findings of the last check grouped by section, errors first; each one jumps to its place,
 * 上一个/下一个 walk them in that order. The list says when it no longer matches the document.
 */
export function FindingsPanel({ findings, current, stale, edited, onSelect, onStep, onRecheck, onIgnore, ignoredCount, onUnignoreAll, onFix, fixed, busy, headingRef }: FindingsPanelProps) {
  const s = useStyles();
  const vh = useVisuallyHidden();
  // A blank form yields a hundred findings: the list can be folded away to get to the form.
  const [expanded, setExpanded] = useState(true);
  const listRef = useRef<HTMLDivElement>(null);
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const groups = useMemo(() => {
    const out: { id: SectionId; items: { f: Finding; index: number }[] }[] = [];
    findings.forEach((f, index) => {
      const id = pathSection(f.field) ?? "basic";
      const last = out[out.length - 1];
      if (last?.id === id) last.items.push({ f, index });
      else out.push({ id, items: [{ f, index }] });
    });
    return out;
  }, [findings]);

  // Walking with 上一个/下一个 keeps the current entry in sight in a long list.
  useEffect(() => {
    if (current === null) return;
    listRef.current?.querySelector<HTMLElement>(`[data-index="${current}"]`)?.scrollIntoView?.({ block: "nearest" });
  }, [current]);

  return (
    <section className={s.panel} aria-labelledby="sf-findings-title" data-stale={stale ?? undefined}>
      <div className={s.head}>
        <h2 id="sf-findings-title" className={s.title} ref={headingRef} tabIndex={-1}>
          {S.findingsTitle}
        </h2>
        {findings.length > 0 && (
          <Button size="small" appearance="subtle" aria-expanded={expanded} aria-controls="sf-findings-list" onClick={() => setExpanded((e) => !e)}>
            {expanded ? S.findingsCollapse : S.findingsExpand}
          </Button>
        )}
      </div>
      <Text className={s.summary}>{S.findingsSummary(errors, warnings)}</Text>
      {ignoredCount > 0 && (
        <div className={s.ignored} data-testid="findings-ignored">
          <Text>{S.ignoredCount(ignoredCount)}</Text>
          <Button size="small" appearance="subtle" disabledFocusable={busy} onClick={onUnignoreAll}>
            {S.unignoreAll}
          </Button>
        </div>
      )}
      {stale && (
        <MessageBar intent="warning" className={s.stale} layout="multiline" data-testid="findings-stale" aria-labelledby="sf-findings-stale">
          <MessageBarBody id="sf-findings-stale">{S.findingsStale[stale]}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabledFocusable={busy} onClick={onRecheck}>
              {S.recheck}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {findings.length > 0 && (
        <div className={s.nav} role="group" aria-label={S.findingsNav}>
          <Button size="small" title={S.findingPreviousHint} aria-keyshortcuts="Alt+ArrowUp" onClick={() => onStep(-1)} data-testid="finding-previous">
            {S.findingPrevious}
          </Button>
          <Button size="small" title={S.findingNextHint} aria-keyshortcuts="Alt+ArrowDown" onClick={() => onStep(1)} data-testid="finding-next">
            {S.findingNext}
          </Button>
          <Text className={s.position} data-testid="finding-position">
            {current === null ? S.findingPositionNone(findings.length) : S.findingPosition(current + 1, findings.length)}
          </Text>
        </div>
      )}
      <div id="sf-findings-list" hidden={!expanded} ref={listRef}>
        {groups.map((g) => (
          <div key={`${g.id}-${g.items[0].index}`}>
            <h3 className={s.sectionTitle}>{S.findingsInSection(SECTIONS[g.id], g.items.length)}</h3>
            <ul className={s.list}>
              {g.items.map(({ f, index }) => {
                const done = fixed.has(findingId(f));
                const changed = !done && edited(f);
                return (
                  <li key={`${f.field}#${f.rule}#${index}`} className={s.item}>
                    <div className={s.entry}>
                      <button
                        type="button"
                        className={mergeClasses(s.button, index === current && s.current, (changed || done) && s.dim)}
                        onClick={() => onSelect(index)}
                        aria-current={index === current ? "true" : undefined}
                        data-finding={`${f.field}#${f.rule}`}
                        data-index={index}
                      >
                        {f.severity === "error" ? <ErrorIcon className={s.icon} /> : <WarningIcon className={s.icon} />}
                        <span className={s.text}>
                          <span className={vh.hidden}>{f.severity === "error" ? S.severityError : S.severityWarning}：</span>
                          {!f.message.includes(pathLabel(f.field)) && <span className={s.field}>{pathLabel(f.field)}</span>}
                          <span className={s.message}>{f.message}</span>
                          {f.fix?.kind === "replace" && f.fix.to !== "" && !done && <span className={s.suggestion}>{S.fixSuggestion(f.fix.to)}</span>}
                          {done && <span className={s.fixed}>{S.fixApplied}</span>}
                          {changed && <span className={s.edited}>{S.findingEdited}</span>}
                        </span>
                      </button>
                      {f.fix && !done && <FixButton finding={f} busy={busy} onFix={onFix} className={s.fixRow} />}
                    </div>
                    {canIgnore(f) && (
                      <Button
                        className={s.ignore}
                        size="small"
                        appearance="subtle"
                        aria-label={S.ignoreLabel(f.message)}
                        disabledFocusable={busy}
                        onClick={() => onIgnore(f)}
                        data-ignore={`${f.field}#${f.rule}`}
                      >
                        {S.ignore}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

/** The one-click fix of a finding: a button that writes the fix, or a small menu of the options to tick. */
function FixButton({ finding, busy, onFix, className }: { finding: Finding; busy: boolean; onFix: (finding: Finding, choice?: string) => void; className: string }) {
  const fix = finding.fix!;
  const testId = `${finding.field}#${finding.rule}`;
  if (fix.kind === "replace") {
    return (
      <div className={className}>
        <Button size="small" disabledFocusable={busy} aria-label={S.fixReplaceLabel(finding.message, fix.to)} onClick={() => onFix(finding)} data-fix={testId}>
          {fix.to === "" ? S.fixRemovePlaceholder : S.fixReplace}
        </Button>
      </div>
    );
  }
  return (
    <div className={className}>
      <Menu>
        <MenuTrigger>
          <Button size="small" disabledFocusable={busy} aria-label={S.fixChooseLabel(finding.message)} data-fix={testId}>
            {S.fixChoose}
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {fix.options.map((option) => (
              <MenuItem key={option} onClick={() => onFix(finding, option)} data-fix-option={option}>
                {option}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
    </div>
  );
}
