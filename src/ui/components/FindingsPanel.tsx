import { useMemo, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../check/finding";
import { SECTIONS, type SectionId } from "../../form/fields";
import { describeField, sectionOf } from "../state/paneModel";
import { S } from "../strings";
import { ErrorIcon, WarningIcon } from "./icons";
import { useVisuallyHidden } from "./styles";

const useStyles = makeStyles({
  panel: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    marginBottom: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  head: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  summary: { display: "block", color: tokens.colorNeutralForeground2, margin: `${tokens.spacingVerticalXXS} 0 ${tokens.spacingVerticalS}` },
  sectionTitle: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: { marginBottom: "2px" },
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
  icon: { flexShrink: 0, marginTop: "3px" },
  text: { minWidth: 0, wordBreak: "break-word" },
  field: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  message: { display: "block", fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
});

export interface FindingsPanelProps {
  findings: readonly Finding[];
  onSelect: (finding: Finding) => void;
}

const ORDER = Object.keys(SECTIONS) as SectionId[];

/** Findings of the last check grouped by section, errors first; each one jumps to its place. */
export function FindingsPanel({ findings, onSelect }: FindingsPanelProps) {
  const s = useStyles();
  const vh = useVisuallyHidden();
  // A blank form yields a hundred findings: the list can be folded away to get to the form.
  const [expanded, setExpanded] = useState(true);
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const groups = useMemo(() => {
    const by = new Map<SectionId, Finding[]>();
    for (const f of findings) {
      const section = sectionOf(f.field) ?? "basic";
      by.set(section, [...(by.get(section) ?? []), f]);
    }
    return ORDER.filter((id) => by.has(id)).map((id) => ({
      id,
      items: [...by.get(id)!].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1)),
    }));
  }, [findings]);
  return (
    <section className={s.panel} aria-labelledby="sf-findings-title">
      <div className={s.head}>
        <h2 id="sf-findings-title" className={s.title}>
          {S.findingsTitle}
        </h2>
        {findings.length > 0 && (
          <Button size="small" appearance="subtle" aria-expanded={expanded} aria-controls="sf-findings-list" onClick={() => setExpanded((e) => !e)}>
            {expanded ? S.findingsCollapse : S.findingsExpand}
          </Button>
        )}
      </div>
      <Text className={s.summary} role="status">
        {S.findingsSummary(errors, warnings)}
      </Text>
      <div id="sf-findings-list" hidden={!expanded}>
        {groups.map((g) => (
          <div key={g.id}>
            <h3 className={s.sectionTitle}>{S.findingsInSection(SECTIONS[g.id], g.items.length)}</h3>
            <ul className={s.list}>
              {g.items.map((f, i) => (
                <li key={`${f.field}#${f.rule}#${i}`} className={s.item}>
                  <button type="button" className={s.button} onClick={() => onSelect(f)} data-finding={`${f.field}#${f.rule}`}>
                    {f.severity === "error" ? <ErrorIcon className={s.icon} /> : <WarningIcon className={s.icon} />}
                    <span className={s.text}>
                      <span className={vh.hidden}>{f.severity === "error" ? S.severityError : S.severityWarning}：</span>
                      {!f.message.includes(describeField(f.field)) && <span className={s.field}>{describeField(f.field)}</span>}
                      <span className={s.message}>{f.message}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
