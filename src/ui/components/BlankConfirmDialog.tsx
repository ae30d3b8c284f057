import { Button } from "@fluentui/react-components";
import { S } from "../strings";
import { PaneDialog } from "./PaneDialog";

export interface BlankConfirmDialogProps {
  /** The host's reason for asking (the document has content); null: closed. */
  reason: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** 新建空白申报书 over a document with content replaces all of it: asked first. */
export function BlankConfirmDialog({ reason, onConfirm, onCancel }: BlankConfirmDialogProps) {
  return (
    <PaneDialog
      title={S.newBlankConfirmTitle}
      modalType="alert"
      open={reason !== null}
      onDismiss={onCancel}
      actions={
        <>
          <Button appearance="primary" onClick={onConfirm}>
            {S.newBlankConfirm}
          </Button>
          <Button onClick={onCancel}>{S.cancel}</Button>
        </>
      }
    >
      <p>{reason}</p>
      <p>{S.newBlankConfirmBody}</p>
    </PaneDialog>
  );
}
