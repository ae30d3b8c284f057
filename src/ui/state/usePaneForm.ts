/**
 * The form state of the pane, owned by <App> so it survives every re-render:
 * loading on mount (saved data first, else the document's own answers),
 * edits, and autosave into the document a second after the last edit.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import type { FormData } from "../../form/schema";
import type { PaneActions } from "../actions";
import { formReducer, type FormAction } from "./formStore";

interface State {
  data: FormData;
  /** Bumped by every change the user made (edits, imports, reads they asked for); loads on mount do not count. */
  revision: number;
}

type Internal = { type: "edit"; action: FormAction } | { type: "load"; data: FormData; byUser: boolean };

function reducer(state: State, a: Internal): State {
  if (a.type === "load") return { data: a.data, revision: a.byUser ? state.revision + 1 : state.revision };
  const data = formReducer(state.data, a.action);
  return data === state.data ? state : { data, revision: state.revision + 1 };
}

export type SaveStatus = { state: "idle" | "saving" | "saved" } | { state: "failed"; error: unknown };

export type InitialLoad =
  | { state: "loading" }
  | { state: "done"; source: "saved" | "document"; notes: string[] }
  /** Neither saved data nor the document could be read: the form starts empty. */
  | { state: "failed"; error: unknown };

export interface PaneForm {
  data: FormData;
  dispatch: (action: FormAction) => void;
  /** Replace the whole form (读取, 导入, 恢复); counts as the user's change and is autosaved. */
  replace: (data: FormData) => void;
  save: SaveStatus;
  initial: InitialLoad;
}

export const AUTOSAVE_MS = 1000;

export function usePaneForm(actions: PaneActions, autosaveMs = AUTOSAVE_MS): PaneForm {
  const [state, send] = useReducer(reducer, { data: {}, revision: 0 });
  const [save, setSave] = useState<SaveStatus>({ state: "idle" });
  const [initial, setInitial] = useState<InitialLoad>({ state: "loading" });

  // The host object may be re-created by the parent; the latest one is used without restarting effects.
  const actionsRef = useRef(actions);
  actionsRef.current = actions;
  const revisionRef = useRef(state.revision);
  revisionRef.current = state.revision;
  const mounted = useRef(false);
  const started = useRef(false);
  /** Data edited but not yet handed to saveData, flushed when the pane closes. */
  const pending = useRef<FormData | null>(null);

  const dispatch = useCallback((action: FormAction) => send({ type: "edit", action }), []);
  const replace = useCallback((data: FormData) => send({ type: "load", data, byUser: true }), []);

  useEffect(() => {
    mounted.current = true;
    if (!started.current) {
      started.current = true;
      void (async () => {
        try {
          const saved = await actionsRef.current.loadSaved();
          let next: InitialLoad;
          let data: FormData | null = saved;
          if (saved) next = { state: "done", source: "saved", notes: [] };
          else {
            const read = await actionsRef.current.readDocument();
            data = read.data;
            next = { state: "done", source: "document", notes: read.notes };
          }
          if (!mounted.current) return;
          // Typing that started while the document was read wins over what was read.
          if (data && revisionRef.current === 0) send({ type: "load", data, byUser: false });
          setInitial(next);
        } catch (error) {
          if (mounted.current) setInitial({ state: "failed", error });
        }
      })();
    }
    return () => {
      mounted.current = false;
      if (pending.current) {
        void actionsRef.current.saveData(pending.current).catch(() => undefined);
        pending.current = null;
      }
    };
  }, []);

  useEffect(() => {
    if (state.revision === 0) return;
    pending.current = state.data;
    const data = state.data;
    const timer = setTimeout(() => {
      pending.current = null;
      setSave({ state: "saving" });
      actionsRef.current.saveData(data).then(
        () => mounted.current && setSave({ state: "saved" }),
        (error: unknown) => mounted.current && setSave({ state: "failed", error }),
      );
    }, autosaveMs);
    return () => clearTimeout(timer);
  }, [state.revision, state.data, autosaveMs]);

  return { data: state.data, dispatch, replace, save, initial };
}
