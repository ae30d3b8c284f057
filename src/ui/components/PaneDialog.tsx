import type { ReactNode } from "react";
import { Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Fits a 320 px pane: never wider than the window less a margin.
  surface: { maxWidth: "min(600px, calc(100vw - 16px))", padding: tokens.spacingHorizontalL, boxSizing: "border-box" },
});

export interface PaneDialogProps {
  title: string;
  /** "alert" cannot be dismissed by a click outside: for a question that must be answered. */
  modalType?: "modal" | "alert";
  open?: boolean;
  /** Escape, or a click outside a modal dialog. */
  onDismiss: () => void;
  /** The buttons, primary first. */
  actions: ReactNode;
  children: ReactNode;
}

/** The pane's one dialog frame: title, content, buttons, sized for a narrow pane. */
export function PaneDialog({ title, modalType = "modal", open = true, onDismiss, actions, children }: PaneDialogProps) {
  const s = useStyles();
  return (
    <Dialog open={open} modalType={modalType} onOpenChange={(_, d) => !d.open && onDismiss()}>
      <DialogSurface className={s.surface}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>{actions}</DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
