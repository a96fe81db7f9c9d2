/**
 * The site's own triggers (`data-wza-trigger` links and buttons): a click opens
 * or closes the toolbar, or toggles 关怀版.
 */
import type { Page, Undo } from '../page/page.js';

export interface TriggerActions {
  /** Whether 关怀版 is enabled on this page (`data-features`). */
  hasCare(): boolean;
  toggleCare(): void;
  toolbarOpen(): boolean;
  /** Opens the toolbar; focus goes back to `opener` when it closes. */
  open(opener: HTMLElement | null): void;
  close(): void;
}

export function listenTriggers(page: Page, actions: TriggerActions): Undo {
  return page.listen('document', 'click', (event) => {
    const trigger = page.triggerOf(event.target);
    if (!trigger) return;
    // A trigger is usually <a href="#">: following it would jump to the top of the page.
    event.preventDefault();
    if (trigger.kind === 'care') {
      if (actions.hasCare()) actions.toggleCare();
    } else if (actions.toolbarOpen()) {
      actions.close();
    } else {
      actions.open(trigger.element instanceof HTMLElement ? trigger.element : null);
    }
  });
}
