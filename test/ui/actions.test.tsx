/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SilkformError } from "../../src/errors";
import { emptyFill, fakeActions, fieldInput, finding, renderApp, sampleData } from "./helpers";

jest.setTimeout(30000);

const setup = () => userEvent.setup({ delay: null });
const notice = () => screen.getByTestId("notice");

describe("填入文档", () => {
  test("without conflicts: one call with overwrite false and a summary", async () => {
    const user = setup();
    const actions = fakeActions({ saved: sampleData() });
    actions.fill.mockResolvedValueOnce(emptyFill({ changed: ["cover.labName", "cover.date"], rowsAdded: 2 }));
    await renderApp(actions);
    await user.click(screen.getByRole("button", { name: "填入文档" }));
    await waitFor(() => expect(notice()).toHaveTextContent("已填入文档 2 项。为容纳本表内容，在表格中新增了 2 行。"));
    expect(actions.fill).toHaveBeenCalledTimes(1);
    expect(actions.fill.mock.calls[0][1]).toEqual({ overwrite: false });
    expect(actions.fill.mock.calls[0][0].cover?.labName).toBe("中国—哈萨克斯坦干旱区生态农业“一带一路”联合实验室");
  });

  test("Track Changes on: asks how to fill, then fills with that choice (or not at all)", async () => {
    const user = setup();
    const actions = fakeActions({ saved: sampleData() });
    const asked = new SilkformError("trackChangesOn", "文档开启了“修订”（Track Changes）。请选择……");
    actions.fill.mockRejectedValueOnce(asked).mockResolvedValueOnce(emptyFill({ changed: ["cover.date"] }));
    await renderApp(actions);
    await user.click(screen.getByRole("button", { name: "填入文档" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog).toHaveTextContent("文档开启了“修订”");
    await user.click(within(dialog).getByRole("button", { name: "暂时关闭修订后填写" }));
    await waitFor(() => expect(notice()).toHaveTextContent("已填入文档 1 项"));
    expect(actions.fill).toHaveBeenCalledTimes(2);
    expect(actions.fill.mock.calls[1][1]).toEqual({ overwrite: false, tracking: "pause" });

    // Cancel writes nothing; the next 填入文档 asks again.
    actions.fill.mockRejectedValueOnce(asked);
    await user.click(screen.getByRole("button", { name: "填入文档" }));
    await user.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "取消" }));
    expect(actions.fill).toHaveBeenCalledTimes(3);
    expect(actions.fill.mock.calls[2][1]).toEqual({ overwrite: false });
  });

  test("conflicts: a dialog per item; 覆盖 one, 保留 the other → second fill overwrites exactly that one", async () => {
    const user = setup();
    const actions = fakeActions({ saved: sampleData() });
    actions.fill
      .mockResolvedValueOnce(
        emptyFill({
          changed: ["cover.date"],
          conflicts: [
            { field: "basic.researchDirection", current: "节水农业", proposed: "干旱区节水农业与土壤生态修复" },
            { field: "tables.layout[1].country", current: "乌兹别克", proposed: "乌兹别克斯坦" },
          ],
        }),
      )
      .mockResolvedValueOnce(
        emptyFill({
          changed: ["basic.researchDirection"],
          conflicts: [{ field: "tables.layout[1].country", current: "乌兹别克", proposed: "乌兹别克斯坦" }],
        }),
      );
    await renderApp(actions);
    await user.click(screen.getByRole("button", { name: "填入文档" }));

    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("以下 2 项在文档中已填写了与本表不同的内容。请逐项选择：用本表内容覆盖，或保留文档原样。")).toBeInTheDocument();
    const first = dialog.querySelector<HTMLElement>('[data-conflict="basic.researchDirection"]')!;
    expect(first).toHaveTextContent("研究方向");
    expect(first).toHaveTextContent("文档中节水农业");
    expect(first).toHaveTextContent("本表干旱区节水农业与土壤生态修复");
    const second = dialog.querySelector<HTMLElement>('[data-conflict="tables.layout[1].country"]')!;
    expect(second).toHaveTextContent("二（二）国别布局表（第2行）/合作国别");
    // Keeping is the default.
    expect(within(second).getByRole("radio", { name: "保留" })).toBeChecked();

    await user.click(within(first).getByRole("radio", { name: "覆盖" }));
    await user.click(within(second).getByRole("radio", { name: "保留" }));
    await user.click(within(dialog).getByRole("button", { name: "确定" }));

    await waitFor(() => expect(actions.fill).toHaveBeenCalledTimes(2));
    expect(actions.fill.mock.calls[1][1]).toEqual({ overwrite: ["basic.researchDirection"] });
    await waitFor(() => expect(notice()).toHaveTextContent("已填入文档 2 项。文档中 1 项原有内容已保留。"));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  test("conflicts all kept: no second fill", async () => {
    const user = setup();
    const actions = fakeActions({ saved: sampleData() });
    actions.fill.mockResolvedValueOnce(emptyFill({ conflicts: [{ field: "cover.date", current: "2025年", proposed: "2026年11月24日" }] }));
    await renderApp(actions);
    await user.click(screen.getByRole("button", { name: "填入文档" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "全部覆盖" }));
    expect(within(dialog).getByRole("radio", { name: "覆盖" })).toBeChecked();
    await user.click(within(dialog).getByRole("button", { name: "全部保留" }));
    await user.click(within(dialog).getByRole("button", { name: "确定" }));
    await waitFor(() => expect(notice()).toHaveTextContent("文档中 1 项原有内容已保留。"));
    expect(actions.fill).toHaveBeenCalledTimes(1);
  });

  test("unfillable items are listed by their Chinese names", async () => {
    const user = setup();
    const actions = fakeActions({ saved: sampleData() });
    actions.fill.mockResolvedValueOnce(
      emptyFill({
        changed: ["cover.date"],
        unfillable: [
          { field: "cnHost.nature", reason: "“企业”前没有方框，无法勾选" },
          { field: "foreignParticipants[0].name", reason: "“一、基本信息”表格中找不到“名称”这一栏", value: "乌兹别克斯坦科学院土壤研究所" },
        ],
      }),
    );
    await renderApp(actions);
    await user.click(screen.getByRole("button", { name: "填入文档" }));
    await waitFor(() => expect(notice()).toHaveTextContent("以下内容无法填入文档："));
    expect(notice()).toHaveTextContent("中方依托单位/性质：“企业”前没有方框，无法勾选");
    expect(notice()).toHaveTextContent("“乌兹别克斯坦科学院土壤研究所”——“一、基本信息”表格中找不到“名称”这一栏");
  });
});

