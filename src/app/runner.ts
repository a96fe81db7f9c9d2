/**
 * The feature runner: creates every enabled feature of the registry, and as
 * settings change applies, updates or undoes each one's page change. It also
 * gathers the features' controls (toolbar order) and shortcuts (the table).
 */
import { checkShortcuts, type Shortcut } from '../core/controls.js';
import type { Config } from '../config.js';
import { BUILTIN_IDS, type Applied, type Control, type Feature, type FeatureContext, type FeatureInstance } from '../features/feature.js';
import type { SettingKey, Settings } from '../settings.js';

interface Running {
  feature: Feature;
  instance: FeatureInstance;
  applied: Applied | null;
}

const isBuiltin = (id: Feature['id']): boolean => (BUILTIN_IDS as readonly string[]).includes(id);

/** Whether `data-features` lets this feature show (built-ins always do). */
export function isEnabled(feature: Feature, config: Config): boolean {
  return isBuiltin(feature.id) || config.features.has(feature.id as never);
}

export class FeatureRunner {
  readonly #running: Running[] = [];
  /** The shortcut table: each enabled feature's, in registry order. */
  readonly shortcuts: readonly Shortcut[];

  constructor(features: readonly Feature[], config: Config, ctx: FeatureContext) {
    for (const feature of features) {
      if (isEnabled(feature, config)) this.#running.push({ feature, instance: feature.create(ctx), applied: null });
    }
    this.shortcuts = this.#running.flatMap(({ instance }) => instance.shortcuts ?? []);
    checkShortcuts(this.shortcuts); // a clash fails here, loudly, before anything touches the page
  }

  has(id: Feature['id']): boolean {
    return this.#running.some((r) => r.feature.id === id);
  }

  /** The toolbar's controls for these settings, in registry order. */
  controls(s: Readonly<Settings>): Control[] {
    return this.#running.flatMap(({ instance }) => instance.controls?.(s) ?? []);
  }

  /** Brings every feature's page change in line with the settings. */
  apply(s: Readonly<Settings>, changed: ReadonlySet<SettingKey>): void {
    for (const running of this.#running) {
      const { instance } = running;
      if (!instance.apply) continue;
      const on = instance.isOn ? instance.isOn(s) : true;
      try {
        if (on && !running.applied) running.applied = instance.apply(s);
        else if (on && running.applied && instance.uses?.some((k) => changed.has(k))) running.applied.update?.(s);
        else if (!on && running.applied) {
          running.applied.undo();
          running.applied = null;
        }
      } catch (error) {
        // One broken feature must not take the page or the other features down.
        console.warn(`[wza] ${running.feature.id} failed:`, error);
      }
    }
  }

  /** Undoes every page change. */
  undoAll(): void {
    for (const running of this.#running) {
      running.applied?.undo();
      running.applied = null;
    }
  }
}
