/**
 * The feature runner: creates every enabled feature of the registry, and as
 * settings change applies, updates or undoes each one's page change. It also
 * gathers the features' controls (toolbar order) and shortcuts (the table).
 * A late entry (features/index.ts `late(...)`) is created when the UI chunk,
 * which carries its code, arrives (`adopt`); until then its shortcuts load the
 * chunk and then run, and settings that need it running load the chunk at once.
 */
import { checkShortcuts, type Shortcut } from '../core/controls.js';
import type { Config } from '../config.js';
import {
  BUILTIN_IDS,
  type Applied,
  type Control,
  type Feature,
  type FeatureContext,
  type FeatureInstance,
  type LateStart,
  type RegistryEntry,
} from '../features/feature.js';
import type { SettingKey, Settings } from '../settings.js';

interface Running {
  id: RegistryEntry['id'];
  /** A late entry's start-up half, while its code has not arrived. */
  late?: LateStart;
  instance: FeatureInstance | null;
  applied: Applied | null;
}

const isBuiltin = (id: RegistryEntry['id']): boolean => (BUILTIN_IDS as readonly string[]).includes(id);

/** Whether `data-features` lets this feature show (built-ins always do). */
export function isEnabled(feature: RegistryEntry, config: Config): boolean {
  return isBuiltin(feature.id) || config.features.has(feature.id as never);
}

export class FeatureRunner {
  readonly #running: Running[] = [];
  readonly #ctx: FeatureContext;

  constructor(features: readonly RegistryEntry[], config: Config, ctx: FeatureContext) {
    this.#ctx = ctx;
    for (const feature of features) {
      if (!isEnabled(feature, config)) continue;
      if ('late' in feature) this.#running.push({ id: feature.id, late: feature.late, instance: null, applied: null });
      else this.#running.push({ id: feature.id, instance: feature.create(ctx), applied: null });
    }
    checkShortcuts(this.shortcuts); // a clash fails here, loudly, before anything touches the page
  }

  /**
   * The shortcut table, in registry order. A late feature's keys stand in for its
   * shortcuts until its code arrives: pressing one loads the UI chunk and runs it.
   */
  get shortcuts(): readonly Shortcut[] {
    return this.#running.flatMap(({ id, late, instance }) =>
      instance
        ? (instance.shortcuts ?? [])
        : (late?.keys ?? []).map((code) => ({
            code,
            keys: `Alt+${code.replace(/^Key/, '')}`,
            label: id,
            run: () =>
              void this.#ctx.ui().then(
                () =>
                  this.#running
                    .find((r) => r.id === id)
                    ?.instance?.shortcuts?.find((s) => s.code === code)
                    ?.run(),
                (error: unknown) => console.warn(`[wza] ${id} could not be loaded:`, error),
              ),
          })),
    );
  }

  has(id: RegistryEntry['id']): boolean {
    return this.#running.some((r) => r.id === id);
  }

  /**
   * Creates the late entries from their code (the UI chunk's LATE_FEATURES) and
   * brings them in line with the settings. Idempotent; a feature whose shortcut
   * keys disagree with its LateStart is reported (the table was checked on those).
   */
  adopt(features: readonly Feature[], s: Readonly<Settings>): void {
    for (const running of this.#running) {
      if (running.instance || !running.late) continue;
      const feature = features.find((f) => f.id === running.id);
      if (!feature) continue;
      running.instance = feature.create(this.#ctx);
      const keys = (running.instance.shortcuts ?? []).map((k) => k.code).join();
      if (keys !== running.late.keys.join())
        console.error(`[wza] ${running.id}: the keys in its late.ts (${running.late.keys.join()}) are not its shortcuts (${keys})`);
    }
    this.apply(s, new Set(Object.keys(s) as SettingKey[]));
  }

  /** The toolbar's controls for these settings, in registry order. */
  controls(s: Readonly<Settings>): Control[] {
    return this.#running.flatMap(({ instance }) => instance?.controls?.(s) ?? []);
  }

  /** Brings every feature's page change in line with the settings. */
  apply(s: Readonly<Settings>, changed: ReadonlySet<SettingKey>): void {
    for (const running of this.#running) {
      const { instance } = running;
      if (!instance) {
        // A late feature the settings need: load its code (adopt applies it).
        if (running.late?.isOn(s))
          this.#ctx.ui().catch((error: unknown) => console.warn(`[wza] ${running.id} could not be loaded:`, error));
        continue;
      }
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
        console.warn(`[wza] ${running.id} failed:`, error);
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