describe("检查 and the findings list", () => {
  const findings = [
    finding("staff[1].phone", "phone", "error", "“联合实验室管理人员/专职人员（第2项）/电话”号码位数不对。"),
    finding("basic.mainPartners", "partnerCount", "warning", "合作国别/主要合作国填了 2 个国家，申报书建议 3-5 个。"),
    finding("strategy.significance", "overLimit", "error", "“二（一）战略意义”共 1086 字，超过 1000 字。"),
    finding("sign.host.seal", "seal", "warning", "中方依托单位审核意见尚未加盖单位公章。"),
  ];

  test("a document Word cannot export: the findings are listed and the notice says they are not marked", async () => {
    const user = setup();
    const actions = fakeActions({ saved: sampleData(), findings });
    actions.marksOutcome.mockReturnValue({ commentsRefused: false, unmarked: true });
    await renderApp(actions);
    await user.click(screen.getByRole("button", { name: "检查" }));
    const panel = await screen.findByRole("region", { name: "检查结果" });
    expect(panel).toHaveTextContent("2 个错误，2 个警告");
    expect(notice()).toHaveTextContent("未在文档中标出");
  });

  test("findings grouped by section with counts; a click jumps and focuses the input", async () => {
    const user = setup();
    const actions = fakeActions({ saved: sampleData(), findings });
    await renderApp(actions);
    await user.click(screen.getByLabelText(/提交前最终检查/));
    await user.click(screen.getByRole("button", { name: "检查" }));
    expect(actions.check).toHaveBeenCalledWith({ final: true, mark: false });

    const panel = await screen.findByRole("region", { name: "检查结果" });
    expect(panel).toHaveTextContent("2 个错误，2 个警告");
    expect(within(panel).getByRole("heading", { name: "一、基本信息（2）" })).toBeInTheDocument();
    expect(within(panel).getByRole("heading", { name: "二、战略评议（1）" })).toBeInTheDocument();
    expect(within(panel).getByRole("heading", { name: "四、审核意见（1）" })).toBeInTheDocument();
    // Severity is said in words too, not only by the icon's colour.
    const phone = within(panel).getByRole("button", { name: /电话”号码位数不对/ });
    expect(phone).toHaveTextContent("错误：");
    expect(screen.getByTestId("errors-basic")).toHaveTextContent("1 错误");
    expect(screen.getByTestId("errors-strategy")).toHaveTextContent("1 错误");

    await user.click(phone);
    expect(actions.jumpTo).toHaveBeenCalledWith(findings[0]);
    // 一、基本信息 opened and the phone of 专职人员 2 has the focus, showing the finding.
    await waitFor(() => expect(document.activeElement).toBe(fieldInput("staff[1].phone")));
    expect(fieldInput("staff[1].phone")).toHaveAccessibleDescription("“联合实验室管理人员/专职人员（第2项）/电话”号码位数不对。");
    expect(fieldInput("staff[1].phone")).toHaveAttribute("aria-invalid", "true");

    await user.click(within(panel).getByRole("button", { name: /战略意义/ }));
    expect(actions.jumpTo).toHaveBeenLastCalledWith(findings[2]);
    await waitFor(() => expect(document.activeElement).toBe(fieldInput("strategy.significance")));

    // A list-level finding focuses the list's first input.
    await user.click(within(panel).getByRole("button", { name: /^警告：.*主要合作国填了/ }));
    await waitFor(() => expect(document.activeElement).toBe(fieldInput("basic.mainPartners[0]")));

    // The list folds away to get to the form; the summary stays.
    await user.click(within(panel).getByRole("button", { name: "收起" }));
    expect(within(panel).getByRole("button", { name: /战略意义/ })).not.toBeVisible();
    expect(panel).toHaveTextContent("2 个错误，2 个警告");
    await user.click(within(panel).getByRole("button", { name: "展开" }));
    expect(within(panel).getByRole("button", { name: /战略意义/ })).toBeVisible();
  });

  test("no findings: a clear all-good message", async () => {
    const user = setup();
    const actions = fakeActions({ saved: sampleData(), findings: [] });
    await renderApp(actions);
    await user.click(screen.getByRole("button", { name: "检查" }));
    await waitFor(() => expect(notice()).toHaveTextContent("检查完成，未发现问题。"));
    expect(actions.check).toHaveBeenCalledWith({ final: false, mark: false });
  });
});

