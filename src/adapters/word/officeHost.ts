/// <reference types="office-js" />
import { explainingRun } from "./officeErrors";
import type { IsSetSupported, OfficeSettingsLike, RunFn, WordHost, WRequestContext } from "./host";

/**
 * The real host: Office.js globals. This is the only file that touches
 * `Word` and `Office`; everything else takes a `WordHost` so tests and the
 * benchmark can pass the fake one.
 */

export const officeRun: RunFn = (batch) => Word.run((context) => batch(context as unknown as WRequestContext));

export const officeIsSetSupported: IsSetSupported = (name, version) => {
  try {
    return Office.context.requirements.isSetSupported(name, version);
  } catch {
    // Outside an Office host (the playground) there is no requirements object.
    return false;
  }
};

export function officeSettings(): OfficeSettingsLike | null {
  try {
    const settings = Office.context?.document?.settings;
    if (!settings) return null;
    return {
      get: (name) => settings.get(name),
      set: (name, value) => settings.set(name, value),
      remove: (name) => settings.remove(name),
      saveAsync: (callback) =>
        settings.saveAsync((r) => callback?.({ status: String(r.status), error: r.error ? { message: r.error.message } : undefined })),
    };
  } catch {
    return null;
  }
}

export function officeHost(): WordHost {
  return { run: officeRun, isSetSupported: officeIsSetSupported, officeSettings };
}

/**
 * Fill in whatever the caller did not inject with the Office.js globals. Every
 * batch's Office error comes back as a Chinese sentence (officeErrors.ts),
 * the fake host's as well as Word's.
 */
export function resolveHost(partial: Partial<WordHost> = {}): WordHost {
  return {
    run: explainingRun(partial.run ?? officeRun),
    isSetSupported: partial.isSetSupported ?? officeIsSetSupported,
    officeSettings: partial.officeSettings ?? officeSettings,
  };
}
