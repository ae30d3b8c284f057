/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeActions, renderApp, sampleData } from "./helpers";

jest.setTimeout(30000);

// Word for Mac ignores download links without a word (office-js #3385, #4681): 导出 JSON must not be a silent no-op there.
describe("导出 JSON where the pane cannot download (Word for Mac)", () => {
  test("shows the data as text to copy, names the file to save, downloads nothing", async () => {
    const user = userEvent.setup({ delay: null });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await renderApp(fakeActions({ saved: sampleData() }), { canDownload: false });

    await user.click(screen.getByRole("button", { name: "导出 JSON" }));
    const dialog = await screen.findByRole("dialog");
    const name = "中国—哈萨克斯坦干旱区生态农业“一带一路”联合实验室.json";
    expect(dialog).toHaveTextContent(`另存为 ${name}`);
    const text = within(dialog).getByRole("textbox") as HTMLTextAreaElement;
    expect(JSON.parse(text.value)).toEqual(sampleData());
    expect(screen.getByTestId("notice")).toHaveTextContent(`已显示 ${name} 的内容`);

    await user.click(within(dialog).getByRole("button", { name: "复制" }));
    await waitFor(() => expect(within(dialog).getByRole("status")).toHaveTextContent("已复制到剪贴板。"));
    expect(JSON.parse(writeText.mock.calls[0][0])).toEqual(sampleData());

    await user.click(within(dialog).getByRole("button", { name: "关闭" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(click).not.toHaveBeenCalled();
    click.mockRestore();
  });

  test("clipboard refused: the text is selected and the user is told to press ⌘C", async () => {
    const user = userEvent.setup({ delay: null });
    Object.defineProperty(navigator, "clipboard", { value: { writeText: jest.fn(async () => Promise.reject(new Error("denied"))) }, configurable: true });
    Object.assign(document, { execCommand: jest.fn(() => false) });
    await renderApp(fakeActions({ saved: sampleData() }), { canDownload: false });
    await user.click(screen.getByRole("button", { name: "导出 JSON" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "复制" }));
    await waitFor(() => expect(within(dialog).getByRole("status")).toHaveTextContent("请按 ⌘C"));
    const text = within(dialog).getByRole("textbox") as HTMLTextAreaElement;
    expect([text.selectionStart, text.selectionEnd]).toEqual([0, text.value.length]);
  });
});
