// The Word pane never turns into the playground: blocked, slow or host-less Office.js each get a Chinese message.
import { connectWord, type OfficeBoot, PaneStartError } from "../../src/ui/host/office";
import { S } from "../../src/ui/strings";

const WORD = { word: true };

function office(onReady: () => Promise<{ host: unknown } | null>): OfficeBoot {
  return { onReady, HostType: { Word: WORD } };
}

describe("connecting the Word pane", () => {
  afterEach(() => jest.useRealTimers());

  it("no Office.js (the CDN script was blocked): a message saying so, not the playground", async () => {
    const shown: string[] = [];
    await expect(connectWord(undefined, { show: (m) => shown.push(m) })).rejects.toThrow(new PaneStartError(S.bootOfficeMissing));
    expect(S.bootOfficeMissing).toContain("appsforoffice.microsoft.com");
  });

  it("taskpane.html opened in a plain browser (onReady without a host): says to open it in Word", async () => {
    await expect(connectWord(office(async () => ({ host: null })), { show: () => {} })).rejects.toThrow(S.bootNotInWord);
    await expect(connectWord(office(async () => null), { show: () => {} })).rejects.toThrow(S.bootNotInWord);
  });

  it("a slow Word: 正在连接, then a message after the wait, and the pane still starts when Word answers", async () => {
    jest.useFakeTimers();
    let ready!: (v: { host: unknown }) => void;
    const shown: string[] = [];
    const done = connectWord(office(() => new Promise((r) => (ready = r))), { show: (m) => shown.push(m), slowMs: 10_000 });
    expect(shown).toEqual([S.bootConnecting]);
    jest.advanceTimersByTime(9_999);
    expect(shown).toEqual([S.bootConnecting]);
    jest.advanceTimersByTime(1);
    expect(shown).toEqual([S.bootConnecting, S.bootSlow]);
    // Still waiting a minute later: never gives up into the playground.
    jest.advanceTimersByTime(60_000);
    ready({ host: WORD });
    await expect(done).resolves.toEqual({ canDownload: true });
    expect(shown).toEqual([S.bootConnecting, S.bootSlow]);
  });

  it("Word for Mac and iPad cannot download: 导出 JSON must show the text instead", async () => {
    for (const [platform, canDownload] of [["Mac", false], ["iOS", false], ["PC", true], ["OfficeOnline", true]] as const) {
      await expect(connectWord(office(async () => ({ host: WORD, platform })), { show: () => {} })).resolves.toEqual({ canDownload });
    }
  });

  it("a quick Word: no slow message", async () => {
    jest.useFakeTimers();
    const shown: string[] = [];
    await connectWord(office(async () => ({ host: WORD })), { show: (m) => shown.push(m) });
    jest.advanceTimersByTime(60_000);
    expect(shown).toEqual([S.bootConnecting]);
  });
});

describe("which page is the Word pane", () => {
  const fs = jest.requireActual<typeof import("fs")>("fs");
  const path = jest.requireActual<typeof import("path")>("path");
  const root = path.join(__dirname, "..", "..");
  const container = (file: string) => /<div id="container"([^>]*)>/.exec(fs.readFileSync(path.join(root, file), "utf8"))?.[1] ?? "";

  it("taskpane.html declares itself the Word pane; playground.html does not", () => {
    expect(container("src/ui/taskpane/taskpane.html")).toContain('data-page="word"');
    expect(container("src/playground/playground.html")).not.toContain("data-page");
  });
});
