/**
 * What every input needs besides its own value: how to change the form, the
 * findings of the last check (shown next to the input they concern) and the
 * 字 limits in force. A context, so the generic field renderer stays generic.
 */
import { createContext, useContext } from "react";
import type { Finding } from "../../check/finding";
import type { FormAction } from "../state/formStore";

export interface PaneContextValue {
  dispatch: (action: FormAction) => void;
  /** Findings of the last check by their field path (`staff[1].phone`). */
  findingsByField: ReadonlyMap<string, readonly Finding[]>;
  /** 字 limits read from the document, overriding FIELDS' defaults. */
  limits: Readonly<Record<string, number>>;
}

const EMPTY: PaneContextValue = { dispatch: () => undefined, findingsByField: new Map(), limits: {} };

export const PaneContext = createContext<PaneContextValue>(EMPTY);

export const usePane = () => useContext(PaneContext);
