import { Button } from "@fluentui/react-components";
import type { TrackingChoice } from "../../document/adapter";
import { S } from "../strings";
import { PaneDialog } from "./PaneDialog";

export interface TrackChangesDialogProps {
  open: boolean;
  /** The user's choice, or null: do not fill now. */
  onChoose: (choice: TrackingChoice | null) => void;
}

/** 填入文档 while Word records revisions (Track Changes): asked before anything is written. */
export function TrackChangesDialog({ open, onChoose }: TrackChangesDialogProps) {
  return (
    <PaneDialog
      title={S.trackChangesTitle}
      modalType="alert"
      open={open}
      onDismiss={() => onChoose(null)}
      actions={
        <>
          <Button appearance="primary" onClick={() => onChoose("pause")}>
            {S.trackChangesPause}
          </Button>
          <Button onClick={() => onChoose("track")}>{S.trackChangesTrack}</Button>
          <Button onClick={() => onChoose(null)}>{S.cancel}</Button>
        </>
      }
    >
      <p>{S.trackChangesBody}</p>
      <p>
        <strong>{S.trackChangesPause}</strong>：{S.trackChangesPauseHint}
      </p>
      <p>
        <strong>{S.trackChangesTrack}</strong>：{S.trackChangesTrackHint}
      </p>
    </PaneDialog>
  );
}
