/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { emptyFill, fakeActions, fieldInput, finding, renderApp, sampleData } from "./helpers";

jest.setTimeout(60000);

const setup = () => userEvent.setup({ delay: null });
const FINDINGS = [
  finding("sign.host.seal", "seal", "warning", "尚未加盖单位公章。"),
  finding("contact.cn.email", "email", "error", "Email 格式不正确。"),
  finding("cover.labName", "required", "error", "“联合实验室名称”未填写。"),
  finding("basic.mainPartners", "partnerCount", "warning", "建议 3-5 个国家。"),
];
const position = () => screen.getByTestId("finding-position");
const announcer = () => screen.getByTestId("announcer");

async function checked() {
  const user = setup();
  const actions = fakeActions({ saved: sampleData(), findings: FINDINGS });
  await renderApp(actions);
  await user.click(screen.getByRole("button", { name: "检查" }));
  await screen.findByRole("region", { name: "检查结果" });
  return { user, actions };
}

test("after 检查 focus moves to the findings heading and the result is announced", async () => {
  await checked();
  await waitFor(() => expect(screen.getByRole("heading", { name: "检查结果" })).toHaveFocus());
  expect(announcer()).toHaveTextContent("检查完成：2 个错误，2 个警告。");
});

test("after other actions focus stays on the button pressed, and the result is announced", async () => {
  const user = setup();
  const actions = fakeActions({ saved: sampleData() });
  await renderApp(actions);
  for (const [name, text] of [
    ["清除标记", "已清除文档中的检查标记。"],
    ["填入文档", "文档内容已与本表一致"],
    ["撤销上次填写", "已撤销上次填写"],
  ] as const) {
    const button = screen.getByRole("button", { name });
    await user.click(button);
    await waitFor(() => expect(announcer()).toHaveTextContent(text));
    expect(button).toHaveFocus();
  }
});

test("findings are listed by section as the form runs, errors first, and 上一个/下一个 walk them in that order", async () => {
  const { user, actions } = await checked();
  const items = screen.getAllByRole("button").filter((b) => b.dataset.finding);
  expect(items.map((b) => b.dataset.finding)).toEqual(["cover.labName#required", "contact.cn.email#email", "basic.mainPartners#partnerCount", "sign.host.seal#seal"]);
  expect(position()).toHaveTextContent("共 4 个");
  await user.click(screen.getByRole("button", { name: "下一个" }));
  expect(position()).toHaveTextContent("第 1 / 4 个");
  expect(items[0]).toHaveAttribute("aria-current", "true");
  expect(actions.jumpTo).toHaveBeenLastCalledWith(expect.objectContaining({ field: "cover.labName" }));
  await user.click(screen.getByRole("button", { name: "下一个" }));
  expect(position()).toHaveTextContent("第 2 / 4 个");
  expect(announcer()).toHaveTextContent("第 2 / 4 个：Email 格式不正确。");
  // Focus stays on the button: the next press goes on from there.
  expect(screen.getByRole("button", { name: "下一个" })).toHaveFocus();
  await user.click(screen.getByRole("button", { name: "上一个" }));
  await user.click(screen.getByRole("button", { name: "上一个" }));
  expect(position()).toHaveTextContent("第 4 / 4 个");
  expect(actions.jumpTo).toHaveBeenLastCalledWith(expect.objectContaining({ field: "sign.host.seal" }));
});

test("Alt+↓ and Alt+↑ anywhere in the pane step through the findings", async () => {
  const { actions } = await checked();
  const main = screen.getByRole("main");
  fireEvent.keyDown(main, { key: "ArrowDown", altKey: true });
  fireEvent.keyDown(main, { key: "ArrowDown", altKey: true });
  expect(position()).toHaveTextContent("第 2 / 4 个");
  fireEvent.keyDown(main, { key: "ArrowUp", altKey: true });
  expect(position()).toHaveTextContent("第 1 / 4 个");
  fireEvent.keyDown(main, { key: "ArrowDown" });
  expect(position()).toHaveTextContent("第 1 / 4 个");
  expect(actions.jumpTo).toHaveBeenCalledTimes(3);
});

test("clicking a finding makes it current", async () => {
  const { user } = await checked();
  await user.click(screen.getByRole("button", { name: /^警告：.*尚未加盖单位公章/ }));
  expect(position()).toHaveTextContent("第 4 / 4 个");
});

