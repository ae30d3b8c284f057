import { memo, useMemo } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Text,
  makeStyles,
  tokens,
  type AccordionToggleData,
} from "@fluentui/react-components";
import type { SectionId } from "../../form/fields";
import { getPath } from "../../form/paths";
import type { FormData } from "../../form/schema";
import { PANE_SECTIONS, isNarrowWidget, sectionProgress, type PaneGroup, type PaneItem, type PaneSection } from "../state/paneModel";
import { S } from "../strings";
import { RecordList } from "./RecordList";
import { useVisuallyHidden } from "./styles";
import { WidgetField } from "./WidgetField";

const useStyles = makeStyles({
  header: {
    // The header button holds the title and the badges; both wrap at 320 px.
    "& button": { minWidth: 0, height: "auto", minHeight: "44px", paddingTop: "6px", paddingBottom: "6px" },
  },
  headerContent: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  sectionTitle: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    marginRight: tokens.spacingHorizontalXS,
    wordBreak: "break-word",
  },
  panel: {
    paddingBottom: tokens.spacingVerticalL,
    margin: `0 ${tokens.spacingHorizontalXS}`,
  },
  group: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
    minWidth: 0,
    "&:first-child": { borderTop: "none", marginTop: 0 },
  },
  groupTitle: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS}`,
    wordBreak: "break-word",
  },
  subTitle: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalS}`,
    wordBreak: "break-word",
  },
  // Short answers pair up when the pane is wide enough (two columns from about 420 px), one column at 320 px.
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 190px), 1fr))",
    columnGap: tokens.spacingHorizontalM,
    minWidth: 0,
    "& > *": { minWidth: 0 },
  },
  wide: { gridColumn: "1 / -1" },
  note: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    marginBottom: tokens.spacingVerticalS,
    wordBreak: "break-word",
  },
});

export interface SectionCounts {
  errors: number;
  warnings: number;
}

export interface FormSectionsProps {
  data: FormData;
  openItems: SectionId[];
  onToggle: (open: SectionId[]) => void;
  /** Findings of the last check per section; absent before the first check. */
  counts?: ReadonlyMap<SectionId, SectionCounts>;
}

const isStatsGroup = (g: PaneGroup) => g.subgroups.every((sg) => sg.items.every((i) => i.kind === "field" && i.widget === "number"));

const isNarrow = (item: PaneItem) => item.kind === "field" && isNarrowWidget(item.widget);

const GroupView = memo(function GroupView({ group, data, note }: { group: PaneGroup; data: FormData; note?: string }) {
  const s = useStyles();
  return (
    <section className={s.group} aria-label={group.title ?? undefined}>
      {group.title && <h3 className={s.groupTitle}>{group.title}</h3>}
      {note && <Text className={s.note}>{note}</Text>}
      {group.subgroups.map((sg, k) => (
        <div key={k}>
          {sg.title && <h4 className={s.subTitle}>{sg.title}</h4>}
          <div className={s.grid}>
            {sg.items.map((item) => (
              <div key={item.path} className={isNarrow(item) ? undefined : s.wide}>
                {item.kind === "records" ? (
                  <RecordList item={item} value={getPath(data, item.path)} showTitle={item.title !== group.title} />
                ) : (
                  <WidgetField widget={item.widget} path={item.path} label={item.label} value={getPath(data, item.path)} def={item.def} />
                )}
              </div>
            ))}
          </div>
        </div>
      ))}
    </section>
  );
});

function SectionBody({ section, data }: { section: PaneSection; data: FormData }) {
  const s = useStyles();
  const firstStats = section.groups.findIndex(isStatsGroup);
  return (
    <>
      {section.id === "sign" && <Text className={s.note}>{S.signNote}</Text>}
      {section.groups.map((g, i) => (
        <GroupView key={g.id} group={g} data={data} note={i === firstStats ? S.statsNote : undefined} />
      ))}
    </>
  );
}

function SectionHeader({ section, data, counts }: { section: PaneSection; data: FormData; counts?: SectionCounts }) {
  const s = useStyles();
  const vh = useVisuallyHidden();
  const { filled, total } = useMemo(() => sectionProgress(section, data), [section, data]);
  const complete = filled === total;
  return (
    <span className={s.headerContent}>
      <span className={s.sectionTitle}>{section.title}</span>
      <Badge appearance="tint" color={complete ? "success" : "informative"} aria-hidden="true" data-testid={`progress-${section.id}`}>
        {S.progress(filled, total)}
      </Badge>
      <span className={vh.hidden}>{S.progressLabel(filled, total)}</span>
      {counts && counts.errors > 0 && (
        <Badge appearance="filled" color="danger" data-testid={`errors-${section.id}`}>
          {S.errorsBadge(counts.errors)}
        </Badge>
      )}
      {counts && counts.warnings > 0 && (
        <Badge appearance="tint" color="warning">
          {S.warningsBadge(counts.warnings)}
        </Badge>
      )}
    </span>
  );
}

/** The form, section by section as printed, each a collapsible panel with its completion badge. */
export function FormSections({ data, openItems, onToggle, counts }: FormSectionsProps) {
  const s = useStyles();
  return (
    <Accordion multiple collapsible openItems={openItems} onToggle={(_, d: AccordionToggleData) => onToggle(d.openItems as SectionId[])}>
      {PANE_SECTIONS.map((section) => (
        <AccordionItem key={section.id} value={section.id} data-section={section.id}>
          <AccordionHeader as="h2" className={s.header} expandIconPosition="start">
            <SectionHeader section={section} data={data} counts={counts?.get(section.id)} />
          </AccordionHeader>
          <AccordionPanel className={s.panel}>{openItems.includes(section.id) && <SectionBody section={section} data={data} />}</AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
