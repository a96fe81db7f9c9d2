/** Alt+key shortcuts from the registry's table, on the whole document, never while the user types. */
import type { Shortcut } from '../core/controls.js';
import type { Page, Undo } from '../page/page.js';

/** `shortcuts` is read at each key press: late features' shortcuts replace their stand-ins when their code arrives. */
export function listenShortcuts(page: Page, shortcuts: () => readonly Shortcut[]): Undo {
  return page.listen(
    'document',
    'keydown',
    (event) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      if (page.isTyping(event.composedPath()[0] ?? event.target)) return;
      const shortcut = shortcuts().find((s) => s.code === event.code);
      if (!shortcut) return;
      event.preventDefault();
      shortcut.run();
    },
    { capture: true },
  );
}
