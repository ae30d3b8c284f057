/// <reference types="office-js" />
import { S } from "../strings";

/**
 * Which host the pane runs in. The page decides, never a timeout:
 * taskpane.html (data-page="word") is the Word pane and only ever becomes
 * the Word pane; playground.html has no Office.js and is the playground.
 * Office.js's onReady never resolves when the CDN script is blocked
 * (officejs-facts §9), and resolves with a null host when taskpane.html is
 * opened in a plain browser: both get a Chinese message on the pane, and a
 * slow Word keeps its pane (it starts as soon as onReady resolves).
 */
export type PaneHost = "word" | "playground";

/** The part of Office.js boot needs. */
export interface OfficeBoot {
  onReady(): Promise<{ host: unknown; platform?: unknown } | null | undefined>;
  HostType: { Word: unknown };
}

export interface ConnectOptions {
  /** Shows a status message on the pane (replaces the previous one). */
  show(message: string): void;
  /** After this long without onReady the pane says what may be wrong (it keeps waiting). */
  slowMs?: number;
}

/** Why the Word pane cannot start; the pane shows `message`. */
export class PaneStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PaneStartError";
  }
}

/** What the pane may do in this Word. */
export interface WordPane {
  /**
   * A download link works. Not in Word for Mac or on iPad: their WebKit view
   * ignores it without a word (office-js #3385, #4681; #2700 closed "by design").
   */
  canDownload: boolean;
}

/** Resolves when Word is ready; rejects with a PaneStartError when this is not Word (the script missing, or no Word host). */
export async function connectWord(office: OfficeBoot | undefined, opts: ConnectOptions): Promise<WordPane> {
  if (!office) throw new PaneStartError(S.bootOfficeMissing);
  opts.show(S.bootConnecting);
  const slow = setTimeout(() => opts.show(S.bootSlow), opts.slowMs ?? 10_000);
  try {
    const info = await office.onReady();
    if (!info || info.host !== office.HostType.Word) throw new PaneStartError(S.bootNotInWord);
    // Office.PlatformType values (officejs: "Mac", "iOS").
    return { canDownload: info.platform !== "Mac" && info.platform !== "iOS" };
  } finally {
    clearTimeout(slow);
  }
}

/** The page's declared host: taskpane.html marks its container data-page="word". */
export function pageHost(container: HTMLElement): PaneHost {
  return container.dataset.page === "word" ? "word" : "playground";
}

/** Office.js's global, when its script loaded. */
export function officeGlobal(): OfficeBoot | undefined {
  return typeof Office === "undefined" ? undefined : (Office as unknown as OfficeBoot);
}