describe("导入 / 导出 JSON", () => {
  const upload = async (content: string, name = "data.json") => {
    const input = screen.getByLabelText("选择要导入的 JSON 文件") as HTMLInputElement;
    const file = new File([content], name, { type: "application/json" });
    fireEvent.change(input, { target: { files: [file] } });
  };

  test("invalid data: Chinese problems listed, the current form kept", async () => {
    const actions = fakeActions({ saved: sampleData() });
    await renderApp(actions, { initialOpen: ["cover", "basic"] });
    await upload(JSON.stringify({ basic: { labType: "基础研究" }, staff: [{ name: 1 }], colour: "red" }), "坏数据.json");
    await waitFor(() => expect(notice()).toHaveTextContent("坏数据.json 中有 3 处问题，未导入。当前表单内容保持不变："), { timeout: 10000 });
    expect(notice()).toHaveTextContent("类型（单选）：应为以下之一：前沿科技与基础研究、应用技术与产业科技、民生科技与文明互鉴");
    expect(notice()).toHaveTextContent("不认识的项 “colour”");
    expect(notice()).not.toHaveTextContent(/at .*\(|Error:|ZodError/);
    expect(screen.getByLabelText("联合实验室中方主任")).toHaveValue("李明华");
  });

  test("not JSON at all: said so, form kept", async () => {
    const actions = fakeActions({ saved: sampleData() });
    await renderApp(actions);
    await upload("{ not json", "x.json");
    await waitFor(() => expect(notice()).toHaveTextContent("x.json 不是有效的 JSON 文件，未导入。当前表单内容保持不变。"));
    expect(screen.getByLabelText("联合实验室中方主任")).toHaveValue("李明华");
  });

  test("valid data replaces the form, and the previous form can be restored", async () => {
    const user = setup();
    const actions = fakeActions({ saved: sampleData() });
    await renderApp(actions);
    await upload(JSON.stringify({ cover: { cnDirector: "周新" }, stats: { rnd: { patents: "１２" } } }), "new.json");
    await waitFor(() => expect(screen.getByLabelText("联合实验室中方主任")).toHaveValue("周新"));
    expect(notice()).toHaveTextContent("已导入 new.json");
    await user.click(screen.getByRole("button", { name: "恢复之前的内容" }));
    expect(screen.getByLabelText("联合实验室中方主任")).toHaveValue("李明华");
  });

  test("export downloads the form as a .json named after the lab", async () => {
    const user = setup();
    const actions = fakeActions({ saved: sampleData() });
    let blob: Blob | undefined;
    const createObjectURL = jest.fn((b: Blob) => {
      blob = b;
      return "blob:fake";
    });
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await renderApp(actions);
    await user.click(screen.getByRole("button", { name: "导出 JSON" }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0].download).toBe("中国—哈萨克斯坦干旱区生态农业“一带一路”联合实验室.json");
    expect(clicked[0].href).toBe("blob:fake");
    const text = await new Promise<string>((resolve) => {
      const r = new FileReader();
      r.onload = () => resolve(String(r.result));
      r.readAsText(blob!);
    });
    expect(JSON.parse(text)).toEqual(sampleData());
    await waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith("blob:fake"));
    click.mockRestore();
  });
});

