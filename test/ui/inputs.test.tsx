/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { parseDisciplineText, validateDiscipline } from "../../src/data/disciplines";
import { currentData, fakeActions, labelled, renderApp, sampleData } from "./helpers";

jest.setTimeout(30000);

describe("inputs, one per field type", () => {
  test("text: typing changes the form", async () => {
    const user = userEvent.setup({ delay: null });
    const actions = fakeActions({ saved: sampleData() });
    await renderApp(actions);
    const input = screen.getByLabelText("联合实验室中方主任");
    expect(input).toHaveValue("李明华");
    await user.clear(input);
    await user.type(input, "王芳");
    expect(input).toHaveValue("王芳");
    expect((await currentData(actions, user)).cover?.cnDirector).toBe("王芳");
  });

  test("choice: a radio group per FIELDS options, one ticked", async () => {
    const user = userEvent.setup({ delay: null });
    const actions = fakeActions({ saved: sampleData() });
    await renderApp(actions, { initialOpen: ["basic"] });
    const group = screen.getByRole("radiogroup", { name: "类型（单选）" });
    const radios = within(group).getAllByRole("radio");
    expect(radios.map((r) => r.getAttribute("value"))).toEqual(["前沿科技与基础研究", "应用技术与产业科技", "民生科技与文明互鉴"]);
    expect(within(group).getByRole("radio", { name: "应用技术与产业科技" })).toBeChecked();
    await user.click(within(group).getByRole("radio", { name: "前沿科技与基础研究" }));
    expect(within(group).getByRole("radio", { name: "前沿科技与基础研究" })).toBeChecked();
    const natures = screen.getAllByRole("radiogroup", { name: "性质" });
    expect(natures.length).toBeGreaterThanOrEqual(3);
    const data = await currentData(actions, user);
    expect(data.basic?.labType).toBe("前沿科技与基础研究");
  });

  test("country picker: “哈萨” offers 哈萨克斯坦; a name off the list is kept with a warning", async () => {
    const user = userEvent.setup({ delay: null });
    const actions = fakeActions({ saved: {} });
    await renderApp(actions, { initialOpen: ["basic"] });
    const box = screen.getByRole("combobox", { name: "重点合作国" });
    await user.type(box, "哈萨");
    const option = await screen.findByRole("option", { name: /哈萨克斯坦/ });
    expect(screen.getAllByRole("option").length).toBeLessThanOrEqual(12);
    await user.click(option);
    expect(box).toHaveValue("哈萨克斯坦");
    expect(screen.queryByText("不在共建“一带一路”国家名单中")).not.toBeInTheDocument();

    await user.clear(box);
    await user.type(box, "德国");
    await user.tab();
    expect(box).toHaveValue("德国");
    expect(screen.getByText("不在共建“一带一路”国家名单中")).toBeInTheDocument();
    expect((await currentData(actions, user)).basic?.keyPartner).toBe("德国");
  });

  test("discipline: 一级 → 二级 → 三级 writes the “code name” chain the check reads", async () => {
    const user = userEvent.setup({ delay: null });
    const actions = fakeActions({ saved: {} });
    await renderApp(actions, { initialOpen: ["basic"] });
    const level2 = screen.getByRole("combobox", { name: "二级学科" });
    expect(level2).toBeDisabled();

    await user.type(screen.getByRole("combobox", { name: "一级学科" }), "农学");
    await user.click(await screen.findByRole("option", { name: "210 农学" }));
    expect(level2).toBeEnabled();

    await user.click(level2);
    const level2Options = await screen.findAllByRole("option");
    // Only the children of 210 are offered.
    expect(level2Options.every((o) => /^210\d\d /.test(o.textContent ?? ""))).toBe(true);
    await user.click(screen.getByRole("option", { name: "21020 农业基础学科" }));

    const level3 = screen.getByRole("combobox", { name: "三级学科" });
    await user.click(level3);
    await user.click(await screen.findByRole("option", { name: "2102050 农业生态学" }));

    const expected = "210 农学；21020 农业基础学科；2102050 农业生态学";
    expect(screen.getByRole("textbox", { name: "学科领域：写入文档的文字" })).toHaveValue(expected);
    const data = await currentData(actions, user);
    expect(data.basic?.discipline).toBe(expected);
    const items = parseDisciplineText(expected).items;
    expect(items.map((i) => i.code)).toEqual(["210", "21020", "2102050"]);
    expect(validateDiscipline(items)).toEqual([]);

    // Choosing another 一级 drops the levels below it.
    await user.click(screen.getByRole("combobox", { name: "一级学科" }));
    await user.click(await screen.findByRole("option", { name: "110 数学" }));
    expect(screen.getByRole("textbox", { name: "学科领域：写入文档的文字" })).toHaveValue("110 数学");
  });

  test("numbers: unit shown, numbers stored as numbers, “无” accepted, bad entries explained", async () => {
    const user = userEvent.setup({ delay: null });
    const actions = fakeActions({ saved: {} });
    await renderApp(actions, { initialOpen: ["basic"] });
    const funding = screen.getByLabelText("研发项目总经费（万元）");
    expect(funding.parentElement).toHaveTextContent("万元");
    await user.type(funding, "12.05");
    expect(funding).toHaveValue("12.05");
    const patents = screen.getByLabelText("专利授权数");
    await user.type(patents, "3.5");
    expect(screen.getByText("请填写非负整数，或填写“无”")).toBeInTheDocument();
    await user.clear(patents);
    await user.type(patents, "无");
    expect(screen.queryByText("请填写非负整数，或填写“无”")).not.toBeInTheDocument();
    const area = screen.getByLabelText("实验室实体面积（平米）");
    expect(area.parentElement).toHaveTextContent("平米");
    await user.type(area, "abc");
    expect(screen.getByText("请填写数字，或填写“无”")).toBeInTheDocument();

    const data = await currentData(actions, user);
    expect(data.stats?.rnd?.funding).toBe(12.05);
    expect(data.stats?.rnd?.patents).toBe("无");
    expect(data.stats?.ops?.area).toBe("abc");
  });

  test("lists: add, reorder with 上移/下移, remove", async () => {
    const user = userEvent.setup({ delay: null });
    const actions = fakeActions({ saved: sampleData() });
    await renderApp(actions, { initialOpen: ["basic"] });
    // Inputs carry their field path: reading them that way keeps the test fast on this long form.
    const staffNames = () => Array.from(document.querySelectorAll<HTMLInputElement>('[data-field^="staff["][data-field$="].name"]'));
    const names = () => ["", "", "", "", ...staffNames().map((i) => i.value)];
    expect(names().slice(4)).toEqual(["张伟", "刘洋", "陈静", "赵磊"]);
    // Each item's inputs are labelled by the form's own column labels.
    expect(staffNames()[0]).toHaveAccessibleName("姓名");

    await user.click(labelled("上移 专职人员 第 2 项"));
    expect(names().slice(4)).toEqual(["刘洋", "张伟", "陈静", "赵磊"]);
    // Focus follows the moved item.
    expect(document.activeElement).toBe(labelled("下移 专职人员 第 1 项"));
    await user.click(labelled("下移 专职人员 第 3 项"));
    expect(names().slice(4)).toEqual(["刘洋", "张伟", "赵磊", "陈静"]);
    expect(labelled("上移 专职人员 第 1 项")).toBeDisabled();
    expect(labelled("下移 专职人员 第 4 项")).toBeDisabled();

    await user.click(labelled("删除 专职人员 第 1 项"));
    expect(names().slice(4)).toEqual(["张伟", "赵磊", "陈静"]);

    await user.click(screen.getByRole("button", { name: "添加专职人员" }));
    expect(names().slice(4)).toEqual(["张伟", "赵磊", "陈静", ""]);
    await user.type(staffNames()[3], "孙丽");

    // Country lists work the same way.
    await user.click(labelled("下移 主要合作国 第 1 个国家"));
    await user.click(screen.getAllByRole("button", { name: "添加国家" })[0]);

    const data = await currentData(actions, user);
    expect(data.staff?.map((s) => s.name)).toEqual(["张伟", "赵磊", "陈静", "孙丽"]);
    expect(data.basic?.mainPartners).toEqual(["吉尔吉斯斯坦", "乌兹别克斯坦", "塔吉克斯坦", ""]);
  });

  test("data tables: one block per row, country column is a picker, rows added", async () => {
    const user = userEvent.setup({ delay: null });
    const actions = fakeActions({ saved: sampleData() });
    await renderApp(actions, { initialOpen: ["strategy"] });
    const table = screen.getByRole("group", { name: "国别布局（表格）" });
    expect(within(table).getAllByRole("combobox", { name: "合作国别" })).toHaveLength(4);
    await user.click(within(table).getByRole("button", { name: "添加一行" }));
    const boxes = within(table).getAllByRole("combobox", { name: "合作国别" });
    expect(boxes).toHaveLength(5);
    await user.type(boxes[4], "巴基");
    await user.click(await screen.findByRole("option", { name: /巴基斯坦/ }));
    const rowGroup = screen.getByRole("group", { name: "国别布局（表格） 第 5 行" });
    await user.click(within(rowGroup).getByRole("radio", { name: "辐射合作国" }));
    const data = await currentData(actions, user);
    expect(data.tables?.layout?.[4]).toEqual({ country: "巴基斯坦", type: "辐射合作国" });
  });

  test("narrative: live 字 counter, red past the limit; a limit read from the document wins", async () => {
    const user = userEvent.setup({ delay: null });
    const actions = fakeActions({ saved: { strategy: { significance: "" } } });
    await renderApp(actions, { initialOpen: ["strategy", "tech"], limits: { "tech.positioning": 10 } });
    const box = screen.getByRole("textbox", { name: "战略意义（1000字以内）" });
    const counter = screen.getByTestId("counter-strategy.significance");
    expect(counter).toHaveTextContent("0 / 1000 字");
    await user.type(box, "联合实验室 AI 研究。");
    // 5 + 1 (AI) + 2 + 1 (full-width 。) = 9
    expect(counter).toHaveTextContent("9 / 1000 字");
    expect(counter).toHaveAttribute("data-over", "false");
    act(() => {
      fireEvent.change(box, { target: { value: "字".repeat(1001) } });
    });
    expect(counter).toHaveTextContent("1001 / 1000 字，超出 1 字");
    expect(counter).toHaveAttribute("data-over", "true");
    // The textarea is described by its counter, so screen readers announce it too.
    expect(box).toHaveAccessibleDescription(/1001 \/ 1000 字/);

    const positioning = screen.getByRole("textbox", { name: "定位和目标（10字以内）" });
    await user.type(positioning, "一二三四五六七八九十一");
    expect(screen.getByTestId("counter-tech.positioning")).toHaveTextContent("11 / 10 字，超出 1 字");
  });
});

