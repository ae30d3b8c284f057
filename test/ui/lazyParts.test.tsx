/** @jest-environment jsdom */
import "./setup";
import { useState } from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CountryField } from "../../src/ui/components/inputs/CountryField";
import { lazyPart } from "../../src/ui/components/lazyPart";
import { PaneContext } from "../../src/ui/components/PaneContext";
import { CountryPicker } from "../../src/ui/components/paneParts";
import { Wrapper } from "./helpers";

jest.setTimeout(30000);

/** A loader the test resolves or fails by hand. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

function Box({ value, onChange, label }: { value: string; onChange: (v: string) => void; label: string }) {
  return <input aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} />;
}

function Answer({ Part }: { Part: ReturnType<typeof lazyPart<{ value: string; onChange: (v: string) => void; label: string }>> }) {
  const [value, setValue] = useState("");
  return (
    <>
      <Part value={value} onChange={setValue} label="部件" fallback={<Box value={value} onChange={setValue} label="临时" />} />
      <output data-testid="answer">{value}</output>
    </>
  );
}

describe("lazy parts of the pane (loaded after the first paint)", () => {
  test("text typed before the part arrives is kept, and the focus moves into the part", async () => {
    const user = userEvent.setup({ delay: null });
    const load = deferred<typeof Box>();
    const Part = lazyPart(() => load.promise);
    render(<Answer Part={Part} />);
    await user.type(screen.getByRole("textbox", { name: "临时" }), "哈萨克");
    expect(screen.getByTestId("answer")).toHaveTextContent("哈萨克");

    await act(async () => load.resolve(Box));
    const part = screen.getByRole("textbox", { name: "部件" });
    expect(part).toHaveValue("哈萨克");
    expect(part).toHaveFocus();
    await user.type(part, "斯坦");
    expect(screen.getByTestId("answer")).toHaveTextContent("哈萨克斯坦");
  });

  test("a part whose file does not arrive says so in Chinese, keeps the answer, and 重试 loads it", async () => {
    const user = userEvent.setup({ delay: null });
    const first = deferred<typeof Box>();
    const second = deferred<typeof Box>();
    const load = jest.fn().mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    const Part = lazyPart<{ value: string; onChange: (v: string) => void; label: string }>(load);
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(<Answer Part={Part} />);
    await user.type(screen.getByRole("textbox", { name: "临时" }), "德国");

    await act(async () => first.reject(new Error("Loading chunk 7 failed.")));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("这部分界面的文件没能加载（已填写的内容没有丢失）");
    expect(screen.getByTestId("answer")).toHaveTextContent("德国");

    await user.click(screen.getByRole("button", { name: "重试" }));
    await act(async () => second.resolve(Box));
    expect(screen.getByRole("textbox", { name: "部件" })).toHaveValue("德国");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  test("the country field before its picker has loaded: a plain box writing the same answer, then the picker with it", async () => {
    const user = userEvent.setup({ delay: null });
    const dispatch = jest.fn();
    // The field writes through onChange here (as in a country list); the pane's dispatch is not used.
    function Field() {
      const [value, setValue] = useState("");
      return (
        <PaneContext.Provider value={{ dispatch, findingsByField: new Map(), limits: {} }}>
          <CountryField path="basic.keyPartner" label="重点合作国" value={value} onChange={setValue} />
        </PaneContext.Provider>
      );
    }
    render(<Field />, { wrapper: Wrapper });
    // Still in the turn that rendered: this file has not loaded the pickers' part yet.
    expect(screen.queryByRole("combobox")).not.toBeInTheDocument();
    fireEvent.change(screen.getByRole("textbox", { name: "重点合作国" }), { target: { value: "哈萨克斯坦" } });

    await act(() => CountryPicker.preload());
    await waitFor(() => expect(screen.getByRole("combobox", { name: "重点合作国" })).toHaveValue("哈萨克斯坦"));
    await user.type(screen.getByRole("combobox", { name: "重点合作国" }), "、乌兹");
    expect(await screen.findByRole("option", { name: /乌兹别克斯坦/ })).toBeInTheDocument();
  });
});