describe("other actions", () => {
  test("从文档读取 replaces the form; 恢复之前的内容 brings it back", async () => {
    const user = setup();
    const actions = fakeActions({ saved: sampleData() });
    actions.readDocument.mockResolvedValue({ data: { cover: { cnDirector: "文档主任" } }, notes: ["“日期”一行为空"] });
    await renderApp(actions);
    await user.click(screen.getByRole("button", { name: "从文档读取" }));
    await waitFor(() => expect(screen.getByLabelText("联合实验室中方主任")).toHaveValue("文档主任"));
    expect(notice()).toHaveTextContent("已从文档读取 1 项内容。读取说明：");
    expect(notice()).toHaveTextContent("“日期”一行为空");
    await user.click(screen.getByRole("button", { name: "恢复之前的内容" }));
    expect(screen.getByLabelText("联合实验室中方主任")).toHaveValue("李明华");
  });

  test("新建空白申报书: asks before replacing a document with content", async () => {
    const user = setup();
    const actions = fakeActions({ saved: sampleData() });
    actions.newBlankForm.mockRejectedValueOnce({ id: "documentNotEmpty", message: "文档中已有内容。确认后将替换为空白申报书。" });
    await renderApp(actions);
    await user.click(screen.getByRole("button", { name: "新建空白申报书" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog).toHaveTextContent("文档中已有内容。确认后将替换为空白申报书。");
    await user.click(within(dialog).getByRole("button", { name: "替换为空白申报书" }));
    await waitFor(() => expect(actions.newBlankForm).toHaveBeenLastCalledWith({ confirmReplace: true }));
    expect(actions.newBlankForm.mock.calls[0][0]).toEqual({ confirmReplace: false });
    await waitFor(() => expect(notice()).toHaveTextContent("已插入空白申报书。"));
    // The form in the pane is untouched: it can be filled into the new form.
    expect(screen.getByLabelText("联合实验室中方主任")).toHaveValue("李明华");
  });

  test("新建空白申报书: any other failure is reported, not asked about (the pane goes by the error's id)", async () => {
    const user = setup();
    const actions = fakeActions({ saved: sampleData() });
    actions.newBlankForm.mockRejectedValueOnce(new SilkformError("blankFormUnavailable", "无法载入空白申报书（HTTP 404）。"));
    await renderApp(actions);
    await user.click(screen.getByRole("button", { name: "新建空白申报书" }));
    await waitFor(() => expect(notice()).toHaveTextContent("无法载入空白申报书（HTTP 404）。"));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(actions.newBlankForm).toHaveBeenCalledTimes(1);
  });

  test("新建空白申报书 into an empty document: no question", async () => {
    const user = setup();
    const actions = fakeActions({ saved: sampleData() });
    await renderApp(actions);
    await user.click(screen.getByRole("button", { name: "新建空白申报书" }));
    await waitFor(() => expect(notice()).toHaveTextContent("已插入空白申报书。"));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
  });

  test("撤销上次填写 and 清除标记 report their result", async () => {
    const user = setup();
    const actions = fakeActions({ saved: sampleData() });
    await renderApp(actions);
    await user.click(screen.getByRole("button", { name: "撤销上次填写" }));
    await waitFor(() => expect(notice()).toHaveTextContent("已撤销上次填写"));
    actions.undoFill.mockResolvedValueOnce(false);
    await user.click(screen.getByRole("button", { name: "撤销上次填写" }));
    await waitFor(() => expect(notice()).toHaveTextContent("没有可以撤销的填写。"));
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    await waitFor(() => expect(notice()).toHaveTextContent("已清除文档中的检查标记。"));
    expect(actions.clearMarks).toHaveBeenCalledTimes(1);
  });

  test("a spinner while an action runs; other actions wait", async () => {
    const user = setup();
    const actions = fakeActions({ saved: sampleData() });
    let finish!: () => void;
    actions.clearMarks.mockReturnValueOnce(new Promise<void>((r) => (finish = r)));
    await renderApp(actions);
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    expect(await screen.findByLabelText("正在处理…")).toBeInTheDocument();
    // Focusable while waiting (so the pressed one keeps focus), but inert.
    expect(screen.getByRole("button", { name: "检查" })).toHaveAttribute("aria-disabled", "true");
    await user.click(screen.getByRole("button", { name: "检查" }));
    expect(actions.check).not.toHaveBeenCalled();
    finish();
    await waitFor(() => expect(screen.getByRole("button", { name: "检查" })).not.toHaveAttribute("aria-disabled", "true"));
    expect(actions.check).not.toHaveBeenCalled();
  });

  test("errors: a host's Chinese message as it is; anything else as a Chinese sentence, never a stack", async () => {
    const user = setup();
    const actions = fakeActions({ saved: sampleData() });
    await renderApp(actions);
    actions.check.mockRejectedValueOnce({ id: "notThisForm", message: "这份文档不是“一带一路”联合实验室情况摸底申报书。" });
    await user.click(screen.getByRole("button", { name: "检查" }));
    await waitFor(() => expect(notice()).toHaveTextContent("这份文档不是“一带一路”联合实验室情况摸底申报书。"));

    const error = new Error("GeneralException: An internal error has occurred.");
    error.stack = "Error: GeneralException\n    at Object.run (word.js:1:1)";
    actions.fill.mockRejectedValueOnce(error);
    await user.click(screen.getByRole("button", { name: "填入文档" }));
    await waitFor(() => expect(notice()).toHaveTextContent("“填入文档”未能完成，请稍后重试。（详细信息：GeneralException: An internal error has occurred.）"));
    expect(notice()).not.toHaveTextContent("word.js");
  });

  test("a failed load opens an empty form with the reason", async () => {
    const actions = fakeActions({ saved: null });
    actions.loadSaved.mockRejectedValueOnce(new SilkformError("corruptXml", "文档无法读取：内容已损坏。"));
    await renderApp(actions);
    expect(screen.getByText(/未能读取文档中的申报内容，已打开空白表单。文档无法读取：内容已损坏。/)).toBeInTheDocument();
    expect(screen.getByLabelText("联合实验室中方主任")).toHaveValue("");
  });
});