test("the list says at once when it has gone stale: after 清除标记, after a fill, after an undo; 重新检查 refreshes it", async () => {
  const { user, actions } = await checked();
  expect(screen.queryByTestId("findings-stale")).not.toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "清除标记" }));
  await waitFor(() => expect(screen.getByTestId("findings-stale")).toHaveTextContent("标记已清除"));
  await user.click(within(screen.getByTestId("findings-stale")).getByRole("button", { name: "重新检查" }));
  await waitFor(() => expect(screen.queryByTestId("findings-stale")).not.toBeInTheDocument());
  expect(actions.check).toHaveBeenCalledTimes(2);

  // A fill that changed nothing leaves the list as it is; one that changed something makes it stale.
  await user.click(screen.getByRole("button", { name: "填入文档" }));
  await waitFor(() => expect(actions.fill).toHaveBeenCalledTimes(1));
  expect(screen.queryByTestId("findings-stale")).not.toBeInTheDocument();
  actions.fill.mockResolvedValueOnce(emptyFill({ changed: ["cover.labName"] }));
  await user.click(screen.getByRole("button", { name: "填入文档" }));
  await waitFor(() => expect(screen.getByTestId("findings-stale")).toHaveTextContent("文档已更改"));

  await user.click(screen.getByRole("button", { name: "检查" }));
  await waitFor(() => expect(screen.queryByTestId("findings-stale")).not.toBeInTheDocument());
  await user.click(screen.getByRole("button", { name: "撤销上次填写" }));
  await waitFor(() => expect(screen.getByTestId("findings-stale")).toHaveTextContent("文档已更改"));
});

test("a finding whose answer was edited in the pane since the check says so", async () => {
  const { user } = await checked();
  const entry = () => screen.getAllByRole("button").find((b) => b.dataset.finding === "contact.cn.email#email")!;
  expect(entry()).not.toHaveTextContent("已在本表中修改");
  // The click opens the section and focuses the input.
  await user.click(entry());
  await waitFor(() => expect(fieldInput("contact.cn.email")).toHaveFocus());
  await user.clear(fieldInput("contact.cn.email"));
  await user.type(fieldInput("contact.cn.email"), "lab@example.cn");
  await waitFor(() => expect(entry()).toHaveTextContent("已在本表中修改"));
  expect(screen.getAllByRole("button").find((b) => b.dataset.finding === "cover.labName#required")).not.toHaveTextContent("已在本表中修改");
});

test("忽略 a warning: gone from the list and the marks, counted, saved with the form data, and 撤销 brings it back", async () => {
  const { user, actions } = await checked();
  // 检查 marks everything not ignored: here, all four.
  expect(actions.check).toHaveBeenLastCalledWith({ final: false, mark: false });
  expect(actions.mark).toHaveBeenLastCalledWith(expect.arrayContaining(FINDINGS));
  // Errors cannot be ignored.
  expect(screen.queryByRole("button", { name: /忽略这条警告：“联合实验室名称”未填写/ })).not.toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "忽略这条警告：建议 3-5 个国家。" }));
  await waitFor(() => expect(screen.getByTestId("findings-ignored")).toHaveTextContent("已忽略 1 项"));
  expect(screen.getAllByRole("button").filter((b) => b.dataset.finding).map((b) => b.dataset.finding)).not.toContain("basic.mainPartners#partnerCount");
  expect(position()).toHaveTextContent("共 3 个");
  await waitFor(() => expect(actions.mark).toHaveBeenCalledTimes(2));
  expect(actions.mark.mock.calls[1][0].map((f) => f.field)).toEqual(["cover.labName", "contact.cn.email", "sign.host.seal"]);
  // Kept in the document's data by autosave.
  await waitFor(() => expect(actions.saveData).toHaveBeenCalledWith(expect.objectContaining({ ignoredFindings: [{ field: "basic.mainPartners", rule: "partnerCount", message: "建议 3-5 个国家。" }] })), { timeout: 5000 });

  await user.click(screen.getByTestId("notice-undo"));
  await waitFor(() => expect(screen.queryByTestId("findings-ignored")).not.toBeInTheDocument());
  expect(position()).toHaveTextContent("共 4 个");
  await waitFor(() => expect(actions.mark).toHaveBeenCalledTimes(3));
  expect(actions.mark.mock.calls[2][0]).toHaveLength(4);
});

test("ignored warnings saved in the document stay ignored at the next check, and 全部恢复 brings them back", async () => {
  const user = setup();
  const saved = { ...sampleData(), ignoredFindings: [{ field: "sign.host.seal", rule: "seal", message: "尚未加盖单位公章。" }] };
  const actions = fakeActions({ saved, findings: FINDINGS });
  await renderApp(actions);
  await user.click(screen.getByRole("button", { name: "检查" }));
  await waitFor(() => expect(announcer()).toHaveTextContent("检查完成：2 个错误，1 个警告。问题已在文档中标出。（另有已忽略 1 项）"));
  expect(actions.mark.mock.calls[0][0].map((f) => f.field)).not.toContain("sign.host.seal");
  await user.click(screen.getByRole("button", { name: "全部恢复" }));
  await waitFor(() => expect(position()).toHaveTextContent("共 4 个"));
});
