/**
 * The feature context: what every feature gets from the runtime (FeatureContext),
 * made once. Announcing, rendering and the whole-widget actions go to the runtime
 * and its toolbar controller, which features never hold themselves; the speech
 * service and the strings only its code reads join once the UI chunk, which
 * carries them, has loaded (`adoptUi`).
 */
import type { Bus } from '../bus.js';
import { addMessages } from '../core/messages.js';
import type { Config } from '../config.js';
import type { Announcement, FeatureContext } from '../features/feature.js';
import type { Translation } from '../i18n/index.js';
import type { Page } from '../page/page.js';
import type { SpeechService } from '../page/speech/hub.js';
import type { SettingsStore } from '../settings.js';
import type { UiModule } from '../ui-module.js';
import type { ToolbarController } from './toolbar.js';

export interface ContextParts {
  page: Page;
  config: Config;
  t: Translation;
  settings: SettingsStore;
  bus: Bus;
  ui(): Promise<UiModule>;
  part(id: string): Promise<unknown>;
  /** The runtime (WzaApp): where announcements and the whole-widget actions go. */
  app: { announce(text: Announcement): void; reset(): void; exit(): void; open(): void; close(): void };
  /** The toolbar controller; undefined while the runtime is still being made (a feature may ask for a render then). */
  toolbar(): ToolbarController | undefined;
}

export interface MadeContext {
  ctx: FeatureContext;
  /** Takes what the UI chunk brings: the speech service, and the strings its code reads; true the first time (the chunk's features are then to be made too). */
  adoptUi(ui: UiModule): boolean;
  /** Whether the UI chunk has arrived (with its strings, the toolbar and speech). */
  hasUi(): boolean;
}

export function createFeatureContext(parts: ContextParts): MadeContext {
  const { page, config, t, settings, app, toolbar } = parts;
  const announce = (text: Announcement) => app.announce(text);
  const requestRender = () => toolbar()?.render();
  let speech: SpeechService | null = null;
  const ctx: FeatureContext = {
    page,
    settings,
    config,
    t,
    bus: parts.bus,
    announce,
    requestRender,
    ui: parts.ui,
    part: (id) => parts.part(id) as never,
    // Made with the UI chunk, which carries it; only the features made from that chunk use it.
    get speech() {
      return speech!;
    },
    actions: {
      reset: () => app.reset(),
      exit: () => app.exit(),
      toggleHelp: () => toolbar()?.toggleHelp(),
      openToolbar: () => (settings.value.toolbar ? void toolbar()?.focus() : app.open()),
      closeToolbar: () => app.close(),
    },
  };
  return {
    ctx,
    hasUi: () => speech !== null,
    adoptUi(ui) {
      if (speech) return false;
      addMessages(
        t,
        ui.LATE_MESSAGES.map((m) => m[t.lang]),
      );
      speech = ui.createSpeechService({
        page,
        config,
        speechRate: () => settings.value.speechRate,
        voice: () => settings.value.voice,
        messages: () => t.speech,
        announce,
        requestRender,
      });
      return true;
    },
  };
}
