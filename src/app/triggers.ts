/**
 * The site's own triggers (`data-wza-trigger` links and buttons): a click opens
 * or closes the toolbar, or toggles 关怀版 or 繁體.
 */
import type { Page, Undo } from '../page/page.js';

/** What a trigger asks of the app (WzaApp itself). */
export interface TriggerActions {
  readonly settings: { readonly value: { readonly toolbar: boolean } };
  hasFeature(id: 'care' | 'traditional'): boolean;
  toggleCare(): void;
  toggleTraditional(): void;
  /** Opens the toolbar; focus goes back to `opener` when it closes. */
  open(opener?: HTMLElement): void;
  close(): void;
}

export function listenTriggers(page: Page, actions: TriggerActions): Undo {
  return page.listen('document', 'click', (event) => {
    const trigger = page.triggerOf(event.target);
    if (!trigger) return;
    // A trigger is usually <a href="#">: following it would jump to the top of the page.
    event.preventDefault();
    if (trigger.kind === 'care') {
      if (actions.hasFeature('care')) actions.toggleCare();
    } else if (trigger.kind === 'traditional') {
      if (actions.hasFeature('traditional')) actions.toggleTraditional();
    } else if (actions.settings.value.toolbar) {
      actions.close();
    } else {
      actions.open(trigger.element instanceof HTMLElement ? trigger.element : undefined);
    }
  });
}
