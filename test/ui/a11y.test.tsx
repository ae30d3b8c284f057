/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe, toHaveNoViolations } from "jest-axe";
import { emptyFill, fakeActions, finding, renderApp, sampleData } from "./helpers";

expect.extend(toHaveNoViolations);
jest.setTimeout(120000);

const ALL = ["cover", "basic", "strategy", "tech", "sign"] as const;

// jsdom has no layout, so axe cannot judge colour contrast; the screenshots are the check for that.
const run = (el: Element) => axe(el, { rules: { "color-contrast": { enabled: false } } });

test("the whole pane with the sample data, every section open: no axe violations", async () => {
  const actions = fakeActions({ saved: sampleData() });
  const { container } = await renderApp(actions, { initialOpen: [...ALL] });
  expect(await run(container)).toHaveNoViolations();
});

test("after a check (findings list, badges, messages on inputs): no violations", async () => {
  const user = userEvent.setup({ delay: null });
  const actions = fakeActions({
    saved: sampleData(),
    findings: [
      finding("contact.cn.email", "email", "error", "Email 格式不正确。"),
      finding("basic.mainPartners", "partnerCount", "warning", "建议 3-5 个国家。"),
      finding("tables.layout", "required", "error", "国别布局表没有填写任何一行。"),
      finding("sign.host.seal", "seal", "warning", "尚未加盖单位公章。"),
    ],
  });
  const { container } = await renderApp(actions, { initialOpen: [...ALL] });
  await user.click(screen.getByRole("button", { name: "检查" }));
  await screen.findByRole("region", { name: "检查结果" });
  expect(await run(container)).toHaveNoViolations();
});

test("the conflicts dialog: no violations", async () => {
  const user = userEvent.setup({ delay: null });
  const actions = fakeActions({ saved: sampleData() });
  actions.fill.mockResolvedValueOnce(emptyFill({ conflicts: [{ field: "cover.date", current: "2025年", proposed: "2026年11月24日" }] }));
  await renderApp(actions);
  await user.click(screen.getByRole("button", { name: "填入文档" }));
  const dialog = await screen.findByRole("dialog");
  expect(await run(document.body)).toHaveNoViolations();
  await waitFor(() => expect(dialog).toBeInTheDocument());
});

// Tab order itself is walked in real Chromium by scripts/screenshots.ts (jsdom has no layout, and
// Fluent's focus manager skips elements it cannot measure). Here: nothing is kept out of it.
test("keyboard only: every control is a native, tabbable element", async () => {
  const actions = fakeActions({ saved: sampleData() });
  const { container } = await renderApp(actions, { initialOpen: [...ALL] });
  const controls = Array.from(container.querySelectorAll<HTMLElement>("button, input, textarea, select, [role=combobox]"));
  expect(controls.length).toBeGreaterThan(200);
  const untabbable = controls.filter((el) => el.tabIndex < 0 && !(el instanceof HTMLInputElement && el.type === "file"));
  // Fluent's radio groups put only the checked (or first) radio in the tab order; arrows move within.
  expect(untabbable.filter((el) => !(el instanceof HTMLInputElement && el.type === "radio"))).toEqual([]);
  const headers = container.querySelectorAll("[data-section] > h2 button");
  expect(Array.from(headers).map((b) => b.textContent?.split(/\d/)[0])).toEqual(["封面", "一、基本信息", "二、战略评议", "三、技术评议", "四、审核意见"]);
});