describe("autosave and loading", () => {
  test("loads saved data first; without it, the document's answers", async () => {
    const saved = fakeActions({ saved: sampleData() });
    await renderApp(saved);
    expect(saved.readDocument).not.toHaveBeenCalled();
    expect(screen.getByLabelText("联合实验室中方主任")).toHaveValue("李明华");
  });

  test("falls back to readDocument and shows its notes", async () => {
    const actions = fakeActions({ saved: null, document: { cover: { cnDirector: "文档里的主任" } } });
    actions.readDocument.mockResolvedValueOnce({ data: { cover: { cnDirector: "文档里的主任" } }, notes: ["找不到“日期”这一行"] });
    await renderApp(actions);
    expect(actions.loadSaved).toHaveBeenCalledTimes(1);
    expect(actions.readDocument).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText("联合实验室中方主任")).toHaveValue("文档里的主任");
    expect(screen.getByText("找不到“日期”这一行")).toBeInTheDocument();
    // Loading is not an edit: nothing is saved back.
    await new Promise((r) => setTimeout(r, 1300));
    expect(actions.saveData).not.toHaveBeenCalled();
  });

  test("edits are saved into the document about a second after the last keystroke", async () => {
    const user = userEvent.setup({ delay: null });
    const actions = fakeActions({ saved: sampleData() });
    await renderApp(actions);
    await user.type(screen.getByLabelText("日期"), "X");
    expect(actions.saveData).not.toHaveBeenCalled();
    await waitFor(() => expect(actions.saveData).toHaveBeenCalledTimes(1), { timeout: 2500 });
    expect(actions.saveData.mock.calls[0][0].cover?.date).toBe("2026年11月24日X");
    expect(await screen.findByText("已自动保存到文档")).toBeInTheDocument();
  });

  test("the form survives re-rendering with a new actions object", async () => {
    const user = userEvent.setup({ delay: null });
    const actions = fakeActions({ saved: sampleData() });
    const { rerender } = await renderApp(actions);
    await user.clear(screen.getByLabelText("日期"));
    await user.type(screen.getByLabelText("日期"), "2027年1月1日");
    const { App } = await import("../../src/ui/App");
    rerender(<App actions={{ ...actions }} />);
    expect(screen.getByLabelText("日期")).toHaveValue("2027年1月1日");
    expect(actions.loadSaved).toHaveBeenCalledTimes(1);
  });
});
