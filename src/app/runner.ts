/**
 * The feature runner: creates every enabled feature of the registry, and as
 * settings change applies, updates or undoes each one's page change. It also
 * gathers the features' controls (toolbar order) and shortcuts (the table).
 * What of a feature is in the UI chunk (its toolbar half; all of a late entry,
 * features/index.ts `late(...)`) is created when that chunk arrives (`adopt`);
 * until then its shortcuts load the chunk and then run, and settings that need
 * it running load the chunk at once.
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
  /** What of it is in the UI chunk, while that code has not arrived. */
  late?: LateStart;
  /** Its halves: the page change made at start, then its code from the UI chunk once adopted. */
  halves: { instance: FeatureInstance; applied: Applied | null }[];
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
      const halves = 'create' in feature ? [{ instance: feature.create(ctx), applied: null }] : [];
      this.#running.push({ id: feature.id, ...(feature.late ? { late: feature.late } : {}), halves });
    }
    checkShortcuts(this.shortcuts); // a clash fails here, loudly, before anything touches the page
  }

  /**
   * The shortcut table, in registry order. Keys whose code is still in the UI
   * chunk stand in for their shortcuts until it arrives: pressing one loads the
   * chunk and runs the real one.
   */
  get shortcuts(): readonly Shortcut[] {
    return this.#running.flatMap(({ id, late, halves }) => [
      ...halves.flatMap((h) => h.instance.shortcuts ?? []),
      ...(late?.keys ?? []).map((code) => ({
        code,
        keys: `Alt+${code.replace(/^Key/, '')}`,
        label: id,
        run: () =>
          void this.#ctx.ui().then(
            () =>
              this.#running
                .find((r) => r.id === id && !r.late)
                ?.halves.flatMap((h) => h.instance.shortcuts ?? [])
                .find((s) => s.code === code)
                ?.run(),
            (error: unknown) => console.warn(`[wza] ${id} could not be loaded:`, error),
          ),
      })),
    ]);
  }

  has(id: RegistryEntry['id']): boolean {
    return this.#running.some((r) => r.id === id);
  }

  /**
   * Creates the code the UI chunk brought (its LATE_FEATURES: toolbar halves and
   * late features) and brings it in line with the settings. Idempotent; code whose
   * shortcut keys disagree with its LateStart is reported (the table was checked on those).
   */
  adopt(features: readonly Feature[], s: Readonly<Settings>): void {
    for (const running of this.#running) {
      const { late } = running;
      if (!late) continue;
      const feature = features.find((f) => f.id === running.id);
      if (!feature) continue;
      delete running.late;
      const instance = feature.create(this.#ctx);
      running.halves.push({ instance, applied: null });
      const keys = (instance.shortcuts ?? []).map((k) => k.code).join();
      if (keys !== late.keys.join())
        console.error(`[wza] ${running.id}: the keys in its LateStart (${late.keys.join()}) are not its shortcuts (${keys})`);
    }
    this.apply(s, new Set(Object.keys(s) as SettingKey[]));
  }

  /** The toolbar's controls for these settings, in registry order. */
  controls(s: Readonly<Settings>): Control[] {
    return this.#running.flatMap(({ halves }) => halves.flatMap((h) => h.instance.controls?.(s) ?? []));
  }

  /** Brings every feature's page change in line with the settings. */
  apply(s: Readonly<Settings>, changed: ReadonlySet<SettingKey>): void {
    for (const running of this.#running) {
      // Late code the settings need: load it (adopt applies it).
      if (running.late?.isOn?.(s))
        this.#ctx.ui().catch((error: unknown) => console.warn(`[wza] ${running.id} could not be loaded:`, error));
      for (const half of running.halves) {
        const { instance } = half;
        if (!instance.apply) continue;
        const on = instance.isOn ? instance.isOn(s) : true;
        try {
          if (on && !half.applied) half.applied = instance.apply(s);
          else if (on && half.applied && instance.uses?.some((k) => changed.has(k))) half.applied.update?.(s);
          else if (!on && half.applied) {
            half.applied.undo();
            half.applied = null;
          }
        } catch (error) {
          // One broken feature must not take the page or the other features down.
          console.warn(`[wza] ${running.id} failed:`, error);
        }
      }
    }
  }

  /** Undoes every page change. */
  undoAll(): void {
    for (const half of this.#running.flatMap((r) => r.halves)) {
      half.applied?.undo();
      half.applied = null;
    }
  }
}
