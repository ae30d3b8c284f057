import { startPaneBuild } from "./paneBuild";

/** globalSetup and globalTeardown share this process's globals. */
export const BUILD_KEY = "__silkformPaneBuild";

export default function globalSetup(): void {
  (globalThis as Record<string, unknown>)[BUILD_KEY] = startPaneBuild();
}
