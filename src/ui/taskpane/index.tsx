/// <reference types="office-js" />
// Task-pane entry (placeholder): renders a loading screen until the real task pane lands.
import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, Title2, webLightTheme } from "@fluentui/react-components";

function Placeholder() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ display: "flex", flexDirection: "column", gap: 16, padding: 20 }}>
        <Title2 as="h1">丝路申报助手</Title2>
        <Spinner size="small" label="加载中…" />
      </main>
    </FluentProvider>
  );
}

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(<Placeholder />);
}

// Office.js comes from a <script> tag and is absent when the page is opened in a plain
// browser. Some hosts only show the pane after onReady is called.
// eslint-disable-next-line no-restricted-globals -- entry point; host wiring moves to src/ui/host
const office = typeof Office === "undefined" ? undefined : Office;
if (office) {
  void office.onReady();
}
