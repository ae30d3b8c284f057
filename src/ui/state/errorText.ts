import { S } from "../strings";

const HAS_CJK = /[\u3400-\u9fff]/u;

/**
 * What to tell the user about a failed action. SilkformError and the hosts'
 * own errors carry a Chinese sentence in `message`, shown as it is; anything
 * else (an Office.js "GeneralException", a TypeError) gets a Chinese sentence
 * naming the action, with only the first line of its message as a detail:
 * never a stack trace.
 */
export function errorText(error: unknown, action: string): string {
  const message =
    error !== null && typeof error === "object" && typeof (error as { message?: unknown }).message === "string"
      ? (error as { message: string }).message
      : typeof error === "string"
        ? error
        : "";
  const firstLine = message.split("\n")[0].trim();
  if (firstLine && HAS_CJK.test(firstLine)) return firstLine;
  const detail = firstLine.length > 120 ? `${firstLine.slice(0, 120)}…` : firstLine;
  return detail ? `${S.genericError(action)}（${S.errorDetail}${detail}）` : S.genericError(action);
}
