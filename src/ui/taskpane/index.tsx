/// <reference types="office-js" />
// The task pane's one entry, for Word and for the playground: the page says which (taskpane.html
// marks itself data-page="word"), so the playground runs the very same bundle that Word loads, and
// the Word pane never turns into the playground when Office.js is slow or blocked.
import { createRoot } from "react-dom/client";
import { App } from "../App";
import { connectWord, officeGlobal, pageHost, PaneStartError } from "../host/office";
import { S } from "../strings";

async function boot(container: HTMLElement): Promise<void> {
  if (pageHost(container) === "word") {
    const pane = await connectWord(officeGlobal(), { show: (message) => (container.textContent = message) });
    const { createWordActions } = await import(/* webpackChunkName: "word-host" */ "../host/word");
    const actions = await createWordActions();
    // A copy may state other limits than the form's (e.g. 800字以内): the counters follow the document.
    const limits = await actions.documentLimits().catch(() => ({}));
    container.textContent = "";
    createRoot(container).render(<App actions={actions} limits={limits} canDownload={pane.canDownload} />);
    return;
  }
  const { startPlayground } = await import(/* webpackChunkName: "playground" */ "../../playground/start");
  await startPlayground(container);
}

const container = document.getElementById("container");
if (container) {
  boot(container).catch((e: unknown) => {
    container.textContent = e instanceof PaneStartError ? e.message : `${S.bootFailed}${e instanceof Error ? e.message : String(e)}`;
  });
}
