import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { FormData } from "../../form/schema";
import type { Notice } from "../state/notice";
import { S } from "../strings";

const useStyles = makeStyles({
  notice: { marginBottom: tokens.spacingVerticalM },
  body: { whiteSpace: "normal", wordBreak: "break-word" },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: "1.2em" },
});

export interface NoticeBarProps {
  notice: Notice;
  onDismiss: () => void;
  /** 恢复之前的内容: put back the form a replace (读取, 导入) overwrote. */
  onRestore: (data: FormData) => void;
}

/** What the last action did, with its items and the one button that takes it back. */
export function NoticeBar({ notice, onDismiss, onRestore }: NoticeBarProps) {
  const s = useStyles();
  return (
    // Named by its own text: without a MessageBarTitle, Fluent points aria-labelledby at nothing.
    <MessageBar intent={notice.intent} className={s.notice} layout="multiline" data-testid="notice" aria-labelledby="sf-notice">
      <MessageBarBody className={s.body} id="sf-notice">
        {notice.text}
        {notice.items && (
          <ul className={s.list}>
            {notice.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" aria-label={S.dismiss} onClick={onDismiss}>
            ×
          </Button>
        }
      >
        {notice.undo && (
          <Button size="small" onClick={notice.undo.run} data-testid="notice-undo">
            {notice.undo.label}
          </Button>
        )}
        {notice.restore && (
          <Button size="small" onClick={() => onRestore(notice.restore!)}>
            {S.restoreBefore}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}

/** A warning that stays while its cause does (autosave failing). */
export function WarningBar({ id, text }: { id: string; text: string }) {
  const s = useStyles();
  return (
    <MessageBar intent="warning" className={s.notice} aria-labelledby={id}>
      <MessageBarBody className={s.body} id={id}>
        {text}
      </MessageBarBody>
    </MessageBar>
  );
}
