import { useRef, useState } from "react";
import { Button, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { S } from "../strings";
import { PaneDialog } from "./PaneDialog";

const useStyles = makeStyles({
  text: { width: "100%", fontFamily: tokens.fontFamilyMonospace },
});

export interface ExportTextDialogProps {
  fileName: string;
  json: string;
  onClose: (copied: boolean) => void;
}

/**
 * 导出 JSON where the pane cannot download files (Word for Mac's WebKit
 * view ignores a download link without a word: office-js #3385, #4681,
 * #2700): the data as text to copy into a file, instead of a silent no-op.
 */
export function ExportTextDialog({ fileName, json, onClose }: ExportTextDialogProps) {
  const s = useStyles();
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  const copy = async () => {
    area.current?.select();
    let ok = false;
    try {
      await navigator.clipboard.writeText(json);
      ok = true;
    } catch {
      // The clipboard API may be refused in the pane; the selected text can still be copied the old way.
      try {
        ok = document.execCommand("copy");
      } catch {
        ok = false;
      }
    }
    setCopied(ok);
  };

  return (
    <PaneDialog
      title={S.exportTextTitle}
      onDismiss={() => onClose(copied === true)}
      actions={
        <>
          <Button appearance="primary" onClick={() => void copy()}>
            {S.exportTextCopy}
          </Button>
          <Button onClick={() => onClose(copied === true)}>{S.exportTextClose}</Button>
        </>
      }
    >
      <Text as="p">{S.exportTextHelp(fileName)}</Text>
      <Textarea
        ref={area}
        className={s.text}
        textarea={{ className: s.text }}
        readOnly
        value={json}
        rows={10}
        aria-label={S.exportTextTitle}
        onFocus={() => area.current?.select()}
      />
      {copied !== null && (
        <Text as="p" role="status">
          {copied ? S.exportTextCopied : S.exportTextCopyFailed}
        </Text>
      )}
    </PaneDialog>
  );
}
