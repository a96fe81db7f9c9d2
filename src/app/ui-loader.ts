/** The lit elements (the UI chunk), loaded once on first use and defined; a failed load can be retried. */
import type { LoadUi, UiModule } from '../ui-module.js';

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
