import type { ChildProcess } from "child_process";
import { BUILD_KEY } from "./globalSetup";

/** A run that ended early (a failure, -t filtering out the e2e test) leaves no build running behind it. */
export default function globalTeardown(): void {
  const build = (globalThis as Record<string, unknown>)[BUILD_KEY] as ChildProcess | undefined;
  if (build && build.exitCode === null && build.signalCode === null) build.kill();
}
