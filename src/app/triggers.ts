/**
 * What the buttons on the page ask of the app: the site's own triggers
 * (`data-wza-trigger` links and buttons) and the launcher's. A click opens or
 * closes the toolbar, or toggles 关怀版 or 繁體, and says so; the launcher also
 * has 退出's action.
 */
import type { Config } from '../config.js';
import type { WzaActionEvent } from '../events.js';
import type { Announcement } from '../features/feature.js';
import type { Translation } from '../i18n/index.js';
import type { Page, Undo } from '../page/page.js';
import type { SettingsStore } from '../settings.js';

/** What a button asks of the app (WzaApp itself). */
export interface TriggerActions {
  readonly settings: SettingsStore;
  readonly t: Translation;
  hasFeature(id: 'care' | 'traditional'): boolean;
  announce(said: Announcement): void;
  /** Opens the toolbar; focus goes back to `opener` when it closes. */
  open(opener?: HTMLElement): void;
  close(): void;
  exit(): void;
}

/** 关怀版 on or off, and said. */
export function toggleCare(app: TriggerActions): void {
  app.settings.set({ care: !app.settings.value.care });
  app.announce((t) => (app.settings.value.care ? t.announce.careOn : t.announce.careOff));
}

/** 繁體 on or off (the site's own 繁體 link), and said. */
export function toggleTraditional(app: TriggerActions): void {
  const on = !app.settings.value.traditional;
  app.settings.set({ traditional: on });
  app.announce((t) => (on ? t.announce.on(t.controls.traditional) : t.announce.off(t.controls.traditional)));
}

export function listenTriggers(page: Page, actions: TriggerActions): Undo {
  return page.listen('document', 'click', (event) => {
    const trigger = page.triggerOf(event.target);
    if (!trigger) return;
    // A trigger is usually <a href="#">: following it would jump to the top of the page.
    event.preventDefault();
    if (trigger.kind === 'care') {
      if (actions.hasFeature('care')) toggleCare(actions);
    } else if (trigger.kind === 'traditional') {
      if (actions.hasFeature('traditional')) toggleTraditional(actions);
    } else if (actions.settings.value.toolbar) {
      actions.close();
    } else {
      actions.open(trigger.element instanceof HTMLElement ? trigger.element : undefined);
    }
  });
}

/**
 * The buttons the launcher shows: those the site's own triggers do not already
 * provide (关怀版 only with the care feature); null for no launcher at all
 * (data-launcher="none": the site's own triggers, Alt+A and the JS API only).
 */
export function launcherButtons(page: Page, config: Config, hasCare: boolean): { care: boolean; toolbar: boolean } | null {
  const kinds = page.triggerKinds();
  const toolbar = !kinds.has('toolbar');
  const care = hasCare && !kinds.has('care');
  return config.launcher !== 'none' && (toolbar || care) ? { care, toolbar } : null;
}

/** The launcher's buttons: 关怀版 toggles care mode, 无障碍 opens or closes the toolbar. */
export function runLauncherAction(event: WzaActionEvent, actions: TriggerActions): void {
  event.stopPropagation();
  switch (event.action) {
    case 'care':
      toggleCare(actions);
      break;
    case 'toolbar':
      if (actions.settings.value.toolbar) actions.close();
      else actions.open();
      break;
    case 'exit':
      actions.exit();
      break;
  }
}
