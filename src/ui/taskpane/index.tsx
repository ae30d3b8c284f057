/// <reference types="office-js" />
// The task pane's one entry, for Word and for the playground: the host is chosen at run
// time, so the playground runs the very same bundle that Word loads.
import { createRoot } from "react-dom/client";
import { App } from "../App";
import { officeHost } from "../host/office";

async function boot(container: HTMLElement): Promise<void> {
  const host = await officeHost();
  if (host === "word") {
    const { createWordActions } = await import(/* webpackChunkName: "word-host" */ "../host/word");
    const actions = await createWordActions();
    // A copy may state other limits than the form's (e.g. 800字以内): the counters follow the document.
    const limits = await actions.documentLimits().catch(() => ({}));
    createRoot(container).render(<App actions={actions} limits={limits} />);
    return;
  }
  const { startPlayground } = await import(/* webpackChunkName: "playground" */ "../../playground/start");
  await startPlayground(container);
}

const container = document.getElementById("container");
if (container) {
  boot(container).catch((e: unknown) => {
    container.textContent = `丝路申报助手无法启动：${e instanceof Error ? e.message : String(e)}`;
  });
}
