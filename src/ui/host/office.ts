/// <reference types="office-js" />

/**
 * Which host the pane runs in. Office.js comes from a <script> tag: absent in
 * the playground page, present but host-less when taskpane.html is opened in a
 * plain browser (onReady then resolves with a null host).
 */
export async function officeHost(): Promise<"word" | "none"> {
  if (typeof Office === "undefined") return "none";
  // onReady never resolves when the CDN script is blocked; do not hang the page on it.
  const info = await Promise.race([Office.onReady(), new Promise<null>((r) => setTimeout(() => r(null), 5000))]);
  return info && info.host === Office.HostType.Word ? "word" : "none";
}
