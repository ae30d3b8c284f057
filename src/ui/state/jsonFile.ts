/** 导出 JSON / 导入 JSON in the browser: the form data as a file, and a chosen file read back as text. */
import type { FormData } from "../../form/schema";
import { S } from "../strings";

export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsText(file, "utf-8");
  });
}

export const jsonText = (data: FormData) => `${JSON.stringify(data, null, 2)}\n`;

export function downloadJson(data: FormData, fileName: string) {
  const blob = new Blob([jsonText(data)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked on the next tick: some browsers start the download only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const exportName = (data: FormData) => {
  const base = (data.basic?.labName || data.cover?.labName || S.exportDefaultName).replace(/[\\/:*?"<>|\r\n]+/g, "").trim();
  return `${base.slice(0, 60) || S.exportDefaultName}.json`;
};
