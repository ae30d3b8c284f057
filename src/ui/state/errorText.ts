import { errorId } from "../../errors";
import { S } from "../strings";

const firstLine = (message: string) => message.split("\n")[0].trim();

/**
 * What to tell the user about a failed action. A SilkformError (it has an
 * id) carries a Chinese sentence for the user, shown as it is; anything else
 * (an Office.js "GeneralException", a TypeError) is an internal error and
 * gets a Chinese sentence naming the action, with only the first line of its
 * message as a detail: never a stack trace. A part of the add-in that did not
 * load is said in words.
 */
export function errorText(error: unknown, action: string): string {
  if (errorId(error)) return firstLine((error as { message: string }).message);
  // webpack's name for a chunk that did not load (the fill plan, the marks, the check rules).
  if (error instanceof Error && error.name === "ChunkLoadError") return S.filesNotLoaded(action);
  const message =
    error !== null && typeof error === "object" && typeof (error as { message?: unknown }).message === "string"
      ? (error as { message: string }).message
      : typeof error === "string"
        ? error
        : "";
  const line = firstLine(message);
  const detail = line.length > 120 ? `${line.slice(0, 120)}…` : line;
  return detail ? `${S.genericError(action)}（${S.errorDetail}${detail}）` : S.genericError(action);
}
