/** The lit elements (the UI chunk), loaded once on first use and defined; a failed load can be retried. */
import type { LoadPart, LoadUi, UiModule } from '../ui-module.js';

export function onceUi(loadUi: LoadUi): () => Promise<UiModule> {
  let loading: Promise<UiModule> | null = null;
  return () =>
    (loading ??= loadUi().then(
      (ui) => {
        ui.defineElements();
        return ui;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
}

/**
 * Each feature part loaded once, by id, after the UI module (`ui`, which it takes
 * modules from); a failed load is forgotten so the next use retries.
 */
export function onceParts(loadPart: LoadPart, ui: () => Promise<UiModule>): (id: string) => Promise<unknown> {
  const loading = new Map<string, Promise<unknown>>();
  return (id) => {
    let part = loading.get(id);
    if (!part) {
      part = ui().then((m) => loadPart(id, m));
      loading.set(id, part);
      part.catch(() => loading.delete(id));
    }
    return part;
  };
}
