/**
 * The GB/T 13745 table (3.5k disciplines, 34 KB gzipped) stays out of the pane's first download:
 * the picker asks for it when it is first shown and offers its levels once it is there. The
 * answer's text box works meanwhile.
 */
import { useEffect, useState } from "react";

export type DisciplineValue = typeof import("../../state/disciplineValue");

let loaded: DisciplineValue | undefined;
let loading: Promise<DisciplineValue> | undefined;

function loadDisciplineValue(): Promise<DisciplineValue> {
  loading ??= import(/* webpackChunkName: "disciplines" */ "../../state/disciplineValue").then((m) => (loaded = m));
  return loading;
}

/** The picker's lookups, or undefined until the table has arrived (a failed load is tried again at the next mount). */
export function useDisciplineValue(): DisciplineValue | undefined {
  const [value, setValue] = useState(loaded);
  useEffect(() => {
    if (value) return;
    let mounted = true;
    loadDisciplineValue().then(
      (m) => mounted && setValue(m),
      () => (loading = undefined),
    );
    return () => {
      mounted = false;
    };
  }, [value]);
  return value;
}
