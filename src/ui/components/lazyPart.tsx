/**
 * Parts of the pane its first paint does not need (dialogs, the findings list, the pickers, the
 * progress bar) come in a chunk of their own, so Word shows the form sooner (docs/performance.md).
 * The pane asks for them as soon as it has painted (preloadPaneParts), so they are normally there
 * before anyone opens one. Until then a part shows its fallback; a fallback that takes input writes
 * to the same answer, and the focus moves into the part when it arrives, so nothing typed is lost.
 * The files come from the add-in's own origin; if one cannot be loaded the user is told so, in
 * Chinese, and can try again.
 */
import { Component, Suspense, lazy, useLayoutEffect, useRef, useState, type ComponentType, type MutableRefObject, type ReactNode, type RefObject } from "react";
import { S } from "../strings";

export type LazyPart<P> = ComponentType<P & { fallback?: ReactNode }> & { preload: () => Promise<unknown> };

const parts: LazyPart<never>[] = [];

/** A component loaded by `load` the first time it is needed (or preloaded), rendered directly once loaded. */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        // The next render or preload tries again.
        loading = undefined;
        throw e;
      },
    ));
  // React.lazy's own props type (refs and all) is wider than P; the part takes plain props.
  const newLazy = () => lazy(() => preload().then((c) => ({ default: c }))) as unknown as ComponentType<P>;
  let Lazy = newLazy();

  function Part({ fallback = null, ...props }: P & { fallback?: ReactNode }) {
    // Decided once per mount: a part already loaded never shows its fallback.
    const [direct] = useState(() => loaded !== undefined);
    const [attempt, setAttempt] = useState(0);
    const box = useRef<HTMLSpanElement>(null);
    const focusInFallback = useRef(false);
    if (direct && loaded) {
      const Loaded = loaded;
      return <Loaded {...(props as P)} />;
    }
    const retry = () => {
      Lazy = newLazy();
      setAttempt((n) => n + 1);
    };
    return (
      <LoadBoundary key={attempt} onRetry={retry}>
        <span
          ref={box}
          style={{ display: "contents" }}
          onFocus={() => (focusInFallback.current = !loaded)}
        >
          <Suspense fallback={fallback}>
            <Lazy {...(props as P)} />
            <TakeFocus box={box} when={focusInFallback} />
          </Suspense>
        </span>
      </LoadBoundary>
    );
  }
  const part = Object.assign(Part, { preload }) as LazyPart<P>;
  parts.push(part as LazyPart<never>);
  return part;
}

/**
 * When the part replaces a fallback that had the focus (which went with it), its first text box
 * takes the focus, caret at the end. Focus the user moved elsewhere stays where it is.
 */
function TakeFocus({ box, when }: { box: RefObject<HTMLSpanElement>; when: MutableRefObject<boolean> }) {
  useLayoutEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (!when.current || !lost) return;
    when.current = false;
    const input = box.current?.querySelector<HTMLInputElement | HTMLTextAreaElement>("input:not([disabled]), textarea:not([disabled])");
    if (!input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, [box, when]);
  return null;
}

interface LoadBoundaryProps {
  onRetry: () => void;
  children: ReactNode;
}

/** A part whose file did not arrive: says so, in Chinese, with a button to try again. */
class LoadBoundary extends Component<LoadBoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    // The loader's own words (English) go to the tooltip, for whoever reports it.
    const reason = this.state.error instanceof Error ? this.state.error.message : String(this.state.error);
    return (
      <span role="alert" data-testid="part-failed" title={reason}>
        {S.partLoadFailed}{" "}
        <button type="button" onClick={this.props.onRetry}>
          {S.retry}
        </button>
      </span>
    );
  }
}

/**
 * Loads every lazy part now (after the first paint); settles when all have arrived or failed —
 * a failed one is tried again when it is needed.
 */
export function preloadPaneParts(): Promise<void> {
  return Promise.allSettled(parts.map((p) => p.preload())).then(() => undefined);
}
