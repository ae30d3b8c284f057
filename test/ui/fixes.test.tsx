/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Finding } from "../../src/check/finding";
import { emptyFill, fakeActions, fieldInput, finding, renderApp, sampleData } from "./helpers";

jest.setTimeout(60000);

/**
 * One-click fixes in the pane: a finding with a fix gets a button (or a small menu of the
 * options to tick); pressing it sets the answer in the form and fills through the host's fill
 * with replaceIfUnchanged, so the host can refuse it as a conflict; 撤销 takes it back.
 */
const withFix = (f: Finding, fix: Finding["fix"]): Finding => ({ ...f, fix });
const PHONE = withFix(finding("contact.cn.mobile", "phone", "error", "号码格式不正确。"), { kind: "replace", from: "139—9123—4567", to: "13991234567" });
const CHOICE = withFix(finding("basic.labType", "singleChoice", "error", "“类型”未勾选。"), {
  kind: "choose",
  from: "",
  options: ["前沿科技与基础研究", "应用技术与产业科技", "民生科技与文明互鉴"],
});

async function checked() {
  const user = userEvent.setup({ delay: null });
  const actions = fakeActions({ saved: sampleData(), findings: [PHONE, CHOICE] });
  await renderApp(actions, { initialOpen: ["basic"] });
  await user.click(screen.getByRole("button", { name: "检查" }));
  await screen.findByRole("region", { name: "检查结果" });
  return { user, actions };
}

test("a fix writes its value through fill, only over the text the check read, and 撤销 takes it back in the document and the form", async () => {
  const { user, actions } = await checked();
  expect(screen.getByText("建议改为：13991234567")).toBeInTheDocument();
  actions.fill.mockResolvedValueOnce(emptyFill({ changed: ["contact.cn.mobile"] }));
  await user.click(screen.getByRole("button", { name: "一键修正为“13991234567”：号码格式不正确。" }));
  await waitFor(() => expect(actions.fill).toHaveBeenCalledTimes(1));
  const [data, opts] = actions.fill.mock.calls[0];
  expect(data.contact?.cn?.mobile).toBe("13991234567");
  expect(opts).toEqual({ overwrite: false, replaceIfUnchanged: { "contact.cn.mobile": "139—9123—4567" }, only: ["contact.cn.mobile"] });
  await waitFor(() => expect(screen.getByTestId("announcer")).toHaveTextContent("已修正“联合实验室管理人员/中方联系人/手机”。"));
  expect(fieldInput("contact.cn.mobile")).toHaveValue("13991234567");
  const entry = screen.getByRole("button", { name: /号码格式不正确/ }).closest("li")!;
  expect(within(entry).getByText("（已修正）")).toBeInTheDocument();
  expect(within(entry).queryByRole("button", { name: /一键修正/ })).toBeNull();
  expect(screen.getByTestId("findings-stale")).toBeInTheDocument();

  await user.click(screen.getByTestId("notice-undo"));
  await waitFor(() => expect(actions.undoFill).toHaveBeenCalledTimes(1));
  await waitFor(() => expect(fieldInput("contact.cn.mobile")).toHaveValue(sampleData().contact!.cn!.mobile));
  expect(within(entry).getByRole("button", { name: /一键修正/ })).toBeInTheDocument();
});

test("a single choice is ticked as picked in a small menu", async () => {
  const { user, actions } = await checked();
  actions.fill.mockResolvedValueOnce(emptyFill({ changed: ["basic.labType"] }));
  await user.click(screen.getByRole("button", { name: "勾选一项：“类型”未勾选。" }));
  await user.click(await screen.findByRole("menuitem", { name: "应用技术与产业科技" }));
  await waitFor(() => expect(actions.fill).toHaveBeenCalledTimes(1));
  const [data, opts] = actions.fill.mock.calls[0];
  expect(data.basic?.labType).toBe("应用技术与产业科技");
  expect(opts.replaceIfUnchanged).toEqual({ "basic.labType": "" });
});

test("a document changed since the check makes the fix a conflict, asked about like any other", async () => {
  const { user, actions } = await checked();
  actions.fill.mockResolvedValueOnce(emptyFill({ conflicts: [{ field: "contact.cn.mobile", current: "13800000000", proposed: "13991234567" }] }));
  await user.click(screen.getByRole("button", { name: /一键修正为/ }));
  const dialog = await screen.findByRole("dialog");
  expect(within(dialog).getByText("13800000000")).toBeInTheDocument();
  await user.click(within(dialog).getByRole("button", { name: "取消" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  expect(actions.fill).toHaveBeenCalledTimes(1);
  expect(screen.getByRole("button", { name: /一键修正为/ })).toBeInTheDocument();
});
